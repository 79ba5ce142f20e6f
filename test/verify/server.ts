/** The PostgreSQL server the verification tests use, started by test/verify/global-setup.ts. */
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    schemaOnlyUrl: string;
  }
}

/** `postgres://…` of a superuser on the test server. */
export function serverUrl(): string {
  return inject('databaseUrl');
}

/** `postgres://…` of a user without CREATEDB, in a shared database that already holds a table `users`. */
export function schemaOnlyUrl(): string {
  return inject('schemaOnlyUrl');
}

/** Databases and schemas (in every database) whose names verification uses, on the test server. */
export async function leftovers(): Promise<string[]> {
  const admin = new pg.Client(serverUrl());
  await admin.connect();
  try {
    const found: string[] = [];
    const dbs = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE NOT datistemplate');
    for (const { datname } of dbs.rows) {
      if (datname.startsWith('migration_lint_verify_')) found.push(`database ${datname}`);
      const url = new URL(serverUrl());
      url.pathname = `/${datname}`;
      const client = new pg.Client(url.toString());
      await client.connect();
      try {
        const schemas = await client.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'migration\\_lint\\_verify\\_%'");
        found.push(...schemas.rows.map((r) => `schema ${datname}.${r.nspname}`));
      } finally {
        await client.end();
      }
    }
    return found;
  } finally {
    await admin.end();
  }
}

/** The columns of the table `users` that the shared database held before any run. */
export async function sharedUsersColumns(): Promise<string[]> {
  const client = new pg.Client(schemaOnlyUrl());
  await client.connect();
  try {
    const { rows } = await client.query<{ c: string }>(
      "SELECT attname || ' ' || format_type(atttypid, atttypmod) AS c FROM pg_attribute WHERE attrelid = 'public.users'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
    );
    return rows.map((r) => r.c);
  } finally {
    await client.end();
  }
}
