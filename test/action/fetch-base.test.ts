/** The base commit in a shallow checkout (actions/checkout's default fetch-depth: 1): fetched by sha as deep as needed, objects only. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBaseHistory } from '../../src/action/fetch-base.js';
import { UsageError } from '../../src/errors.js';
import { createOriginClone } from '../helpers/git-repo.js';
import type { OriginClone, RepoSpec, Tree } from '../helpers/git-repo.js';
import { makeRunner, pullRequestEvent, runInProcess } from './runner.js';

const BASE = {
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
};
const RENAME = 'db/migrations/20260301000000_rename_email.sql';

/** A feature branch of `count` commits: the rename first, then unrelated edits. */
function longBranch(count: number): Tree[] {
  const commits: Tree[] = [{ [RENAME]: 'ALTER TABLE users RENAME COLUMN email TO mail;\n', 'db/migrations/20260301000000_rename_email.down.sql': 'ALTER TABLE users RENAME COLUMN mail TO email;\n' }];
  for (let i = 1; i < count; i++) commits.push({ 'notes.md': `note ${i}\n` });
  return commits;
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function shallowClone(spec: RepoSpec): Promise<OriginClone> {
  const clone = await createOriginClone(spec, { depth: 1, branch: 'feature' });
  cleanups.push(clone.cleanup);
  return clone;
}

/** The origin's sha of a ref, read from the bare repository (the shallow clone may not have it). */
function originSha(clone: OriginClone, ref: string): string {
  return clone.git(`--git-dir=${clone.origin}`, 'rev-parse', ref).trim();
}

describe('a shallow checkout of the head branch', () => {
  it('fetches the base and deepens the head until they meet, writing no ref and no FETCH_HEAD', async () => {
    const clone = await shallowClone({ base: BASE, branch: longBranch(20) });
    const base = originSha(clone, 'main');
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const refs = clone.git('for-each-ref');
    const runner = makeRunner({ workspace: clone.dir, event: pullRequestEvent(base, clone.git('rev-parse', 'HEAD').trim()), inputs: { comment: 'false' } });
    cleanups.push(runner.cleanup);

    const run = await runInProcess(runner);
    expect(run.status).toBe(1);
    expect(run.outputs['errors']).toBe('1');
    expect(run.commands[0]).toMatch(/^::error title=backward-incompatible,file=db\/migrations\/20260301000000_rename_email\.sql,/);
    expect(clone.git('merge-base', base, 'HEAD').trim()).toBe(base);
    expect(clone.git('for-each-ref')).toBe(refs);
    expect(existsSync(join(clone.dir, '.git', 'FETCH_HEAD'))).toBe(false);
    expect(clone.git('status', '--porcelain')).toBe('');
  });

  it('gives up after the bounded number of tries with a one-line hint to set fetch-depth: 0', async () => {
    const clone = await shallowClone({ base: BASE, branch: longBranch(8) });
    const base = originSha(clone, 'main');
    const attempt = fetchBaseHistory(clone.dir, base, { initialDepth: 1, attempts: 2 });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(attempt).rejects.toThrow(
      `HEAD and the base commit ${base} do not meet within 4 commits of this shallow clone: set 'fetch-depth: 0' in actions/checkout`,
    );
  });

  it('explains a base commit that origin does not have', async () => {
    const clone = await shallowClone({ base: BASE, branch: longBranch(2) });
    const missing = 'f'.repeat(40);
    const runner = makeRunner({ workspace: clone.dir, event: pullRequestEvent(missing, clone.git('rev-parse', 'HEAD').trim()), inputs: { comment: 'false' } });
    cleanups.push(runner.cleanup);
    const run = await runInProcess(runner);
    expect(run.status).toBe(1);
    expect(run.commands).toHaveLength(1);
    expect(run.commands[0]).toMatch(new RegExp(`^::error::cannot fetch the base commit ${missing} from origin \\(.+\\): set 'fetch-depth: 0' in actions/checkout$`));
  });
});

describe('a complete clone', () => {
  it('fetches a base commit it lacks, without a depth, so it stays complete', async () => {
    const clone = await createOriginClone({ base: BASE, branch: longBranch(2) });
    cleanups.push(clone.cleanup);
    // The base branch moves on at origin after the clone.
    const originGit = (...args: string[]) => clone.git(`--git-dir=${clone.origin}`, ...args).trim();
    const base = originGit('commit-tree', '-p', 'main', '-m', 'later', `${originGit('rev-parse', 'main')}^{tree}`);
    originGit('update-ref', 'refs/heads/main', base);
    expect(() => clone.git('cat-file', '-e', base)).toThrow();

    await fetchBaseHistory(clone.dir, base);
    expect(clone.git('merge-base', base, 'HEAD').trim()).toBe(originSha(clone, 'main~1'));
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('false');
  });
});

describe('actions/checkout on a pull_request event', () => {
  it('lints the merge commit against the base sha after the base branch moved on', async () => {
    const full = await createOriginClone({ base: BASE, branch: longBranch(3) });
    cleanups.push(full.cleanup);
    // The base branch gets a migration after the pull request branched off: not part of the pull request.
    full.git('checkout', '-q', 'main');
    mkdirSync(join(full.dir, 'db/migrations'), { recursive: true });
    full.git('commit', '-q', '--allow-empty', '-m', 'unrelated');
    full.git('push', '-q', 'origin', 'main');
    const base = full.git('rev-parse', 'HEAD').trim();
    full.git('checkout', '-q', '--detach', 'main');
    full.git('merge', '-q', '--no-ff', '--no-edit', 'feature');
    full.git('push', '-q', 'origin', 'HEAD:refs/pull/7/merge');
    const merge = full.git('rev-parse', 'HEAD').trim();

    // What actions/checkout does by default for pull_request: the merge ref, depth 1, detached.
    const checkout = join(full.dir, '..', 'checkout');
    mkdirSync(checkout);
    full.git('-C', checkout, 'init', '-q');
    full.git('-C', checkout, 'remote', 'add', 'origin', `file://${full.origin}`);
    full.git('-C', checkout, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/7/merge:refs/remotes/pull/7/merge');
    full.git('-C', checkout, 'checkout', '-q', '--detach', 'refs/remotes/pull/7/merge');
    const fetchHead = readFileSync(join(checkout, '.git', 'FETCH_HEAD'), 'utf8');
    expect(full.git('-C', checkout, 'rev-parse', 'HEAD').trim()).toBe(merge);

    const runner = makeRunner({ workspace: checkout, event: pullRequestEvent(base, originSha(full, 'feature')), inputs: { comment: 'false' } });
    cleanups.push(runner.cleanup);
    const run = await runInProcess(runner);
    expect(run.outputs['errors']).toBe('1');
    const report = JSON.parse(readFileSync(run.outputs['findings-json']!, 'utf8'));
    expect(report.base).toBe(base);
    expect(report.head).toBe(merge);
    expect(report.migrations.map((m: { path: string }) => m.path)).toEqual([RENAME.replace('.sql', '.down.sql'), RENAME]);
    expect(readFileSync(join(checkout, '.git', 'FETCH_HEAD'), 'utf8')).toBe(fetchHead);
  });
});
