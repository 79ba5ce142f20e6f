/**
 * --verify-rollback against both engines with the same cases: embedded PGlite, and the PostgreSQL server that
 * test/verify/global-setup.ts starts (MIGRATION_LINT_TEST_DATABASE_URL). Real git repositories, the real pipeline.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lint } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { createRepo } from '../helpers/git-repo.js';
import type { Tree } from '../helpers/git-repo.js';
import { leftovers, schemaOnlyUrl, serverUrl, sharedUsersColumns } from './server.js';

const VERIFY_RULES = ['rollback-roundtrip', 'migration-fails', 'ban-measured-blocking-lock'];

const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n';
const BASE: Tree = {
  'README.md': '# app\n',
  'db/migrations/001_users.up.sql': USERS,
  'db/migrations/001_users.down.sql': 'DROP TABLE users;\n',
};

/** Runs lint with only the verification rules on, and returns their findings as `rule file line:col message`. */
async function verify(base: Tree, change: Tree, databaseUrl?: string, locks = false): Promise<string[]> {
  const repo = await createRepo({ base, branch: [change] });
  try {
    const result = await lint({
      cwd: repo.dir,
      base: 'main',
      ...(databaseUrl ? { databaseUrl } : {}),
      overrides: { verifyRollback: true, rules: { ...onlyVerifyRules(), ...(locks ? {} : { 'ban-measured-blocking-lock': 'off' }) } },
    });
    return result.findings.map(show);
  } finally {
    await repo.cleanup();
  }
}

function onlyVerifyRules(): Record<string, 'off' | 'error' | 'warning'> {
  return Object.fromEntries(rules.map((rule) => [rule.meta.id, VERIFY_RULES.includes(rule.meta.id) ? rule.meta.severity : 'off'] as const));
}

function show(f: Finding): string {
  return `${f.ruleId} ${f.severity} ${f.file} ${f.line}:${f.column} ${f.message}`;
}

const engines: Array<{ name: string; url: () => string | undefined; server: boolean }> = [
  { name: 'PGlite', url: () => undefined, server: false },
  { name: 'a PostgreSQL server', url: () => serverUrl(), server: true },
  { name: 'a PostgreSQL server, as a user who may not create databases (a fresh schema)', url: () => schemaOnlyUrl(), server: true },
];

