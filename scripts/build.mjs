// Builds the command-line bundle into lib/ (run by `npm ci` through `prepare`, and by `npm test`).
// One bundle with code splitting: start-up loads only the CLI's own chunk; the SQL parser,
// YAML and schema validation load when a run needs them.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../lib', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/main.ts', index: 'src/index.ts' },
  define: { MIGRATION_LINT_VERSION: JSON.stringify(version) },
  outdir: 'lib',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The parser finds its .wasm beside its own module, so it stays in node_modules.
  external: ['libpg-query', '@electric-sql/pglite', 'pg'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
