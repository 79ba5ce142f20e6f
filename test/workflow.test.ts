/** The seed's discipline end to end: the three-phase flow is clean, each anti-pattern is caught by the right rule. */
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { createRepo } from './helpers/git-repo.js';
import type { RepoSpec } from './helpers/git-repo.js';

const base = {
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255));\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
  'src/users.ts': "export const q = 'SELECT email FROM users';\n",
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function findingsOf(spec: RepoSpec, staged = false): Promise<string[]> {
  const repo = await createRepo(spec);
  cleanups.push(repo.cleanup);
  const result = await lint({ cwd: repo.dir, base: 'main', staged });
  return result.findings.map((f) => `${f.ruleId} ${f.file.replace('db/migrations/', '')}:${f.line}`);
}

describe('expand → migrate → contract, one PR each', () => {
  it('PR 1 adds email_v2: clean', async () => {
    expect(
      await findingsOf({
        base,
        branch: [
          {
            'db/migrations/20260213010000_add_email_v2.sql': "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN email_v2 VARCHAR(255);\n",
            'db/migrations/20260213010000_add_email_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n',
          },
        ],
      }),
    ).toEqual([]);
  });

  it('PR 2 writes email_v2 from the code and backfills: clean', async () => {
    expect(
      await findingsOf({
        base: { ...base, 'db/migrations/20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 VARCHAR(255);\n' },
        branch: [
          {
            'src/users.ts': "export const q = 'SELECT email_v2 FROM users';\n",
            'db/migrations/20260214010000_backfill_email_v2.sql': 'UPDATE users SET email_v2 = email WHERE email_v2 IS NULL;\n',
            'db/migrations/20260214010000_backfill_email_v2.down.sql': '-- the backfill is kept\nSELECT 1;\n',
          },
        ],
      }),
    ).toEqual([]);
  });

  it('PR 3 drops email alone, once the code no longer reads it: clean', async () => {
    expect(
      await findingsOf({
        base: { ...base, 'src/users.ts': "export const q = 'SELECT email_v2 FROM users';\n" },
        branch: [
          {
            'db/migrations/20260215010000_drop_old_email.sql': "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN email;\n",
            'db/migrations/20260215010000_drop_old_email.down.sql': 'ALTER TABLE users ADD COLUMN email varchar(255);\n',
          },
        ],
      }),
    ).toEqual([]);
  });
});

describe('the anti-patterns, each caught by the right rule', () => {
  const down = (name: string, sql = 'SELECT 1;\n') => ({ [`db/migrations/${name}.down.sql`]: sql });

  it('add and drop in one PR', async () => {
    expect(
      await findingsOf({
        base,
        branch: [
          {
            'db/migrations/20260213010000_email.sql': "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN email_v2 VARCHAR(255);\nALTER TABLE users DROP COLUMN email;\n",
            ...down('20260213010000_email'),
          },
        ],
      }),
    ).toEqual(['ban-drop-still-referenced 20260213010000_email.sql:3', 'ban-expand-and-contract 20260213010000_email.sql:3']);
  });

  it('drop with app code', async () => {
    expect(
      await findingsOf({
        base,
        branch: [
          {
            'db/migrations/20260215010000_drop_old_email.sql': "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN email;\n",
            ...down('20260215010000_drop_old_email'),
            'src/users.ts': 'export const q = 1;\n',
          },
        ],
      }),
    ).toEqual(['ban-drop-with-app-code 20260215010000_drop_old_email.sql:2']);
  });

  it('two migrations', async () => {
    expect(
      await findingsOf({
        base,
        branch: [
          { 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n', ...down('20260213010000_a') },
          { 'db/migrations/20260214010000_b.sql': 'CREATE TABLE b (id int);\n', ...down('20260214010000_b') },
        ],
      }),
    ).toEqual(['one-migration-per-pr 20260214010000_b.sql:1']);
  });

  it('missing down', async () => {
    expect(
      await findingsOf({ base, branch: [{ 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n' }] }),
    ).toEqual(['require-rollback 20260213010000_a.sql:1']);
  });

  it('old timestamp', async () => {
    expect(
      await findingsOf({
        base,
        branch: [{ 'db/migrations/20260101000000_a.sql': 'CREATE TABLE a (id int);\n', ...down('20260101000000_a') }],
      }),
    ).toEqual(['timestamp-order 20260101000000_a.sql:1']);
  });

  it('edited merged migration', async () => {
    expect(
      await findingsOf({
        base,
        branch: [{ 'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' }],
      }),
    ).toEqual(['immutable-migrations 20260201000000_create_users.sql:1']);
  });

  it('a second migration staged on a branch that already committed one (pre-commit)', async () => {
    expect(
      await findingsOf(
        {
          base,
          branch: [{ 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n', ...down('20260213010000_a') }],
          staged: { 'db/migrations/20260214010000_b.sql': 'CREATE TABLE b (id int);\n', ...down('20260214010000_b') },
        },
        true,
      ),
    ).toEqual(['one-migration-per-pr 20260214010000_b.sql:1']);
  });
});