for (const engine of engines) {
  describe(`--verify-rollback on ${engine.name}`, () => {
    const run = (base: Tree, change: Tree, locks = false) => verify(base, change, engine.url(), locks);

    it('passes a pair whose down undoes its up', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\nCREATE INDEX users_email_v2_idx ON users (email_v2);\n',
          'db/migrations/002_email_v2.down.sql': 'DROP INDEX users_email_v2_idx;\nALTER TABLE users DROP COLUMN email_v2;\n',
        }),
      ).toEqual([]);
    });

    it('reports a down that forgets a column, at the down', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n',
          'db/migrations/002_email_v2.down.sql': '-- nothing to undo?\nSELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_email_v2.down.sql 2:1 Down leaves column users.email_v2: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reports a down that forgets an index', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_idx.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\nCREATE INDEX users_email_v2_idx ON users (email_v2);\n',
          'db/migrations/002_idx.down.sql': 'DROP INDEX users_email_v2_idx;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_idx.down.sql 1:1 Down leaves column users.email_v2: after a rollback the schema is not what it was before the up.',
      ]);
      expect(
        await run(BASE, {
          'db/migrations/002_idx.up.sql': 'CREATE INDEX users_email_idx ON users (email);\n',
          'db/migrations/002_idx.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_idx.down.sql 1:1 Down leaves index users_email_idx: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reports a down that does not restore an index the up dropped', async () => {
      const base = { ...BASE, 'db/migrations/002_idx.up.sql': 'CREATE INDEX users_email_idx ON users (email);\n', 'db/migrations/002_idx.down.sql': 'DROP INDEX users_email_idx;\n' };
      expect(
        await run(base, {
          'db/migrations/003_drop_idx.up.sql': 'DROP INDEX users_email_idx;\n',
          'db/migrations/003_drop_idx.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/003_drop_idx.down.sql 1:1 Down does not restore index users_email_idx: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reports a down that forgets a table once, not each of its columns', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_orders.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n',
          'db/migrations/002_orders.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_orders.down.sql 1:1 Down leaves table orders: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reports a down that forgets a constraint', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_check.up.sql': "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%');\n",
          'db/migrations/002_check.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_check.down.sql 1:1 Down leaves constraint users_email_check on users: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reports a down that changes what it restores', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_nullable.up.sql': 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;\n',
          'db/migrations/002_nullable.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_nullable.down.sql 1:1 Down leaves column users.email changed (text NULL; before the up: text NOT NULL): after a rollback the schema is not what it was.',
      ]);
    });

    it('reports an enum value the down leaves', async () => {
      const base = { ...BASE, 'db/migrations/002_mood.up.sql': "CREATE TYPE mood AS ENUM ('happy', 'ok');\n", 'db/migrations/002_mood.down.sql': 'DROP TYPE mood;\n' };
      expect(
        await run(base, {
          'db/migrations/003_sad.up.sql': "ALTER TYPE mood ADD VALUE 'sad';\n",
          'db/migrations/003_sad.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/003_sad.down.sql 1:1 Down leaves enum mood value \'sad\': after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reports a down that errors, at its statement', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n',
          'db/migrations/002_email_v2.down.sql': '\nALTER TABLE users DROP COLUMN emali_v2;\n',
        }),
      ).toEqual([
        'migration-fails error db/migrations/002_email_v2.down.sql 2:1 Down fails: ERROR: column "emali_v2" of relation "users" does not exist; the rollback stops at this statement when it is needed.',
      ]);
    });

    it('reports an up that fails on the base schema, at its line', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_backfill.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n\nUPDATE users\n  SET email_v2 = emali;\n',
          'db/migrations/002_backfill.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n',
        }),
      ).toEqual([
        'migration-fails error db/migrations/002_backfill.up.sql 3:1 Up fails: ERROR: column "emali" does not exist; the deploy stops at this statement.',
      ]);
    });

    it('reports an up that cannot be deployed again after a down that restores the schema', async () => {
      const base = { ...BASE, 'db/migrations/002_settings.up.sql': 'CREATE TABLE settings (key text PRIMARY KEY, value text);\n' };
      expect(
        await run(base, {
          'db/migrations/003_flag.up.sql': "ALTER TABLE users ADD COLUMN beta boolean;\nINSERT INTO settings VALUES ('beta', 'on');\n",
          'db/migrations/003_flag.down.sql': 'ALTER TABLE users DROP COLUMN beta;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/003_flag.up.sql 2:1 The up fails when run again after its down: ERROR: duplicate key value violates unique constraint "settings_pkey"; the migration cannot be deployed again after a rollback.',
      ]);
    });

    it('reports a down that leaves a type behind', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_status.up.sql': "CREATE TYPE status AS ENUM ('new', 'done');\nALTER TABLE users ADD COLUMN status status;\n",
          'db/migrations/002_status.down.sql': 'ALTER TABLE users DROP COLUMN status;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_status.down.sql 1:1 Down leaves enum status: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('skips with one warning when the base history needs an extension the engine lacks', async () => {
      const base = { ...BASE, 'db/migrations/002_ext.up.sql': 'CREATE EXTENSION IF NOT EXISTS no_such_extension;\n', 'db/migrations/002_ext.down.sql': 'DROP EXTENSION no_such_extension;\n' };
      const findings = await run(base, {
        'db/migrations/003_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n',
        'db/migrations/003_email_v2.down.sql': 'SELECT 1;\n',
      });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatch(
        /^rollback-roundtrip warning db\/migrations\/002_ext\.up\.sql 1:1 Rollback verification skipped: the base migration db\/migrations\/002_ext\.up\.sql fails on (PGlite|PostgreSQL [\d.]+): ERROR: extension "no_such_extension" is not available/,
      );
    });

    it('skips with one warning when a base migration holds psql meta-commands', async () => {
      const base = { ...BASE, 'db/migrations/002_psql.up.sql': '\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);\n' };
      expect(
        await run(base, {
          'db/migrations/003_t.up.sql': 'ALTER TABLE t ADD COLUMN c int;\n',
          'db/migrations/003_t.down.sql': 'SELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip warning db/migrations/002_psql.up.sql 1:1 Rollback verification skipped: db/migrations/002_psql.up.sql uses psql meta-commands, which only psql runs.',
      ]);
    });

    it('reads goose files: the down section, and NO TRANSACTION', async () => {
      const base = { 'README.md': '# app\n', 'db/migrations/001_users.sql': `-- +goose Up\n${USERS}\n-- +goose Down\nDROP TABLE users;\n` };
      expect(
        await run(base, {
          'db/migrations/002_idx.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- +goose Down\nSELECT 1;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/002_idx.sql 6:1 Down leaves index users_email_idx: after a rollback the schema is not what it was before the up.',
      ]);
      expect(
        await run(base, {
          'db/migrations/002_idx.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY users_email_idx;\n',
        }),
      ).toEqual([]);
    });

    it('reads dbmate files, with transaction:false', async () => {
      const base = { 'README.md': '# app\n', 'db/migrations/20260101000000_users.sql': `-- migrate:up\n${USERS}\n-- migrate:down\nDROP TABLE users;\n` };
      expect(
        await run(base, {
          'db/migrations/20260201000000_idx.sql': '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n\n-- migrate:down\nDROP INDEX users_email_idx;\nDROP TABLE users;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error db/migrations/20260201000000_idx.sql 5:1 Down does not restore table users: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('reads Flyway versioned and undo files, in version order', async () => {
      const base = {
        'README.md': '# app\n',
        'src/main/resources/db/migration/V1__users.sql': USERS,
        'src/main/resources/db/migration/V1.1__email.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n',
      };
      expect(
        await run(base, {
          'src/main/resources/db/migration/V2__rename.sql': 'ALTER TABLE users RENAME COLUMN email_v2 TO email2;\n',
          'src/main/resources/db/migration/U2__rename.sql': 'ALTER TABLE users RENAME COLUMN email2 TO email_v3;\n',
        }),
      ).toEqual([
        'rollback-roundtrip error src/main/resources/db/migration/U2__rename.sql 1:1 Down does not restore column users.email_v2: after a rollback the schema is not what it was before the up.',
        'rollback-roundtrip error src/main/resources/db/migration/U2__rename.sql 1:1 Down leaves column users.email_v3: after a rollback the schema is not what it was before the up.',
      ]);
    });

    it('measures the locks an up takes on a table of the base, and rewrites', async () => {
      expect(
        await run(BASE, {
          'db/migrations/002_type.up.sql': 'CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ALTER COLUMN id TYPE numeric;\n',
          'db/migrations/002_type.down.sql': 'ALTER TABLE users ALTER COLUMN id TYPE bigint;\nDROP INDEX users_email_idx;\n',
        }, true),
      ).toEqual([
        'ban-measured-blocking-lock warning db/migrations/002_type.up.sql 1:1 Took SHARE on users (measured): every write to users waits until the transaction ends.',
        'ban-measured-blocking-lock warning db/migrations/002_type.up.sql 2:1 Took ACCESS EXCLUSIVE on users and rewrote it (measured): every query on users, reads included, waits until the transaction ends.',
      ]);
    });

    if (engine.server) it('leaves no database or schema of its own behind, and the objects that were there as they were', async () => {
      expect(await leftovers()).toEqual([]);
      expect(await sharedUsersColumns()).toEqual(['id integer', 'existing text']);
    });
  });
}

describe('an interrupted run', () => {
  it('drops its database when it gets SIGINT, and exits 130', async () => {
    const repo = await createRepo({
      base: { ...BASE, 'db/migrations/002_slow.up.sql': 'SELECT pg_sleep(120);\n' },
      branch: [{ 'db/migrations/003_t.up.sql': 'CREATE TABLE t (id int);\n', 'db/migrations/003_t.down.sql': 'DROP TABLE t;\n' }],
    });
    try {
      const bin = fileURLToPath(new URL('../../bin/migration-lint.cjs', import.meta.url));
      const child = spawn(process.execPath, [bin, '--base', 'main', '--database-url', serverUrl()], { cwd: repo.dir, stdio: 'ignore' });
      let ended = false;
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => ((ended = true), done(code))));
      // The run is inside the base history's pg_sleep once its database exists.
      while (!ended && (await leftovers()).length === 0) await new Promise((wait) => setTimeout(wait, 100));
      expect(ended, 'the run ended before its database existed').toBe(false);
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(await leftovers()).toEqual([]);
    } finally {
      await repo.cleanup();
    }
  });
});

