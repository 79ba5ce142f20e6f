/**
 * A PostgreSQL server reached by URL: verification runs in a database the tool creates and drops, or, when the user
 * may not create databases, in a schema it creates and drops. Existing objects are never touched, and both are
 * dropped when the run ends, fails or is interrupted.
 */
import { randomBytes } from 'node:crypto';
import type { Client, ClientConfig } from 'pg';
import { UsageError } from '../errors.js';
import { toEngineError } from './engine.js';
import type { Engine } from './engine.js';

/** Names the tool creates start with this, so a leftover is recognisable. */
export const SCRATCH_PREFIX = 'migration_lint_verify_';

export async function startServerEngine(url: string): Promise<Engine> {
  const { default: pg } = await import('pg');
  const config = clientConfig(url);
  const admin = new pg.Client(config);
  await connect(admin, url);
  const scratch = `${SCRATCH_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  let client: Client = admin;
  let cleanup: () => Promise<void>;
  let schema = 'public';
  let shared = false;
  const version = String((await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '').split(' ')[0];
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
    const dropDatabase = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
    };
    try {
      client = new pg.Client({ ...config, connectionString: withDatabase(url, scratch) });
      await connect(client, url);
    } catch (error) {
      await dropDatabase().catch(() => undefined);
      throw error;
    }
    cleanup = async () => {
      await client.end().catch(() => undefined);
      await dropDatabase();
    };
  } catch (error) {
    // 42501: the user lacks CREATEDB; then a schema of our own in the database the URL names.
    if (toEngineError(error)?.code !== '42501') {
      await admin.end().catch(() => undefined);
      throw error;
    }
    await admin.query(`CREATE SCHEMA ${scratch}`);
    await admin.query(`SET search_path TO ${scratch}`);
    schema = scratch;
    shared = true;
    cleanup = async () => {
      // A failed migration may leave an open transaction on this connection.
      await admin.query('ROLLBACK').catch(() => undefined);
      await admin.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
    };
  }
  const release = onInterrupt(() => close());
  let closing: Promise<void> | null = null;
  function close(): Promise<void> {
    closing ??= (async () => {
      release();
      try {
        await cleanup();
      } finally {
        await admin.end().catch(() => undefined);
      }
    })();
    return closing;
  }
  return {
    name: `PostgreSQL ${version}`,
    schema,
    sharedDatabase: shared,
    async exec(sql) {
      await client.query(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params?: unknown[]) {
      return (await client.query<T>(sql, params as unknown[])).rows;
    },
    close,
  };
}

function clientConfig(url: string): ClientConfig {
  if (!/^postgres(?:ql)?:\/\//i.test(url)) {
    throw new UsageError(`--database-url must be a postgres:// or postgresql:// URL, got "${redact(url)}"`);
  }
  return { connectionString: url, application_name: 'migration-lint', connectionTimeoutMillis: 10_000 };
}

/** The same URL naming another database (a `database` option would lose to the URL's own). */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  parsed.searchParams.delete('dbname');
  return parsed.toString();
}

async function connect(client: Client, url: string): Promise<void> {
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot connect to ${redact(url)}: ${reason}`);
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

/** Cleans up on SIGINT/SIGTERM, then exits as the signal would have (130 or 143). Returns a function that unhooks it. */
function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: NodeJS.Signals) => {
    const code = signal === 'SIGINT' ? 130 : 143;
    cleanup().then(
      () => process.exit(code),
      () => process.exit(code),
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
  };
}
