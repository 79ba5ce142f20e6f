// Builds the command line and the library into lib/ (run by `npm ci` through `prepare`, and by `npm test`).
//
// - lib/cli.cjs, the command's front: one CommonJS file holding everything a run needs up to git's answer (the
//   arguments, the config, git, discovery, the reporters). A pre-commit hook runs it on every commit, and most commits
//   hold no migration: one CommonJS file starts faster than a graph of ES modules (no module loader, one compile).
// - The rest as ES modules with code splitting: lib/index.js (the library), and one named module per part the front
//   imports when a run needs it (the pipeline, the SQL parser, YAML, the JavaScript and Python readers, `init`,
//   `rules`). The front's `import()` of a source file becomes an import of that module.
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

/** The modules the front loads later, by the name of their file in lib/. */
const LATER = {
  pipeline: 'src/pipeline.ts',
  'sql-parse': 'src/sql/parse.ts',
  'sql-locate': 'src/sql/locate.ts',
  'glob-matcher': 'src/conventions/glob-matcher.ts',
  'orm-alembic': 'src/orm/alembic.ts',
  'orm-javascript': 'src/orm/javascript.ts',
  'orm-knex': 'src/orm/knex.ts',
  'orm-node-pg-migrate': 'src/orm/node-pg-migrate.ts',
  init: 'src/init.ts',
  rules: 'rules/index.ts',
  'js-yaml': 'node_modules/js-yaml/dist/js-yaml.mjs',
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

/** In the front, `import()` of a source file above becomes `import('./<name>.js')`, that module in lib/; any other dynamic import fails the build. */
const laterModules = {
  name: 'later-modules',
  setup(front) {
    const names = new Map(Object.entries(LATER).map(([name, path]) => [join(root, path), name]));
    front.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await front.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
      const name = names.get(resolved.path);
      if (name === undefined) return { errors: [{ text: `the front imports ${args.path} later, but scripts/build.mjs builds no module for it: add it to LATER` }] };
      return { path: `./${name}.js`, external: true };
    });
  },
};
await build({
  ...shared,
  entryPoints: { cli: 'src/main.ts' },
  outdir: join(root, 'lib'),
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The few front modules that read their own location (import.meta.url) read the front file's.
  define: { ...shared.define, 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [laterModules],
});
// PGlite (bundled into a chunk that only --verify-rollback loads) finds its WebAssembly and file-system bundle beside
// its module, `new URL('./pglite.wasm', import.meta.url)`: that is lib/.
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(pgliteDir, asset), join(root, 'lib', asset));
