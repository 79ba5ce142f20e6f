// Builds the command-line bundle into lib/ (run by `npm ci` through `prepare`, and by `npm test`).
// One bundle with code splitting: start-up loads only the CLI's own chunk; the SQL parser,
// YAML and schema validation load when a run needs them.
import { build } from 'esbuild';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const pgliteDir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
const pgliteVersion = JSON.parse(readFileSync(join(pgliteDir, '..', 'package.json'), 'utf8')).version;

rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/main.ts', index: 'src/index.ts' },
  define: { MIGRATION_LINT_VERSION: JSON.stringify(version), MIGRATION_LINT_PGLITE_VERSION: JSON.stringify(pgliteVersion) },
  outdir: 'lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The parser finds its .wasm beside its own module, so it stays in node_modules.
  // pg's optional native binding is never installed; it is required only when asked for.
  external: ['libpg-query', 'pg-native'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
// PGlite (bundled into a chunk that only --verify-rollback loads) finds its WebAssembly and file-system bundle beside
// its module, `new URL('./pglite.wasm', import.meta.url)`: that is lib/.
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) copyFileSync(join(pgliteDir, asset), new URL(`../lib/${asset}`, import.meta.url));