describe('a --database-url the tool cannot use', () => {
  const bin = fileURLToPath(new URL('../../bin/migration-lint.cjs', import.meta.url));
  const cases = [
    { name: 'not a postgres URL', url: () => 'mysql://root@127.0.0.1/app', message: /^migration-lint: --database-url must be a postgres:\/\/ or postgresql:\/\/ URL, got "mysql:\/\/root@127\.0\.0\.1\/app"\n$/ },
    {
      name: 'a role the server does not know, with its password hidden',
      url: () => {
        const url = new URL(serverUrl());
        url.username = 'no_such_role';
        url.password = 'secret';
        return url.toString();
      },
      message: /^migration-lint: cannot connect to postgres:\/\/no_such_role:\*\*\*@127\.0\.0\.1:\d+\/postgres: .*no_such_role.*\n$/,
    },
  ];
  for (const { name, url, message } of cases) {
    it(`exits 2 with one line: ${name}`, async () => {
      const repo = await createRepo({ base: BASE, branch: [{ 'db/migrations/002_t.up.sql': 'CREATE TABLE t (id int);\n', 'db/migrations/002_t.down.sql': 'DROP TABLE t;\n' }] });
      try {
        const result = spawnSync(process.execPath, [bin, '--base', 'main', '--database-url', url()], { cwd: repo.dir, encoding: 'utf8' });
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toContain('secret');
        expect(result.status).toBe(2);
      } finally {
        await repo.cleanup();
      }
    });
  }
});
