/** The default base read from .git's ref files agrees with git, loose or packed, and git decides where files cannot. */
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepo } from '../../src/git/index.js';
import { createOriginClone, createRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { defer } = useTestRepos();
const spec = { base: { 'db/001.sql': 'SELECT 1;\n' }, branch: [{ 'db/002.sql': 'SELECT 2;\n' }] };

async function baseRefOf(dir: string): Promise<string> {
  const repo = await openRepo(dir);
  try {
    return (await repo.resolveChange({ staged: false, env: {} })).baseRef;
  } finally {
    repo.close();
  }
}

/** A linked worktree of `repo` at `commit` (detached), removed after the test. */
function addWorktree(repo: { dir: string; git(...args: string[]): unknown }, commit = 'HEAD'): string {
  const worktree = `${repo.dir}-worktree`;
  repo.git('worktree', 'add', '--quiet', '--detach', worktree, commit);
  defer(() => rmSync(worktree, { recursive: true, force: true }));
  return worktree;
}

describe('default base from ref files', () => {
  it('finds main whether its ref is loose or packed', async () => {
    const created = await createRepo(spec);
    defer(created.cleanup);
    expect(await baseRefOf(created.dir)).toBe('main');
    created.git('pack-refs', '--all');
    expect(await baseRefOf(created.dir)).toBe('main');
  });

  it('prefers origin/HEAD in a clone, as git would', async () => {
    const clone = await createOriginClone(spec);
    defer(clone.cleanup);
    expect(await baseRefOf(clone.dir)).toBe('origin/HEAD');
    clone.git('remote', 'set-head', 'origin', '--delete');
    expect(await baseRefOf(clone.dir)).toBe('origin/main');
  });

  it("reads a linked worktree's refs from the repository it belongs to, loose or packed", async () => {
    const created = await createRepo(spec);
    defer(created.cleanup);
    const worktree = addWorktree(created, 'feature');
    expect(await baseRefOf(worktree)).toBe('main');
    created.git('pack-refs', '--all');
    expect(await baseRefOf(worktree)).toBe('main');
  });

  it("prefers origin/HEAD in a clone's worktree too", async () => {
    const clone = await createOriginClone(spec);
    defer(clone.cleanup);
    const worktree = addWorktree(clone);
    expect(await baseRefOf(worktree)).toBe('origin/HEAD');
  });

  it('follows a relative gitdir line in a worktree', async () => {
    const created = await createRepo(spec);
    defer(created.cleanup);
    const worktree = addWorktree(created, 'feature');
    // As `git worktree add --relative-paths` writes it (git 2.48 and later).
    const gitDir = join(created.dir, '.git', 'worktrees', basename(worktree));
    writeFileSync(join(worktree, '.git'), `gitdir: ${relative(worktree, gitDir)}\n`);
    expect(await baseRefOf(worktree)).toBe('main');
  });

  it('ignores a stray file that is not a ref store', async () => {
    const created = await createRepo(spec);
    defer(created.cleanup);
    writeFileSync(join(created.dir, '.git', 'packed-refs'), '# pack-refs with: peeled fully-peeled sorted \n');
    expect(await baseRefOf(created.dir)).toBe('main');
  });
});
