import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  toEngineError
} from "./chunk-WRAL3AYF.js";
import {
  UsageError
} from "./chunk-XYHYP35E.js";
import "./chunk-XNDQ27F5.js";

// src/verify/server.ts
import { randomBytes } from "node:crypto";
var SCRATCH_PREFIX = "migration_lint_verify_";
async function startServerEngine(url) {
  const { default: pg } = await import("./esm-CLW6TMH2.js");
  const config = clientConfig(url);
  const admin = new pg.Client(config);
  await connect(admin, url);
  const scratch = `${SCRATCH_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const version = String((await admin.query("SHOW server_version")).rows[0]?.server_version ?? "").split(" ")[0];
  let mode = "database";
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
  } catch (error) {
    if (toEngineError(error)?.code !== "42501") {
      await admin.end().catch(() => void 0);
      throw setupError(url, error);
    }
    mode = "schema";
    try {
      await admin.query(`CREATE SCHEMA ${scratch}`);
    } catch (schemaError) {
      await admin.end().catch(() => void 0);
      throw setupError(url, schemaError, "it may create neither a database nor a schema");
    }
  }
  const client = new pg.Client({ ...config, connectionString: mode === "database" ? withDatabase(url, scratch) : url });
  let closing = null;
  const close = () => {
    closing ??= (async () => {
      release();
      try {
        await admin.query("SELECT pg_terminate_backend($1)", [clientPid]).catch(() => void 0);
        await client.end().catch(() => void 0);
        if (mode === "database") await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
        else await admin.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
      } finally {
        await admin.end().catch(() => void 0);
      }
    })();
    return closing;
  };
  const release = onInterrupt(close);
  let clientPid = 0;
  try {
    await connect(client, url);
    clientPid = Number((await client.query("SELECT pg_backend_pid() AS pid")).rows[0]?.pid ?? 0);
    if (mode === "schema") await client.query(`SET search_path TO ${scratch}`);
  } catch (error) {
    await close().catch(() => void 0);
    throw error;
  }
  client.on("error", () => void 0);
  return {
    name: `PostgreSQL ${version}`,
    schema: mode === "schema" ? scratch : "public",
    sharedDatabase: mode === "schema",
    async exec(sql) {
      await client.query(sql);
    },
    async query(sql, params) {
      return (await client.query(sql, params)).rows;
    },
    close
  };
}
function clientConfig(url) {
  if (!/^postgres(?:ql)?:\/\//i.test(url)) {
    throw new UsageError(`--database-url must be a postgres:// or postgresql:// URL, got "${redact(url)}"`);
  }
  return { connectionString: url, application_name: "migration-lint", connectionTimeoutMillis: 1e4 };
}
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  parsed.searchParams.delete("dbname");
  return parsed.toString();
}
async function connect(client, url) {
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot connect to ${redact(url)}: ${reason}`);
  }
}
function setupError(url, error, why) {
  const reason = toEngineError(error)?.message ?? (error instanceof Error ? error.message : String(error));
  return new UsageError(`cannot verify on ${redact(url)}${why ? `: ${why}` : ""} (${reason}); grant CREATEDB, or CREATE on the database`);
}
function redact(url) {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, "$1:***@");
}
function onInterrupt(cleanup) {
  const handler = (signal) => {
    const code = signal === "SIGINT" ? 130 : 143;
    cleanup().then(
      () => process.exit(code),
      () => process.exit(code)
    );
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
  return () => {
    process.removeListener("SIGINT", handler);
    process.removeListener("SIGTERM", handler);
  };
}
export {
  SCRATCH_PREFIX,
  redact,
  startServerEngine
};
