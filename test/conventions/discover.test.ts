import { describe, expect, it } from 'vitest';
import { discoverMigrations } from '../../src/conventions/discover.js';
import type { TreeListing } from '../../src/git/repo.js';

/** A repository as listings by directory, and the directories discovery asked for. */
function lister(tree: Record<string, string[]>): { list: (dir: string) => Promise<TreeListing>; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    list: async (dir) => {
      asked.push(dir);
      return { files: tree[dir] ?? [], directories: [] };
    },
  };
}

describe('discovery beyond the migrations globs', () => {
  const options = { inGlobs: () => false, beyondGlobs: true };

  it('lists nothing for application code no marker could place (a commit of .ts files reads no tree)', async () => {
    const { list, asked } = lister({ 'src/orders': ['module.ts'], src: [], '.': ['knexfile.js', 'package.json'] });
    const found = await discoverMigrations(['src/orders/module.ts', 'app/models.rb'], { ...options, list });
    expect(found.places.size).toBe(0);
    expect(asked).toEqual([]);
  });

  it('still places what a marker names: Alembic versions beside alembic.ini, Flyway SQL under flyway.conf', async () => {
    const { list, asked } = lister({ 'db/versions': ['1a2b_add.py'], db: ['alembic.ini', 'env.py'], app: ['flyway.conf'], 'app/sql': ['V1__init.sql'] });
    const found = await discoverMigrations(['db/versions/1a2b_add.py', 'app/sql/V1__init.sql'], { ...options, list });
    expect([...found.places.keys()].sort()).toEqual(['app/sql/V1__init.sql', 'db/versions/1a2b_add.py']);
    expect(asked).toContain('db');
    expect(asked).toContain('app');
  });

  it('places SQL by its directory\'s names, and not code beside it', async () => {
    const sql = ['20240101000000_a.sql', '20240102000000_b.sql', '20240103000000_c.sql'];
    const { list } = lister({ 'ops/changes': [...sql, 'helper.ts'] });
    const found = await discoverMigrations(['ops/changes/20240103000000_c.sql', 'ops/changes/helper.ts'], { ...options, list });
    expect([...found.places.keys()]).toEqual(['ops/changes/20240103000000_c.sql']);
  });
});
