// Builds the GitHub Action into dist/ (committed: the runner executes it as is, with no install):
// one ESM bundle, dist/index.js, and the SQL parser's libpg-query.wasm beside it.
// `--outdir <dir>` builds elsewhere: the test that checks dist/ is current compares the two.
// The output depends only on the sources and the locked dependencies, never on where it is built.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { outdir: { type: 'string', default: join(root, 'dist') } } });
const outdir = resolve(values.outdir);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const pgliteDir = dirname(createRequire(join(root, 'package.json')).resolve('@electric-sql/pglite'));
const pgliteVersion = JSON.parse(readFileSync(join(pgliteDir, '..', 'package.json'), 'utf8')).version;

mkdirSync(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/action/main.ts'],
  outfile: join(outdir, 'index.js'),
  define: { MIGRATION_LINT_VERSION: JSON.stringify(version), MIGRATION_LINT_PGLITE_VERSION: JSON.stringify(pgliteVersion) },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // libpg-query's Emscripten loader is CommonJS: it calls require() and reads its .wasm from
  // __dirname, which in this bundle is dist/, where the .wasm is copied.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      "const __dirname = __fileURLToPath(new URL('.', import.meta.url)).replace(/[\\\\/]$/, '');",
    ].join('\n'),
  },
  // pg's optional native binding is never installed; it is required only when asked for.
  external: ['pg-native'],
  legalComments: 'eof',
  logLevel: 'warning',
});
// PGlite finds its WebAssembly and file-system bundle beside its module (`new URL('./pglite.wasm', import.meta.url)`),
// which in this bundle is dist/index.js: they are copied beside it, so --verify-rollback needs no download.
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) writeFileSync(join(outdir, asset), readFileSync(join(pgliteDir, asset)));
const wasm = join(dirname(createRequire(join(root, 'package.json')).resolve('libpg-query')), 'libpg-query.wasm');
// Copied by content, so the file mode is the default wherever node_modules came from.
writeFileSync(join(outdir, 'libpg-query.wasm'), readFileSync(wasm));
