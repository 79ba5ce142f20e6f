import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/verify/engine.ts
function toEngineError(thrown) {
  if (typeof thrown !== "object" || thrown === null) return null;
  const { message, code, position } = thrown;
  if (typeof message !== "string" || typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const at = typeof position === "string" ? Number.parseInt(position, 10) : typeof position === "number" ? position : NaN;
  return { message, code, ...Number.isFinite(at) && at > 0 ? { position: at } : {} };
}
async function startEngine(options) {
  if (options.databaseUrl) {
    const { startServerEngine } = await import("./server-FCOYNDO2.js");
    return startServerEngine(options.databaseUrl);
  }
  const { startPglite } = await import("./pglite-PGXIY652.js");
  return startPglite();
}

export {
  toEngineError,
  startEngine
};
