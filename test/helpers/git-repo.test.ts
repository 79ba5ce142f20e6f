/** The test helper builds the repositories the git tests rely on: branches, index, working tree, origin. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOriginClone, createRepo, type TestRepo } from './git-repo.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function track<T extends TestRepo>(repo: T): T {
  cleanups.push(repo.cleanup);
  return repo;
}

describe('createRepo', () => {
  it('commits base on main and each branch tree on feature, then checks out feature', async () => {
    const { git } = track(await createRepo({ base: { 'a.sql': 'a' }, branch: [{ 'b.sql': 'b' }, { 'a.sql': null }] }));
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('feature');
    expect(git('log', '--format=%s', 'main').trim().split('\n')).toEqual(['base']);
    expect(git('log', '--format=%s', 'feature').trim().split('\n')).toEqual(['feature 2', 'feature 1', 'base']);
    expect(git('ls-tree', '-r', '--name-only', 'HEAD').trim().split('\n')).toEqual(['b.sql']);
  });

  it('stages and writes without committing; null removes from the index and the working tree', async () => {
    const { dir, git } = track(
      await createRepo({
        base: { 'a.sql': 'a', 'gone.sql': 'x' },
        staged: { 'a.sql': 'staged', 'gone.sql': null },
        unstaged: { 'a.sql': 'unstaged', 'new.sql': 'n' },
      }),
    );
    expect(git('show', ':a.sql')).toBe('staged');
    expect(readFileSync(join(dir, 'a.sql'), 'utf8')).toBe('unstaged');
    expect(existsSync(join(dir, 'gone.sql'))).toBe(false);
    expect(git('ls-files', '--cached').trim().split('\n')).toEqual(['a.sql']);
    expect(git('status', '--porcelain', '--untracked-files=all')).toBe('MM a.sql\nD  gone.sql\n?? new.sql\n');
  });

  it('gives the same shas on every run', async () => {
    const spec = { base: { 'a.sql': 'a' }, branch: [{ 'b.sql': Buffer.from([0, 1, 2]) }] };
    const first = track(await createRepo(spec));
    const second = track(await createRepo(spec));
    expect(first.git('rev-parse', 'HEAD')).toBe(second.git('rev-parse', 'HEAD'));
  });

  it('stays on main with onMain, and leaves main unborn without a base', async () => {
    const onMain = track(await createRepo({ base: { 'a.sql': 'a' }, branch: [{ 'b.sql': 'b' }], onMain: true }));
    expect(onMain.git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    const unborn = track(await createRepo({ staged: { 'a.sql': 'a' } }));
    expect(() => unborn.git('rev-parse', '--verify', '--quiet', 'HEAD')).toThrow();
    expect(unborn.git('ls-files').trim()).toBe('a.sql');
  });

  it('removes the directory on cleanup', async () => {
    const { dir, cleanup } = await createRepo({ base: {} });
    await cleanup();
    expect(existsSync(dir)).toBe(false);
  });
});

describe('createOriginClone', () => {
  it('clones a bare origin whose HEAD is main, and checks out feature', async () => {
    const { git, origin } = track(await createOriginClone({ base: { 'a.sql': 'a' }, branch: [{ 'b.sql': 'b' }] }));
    expect(git('rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('feature');
    expect(git('symbolic-ref', 'refs/remotes/origin/HEAD').trim()).toBe('refs/remotes/origin/main');
    expect(git('config', 'remote.origin.url').trim()).toBe(`file://${origin}`);
    expect(git('rev-parse', '--is-shallow-repository').trim()).toBe('false');
  });

  it('makes a shallow clone of one branch with depth', async () => {
    const { git } = track(
      await createOriginClone({ base: { 'a.sql': 'a' }, branch: [{ 'b.sql': 'b' }] }, { depth: 1, branch: 'feature' }),
    );
    expect(git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(git('for-each-ref', '--format=%(refname)').trim().split('\n')).toEqual(['refs/heads/feature', 'refs/remotes/origin/feature']);
  });
});
