/**
 * Starts the test PostgreSQL server once per test run (scripts/start-test-postgres.sh: installs Debian's postgresql
 * when absent, starts a cluster on 127.0.0.1 as the postgres user; fast when it already runs), unless
 * MIGRATION_LINT_TEST_DATABASE_URL names one, and gives the tests two URLs: a superuser's, and one of a user who may
 * not create databases (the fresh-schema path), in a database of its own that holds an object of its own.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export const SCHEMA_ONLY_USER = 'migration_lint_no_createdb';
export const SHARED_DATABASE = 'migration_lint_shared';

export default async function setup(project: TestProject): Promise<void> {
  let url = process.env.MIGRATION_LINT_TEST_DATABASE_URL;
  if (!url) {
    const script = fileURLToPath(new URL('../../scripts/start-test-postgres.sh', import.meta.url));
    const output = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    url = output.trim().split('\n').pop()!;
  }
  const admin = new pg.Client(url);
  await admin.connect();
  try {
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [SCHEMA_ONLY_USER]);
    if (role.rowCount === 0) await admin.query(`CREATE ROLE ${SCHEMA_ONLY_USER} LOGIN NOCREATEDB NOSUPERUSER`);
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [SHARED_DATABASE]);
    if (db.rowCount === 0) await admin.query(`CREATE DATABASE ${SHARED_DATABASE}`);
    await admin.query(`GRANT CREATE, CONNECT ON DATABASE ${SHARED_DATABASE} TO ${SCHEMA_ONLY_USER}`);
  } finally {
    await admin.end();
  }
  const shared = new pg.Client(withDatabase(url, SHARED_DATABASE));
  await shared.connect();
  try {
    // An object that exists before any run: verification must neither see nor touch it.
    await shared.query('CREATE TABLE IF NOT EXISTS public.users (id int, existing text)');
  } finally {
    await shared.end();
  }
  const schemaOnly = new URL(withDatabase(url, SHARED_DATABASE));
  schemaOnly.username = SCHEMA_ONLY_USER;
  schemaOnly.password = '';
  project.provide('databaseUrl', url);
  project.provide('schemaOnlyUrl', schemaOnly.toString());
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
