// Writes schema/config.schema.json from configSchema() and the rule registry, then compiles it into
// src/config-validate.generated.js: run it (`npm run generate`) after adding a rule or a config key.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { generateConfigValidator } from './generate-config-validator.mjs';

const entry = `import { configSchema } from './src/config.ts'; import { rules } from './rules/index.ts';
export const schema = configSchema(rules.map((rule) => rule.meta.id));`;
const { outputFiles } = await build({
  stdin: { contents: entry, resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  external: ['libpg-query'],
  // The schema is what the validator is compiled from: stand in for the validator, which may be stale or missing.
  plugins: [{
    name: 'no-validator',
    setup(build) {
      build.onResolve({ filter: /config-validate\.generated\.js$/ }, () => ({ path: 'validator', namespace: 'stub' }));
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const validate = () => true;', loader: 'js' }));
    },
  }],
  logLevel: 'warning',
});
const { schema } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
writeFileSync(new URL('../schema/config.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(new URL('../src/config-validate.generated.js', import.meta.url), generateConfigValidator());
