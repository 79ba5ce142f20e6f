/** The pull request comment against a local stand-in for the GitHub API: created once, updated in place, truncated, skipped on forks. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, COMMENT_MARKER } from '../../src/action/comment.js';
import { createRepo } from '../helpers/git-repo.js';
import type { TestRepo } from '../helpers/git-repo.js';
import { startFakeGitHub } from './fake-github.js';
import type { FakeGitHub } from './fake-github.js';
import { makeRunner, pullRequestEvent, runInProcess } from './runner.js';

const BASE = {
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
};
const RENAME = 'db/migrations/20260301000000_rename_email.sql';
const RENAME_DOWN = 'db/migrations/20260301000000_rename_email.down.sql';

let github: FakeGitHub;
const cleanups: Array<() => unknown> = [];
beforeEach(async () => {
  github = await startFakeGitHub();
  cleanups.push(github.close);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function repoWithRename(): Promise<TestRepo> {
  const created = await createRepo({
    base: BASE,
    branch: [{ [RENAME]: "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN email TO mail;\n", [RENAME_DOWN]: 'ALTER TABLE users RENAME COLUMN mail TO email;\n' }],
  });
  cleanups.push(created.cleanup);
  return created;
}

async function run(created: TestRepo, options: { fork?: boolean; inputs?: Record<string, string>; eventName?: string } = {}) {
  const runner = makeRunner({
    workspace: created.dir,
    apiUrl: github.url,
    ...(options.eventName !== undefined ? { eventName: options.eventName } : {}),
    event: pullRequestEvent(created.git('rev-parse', 'main').trim(), created.git('rev-parse', 'HEAD').trim(), { fork: options.fork ?? false }),
    inputs: { 'fail-on': 'never', ...options.inputs },
  });
  cleanups.push(runner.cleanup);
  return runInProcess(runner);
}

const writes = () => github.requests.filter((request) => request.method !== 'GET');

describe('the pull request comment', () => {
  it('is created on the first run, updated in place on the next, and says "no problems" once fixed', async () => {
    const created = await repoWithRename();
    const first = await run(created);
    expect(first.status).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/acme/shop/issues/7/comments']);
    expect(github.requests[0]?.authorization).toBe('token ghs_test');
    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    expect(comment!.body).toContain('❌ **1 error, 0 warnings** in 2 migrations.');
    expect(comment!.body).toContain('[backward-incompatible](');
    expect(comment!.body).toContain('[Job summary](https://github.com/acme/shop/actions/runs/4242)');
    expect(comment!.body.trimEnd().endsWith(`\n${COMMENT_MARKER}`)).toBe(true);
    expect(first.stdout).toContain('Posted the pull request comment: https://github.com/acme/shop/pull/7#issuecomment-1000');

    const second = await run(created);
    expect(second.status).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/shop/issues/7/comments',
      `PATCH /repos/acme/shop/issues/comments/${comment!.id}`,
    ]);
    expect(github.comments).toHaveLength(1);

    rmSync(join(created.dir, RENAME));
    rmSync(join(created.dir, RENAME_DOWN));
    writeFileSync(join(created.dir, 'db/migrations/20260301000000_create_orders.sql'), 'CREATE TABLE orders (id bigint);\n');
    writeFileSync(join(created.dir, 'db/migrations/20260301000000_create_orders.down.sql'), 'DROP TABLE orders;\n');
    created.git('add', '-A');
    created.git('commit', '-q', '-m', 'fix');
    const third = await run(created);
    expect(third.outputs['errors']).toBe('0');
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.id).toBe(comment!.id);
    expect(github.comments[0]!.body).toContain('✅ **No problems** in 2 migrations.');
    expect(writes().at(-1)?.method).toBe('PATCH');
  });

  it('is not created for a pull request without findings', async () => {
    const created = await createRepo({ base: BASE, branch: [{ 'db/migrations/20260301000000_create_orders.sql': 'CREATE TABLE orders (id bigint);\n', 'db/migrations/20260301000000_create_orders.down.sql': 'DROP TABLE orders;\n' }] });
    cleanups.push(created.cleanup);
    const clean = await run(created);
    expect(clean.status).toBe(0);
    expect(github.requests.map((r) => r.method)).toEqual(['GET']);
    expect(github.comments).toEqual([]);
  });

  it('leaves other comments alone, even one that quotes the marker', async () => {
    github.comments.push(
      { id: 1, body: 'LGTM', user: { login: 'alice', type: 'User' } },
      { id: 2, body: `> old report\n> ${COMMENT_MARKER}\n\nthanks`, user: { login: 'bob', type: 'User' } },
    );
    const created = await repoWithRename();
    await run(created);
    expect(writes().map((r) => r.method)).toEqual(['POST']);
    expect(github.comments.map((c) => c.body.slice(0, 4))).toEqual(['LGTM', '> ol', '## m']);
  });

  it('stays within GitHub\'s limit on a huge result, pointing to the job summary', async () => {
    const branch: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      branch[`db/migrations/2026030100${String(i).padStart(4, '0')}_t${i}.sql`] = `ALTER TABLE users RENAME COLUMN email TO email_${i};\n`;
    }
    const created = await createRepo({ base: BASE, branch: [branch] });
    cleanups.push(created.cleanup);
    const huge = await run(created);
    const body = github.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/_\d+ more findings left out to fit; the job summary of this run lists them all\._/);
    expect(body.trimEnd().endsWith(COMMENT_MARKER)).toBe(true);
    expect(huge.summary.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(huge.summary).not.toContain('left out to fit');
  });

  it('is skipped with a notice on a pull request from a fork, without calling the API', async () => {
    const created = await repoWithRename();
    const forked = await run(created, { fork: true, inputs: { 'fail-on': 'error' } });
    expect(github.requests).toEqual([]);
    expect(forked.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice::The pull request comes from a fork, whose token is read-only: the comment is skipped; the job summary has the report.',
    ]);
    expect(forked.status).toBe(1);
    expect(forked.commands.at(-1)).toBe('::error::migration-lint found 1 error and 0 warnings (fail-on: error)');
  });

  it('is attempted on pull_request_target, whose token can write even for forks', async () => {
    const created = await repoWithRename();
    await run(created, { fork: true, eventName: 'pull_request_target' });
    expect(writes().map((r) => r.method)).toEqual(['POST']);
  });

  it('is skipped with a notice when the API answers 403, and never fails the job', async () => {
    github.failWrites = 403;
    const created = await repoWithRename();
    const denied = await run(created);
    expect(denied.status).toBe(0);
    expect(denied.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      expect.stringMatching(/^::notice::The token cannot comment on this pull request \(Resource not accessible by integration.*\): the comment is skipped/),
    ]);
    expect(denied.commands.some((c) => c.startsWith('::error::'))).toBe(false);
  });

  it('turns any other API failure into a warning', async () => {
    github.failWrites = 502;
    const created = await repoWithRename();
    const failed = await run(created);
    expect(failed.status).toBe(0);
    expect(failed.commands.filter((c) => c.startsWith('::warning'))).toEqual([expect.stringMatching(/^::warning::Could not post the pull request comment: /)]);
  });

  it('is not posted with comment: false, or without a token', async () => {
    const created = await repoWithRename();
    await run(created, { inputs: { comment: 'false' } });
    await run(created, { inputs: { 'github-token': '' } });
    expect(github.requests).toEqual([]);
  });
});
