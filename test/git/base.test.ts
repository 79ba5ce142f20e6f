/** Which base a change is compared against, and the one-line errors when it cannot be found. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { lint } from '../../src/lint.js';
import { createOriginClone, createRepo, type CloneOptions, type RepoSpec } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { open } = useTestRepos();

const spec: RepoSpec = { base: { 'db/001.sql': 'SELECT 1;\n' }, branch: [{ 'db/002.sql': 'SELECT 2;\n' }] };

async function catchUsageError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UsageError);
  const { message } = error as UsageError;
  expect(message).not.toContain('\n');
  return message;
}

describe('base resolution', () => {
  it('uses origin/HEAD in a fresh clone', async () => {
    const { repo, git } = await open(await createOriginClone(spec));
    const change = await repo.resolveChange({ staged: false, env: {} });
    expect(change.baseRef).toBe('origin/HEAD');
    expect(change.base).toBe(git('rev-parse', 'origin/main').trim());
    expect(change.files).toEqual([{ path: 'db/002.sql', status: 'added' }]);
  });

  it('tries origin/HEAD, origin/main, main, origin/master, master in that order', async () => {
    const { repo, git } = await open(await createOriginClone(spec));
    const baseSha = git('rev-parse', 'origin/main').trim();
    git('update-ref', 'refs/heads/main', baseSha);
    git('update-ref', 'refs/remotes/origin/master', baseSha);
    git('update-ref', 'refs/heads/master', baseSha);
    const order = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];
    for (const [index, expected] of order.entries()) {
      expect((await repo.resolveChange({ staged: false, env: {} })).baseRef, `after removing ${order.slice(0, index).join(', ')}`).toBe(expected);
      if (expected === 'origin/HEAD') git('symbolic-ref', '--delete', 'refs/remotes/origin/HEAD');
      else git('update-ref', '-d', expected.startsWith('origin/') ? `refs/remotes/${expected}` : `refs/heads/${expected}`);
    }
    const message = await catchUsageError(repo.resolveChange({ staged: false, env: {} }));
    expect(message).toBe('no base ref found (tried origin/HEAD, origin/main, main, origin/master, master): pass the branch this one merges into with --base');
  });

  it('prefers the branch main to a tag called main', async () => {
    const { repo, git } = await open(await createRepo(spec));
    git('tag', 'main', 'feature');
    const change = await repo.resolveChange({ staged: false, env: {} });
    expect(change.baseRef).toBe('main');
    expect(change.files).toEqual([{ path: 'db/002.sql', status: 'added' }]);
  });

  it('uses origin/$GITHUB_BASE_REF on a pull request, and --base over it', async () => {
    const { repo, git } = await open(await createOriginClone({ ...spec, branch: [{ 'db/002.sql': 'x' }, { 'db/003.sql': 'y' }] }));
    git('push', '-q', 'origin', 'feature~1:refs/heads/release');
    git('fetch', '-q', 'origin');
    const fromEnv = await repo.resolveChange({ staged: false, env: { GITHUB_BASE_REF: 'release' } });
    expect(fromEnv.baseRef).toBe('origin/release');
    expect(fromEnv.files).toEqual([{ path: 'db/003.sql', status: 'added' }]);
    const fromFlag = await repo.resolveChange({ base: 'origin/main', staged: false, env: { GITHUB_BASE_REF: 'release' } });
    expect(fromFlag.baseRef).toBe('origin/main');
    expect(fromFlag.files).toHaveLength(2);
  });

  it('ignores an empty GITHUB_BASE_REF (push events)', async () => {
    const { repo } = await open(await createOriginClone(spec));
    expect((await repo.resolveChange({ staged: false, env: { GITHUB_BASE_REF: '' } })).baseRef).toBe('origin/HEAD');
  });

  it('reads GITHUB_BASE_REF from options.env only', async () => {
    const { repo } = await open(await createOriginClone(spec));
    const previous = process.env['GITHUB_BASE_REF'];
    process.env['GITHUB_BASE_REF'] = 'does-not-exist';
    try {
      expect((await repo.resolveChange({ staged: false, env: {} })).baseRef).toBe('origin/HEAD');
    } finally {
      if (previous === undefined) delete process.env['GITHUB_BASE_REF'];
      else process.env['GITHUB_BASE_REF'] = previous;
    }
  });
});

describe('base refs that are options', () => {
  for (const ref of ['--output=x', '-', '-h', '--end-of-options']) {
    it(`rejects ${ref} and writes nothing`, async () => {
      const { repo, dir, git } = await open(await createRepo(spec));
      const before = git('status', '--porcelain', '-z', '--untracked-files=all', '--ignored');
      const message = await catchUsageError(repo.resolveChange({ base: ref, staged: false, env: {} }));
      expect(message).toBe(`invalid base ref '${ref}': a ref cannot start with '-'; pass a branch, tag or commit with --base`);
      expect(existsSync(join(dir, 'x'))).toBe(false);
      expect(git('status', '--porcelain', '-z', '--untracked-files=all', '--ignored')).toBe(before);
    });
  }

  it('keeps GITHUB_BASE_REF behind origin/, where it cannot be an option', async () => {
    const { repo, dir } = await open(await createRepo(spec));
    const message = await catchUsageError(repo.resolveChange({ staged: false, env: { GITHUB_BASE_REF: '--output=x' } }));
    expect(message).toMatch(/^base ref 'origin\/--output=x' not found/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('rejects an empty --base', async () => {
    const { repo } = await open(await createRepo(spec));
    expect(await catchUsageError(repo.resolveChange({ base: ' ', staged: false, env: {} }))).toMatch(/base ref is empty/);
  });
});

describe('missing bases', () => {
  it('names the ref and how to fetch it', async () => {
    const { repo } = await open(await createRepo(spec));
    expect(await catchUsageError(repo.resolveChange({ base: 'origin/develop', staged: false, env: {} }))).toBe(
      "base ref 'origin/develop' not found: fetch it ('git fetch origin develop') or pass an existing branch, tag or commit with --base",
    );
  });

  it('says a base past the first commit names no commit, without suggesting a fetch of it', async () => {
    const { repo } = await open(await createRepo(spec));
    const message = await catchUsageError(repo.resolveChange({ base: 'HEAD~99', staged: false, env: {} }));
    expect(message).toBe(
      "base ref 'HEAD~99' names no commit: the history is shorter than that (see git log --oneline); pass an existing branch, tag or commit with --base",
    );
    expect(message).not.toMatch(/git fetch/);
  });

  it('warns, instead of reporting 0 migrations, when HEAD is behind the default base (a detached HEAD)', async () => {
    const created = await createRepo({ base: { 'db/migrations/1_a.sql': 'SELECT 1;\n' }, onMain: true });
    created.git('commit', '-q', '--allow-empty', '-m', 'later');
    created.git('checkout', '-q', '--detach', 'HEAD~1');
    const result = await lint({ cwd: created.dir, env: {} });
    expect(result.notices).toEqual([expect.stringMatching(/^HEAD is behind main \(an older commit of it, as on a detached HEAD\)/)]);
    expect(result.baseRef).toBe('main');
    // Asked for by name, the same base is what the user meant: no notice.
    expect((await lint({ cwd: created.dir, base: 'main', env: {} })).notices).toBeUndefined();
    await created.cleanup();
  });

  it('rejects a base that is not a commit', async () => {
    const { repo } = await open(await createRepo(spec));
    expect(await catchUsageError(repo.resolveChange({ base: 'main:db', staged: false, env: {} }))).toMatch(/^base ref 'main:db' not found/);
  });

  const shallow: CloneOptions = { depth: 1, branch: 'feature' };

  it('in a shallow clone, says to fetch the base or set fetch-depth: 0', async () => {
    const { repo } = await open(await createOriginClone(spec, shallow));
    expect(await catchUsageError(repo.resolveChange({ staged: false, env: { GITHUB_BASE_REF: 'main' } }))).toBe(
      "base ref 'origin/main' is not in this shallow clone: run 'git fetch origin main', or set 'fetch-depth: 0' in actions/checkout",
    );
  });

  it('in a shallow clone without any default base, says the same', async () => {
    const { repo } = await open(await createOriginClone(spec, shallow));
    expect(await catchUsageError(repo.resolveChange({ staged: true, env: {} }))).toMatch(/^no base ref found in this shallow clone .*fetch-depth: 0/);
  });

  it('in a shallow clone whose base is fetched but too shallow to meet HEAD, says to deepen it', async () => {
    const { repo, git } = await open(await createOriginClone(spec, shallow));
    git('fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
    expect(await catchUsageError(repo.resolveChange({ staged: false, env: { GITHUB_BASE_REF: 'main' } }))).toBe(
      "HEAD and 'origin/main' share no commit in this shallow clone: run 'git fetch --unshallow origin', or set 'fetch-depth: 0' in actions/checkout",
    );
  });

  it('says when HEAD and the base have no common history', async () => {
    const { repo, git } = await open(await createRepo(spec));
    git('checkout', '-q', '--orphan', 'unrelated');
    git('commit', '-q', '-m', 'unrelated root');
    expect(await catchUsageError(repo.resolveChange({ base: 'main', staged: false, env: {} }))).toBe(
      "HEAD and 'main' have no common history: pass the branch this one was started from with --base",
    );
  });
});
