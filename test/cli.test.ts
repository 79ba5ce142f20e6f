/** The built command as users run it: real processes, real repositories, exit codes and output contracts. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { createRepo } from './helpers/git-repo.js';
import type { RepoSpec } from './helpers/git-repo.js';

const BIN = new URL('../bin/migration-lint.cjs', import.meta.url).pathname;

function run(cwd: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...options.env };
  delete env.GITHUB_BASE_REF;
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR) env.FORCE_COLOR = options.env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, input: options.input ?? '', encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function repo(spec: RepoSpec) {
  const created = await createRepo(spec);
  cleanups.push(created.cleanup);
  return created;
}

const base = {
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
};

describe('exit codes', () => {
  it('0 on a clean pull request', async () => {
    const { dir } = await repo({
      base,
      branch: [
        {
          'db/migrations/20260213010000_add_email_v2.sql': "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN email_v2 text;\n",
          'db/migrations/20260213010000_add_email_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n',
        },
      ],
    });
    const { code, stdout, stderr } = run(dir, ['--base', 'main']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/No problems/);
  });

  it('1 on error findings, with file:line:col, the SQL line, and help', async () => {
    const { dir } = await repo({
      base,
      branch: [{ 'db/migrations/20260213010000_swap.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\nALTER TABLE users DROP COLUMN email;\n' }],
    });
    const { code, stdout } = run(dir, ['--base', 'main']);
    expect(code).toBe(1);
    expect(stdout).toContain('db/migrations/20260213010000_swap.sql:2:1');
    expect(stdout).toContain('ban-expand-and-contract');
    expect(stdout).toContain('ALTER TABLE users DROP COLUMN email;');
    expect(stdout).toContain('require-rollback');
    expect(stdout).toMatch(/help: /);
  });

  it('0 for warnings, 1 when they exceed --max-warnings', async () => {
    const { dir } = await repo({
      base,
      branch: [
        {
          'db/migrations/20260213010000_add.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n',
          'db/migrations/20260213010000_add.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n',
          'src/app.ts': 'export {};\n',
        },
      ],
    });
    expect(run(dir, ['--base', 'main']).code).toBe(0);
    expect(run(dir, ['--base', 'main', '--max-warnings', '0']).code).toBe(1);
  });

  it.each([
    [['--no-such-flag'], /Unknown option '--no-such-flag'/],
    [['--base', 'no-such-branch'], /no-such-branch/],
    [['--base=--output=x'], /--output=x/],
    [['--base', '--output=x'], /base|output/],
    [['--format', 'xml'], /unknown format "xml"/],
    [['--max-warnings', '-1'], /--max-warnings/],
    [['--format', 'json', '--format', 'sarif'], /only one --format/],
  ])('2 with one line, no stack trace: %j', async (args, pattern) => {
    const { dir } = await repo({ base, branch: [{ 'src/a.ts': 'export {};\n' }] });
    const { code, stderr, stdout } = run(dir, args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(pattern);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('2 outside a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migration-lint-nogit-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { code, stderr } = run(dir, []);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^migration-lint: not a git repository/);
  });

  it('2 with git\'s own words when the repository is broken (a missing object)', async () => {
    const { dir, git } = await repo({
      base: { ...base, 'db/migrations/20260205000000_orders.sql': 'CREATE TABLE orders (id int, total int);\n' },
      branch: [{ 'db/migrations/20260205000000_orders.sql': null, 'db/migrations/20260206000000_orders.sql': 'CREATE TABLE orders (id int, total bigint);\n' }],
    });
    const blob = git('rev-parse', 'main:db/migrations/20260205000000_orders.sql').trim();
    rmSync(join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const { code, stderr } = run(dir, ['--base', 'main']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^migration-lint: git .* failed \(128\): fatal: unable to read [0-9a-f]{40}\n$/);
  });

  it('2 for an invalid config, naming the key', async () => {
    const { dir } = await repo({ base: { ...base, '.migration-lint.json': '{"maxMigrationPerPr": 2}' }, branch: [{ 'src/a.ts': 'x' }] });
    const { code, stderr } = run(dir, ['--base', 'main']);
    expect(code).toBe(2);
    expect(stderr).toBe('migration-lint: .migration-lint.json: unknown key "maxMigrationPerPr" (allowed keys: base, migrations, convention, nonCode, maxMigrationsPerPr, postgresVersion, assumeInTransaction, placeholders, dialect, verifyRollback, rules)\n');
  });
});

describe('--format json', () => {
  it('follows the versioned contract exactly', async () => {
    const { dir, git } = await repo({
      base,
      branch: [
        {
          'db/migrations/20260213010000_add_email_v2.up.sql': "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN email_v2 text NOT NULL;\n",
          'db/migrations/20260213010000_add_email_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n',
        },
      ],
    });
    const { code, stdout } = run(dir, ['--base', 'main', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['version', 'base', 'head', 'migrations', 'findings', 'summary']);
    expect(report.version).toBe(1);
    expect(report.base).toBe(git('rev-parse', 'main').trim());
    expect(report.head).toBe(git('rev-parse', 'HEAD').trim());
    expect(report.migrations).toEqual([
      { path: 'db/migrations/20260213010000_add_email_v2.down.sql', version: '20260213010000', direction: 'down', status: 'added', rollback: null },
      {
        path: 'db/migrations/20260213010000_add_email_v2.up.sql',
        version: '20260213010000',
        direction: 'up',
        status: 'added',
        rollback: 'db/migrations/20260213010000_add_email_v2.down.sql',
      },
    ]);
    expect(report.findings).toHaveLength(1);
    expect(Object.keys(report.findings[0])).toEqual(['ruleId', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'help']);
    expect(report.findings[0]).toMatchObject({ ruleId: 'backward-incompatible', severity: 'error', file: 'db/migrations/20260213010000_add_email_v2.up.sql', line: 2, column: 1 });
    expect(report.summary).toEqual({ errors: 1, warnings: 0 });
  });

  it('reports head INDEX with --staged', async () => {
    const { dir } = await repo({ base, staged: { 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n' } });
    const report = JSON.parse(run(dir, ['--staged', '--base', 'main', '--format', 'json']).stdout);
    expect(report.head).toBe('INDEX');
    expect(report.migrations.map((m: { path: string }) => m.path)).toEqual(['db/migrations/20260213010000_a.sql']);
  });

  it('writes several formats at once with format=path', async () => {
    const { dir } = await repo({ base, branch: [{ 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n' }] });
    const { code, stdout } = run(dir, ['--base', 'main', '--format', 'text', '--format', 'json=report.json', '--format', 'sarif=report.sarif']);
    expect(code).toBe(1);
    expect(stdout).toContain('require-rollback');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('plain files and standard input', () => {
  it('lints files without git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migration-lint-files-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, '20260213010000_a.sql'), "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN email TO mail;\n");
    writeFileSync(join(dir, '20260213010000_a.down.sql'), 'ALTER TABLE users RENAME COLUMN mail TO email;\n');
    const { code, stdout } = run(dir, ['20260213010000_a.sql', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.base).toBeNull();
    expect(report.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual(['backward-incompatible 20260213010000_a.sql']);
  });

  it('judges plain files one by one: an expand in one and a drop in another are not one pull request', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migration-lint-files-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, '001_add.sql'), "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN email_v2 text;\n");
    writeFileSync(join(dir, '001_add.down.sql'), 'ALTER TABLE users DROP COLUMN email_v2;\n');
    writeFileSync(join(dir, '002_drop.sql'), "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN email;\n");
    writeFileSync(join(dir, '002_drop.down.sql'), 'ALTER TABLE users ADD COLUMN email text;\n');
    writeFileSync(join(dir, '003_swap.sql'), "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN b text;\nALTER TABLE users DROP COLUMN a;\n");
    writeFileSync(join(dir, '003_swap.down.sql'), 'ALTER TABLE users ADD COLUMN a text;\nALTER TABLE users DROP COLUMN b;\n');
    const report = JSON.parse(run(dir, ['.', '--format', 'json']).stdout);
    expect(report.findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'ban-expand-and-contract 003_swap.sql:3',
    ]);
  });

  it('reads SQL from standard input with --stdin-filename', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migration-lint-stdin-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { code, stdout } = run(dir, ['-', '--stdin-filename', 'db/migrations/x.sql', '--format', 'json'], { input: 'SELEC 1;' });
    expect(code).toBe(1);
    const [finding] = JSON.parse(stdout).findings;
    expect(finding).toMatchObject({ ruleId: 'syntax-error', file: 'db/migrations/x.sql', line: 1, column: 1 });
  });
});

describe('rules', () => {
  it('lists every rule with severity and summary', () => {
    const { code, stdout } = run(tmpdir(), ['rules']);
    expect(code).toBe(0);
    for (const rule of rules) expect(stdout).toMatch(new RegExp(`^${rule.meta.id}\\s+${rule.meta.severity}\\s+\\S`, 'm'));
  });
});

describe('colour', () => {
  it('is off when piped, on with FORCE_COLOR, off with NO_COLOR', async () => {
    const { dir } = await repo({ base, branch: [{ 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n' }] });
    expect(run(dir, ['--base', 'main']).stdout).not.toContain('\u001b[');
    expect(run(dir, ['--base', 'main'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toContain('\u001b[');
  });
});

describe('the repository is never written', () => {
  it('leaves the index, working tree and refs as they were', async () => {
    const { dir, git } = await repo({
      base,
      branch: [{ 'db/migrations/20260213010000_a.sql': 'CREATE TABLE a (id int);\n' }],
      staged: { 'db/migrations/20260214010000_b.sql': 'SELEC 1;\n' },
      unstaged: { 'src/wip.ts': 'export {};\n' },
    });
    const snapshot = () => ({
      status: git('status', '--porcelain=v1', '-z', '--untracked-files=all'),
      index: createHash('sha256').update(readFileSync(join(dir, '.git', 'index'))).digest('hex'),
      refs: git('for-each-ref'),
    });
    const before = snapshot();
    run(dir, ['--staged', '--base', 'main']);
    run(dir, ['--base', 'main', '--format', 'json']);
    expect(snapshot()).toEqual(before);
  });
});
