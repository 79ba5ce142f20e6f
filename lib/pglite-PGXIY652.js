import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-XNDQ27F5.js";

// src/verify/pglite.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import { dirname, join } from "node:path";
function pgliteCacheFile(env = process.env) {
  const dir = env.MIGRATION_LINT_CACHE_DIR || join(tmpdir(), `migration-lint-${safeUser()}`);
  return join(dir, `pglite-${engineBuild()}.tar`);
}
async function startPglite() {
  const { PGlite } = await import("./dist-QF6PMXBV.js");
  const cache = pgliteCacheFile();
  const initial = readCache(cache);
  let db;
  if (initial) {
    db = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(initial)]), relaxedDurability: true });
  } else {
    db = await PGlite.create({ relaxedDurability: true });
    writeCache(cache, await db.dumpDataDir("none"));
  }
  let closed = false;
  return {
    name: "PGlite",
    schema: "public",
    sharedDatabase: false,
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql, params) {
      return (await db.query(sql, params)).rows;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    }
  };
}
function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}
async function writeCache(path, tarball) {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 448 });
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()), { mode: 384 });
    renameSync(partial, path);
  } catch {
  }
}
function engineBuild() {
  if (true) return "0.5.17";
  const require2 = createRequire(import.meta.url);
  const main = require2.resolve("@electric-sql/pglite");
  const pkg = JSON.parse(readFileSync(join(dirname(main), "..", "package.json"), "utf8"));
  return pkg.version;
}
function safeUser() {
  try {
    return userInfo().username.replace(/[^\w.-]/g, "_") || "user";
  } catch {
    return "user";
  }
}
export {
  pgliteCacheFile,
  startPglite
};
