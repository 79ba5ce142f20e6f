/** The Action in-process against real repositories: annotations, job summary, outputs and exit status under fail-on. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as core from '@actions/core';
import { escapeData, escapeProperty } from '../../src/reporters/workflow-commands.js';
import { createRepo } from '../helpers/git-repo.js';
import type { RepoSpec, TestRepo } from '../helpers/git-repo.js';
import { makeRunner, pullRequestEvent, runInProcess } from './runner.js';
import type { Runner, RunnerOptions } from './runner.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const BASE: RepoSpec['base'] = {
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
  'src/app.ts': 'export const app = 1;\n',
};

/** One error: a column rename (backward-incompatible), with its rollback. */
const RENAME = {
  'db/migrations/20260301000000_rename_email.sql': "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN email TO mail;\n",
  'db/migrations/20260301000000_rename_email.down.sql': 'ALTER TABLE users RENAME COLUMN mail TO email;\n',
};

/** One warning: new schema in the same pull request as application code. */
const SCHEMA_WITH_CODE = {
  'db/migrations/20260301000000_create_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
  'db/migrations/20260301000000_create_orders.down.sql': 'DROP TABLE orders;\n',
  'src/app.ts': 'export const app = 2;\n',
};

async function repo(branch: NonNullable<RepoSpec['branch']>): Promise<TestRepo> {
  const created = await createRepo({ base: BASE, branch });
  cleanups.push(created.cleanup);
  return created;
}

function runner(created: TestRepo, options: Partial<RunnerOptions> = {}): Runner {
  const made = makeRunner({
    workspace: created.dir,
    event: pullRequestEvent(created.git('rev-parse', 'main').trim(), created.git('rev-parse', 'HEAD').trim()),
    ...options,
    inputs: { comment: 'false', ...options.inputs },
  });
  cleanups.push(made.cleanup);
  return made;
}

describe('a pull request with findings', () => {
  it('annotates each finding, writes the summary and the outputs, and fails on errors', async () => {
    const created = await repo([{ ...RENAME, 'src/app.ts': 'export const app = 2;\n' }]);
    const made = runner(created);
    const run = await runInProcess(made);

    expect(run.status).toBe(1);
    const annotations = run.commands.filter((line) => !line.startsWith('::error::'));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations[0]).toMatch(
      /^::error title=backward-incompatible,file=db\/migrations\/20260301000000_rename_email\.sql,line=2,endLine=2,col=1,endColumn=\d+::RENAME COLUMN/,
    );
    // Errors first: no error annotation follows a warning.
    const kinds = annotations.map((line) => line.slice(2, line.indexOf(' ')));
    expect(kinds).toEqual([...kinds].sort());
    expect(run.commands.at(-1)).toMatch(/^::error::migration-lint found \d+ errors? and \d+ warnings? \(fail-on: error\)$/);

    expect(run.outputs['errors']).toBe(String(kinds.filter((kind) => kind === 'error').length));
    expect(run.outputs['warnings']).toBe(String(kinds.filter((kind) => kind === 'warning').length));
    const report = JSON.parse(readFileSync(run.outputs['findings-json']!, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.findings.length).toBe(annotations.length);
    expect(report.summary.errors).toBe(Number(run.outputs['errors']));
    expect(run.outputs['findings-json']!.startsWith(`${made.temp}/migration-lint-`)).toBe(true);

    expect(run.summary).toContain('## migration-lint');
    expect(run.summary).toContain('### Migrations');
    expect(run.summary).toContain('| `db/migrations/20260301000000_rename_email.sql` | 20260301000000 | up | added |');
    expect(run.summary).toContain('[backward-incompatible](https://github.com/migration-lint/migration-lint/blob/main/docs/rules/backward-incompatible.md)');
    expect(run.summary).toMatch(/\*\*\d+ errors?, \d+ warnings?\*\* in 2 migrations/);
  });

  it('fail-on: warning fails on a warning; fail-on: error does not', async () => {
    const created = await repo([SCHEMA_WITH_CODE]);
    const lenient = await runInProcess(runner(created));
    expect(lenient.status).toBe(0);
    expect(lenient.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(lenient.commands).toEqual([expect.stringMatching(/^::warning title=ban-schema-with-app-code,file=db\/migrations\/20260301000000_create_orders\.sql,/)]);

    const strict = await runInProcess(runner(created, { inputs: { 'fail-on': 'warning' } }));
    expect(strict.status).toBe(1);
    expect(strict.commands.at(-1)).toBe('::error::migration-lint found 0 errors and 1 warning (fail-on: warning)');
  });

  it('fail-on: never reports errors and passes', async () => {
    const created = await repo([RENAME]);
    const run = await runInProcess(runner(created, { inputs: { 'fail-on': 'never' } }));
    expect(run.status).toBe(0);
    expect(run.outputs['errors']).toBe('1');
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]).toMatch(/^::error title=backward-incompatible,/);
  });

  it('annotates at most 10 errors and 10 warnings, errors first, and lists every finding in the summary', async () => {
    const branch: Record<string, string> = { 'src/app.ts': 'export const app = 3;\n' };
    for (let i = 10; i < 22; i++) branch[`db/migrations/202603010000${i}_create_t${i}.sql`] = `CREATE TABLE t${i} (id int);\n`;
    const created = await repo([branch]);
    const run = await runInProcess(runner(created));
    const report = JSON.parse(readFileSync(run.outputs['findings-json']!, 'utf8'));
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error').length;
    const warnings = report.findings.filter((f: { severity: string }) => f.severity === 'warning').length;
    expect(errors).toBeGreaterThan(10);
    expect(warnings).toBeGreaterThan(10);

    const annotations = run.commands.filter((line) => !line.startsWith('::error::'));
    expect(annotations.map((line) => line.slice(2, line.indexOf(' ')))).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning')]);
    expect(run.stdout).toContain(`${errors + warnings - 20} more findings are not annotated`);
    const summaryRows = run.summary.split('\n').filter((line) => /^\| (❌ error|⚠️ warning) \|/.test(line));
    expect(summaryRows).toHaveLength(errors + warnings);
  });
});

