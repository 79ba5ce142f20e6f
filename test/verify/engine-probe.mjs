// Preloaded with `node --import`: appends to $ENGINE_PROBE_LOG the URL of each file module the process resolves.
import { register } from 'node:module';

const log = process.env.ENGINE_PROBE_LOG;
const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (result.url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
