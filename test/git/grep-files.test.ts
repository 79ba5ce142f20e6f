/** grepFiles searches a commit's tree for whole words, in any case, under some directories only. */
import { describe, expect, it } from 'vitest';
import { EMPTY_TREE, openRepo } from '../../src/git/index.js';
import { createRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { defer } = useTestRepos();

describe('grepFiles', () => {
  it('finds the files that mention a word as a whole word, at the commit, in the directories given', async () => {
    const created = await createRepo({
      base: {
        'db/migrations/001_users.sql': 'CREATE TABLE Users (id int);',
        'db/migrations/002_orders.sql': 'CREATE TABLE orders (users_id int);',
        'db/migrations/003 spaced ü.sql': 'ALTER TABLE public.users ADD COLUMN x int;',
        'db/migrations/004_other.sql': 'SELECT 1;',
        'src/app.ts': 'users',
      },
      staged: { 'db/migrations/005_new.sql': 'DROP TABLE users;' },
    });
    defer(created.cleanup);
    const repo = await openRepo(created.dir);
    try {
      const head = created.git('rev-parse', 'HEAD').trim();
      expect((await repo.grepFiles(head, ['users'], ['db/migrations'])).sort()).toEqual([
        'db/migrations/001_users.sql',
        'db/migrations/003 spaced ü.sql',
      ]);
      expect((await repo.grepFiles(head, ['orders', 'nothing'], ['db/migrations', 'src'])).sort()).toEqual(['db/migrations/002_orders.sql']);
      expect(await repo.grepFiles(head, ['nothing'], ['db/migrations'])).toEqual([]);
      expect(await repo.grepFiles(head, [], ['db/migrations'])).toEqual([]);
      expect(await repo.grepFiles(EMPTY_TREE, ['users'], ['db/migrations'])).toEqual([]);
    } finally {
      repo.close();
    }
  });
});