describe('a clean pull request', () => {
  it('passes with zero counts and says so in the summary', async () => {
    const created = await repo([{ 'db/migrations/20260301000000_create_orders.sql': 'CREATE TABLE orders (id bigint);\n', 'db/migrations/20260301000000_create_orders.down.sql': 'DROP TABLE orders;\n' }]);
    const run = await runInProcess(runner(created));
    expect(run.status).toBe(0);
    expect(run.commands).toEqual([]);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(run.summary).toContain('✅ **No problems** in 2 migrations.');
  });
});

describe('inputs', () => {
  it('lints in working-directory, resolved against the workspace', async () => {
    const created = await repo([RENAME]);
    const workspace = join(created.dir, '..', `${created.dir.split('/').pop()}-workspace`);
    mkdirSync(workspace);
    const checkout = join(workspace, 'services', 'api');
    mkdirSync(join(workspace, 'services'));
    renameSync(created.dir, checkout);
    cleanups.push(() => renameSync(checkout, created.dir));
    const made = makeRunner({
      workspace,
      event: pullRequestEvent(revParse(checkout, 'main'), revParse(checkout, 'HEAD')),
      inputs: { comment: 'false', 'working-directory': 'services/api' },
    });
    cleanups.push(made.cleanup);
    const run = await runInProcess(made);
    expect(run.outputs['errors']).toBe('1');
  });

  it('takes a ref as base on a push event, with no pull request', async () => {
    const created = await repo([RENAME]);
    const made = makeRunner({ workspace: created.dir, eventName: 'push', event: { ref: 'refs/heads/feature' }, inputs: { base: 'main', comment: 'true' } });
    cleanups.push(made.cleanup);
    const run = await runInProcess(made);
    expect(run.status).toBe(1);
    expect(run.outputs['errors']).toBe('1');
  });

  it('uses the config input, relative to the working directory', async () => {
    const created = await repo([{ ...RENAME, '.github/migration-lint.json': JSON.stringify({ rules: { 'backward-incompatible': 'warning' } }) }]);
    const run = await runInProcess(runner(created, { inputs: { comment: 'false', config: '.github/migration-lint.json' } }));
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1' });
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, '::error::input fail-on is "sometimes": use error, warning or never'],
    [{ comment: 'yes' }, '::error::input comment is "yes": use true or false'],
    [{ base: '--output=/tmp/x' }, '::error::input base is "--output=/tmp/x": a commit or ref cannot start with "-"'],
  ])('fails with one line on a bad input %j', async (inputs, message) => {
    const created = await repo([RENAME]);
    const run = await runInProcess(runner(created, { inputs }));
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([message]);
  });

  it('fails with the config error in one line, before any annotation', async () => {
    const created = await repo([{ ...RENAME, '.migration-lint.json': JSON.stringify({ rulez: {} }) }]);
    const run = await runInProcess(runner(created));
    expect(run.status).toBe(1);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]).toMatch(/^::error::.*rulez/);
    expect(run.outputs).toEqual({});
  });

  it('rejects a base sha in the event that is not 40 hex digits', async () => {
    const created = await repo([RENAME]);
    const made = makeRunner({ workspace: created.dir, event: pullRequestEvent('main;touch /tmp/pwned', created.git('rev-parse', 'HEAD').trim()) });
    cleanups.push(made.cleanup);
    const run = await runInProcess(made);
    expect(run.commands).toEqual(["::error::the event payload's pull_request.base.sha is not a commit sha (40 hex digits)"]);
  });
});

describe('workflow-command escaping', () => {
  it('@actions/core escapes messages and properties exactly as the github reporter does', () => {
    const chunks: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      chunks.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    const nasty = 'a%25b\r\n::set-output name=x::y,c:d%0A';
    try {
      core.error(nasty, { title: nasty, file: nasty, startLine: 1 });
    } finally {
      process.stdout.write = original;
    }
    expect(chunks.join('')).toBe(`::error title=${escapeProperty(nasty)},file=${escapeProperty(nasty)},line=1::${escapeData(nasty)}\n`);
    expect(escapeProperty(nasty)).toBe('a%2525b%0D%0A%3A%3Aset-output name=x%3A%3Ay%2Cc%3Ad%250A');
  });
});

function revParse(dir: string, rev: string): string {
  return execFileSync('git', ['rev-parse', rev], { cwd: dir, encoding: 'utf8' }).trim();
}
