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
  // Two connections: the run's, and one that can always clean up, even while the run's is busy.
  const admin = new pg.Client(config);
  await connect(admin, url);
  const scratch = `${SCRATCH_PREFIX}${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const version = String((await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '').split(' ')[0];
  let mode: 'database' | 'schema' = 'database';
  try {
    await admin.query(`CREATE DATABASE ${scratch}`);
  } catch (error) {
    // 42501: the user lacks CREATEDB; then a schema of its own in the database the URL names.
    if (toEngineError(error)?.code !== '42501') {
      await admin.end().catch(() => undefined);
      throw setupError(url, error);
    }
    mode = 'schema';
    try {
      await admin.query(`CREATE SCHEMA ${scratch}`);
    } catch (schemaError) {
      await admin.end().catch(() => undefined);
      throw setupError(url, schemaError, 'it may create neither a database nor a schema');
    }
  }
  const client = new pg.Client({ ...config, connectionString: mode === 'database' ? withDatabase(url, scratch) : url });
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      release();
      try {
        // The run's backend may be inside a long statement, or hold locks on the scratch objects: end it first.
        await admin.query('SELECT pg_terminate_backend($1)', [clientPid]).catch(() => undefined);
        await client.end().catch(() => undefined);
        if (mode === 'database') await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
        else await admin.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
      } finally {
        await admin.end().catch(() => undefined);
      }
    })();
    return closing;
  };
  const release = onInterrupt(close);
  let clientPid = 0;
  try {
    await connect(client, url);
    clientPid = Number((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid ?? 0);
    if (mode === 'schema') await client.query(`SET search_path TO ${scratch}`);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  // A lost connection (the backend ended) surfaces as the next query's error, not as an unhandled event.
  client.on('error', () => undefined);
  return {
    name: `PostgreSQL ${version}`,
    schema: mode === 'schema' ? scratch : 'public',
    sharedDatabase: mode === 'schema',
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

/** The server refused what verification needs: the user's to fix, in one line. */
function setupError(url: string, error: unknown, why?: string): UsageError {
  const reason = toEngineError(error)?.message ?? (error instanceof Error ? error.message : String(error));
  return new UsageError(`cannot verify on ${redact(url)}${why ? `: ${why}` : ''} (${reason}); grant CREATEDB, or CREATE on the database`);
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
