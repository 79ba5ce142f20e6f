// Preloaded with `node --import`: appends to $MODULE_PROBE_LOG the URL of every module the process resolves.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(process.env.MODULE_PROBE_LOG ?? '/dev/null')}, result.url + '\\n');
  return result;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
