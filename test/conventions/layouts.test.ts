import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { createRepo, type RepoSpec, type TestRepo } from '../helpers/git-repo.js';
import type { RuleSetting } from '../../src/types.js';

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()));
});

/** Lints the branch against main; findings as `<file> <rule>:<messageId>`. */
async function run(spec: RepoSpec & { config?: Record<string, unknown> }) {
  const repo = await createRepo({ ...spec, base: { 'README.md': '# app\n', ...spec.base } });
  repos.push(repo);
  // Layouts, not locks: the lock_timeout advice would be on every ALTER of these cases.
  const rules = { 'require-lock-timeout': 'off' as const, ...(spec.config?.['rules'] as Record<string, RuleSetting> | undefined) };
  const result = await lint({ cwd: repo.dir, base: 'main', overrides: { ...spec.config, rules } });
  return { result, findings: result.findings.map((f) => `${f.file} ${f.ruleId}:${f.messageId}`), help: result.findings.map((f) => f.help) };
}

const USERS = 'CREATE TABLE users (id bigint PRIMARY KEY);\n';
const EMAIL = 'ALTER TABLE users ADD COLUMN email text;\n';
const UNEMAIL = 'ALTER TABLE users DROP COLUMN email;\n';

describe('diesel', () => {
  it('reads undashed versions, orders them, and asks for down.sql beside up.sql', async () => {
    const { result, findings, help } = await run({
      base: { 'migrations/20240301000000_users/up.sql': USERS, 'migrations/20240301000000_users/down.sql': 'DROP TABLE users;\n' },
      branch: [{ 'migrations/20240201000000_email/up.sql': EMAIL }],
    });
    expect(result.migrations.map((m) => m.version)).toEqual(['20240201000000']);
    expect(findings).toEqual([
      'migrations/20240201000000_email/up.sql require-rollback:missing',
      'migrations/20240201000000_email/up.sql timestamp-order:outOfOrder',
    ]);
    expect(help[0]).toBe('Add migrations/20240201000000_email/down.sql with the SQL that reverts up.sql.');
  });
  it('reads diesel 2 directory names, with their four-digit suffix, and pairs their files', async () => {
    const { result, findings } = await run({
      base: { 'migrations/2024-01-02-123456-0000_users/up.sql': USERS, 'migrations/2024-01-02-123456-0000_users/down.sql': 'DROP TABLE users;\n' },
      branch: [{ 'migrations/2024-02-01-080000-0000_email/up.sql': EMAIL, 'migrations/2024-02-01-080000-0000_email/down.sql': UNEMAIL }],
    });
    expect(result.migrations.map((m) => `${m.version} ${m.direction} ${m.rollback}`)).toEqual([
      '202402010800000000 down null',
      '202402010800000000 up migrations/2024-02-01-080000-0000_email/down.sql',
    ]);
    expect(findings).toEqual([]);
  });
});

describe('Prisma', () => {
  const base = {
    'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
    'prisma/migrations/20240101000000_init/migration.sql': USERS,
  };

  it('asks for no rollback in a project that keeps none: the tool rolls forward', async () => {
    const { findings } = await run({ base, branch: [{ 'prisma/migrations/20240201000000_email/migration.sql': EMAIL }] });
    expect(findings).toEqual([]);
  });

  it('asks for down.sql, the way Prisma documents it, once the project keeps rollbacks', async () => {
    const { findings, help } = await run({
      base: { ...base, 'prisma/migrations/20240101000000_init/down.sql': 'DROP TABLE users;\n' },
      branch: [{ 'prisma/migrations/20240201000000_email/migration.sql': EMAIL }],
    });
    expect(findings).toEqual(['prisma/migrations/20240201000000_email/migration.sql require-rollback:missing']);
    expect(help[0]).toContain('prisma migrate diff --from-schema-datamodel prisma/schema.prisma --to-schema-datasource prisma/schema.prisma --script > prisma/migrations/20240201000000_email/down.sql');
  });
});

