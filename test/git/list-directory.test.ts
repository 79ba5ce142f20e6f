/** listDirectory reads one tree object through cat-file: the files directly in a directory at a commit. */
import { describe, expect, it } from 'vitest';
import { EMPTY_TREE, openRepo } from '../../src/git/index.js';
import { createRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { defer } = useTestRepos();

describe('listDirectory', () => {
  it('lists files directly in the directory, not subdirectories, with any name', async () => {
    const created = await createRepo({
      base: {
        'db/migrations/001_a.sql': 'a',
        'db/migrations/002 spaced ü.sql': 'b',
        'db/migrations/-003_dash.sql': 'c',
        'db/migrations/nested/004_x.sql': 'd',
        'db/seed.sql': 'e',
        'top.sql': 'f',
      },
      staged: { 'db/migrations/005_new.sql': 'g' },
    });
    defer(created.cleanup);
    const repo = await openRepo(created.dir);
    try {
      const head = created.git('rev-parse', 'HEAD').trim();
      expect((await repo.listDirectory(head, 'db/migrations')).sort()).toEqual(['-003_dash.sql', '001_a.sql', '002 spaced ü.sql']);
      expect(await repo.listDirectory(head, '.')).toEqual(['top.sql']);
      expect(await repo.listDirectory(head, 'no/such/dir')).toEqual([]);
      expect(await repo.listDirectory(EMPTY_TREE, 'db/migrations')).toEqual([]);
    } finally {
      repo.close();
    }
  });
});
