/** Test repositories opened with openRepo, closed and removed after each test. */
import { afterEach } from 'vitest';
import { openRepo, type GitRepo } from '../../src/git/index.js';
import { createRepo, type RepoSpec, type TestRepo } from '../helpers/git-repo.js';

export type OpenTestRepo = TestRepo & { repo: GitRepo };

/** Call at the top of a test file: what it returns cleans up after every test. */
export function useTestRepos() {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const defer = (cleanup: () => Promise<void> | void): void => {
    cleanups.push(cleanup);
  };
  const open = async (created: TestRepo): Promise<OpenTestRepo> => {
    defer(created.cleanup);
    const repo = await openRepo(created.dir);
    defer(() => repo.close());
    return { ...created, repo };
  };
  return { defer, open, setUp: async (spec: RepoSpec) => open(await createRepo(spec)) };
}
