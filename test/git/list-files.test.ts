/** listFiles: the files of a commit or of the index, by git pathspec. */
import { describe, expect, it } from 'vitest';
import { EMPTY_TREE, INDEX } from '../../src/git/index.js';
import type { RepoSpec } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { setUp } = useTestRepos();

const spec: RepoSpec = {
  base: {
    'db/migrations/001_users.sql': 'CREATE TABLE Users (id bigint);\n',
    'db/migrations/002_orders.sql': 'CREATE TABLE orders (id bigint, user_id bigint);\n',
    'db/migrations/sub/003.sql': 'SELECT 1;\n',
    'app/models/user.rb': 'class User; self.table_name = "users"; end\n',
    'app/models/order.rb': 'class Order; end\n',
    'app/-dash file.rb': 'USERS\n',
    'README.md': '# users\n',
  },
  staged: { 'app/staged.rb': 'users.email\n', 'README.md': null },
};

describe('listFiles', () => {
  it('lists every file of a commit, or those under pathspecs', async () => {
    const { repo } = await setUp(spec);
    expect(await repo.listFiles('HEAD')).toEqual(Object.keys(spec.base ?? {}).sort());
    expect(await repo.listFiles('HEAD', ['db/migrations/'])).toEqual([
      'db/migrations/001_users.sql',
      'db/migrations/002_orders.sql',
      'db/migrations/sub/003.sql',
    ]);
    expect(await repo.listFiles('HEAD', ['app/models', 'README.md'])).toEqual(['README.md', 'app/models/order.rb', 'app/models/user.rb']);
  });

  it('takes globs and pathspec magic', async () => {
    const { repo } = await setUp(spec);
    expect(await repo.listFiles('HEAD', ['db/migrations/*.sql'])).toHaveLength(3);
    expect(await repo.listFiles('HEAD', [':(glob)db/migrations/*.sql'])).toEqual(['db/migrations/001_users.sql', 'db/migrations/002_orders.sql']);
    expect(await repo.listFiles('HEAD', ['app', ':(exclude)app/models'])).toEqual(['app/-dash file.rb']);
  });

  it('lists the index with INDEX, and nothing for the empty tree', async () => {
    const { repo } = await setUp(spec);
    expect(await repo.listFiles(INDEX, ['app'])).toEqual(['app/-dash file.rb', 'app/models/order.rb', 'app/models/user.rb', 'app/staged.rb']);
    expect(await repo.listFiles(INDEX)).not.toContain('README.md');
    expect(await repo.listFiles(EMPTY_TREE)).toEqual([]);
  });

  it('refuses a commit that would be an option', async () => {
    const { repo } = await setUp(spec);
    await expect(repo.listFiles('--output=x')).rejects.toThrow(TypeError);
  });
});
