/** openRepo finds the top level from anywhere inside a working tree, and says plainly when there is none. */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { openRepo } from '../../src/git/index.js';
import { createRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { defer } = useTestRepos();

function makeTempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-')));
  defer(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('openRepo', () => {
  it('resolves the top level from a subdirectory', async () => {
    const { dir, cleanup } = await createRepo({ base: { 'db/migrations/001.sql': 'SELECT 1;\n' } });
    defer(cleanup);
    const repo = await openRepo(join(dir, 'db/migrations'));
    expect(repo.root).toBe(dir);
    const change = await repo.resolveChange({ staged: false, env: {} });
    expect(change.root).toBe(dir);
  });

  it('says how to go on outside a repository', async () => {
    const dir = makeTempDir();
    const error = await openRepo(dir).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe('not a git repository: run migration-lint inside one, or pass SQL files to lint');
  });

  it('says so when a .git file points at no repository (a moved worktree)', async () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, '.git'), `gitdir: ${join(dir, 'moved', '.git', 'worktrees', 'w')}\n`);
    const repo = await openRepo(dir);
    try {
      const error = await repo.resolveChange({ staged: true, env: {} }).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe('not a git repository: run migration-lint inside one, or pass SQL files to lint');
    } finally {
      repo.close();
    }
  });

  it('says so in a bare repository', async () => {
    const dir = makeTempDir();
    const { cleanup, git } = await createRepo({});
    defer(cleanup);
    git('init', '-q', '--bare', join(dir, 'bare.git'));
    await expect(openRepo(join(dir, 'bare.git'))).rejects.toThrow(/not in a working tree/);
  });

  it('says so when the directory does not exist', async () => {
    const dir = join(makeTempDir(), 'nope');
    await expect(openRepo(dir)).rejects.toThrow(new UsageError(`directory not found: ${dir}`));
  });

  it('gives the top level of a repository in a directory with spaces and non-ASCII letters as is', async () => {
    const dir = join(makeTempDir(), 'répo ü 表');
    const { cleanup, git } = await createRepo({});
    defer(cleanup);
    git('init', '-q', dir);
    expect((await openRepo(dir)).root).toBe(dir);
  });

  it('works in a directory whose name starts with a dash', async () => {
    const { dir, cleanup } = await createRepo({ base: { 'a.sql': 'a' } });
    defer(cleanup);
    mkdirSync(join(dir, '-sub'));
    expect((await openRepo(join(dir, '-sub'))).root).toBe(dir);
  });
});
