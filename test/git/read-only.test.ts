/** A run never writes to the repository: not the index, not the refs, not the working tree. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRepo, toBlobSpec } from '../../src/git/index.js';
import { createRepo, type RepoSpec } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { defer } = useTestRepos();

/** Every file and directory under `root` with its mtime and a hash of its content. */
function takeSnapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const stat = statSync(path);
      if (entry.isDirectory()) {
        entries[path] = `dir ${stat.mtimeMs}`;
        walk(path);
      } else {
        entries[path] = `${stat.mtimeMs} ${createHash('sha1').update(readFileSync(path)).digest('hex')}`;
      }
    }
  };
  walk(root);
  return entries;
}

/** Leaves the index's stat data of an unmodified file stale, so anything that refreshes the index rewrites it. */
function makeIndexStale(dir: string, path: string): void {
  const past = new Date('2020-01-01T00:00:00Z');
  utimesSync(join(dir, path), past, past);
}

async function runEverything(dir: string): Promise<void> {
  const repo = await openRepo(dir);
  try {
    for (const staged of [false, true]) {
      const change = await repo.resolveChange({ staged, env: {} });
      await repo.readBlobs(change.files.map((file) => toBlobSpec(change.head, file.path)));
      await repo.listDirectory(change.base, 'db');
    }
  } finally {
    repo.close();
  }
}

/** Each spec keeps db/002.sql as it is in the index. */
const specs: Record<string, RepoSpec> = {
  'a feature branch with staged and unstaged edits': {
    base: { 'db/001.sql': 'SELECT 1;\n', 'db/002.sql': 'SELECT 2;\n' },
    branch: [{ 'db/003.sql': 'SELECT 3;\n' }],
    staged: { 'db/004.sql': 'SELECT 4;\n' },
    unstaged: { 'db/001.sql': 'SELECT 10;\n', 'db/untracked.sql': 'SELECT 5;\n' },
  },
  'main with staged edits': { base: { 'db/001.sql': 'SELECT 1;\n' }, staged: { 'db/002.sql': 'SELECT 2;\n' }, onMain: true },
  'a repository without commits': { staged: { 'db/002.sql': 'SELECT 2;\n' }, unstaged: { 'db/003.sql': 'x' } },
};

describe('read-only', () => {
  for (const [name, spec] of Object.entries(specs)) {
    it(`leaves ${name} as it was`, async () => {
      const { dir, git, cleanup } = await createRepo(spec);
      defer(cleanup);
      makeIndexStale(dir, 'db/002.sql');
      const status = git('status', '--porcelain=v1', '-z', '--untracked-files=all');
      const before = takeSnapshot(dir);
      await runEverything(dir);
      expect(takeSnapshot(dir)).toEqual(before);
      expect(git('status', '--porcelain=v1', '-z', '--untracked-files=all')).toBe(status);

      // The check can fail: a plain `git status` (optional locks on) does rewrite this index.
      execFileSync('git', ['status', '--porcelain'], { cwd: dir, env: { ...process.env, GIT_OPTIONAL_LOCKS: '1' } });
      expect(takeSnapshot(dir)[join(dir, '.git/index')]).not.toBe(before[join(dir, '.git/index')]);
    });
  }
});
