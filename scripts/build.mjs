// Builds the command line and the library into lib/ (run by `npm test`, `npm run demo` and before `npm publish`).
//
// - lib/ is committed, as dist/ is for the Action: an install from git (the pre-commit framework installs hooks with
//   `npm install -g git+file://…`, `npm install github:…`) gets a working command without a build. npm cannot run a
//   build there: a global install from git leaves the devDependencies out of its preparation (npm/cli#8440), and
//   older pre-commit reads the tarball's name from `npm pack`'s output, which a lifecycle script's banner breaks.
//   .ci/run fails when the committed build is not the build of the sources.
// - The command line is CommonJS, which starts faster than a graph of ES modules (no module loader; one compile per
//   file): a pre-commit hook runs it on every commit. lib/cli.cjs, its front, holds everything a run needs up to
//   git's answer (the arguments, the config, git, discovery, the reporters); most commits hold no migration and load
//   nothing else. lib/pipeline.cjs, required when a change holds migrations, holds the rest of a run: the pipeline,
//   the SQL stage, the schema and the rules.
// - The rest as ES modules with code splitting: lib/index.js (the library), and one named module per part the command
//   line imports only when a run needs it (YAML, configured globs, the JavaScript and Python readers, rollback
//   verification, `init`, `rules`).
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(join(root, 'package.json'));
const pgliteDir = dirname(require.resolve('@electric-sql/pglite'));
const pgliteVersion = JSON.parse(readFileSync(join(pgliteDir, '..', 'package.json'), 'utf8')).version;

/** The ES modules the command line imports when a run needs them, by the name of their file in lib/. */
const LATER = {
  'glob-matcher': 'src/conventions/glob-matcher.ts',
  'orm-alembic': 'src/orm/alembic.ts',
  'orm-javascript': 'src/orm/javascript.ts',
  'orm-knex': 'src/orm/knex.ts',
  'orm-node-pg-migrate': 'src/orm/node-pg-migrate.ts',
  verify: 'src/verify/index.ts',
  init: 'src/init.ts',
  rules: 'rules/index.ts',
  'js-yaml': 'node_modules/js-yaml/dist/js-yaml.mjs',
  'pgsql-deparser': 'node_modules/pgsql-deparser/index.js',
};

const shared = {
  absWorkingDir: root,
  define: { MIGRATION_LINT_VERSION: JSON.stringify(version), MIGRATION_LINT_PGLITE_VERSION: JSON.stringify(pgliteVersion) },
  bundle: true,
  platform: 'node',
  target: 'node20',
  // The parser finds its .wasm beside its own module, so it stays in node_modules.
  // pg's optional native binding is never installed; it is required only when asked for.
  external: ['libpg-query', 'pg-native'],
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync(join(root, 'lib'), { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', ...LATER },
  outdir: join(root, 'lib'),
  splitting: true,
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

/**
 * The command line's CommonJS files past the front, each with the source files it holds: the front's import() of one
 * of them (or another file's) requires that file. The pipeline comes with the SQL stage, which it always needs; the
 * config's validator only with a config, and the reporters of CI's formats only when asked for.
 */
const PARTS = {
  pipeline: ['src/pipeline.ts', 'src/sql/parse.ts', 'src/sql/locate.ts'],
  'config-validate': ['src/config-validate.generated.js'],
  reporters: ['src/reporters/json.ts', 'src/reporters/github.ts', 'src/reporters/sarif.ts', 'src/reporters/gitlab.ts', 'src/reporters/markdown.ts'],
};
/** Each source file of a part: the part, and the name its module is exported under there. */
const PART_OF = new Map(
  Object.entries(PARTS).flatMap(([part, paths]) => paths.map((path, index) => [join(root, path), { part, name: `m${index}` }])),
);

/**
 * How the command line's `import()` of a source file is built: bundled when `part` holds it, required from the part
 * that does, or an import of its ES module of LATER; any other fails the build.
 */
function laterModules(part) {
  const names = new Map(Object.entries(LATER).map(([name, path]) => [join(root, path), name]));
  return {
    name: 'later-modules',
    setup(cli) {
      cli.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === 'part') return { path: args.path, external: true };
        if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving') return undefined;
        const { path, external } = await cli.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        if (external) return undefined;
        const holder = PART_OF.get(path);
        if (holder?.part === part) return undefined;
        // One module per source file (esbuild keeps one module per path): `./<part>.cjs#<name>`.
        if (holder !== undefined) return { path: `./${holder.part}.cjs#${holder.name}`, namespace: 'part' };
        const name = names.get(path);
        if (name === undefined) return { errors: [{ text: `the command line imports ${args.path} later, but scripts/build.mjs builds no module for it: add it to LATER` }] };
        return { path: `./${name}.js`, external: true };
      });
      cli.onLoad({ filter: /.*/, namespace: 'part' }, (args) => {
        const [file, name] = args.path.split('#');
        return { contents: `module.exports = require(${JSON.stringify(file)}).${name};`, loader: 'js' };
      });
    },
  };
}

const commandLine = {
  ...shared,
  outdir: join(root, 'lib'),
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The few modules that read their own location (import.meta.url) read their file's.
  define: { ...shared.define, 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
};
await build({ ...commandLine, entryPoints: { cli: 'src/main.ts' }, plugins: [laterModules(null)] });
for (const [part, paths] of Object.entries(PARTS)) {
  await build({
    ...commandLine,
    stdin: { contents: paths.map((path, index) => `export * as m${index} from './${path}';`).join('\n'), resolveDir: root, sourcefile: `${part}.cjs` },
    outdir: undefined,
    outfile: join(root, 'lib', `${part}.cjs`),
    plugins: [laterModules(part)],
  });
}
// PGlite (bundled into a chunk that only --verify-rollback loads) finds its WebAssembly and file-system bundle beside
// its module, `new URL('./pglite.wasm', import.meta.url)`: that is lib/.
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(pgliteDir, asset), join(root, 'lib', asset));