describe('sqitch', () => {
  const plan = (...changes: string[]) =>
    `%syntax-version=1.0.0\n%project=app\n\n${changes.map((change) => `${change} 2024-01-01T00:00:00Z Ada <ada@example.com> # ${change}\n`).join('')}`;
  const base = {
    'db/sqitch.plan': plan('users', 'orders'),
    'db/deploy/users.sql': USERS,
    'db/revert/users.sql': 'DROP TABLE users;\n',
    'db/verify/users.sql': 'SELECT id FROM users WHERE false;\n',
    'db/deploy/orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
    'db/revert/orders.sql': 'DROP TABLE orders;\n',
  };

  it('wants a new change at the end of the plan', async () => {
    const { findings, help } = await run({
      base,
      branch: [{ 'db/sqitch.plan': plan('users', 'email', 'orders'), 'db/deploy/email.sql': EMAIL, 'db/revert/email.sql': UNEMAIL }],
    });
    expect(findings).toEqual(['db/deploy/email.sql timestamp-order:outOfOrder']);
    expect(help[0]).toBe('Move email to the end of sqitch.plan, after every change already merged: sqitch deploys the plan in order.');
  });

  it('takes a change appended after one the plan drops, and leaves verify/ scripts out', async () => {
    const { result, findings } = await run({
      base,
      branch: [{ 'db/sqitch.plan': plan('users', 'email'), 'db/deploy/email.sql': EMAIL, 'db/revert/email.sql': UNEMAIL, 'db/verify/email.sql': 'SELECT email FROM users WHERE false;\n' }],
    });
    expect(result.migrations.map((m) => `${m.path} ${m.version} ${m.rollback}`)).toEqual([
      'db/deploy/email.sql 2 db/revert/email.sql',
      'db/revert/email.sql 2 null',
    ]);
    expect(findings).toEqual([]);
  });

  it('takes a rework: the deployed script kept as <change>@<tag>.sql, the plan listing the change again', async () => {
    const { findings } = await run({
      base: { ...base, 'db/sqitch.plan': `${plan('users', 'orders')}@v1.0 2024-01-02T00:00:00Z Ada <ada@example.com> # v1.0\n` },
      branch: [
        {
          'db/sqitch.plan': `${plan('users', 'orders')}@v1.0 2024-01-02T00:00:00Z Ada <ada@example.com> # v1.0\norders [orders@v1.0] 2024-01-03T00:00:00Z Ada <ada@example.com> # orders.total\n`,
          'db/deploy/orders@v1.0.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
          'db/revert/orders@v1.0.sql': 'DROP TABLE orders;\n',
          'db/deploy/orders.sql': 'ALTER TABLE orders ADD COLUMN total bigint;\n',
          'db/revert/orders.sql': 'ALTER TABLE orders DROP COLUMN total;\n',
        },
      ],
    });
    expect(findings).toEqual([]);
  });

  it('still calls an edit of a deployed script that the plan does not record a merged migration edited', async () => {
    const { findings } = await run({ base, branch: [{ 'db/deploy/users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\n' }] });
    expect(findings).toEqual(['db/deploy/users.sql immutable-migrations:modified']);
  });

  it('sees the same changes when the whole project moves to another directory', async () => {
    const moved = Object.fromEntries(Object.entries(base).map(([path, text]) => [path.replace(/^db\//, 'pgsql/'), text]));
    const gone = Object.fromEntries(Object.keys(base).map((path) => [path, null]));
    const { findings } = await run({ base, branch: [{ ...gone, ...moved }] });
    expect(findings).toEqual([]);
  });
});

describe('Supabase', () => {
  const base = { 'supabase/migrations/20240101000000_users.sql': USERS };

  it('asks for no rollback in a project that keeps none', async () => {
    const { findings } = await run({ base, branch: [{ 'supabase/migrations/20240201000000_email.sql': EMAIL }] });
    expect(findings).toEqual([]);
  });

  it('pairs supabase/rollbacks/<name> and asks for it once the project keeps rollbacks', async () => {
    const kept = { ...base, 'supabase/rollbacks/20240101000000_users.sql': 'DROP TABLE users;\n' };
    const paired = await run({
      base: kept,
      branch: [{ 'supabase/migrations/20240201000000_email.sql': EMAIL, 'supabase/rollbacks/20240201000000_email.sql': UNEMAIL }],
    });
    expect(paired.result.migrations.find((m) => m.direction === 'up')?.rollback).toBe('supabase/rollbacks/20240201000000_email.sql');
    expect(paired.findings).toEqual([]);
    const missing = await run({ base: kept, branch: [{ 'supabase/migrations/20240201000000_email.sql': EMAIL }] });
    expect(missing.findings).toEqual(['supabase/migrations/20240201000000_email.sql require-rollback:missing']);
    expect(missing.help[0]).toContain('supabase/rollbacks/20240201000000_email.sql');
  });
});

describe('directory-versioned schemas', () => {
  const base = { 'db/versioned/v1.0/users.sql': USERS };

  it('takes a new release of several files as one migration', async () => {
    const { findings } = await run({ base, branch: [{ 'db/versioned/v1.1/email.sql': EMAIL, 'db/versioned/v1.1/phone.sql': 'ALTER TABLE users ADD COLUMN phone text;\n' }] });
    expect(findings).toEqual([]);
  });

  it('calls a file added to a released version out of order', async () => {
    const { findings } = await run({ base, branch: [{ 'db/versioned/v1.0/email.sql': EMAIL }] });
    expect(findings).toEqual(['db/versioned/v1.0/email.sql timestamp-order:outOfOrder']);
  });
});

describe('discovery beyond the migrations globs', () => {
  it('finds Flyway migrations under flyway.conf', async () => {
    const { result } = await run({
      base: { 'db/flyway.conf': 'flyway.locations=filesystem:sql\n', 'db/sql/V1__users.sql': USERS },
      branch: [{ 'db/sql/V2__email.sql': EMAIL }],
    });
    expect(result.migrations.map((m) => `${m.path} ${m.version}`)).toEqual(['db/sql/V2__email.sql 2']);
  });

  it('finds a directory most of whose files one tool names', async () => {
    const { result } = await run({
      base: {
        'store/migrate/postgres/001_users.up.sql': USERS,
        'store/migrate/postgres/001_users.down.sql': 'DROP TABLE users;\n',
        'store/migrate/postgres/002_orders.up.sql': 'CREATE TABLE orders (id int);\n',
        'store/migrate/postgres/002_orders.down.sql': 'DROP TABLE orders;\n',
      },
      branch: [{ 'store/migrate/postgres/003_email.up.sql': EMAIL, 'store/migrate/postgres/003_email.down.sql': UNEMAIL }],
    });
    expect(result.migrations.map((m) => `${m.path} ${m.rollback}`)).toEqual([
      'store/migrate/postgres/003_email.down.sql null',
      'store/migrate/postgres/003_email.up.sql store/migrate/postgres/003_email.down.sql',
    ]);
  });

  it('leaves numbered schema files and SQL tests alone', async () => {
    const { result } = await run({
      base: { 'core/schemas/0010_tables.sql': USERS, 'core/schemas/0020_views.sql': 'CREATE VIEW v AS SELECT 1;\n', 'core/schemas/0030_functions.sql': 'SELECT 1;\n' },
      branch: [{ 'core/schemas/0040_email.sql': EMAIL, 'core/tests/20240101000000_users_test.sql': 'SELECT 1;\n' }],
    });
    expect(result.migrations).toEqual([]);
    expect(result.skippedDirectories).toBeUndefined();
  });

  it('looks no further than the configured globs', async () => {
    const { result } = await run({
      base: { 'db/flyway.conf': 'flyway.locations=filesystem:sql\n', 'db/sql/V1__users.sql': USERS },
      branch: [{ 'db/sql/V2__email.sql': EMAIL }],
      config: { migrations: ['migrations/**'] },
    });
    expect(result.migrations).toEqual([]);
  });
});

describe('plain files', () => {
  it('reads nested layouts from disk, paths shown from the repository root: a sqitch project, Supabase rollbacks, diesel directories', async () => {
    const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
    const result = await lint({ cwd: fixtures, files: ['sqitch/base/sql', 'supabase/branch', 'diesel/branch'] });
    expect(result.migrations.map((m) => `${m.path} ${m.version} ${m.rollback}`)).toEqual([
      'fixtures/diesel/branch/migrations/2024-02-01-080000_add_email/down.sql 20240201080000 null',
      'fixtures/diesel/branch/migrations/2024-02-01-080000_add_email/up.sql 20240201080000 fixtures/diesel/branch/migrations/2024-02-01-080000_add_email/down.sql',
      'fixtures/sqitch/base/sql/deploy/users.sql 1 fixtures/sqitch/base/sql/revert/users.sql',
      'fixtures/sqitch/base/sql/revert/users.sql 1 null',
      'fixtures/supabase/branch/supabase/migrations/20240201080000_add_email.sql 20240201080000 fixtures/supabase/branch/supabase/rollbacks/20240201080000_add_email.sql',
      'fixtures/supabase/branch/supabase/rollbacks/20240201080000_add_email.sql 20240201080000 null',
    ]);
    expect(result.findings).toEqual([]);
  });
});
