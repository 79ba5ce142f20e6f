// Preloaded with `node --import`: appends to $ENGINE_PROBE_LOG each module URL of PGlite or pg that the process resolves.
import { register } from 'node:module';

const log = process.env.ENGINE_PROBE_LOG;
const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (/[\\\\/]node_modules[\\\\/](@electric-sql[\\\\/]pglite|pg|pg-[a-z-]+)[\\\\/]/.test(result.url)) appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
