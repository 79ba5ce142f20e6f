// Preloaded with `node --import` (through NODE_OPTIONS, so every node process a commit starts gets it): appends to $PARSER_PROBE_LOG one JSON line per process saying whether it loaded libpg-query, the SQL parser.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.PARSER_PROBE_LOG;
const isParser = (path) => /[\\/]node_modules[\\/]libpg-query[\\/]/.test(path);

// An ES import of the parser is seen when it resolves (in the loader hooks' thread, hence the file) ...
const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/[\\\\/]node_modules[\\\\/]libpg-query[\\\\/]/.test(result.url)) appendFileSync(${JSON.stringify(`${log}.resolved`)}, process.pid + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

// ... and a require() of it (also how an import of its CommonJS build ends up) leaves it in the module cache.
const require = createRequire(import.meta.url);
process.on('exit', () => {
  const required = Object.keys(require.cache).some(isParser);
  appendFileSync(log, `${JSON.stringify({ pid: process.pid, script: process.argv[1] ?? '', required })}\n`);
});
