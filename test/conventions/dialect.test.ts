/** Directories of another engine (by name or by SQL) are skipped with one notice that names the setting. */
import { afterEach, describe, expect, it } from 'vitest';
import { guessDialect } from '../../src/conventions/dialect.js';
import { lint } from '../../src/lint.js';
import { render } from '../../src/reporters/text.js';
import { createRepo } from '../helpers/git-repo.js';

/** These tests are about which files are read, not about lock_timeout, which every ALTER here would lack. */
const LOCKS_OFF = { rules: { 'require-lock-timeout': 'off' as const } };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('guessDialect', () => {
  it.each([
    ['db/migrations/sqlite', [], 'sqlite'],
    ['internal/clickhouse_migrations', [], 'clickhouse'],
    ['db/migrations', [{ path: 'db/migrations/1_a.sql', text: 'CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT);' }], 'sqlite'],
    ['db/migrations', [{ path: 'db/migrations/1_a.sql', text: 'CREATE TABLE `a` (id int);' }], 'mysql'],
    ['db/migrations', [{ path: 'db/migrations/1_a.sql', text: 'CREATE TABLE a (id UInt64) ENGINE = MergeTree ORDER BY id;' }], 'clickhouse'],
  ])('%s %j is %s', (dir, samples, dialect) => {
    expect(guessDialect(dir, samples)?.dialect).toBe(dialect);
  });

  it('reads PostgreSQL as PostgreSQL, whatever its comments and strings say', () => {
    const text = "-- ported from MySQL: AUTO_INCREMENT, `backticks`, ENGINE=InnoDB\nCREATE TABLE a (id bigint GENERATED ALWAYS AS IDENTITY, note text DEFAULT 'AUTOINCREMENT');";
    expect(guessDialect('db/migrations', [{ path: 'db/migrations/1_a.sql', text }])).toBeNull();
    expect(guessDialect('db/migrations/mysqldump_import', [])).toBeNull();
  });
});

describe('the dialect setting', () => {
  const branch = {
    'db/migrations/sqlite/20260213010000_users.sql': 'CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);\n',
    'db/migrations/sqlite/20260214010000_posts.sql': 'CREATE TABLE posts (id INTEGER PRIMARY KEY AUTOINCREMENT);\n',
    'db/migrations/postgres/20260213010000_users.sql': 'ALTER TABLE users RENAME COLUMN name TO full_name;\n',
    'db/migrations/postgres/20260213010000_users.down.sql': 'ALTER TABLE users RENAME COLUMN full_name TO name;\n',
  };

  it('skips a directory of another engine with one notice naming the setting, and lints the others', async () => {
    const repo = await createRepo({ base: { 'README.md': '#\n' }, branch: [branch] });
    cleanups.push(repo.cleanup);

    const result = await lint({ cwd: repo.dir, base: 'main', overrides: LOCKS_OFF });

    expect(result.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['db/migrations/postgres/20260213010000_users.sql backward-incompatible']);
    expect(result.skippedDirectories).toEqual([
      {
        path: 'db/migrations/sqlite',
        reason: 'dialect',
        detail: 'sqlite, not PostgreSQL: its path names sqlite',
        fix: 'If it is PostgreSQL, say so in the config: dialect: { "db/migrations/sqlite/**": postgresql }',
      },
    ]);
    const text = render(result, { color: false });
    expect(text.match(/^db\/migrations\/sqlite\/ {2}not linted$/gm)).toHaveLength(1);
    expect(text).toContain('  fix: If it is PostgreSQL, say so in the config: dialect: { "db/migrations/sqlite/**": postgresql }');
  });

  it('lints a directory the config says is PostgreSQL, and skips one it says is another engine', async () => {
    const repo = await createRepo({ base: { 'README.md': '#\n' }, branch: [branch] });
    cleanups.push(repo.cleanup);

    const result = await lint({
      cwd: repo.dir,
      base: 'main',
      overrides: { ...LOCKS_OFF, dialect: { 'db/migrations/sqlite/**': 'postgresql', 'db/migrations/postgres': 'other' } },
    });

    expect(result.skippedDirectories?.map((d) => `${d.path}: ${d.detail}`)).toEqual(["db/migrations/postgres: the config's dialect says other"]);
    expect(result.findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.file)).toEqual([
      'db/migrations/sqlite/20260213010000_users.sql',
      'db/migrations/sqlite/20260214010000_posts.sql',
    ]);
  });
});
