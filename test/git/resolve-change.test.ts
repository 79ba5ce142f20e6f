/** resolveChange on real repositories: what a branch, the index or a first commit changes, whatever the names. */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_TREE, INDEX } from '../../src/git/index.js';
import type { RepoSpec, TestRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { setUp } = useTestRepos();

const revParse = (git: TestRepo['git'], rev: string) => git('rev-parse', rev).trim();
const sortByPath = <T extends { path: string }>(files: T[]) => [...files].sort((a, b) => (a.path < b.path ? -1 : 1));

describe('resolveChange on a branch', () => {
  it('lists added, modified, deleted and renamed files from the merge-base to HEAD', async () => {
    const { repo, git, dir } = await setUp({
      base: {
        'db/001_users.sql': 'CREATE TABLE users (id bigint);\n',
        'db/002_orders.sql': 'CREATE TABLE orders (id bigint);\n',
        'db/003_old_name.sql': 'CREATE TABLE items (id bigint, name text, price numeric);\n',
        'README.md': '# app\n',
      },
      branch: [
        { 'db/004_new.sql': 'ALTER TABLE users ADD COLUMN email text;\n', 'db/002_orders.sql': null },
        {
          'db/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
          'db/003_old_name.sql': null,
          'db/003_new_name.sql': 'CREATE TABLE items (id bigint, name text, price numeric);\n',
        },
      ],
    });
    const change = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(change).toEqual({
      root: dir,
      baseRef: 'main',
      base: revParse(git, 'main'),
      head: revParse(git, 'HEAD'),
      files: expect.any(Array),
    });
    expect(sortByPath(change.files)).toEqual([
      { path: 'db/001_users.sql', status: 'modified' },
      { path: 'db/002_orders.sql', status: 'deleted' },
      { path: 'db/003_new_name.sql', status: 'renamed', oldPath: 'db/003_old_name.sql' },
      { path: 'db/004_new.sql', status: 'added' },
    ]);
  });

  it('leaves out what main gained after the branch started, and what is only staged or unstaged', async () => {
    const { repo, git } = await setUp({
      base: { 'db/001.sql': 'SELECT 1;\n' },
      branch: [{ 'db/002_branch.sql': 'SELECT 2;\n' }],
      staged: { 'db/003_staged.sql': 'SELECT 3;\n' },
      unstaged: { 'db/004_unstaged.sql': 'SELECT 4;\n' },
    });
    const forkPoint = revParse(git, 'main');
    git('checkout', '-q', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'later on main');
    git('checkout', '-q', 'feature');
    const change = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(change.base).toBe(forkPoint);
    expect(change.files).toEqual([{ path: 'db/002_branch.sql', status: 'added' }]);
  });

  it('compares against the merge-base after main was merged into the branch', async () => {
    const { repo, git, dir } = await setUp({ base: { 'db/001.sql': 'SELECT 1;\n' }, branch: [{ 'db/003_branch.sql': 'SELECT 3;\n' }] });
    git('checkout', '-q', 'main');
    writeFileSync(join(dir, 'db/002_main.sql'), 'SELECT 2;\n');
    git('add', 'db/002_main.sql');
    git('commit', '-q', '-m', 'main moves on');
    git('checkout', '-q', 'feature');
    git('merge', '-q', '--no-edit', '--no-ff', 'main');
    expect(git('rev-list', '--parents', '-n1', 'HEAD').trim().split(' ')).toHaveLength(3);
    const change = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(change.base).toBe(revParse(git, 'main'));
    expect(change.files).toEqual([{ path: 'db/003_branch.sql', status: 'added' }]);
  });

  it('works on a detached HEAD', async () => {
    const { repo, git } = await setUp({ base: { 'db/001.sql': 'SELECT 1;\n' }, branch: [{ 'db/002.sql': 'SELECT 2;\n' }] });
    git('checkout', '-q', '--detach');
    const change = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(change.head).toBe(revParse(git, 'HEAD'));
    expect(change.files).toEqual([{ path: 'db/002.sql', status: 'added' }]);
  });

  it('accepts a commit sha or a revision expression as the base', async () => {
    const { repo, git } = await setUp({ base: { 'a.sql': 'a' }, branch: [{ 'b.sql': 'b' }, { 'c.sql': 'c' }] });
    const change = await repo.resolveChange({ base: 'HEAD~1', staged: false, env: {} });
    expect(change.baseRef).toBe('HEAD~1');
    expect(change.files).toEqual([{ path: 'c.sql', status: 'added' }]);
    const bySha = await repo.resolveChange({ base: revParse(git, 'main'), staged: false, env: {} });
    expect(bySha.files.map((file) => file.path)).toEqual(['b.sql', 'c.sql']);
  });

  it('reports a symlink that replaced a file as modified', async () => {
    const { repo, git, dir } = await setUp({ base: { 'db/001.sql': 'SELECT 1;\n', 'db/target.sql': 'x' } });
    git('checkout', '-q', '-b', 'feature');
    git('rm', '-q', 'db/001.sql');
    symlinkSync('target.sql', join(dir, 'db/001.sql'));
    git('add', 'db/001.sql');
    git('commit', '-q', '-m', 'link');
    const change = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(change.files).toEqual([{ path: 'db/001.sql', status: 'modified', symlink: true }]);
  });
});

describe('resolveChange with staged', () => {
  it('includes the branch commits and the index, not the working tree', async () => {
    const { repo, git } = await setUp({
      base: { 'db/001.sql': 'SELECT 1;\n', 'db/002.sql': 'SELECT 2;\n' },
      branch: [{ 'db/003_branch.sql': 'SELECT 3;\n', 'db/004_dropped.sql': 'SELECT 4;\n' }],
      staged: { 'db/005_staged.sql': 'SELECT 5;\n', 'db/004_dropped.sql': null, 'db/001.sql': 'SELECT 10;\n' },
      unstaged: { 'db/006_unstaged.sql': 'SELECT 6;\n', 'db/002.sql': 'SELECT 20;\n' },
    });
    const change = await repo.resolveChange({ base: 'main', staged: true, env: {} });
    expect(change.head).toBe(INDEX);
    expect(change.base).toBe(revParse(git, 'main'));
    expect(sortByPath(change.files)).toEqual([
      { path: 'db/001.sql', status: 'modified' },
      { path: 'db/003_branch.sql', status: 'added' },
      { path: 'db/005_staged.sql', status: 'added' },
    ]);
  });

  it('detects a rename that is only staged', async () => {
    const content = 'CREATE TABLE t (id bigint, a text, b text, c text);\n';
    const { repo } = await setUp({ base: { 'db/001_a.sql': content }, branch: [], staged: { 'db/001_a.sql': null, 'db/001_b.sql': content } });
    const change = await repo.resolveChange({ base: 'main', staged: true, env: {} });
    expect(change.files).toEqual([{ path: 'db/001_b.sql', status: 'renamed', oldPath: 'db/001_a.sql' }]);
  });

  it('reads the index a hook points GIT_INDEX_FILE at', async () => {
    const { repo, git, dir } = await setUp({ base: { 'a.sql': 'a' }, onMain: true, staged: { 'b.sql': 'b' } });
    const alternate = join(dir, '.git', 'alternate-index');
    git('read-tree', `--index-output=${alternate}`, 'HEAD');
    const previous = process.env['GIT_INDEX_FILE'];
    process.env['GIT_INDEX_FILE'] = alternate;
    try {
      expect((await repo.resolveChange({ staged: true, env: {} })).files).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env['GIT_INDEX_FILE'];
      else process.env['GIT_INDEX_FILE'] = previous;
    }
    expect((await repo.resolveChange({ staged: true, env: {} })).files).toEqual([{ path: 'b.sql', status: 'added' }]);
  });
});

describe('resolveChange when committing on main', () => {
  const spec: RepoSpec = {
    base: { 'db/001.sql': 'SELECT 1;\n' },
    staged: { 'db/002.sql': 'SELECT 2;\n' },
    unstaged: { 'db/003.sql': 'SELECT 3;\n' },
    onMain: true,
  };

  it('with staged, lists only what is staged', async () => {
    const { repo, git } = await setUp(spec);
    const change = await repo.resolveChange({ staged: true, env: {} });
    expect(change).toMatchObject({ baseRef: 'main', base: revParse(git, 'HEAD'), head: INDEX });
    expect(change.files).toEqual([{ path: 'db/002.sql', status: 'added' }]);
  });

  it('without staged, also lists what is staged: that is what the next commit adds', async () => {
    const { repo, git } = await setUp(spec);
    const change = await repo.resolveChange({ staged: false, env: {} });
    expect(change).toMatchObject({ baseRef: 'main', base: revParse(git, 'HEAD'), head: INDEX });
    expect(change.files).toEqual([{ path: 'db/002.sql', status: 'added' }]);
  });

  it('lists nothing when nothing is staged', async () => {
    const { repo } = await setUp({ base: { 'db/001.sql': 'SELECT 1;\n' }, onMain: true });
    expect((await repo.resolveChange({ staged: false, env: {} })).files).toEqual([]);
  });
});

describe('resolveChange in a repository without commits', () => {
  it('lists everything staged as added against the empty tree, in either mode', async () => {
    const { repo } = await setUp({ staged: { 'db/001.sql': 'SELECT 1;\n', 'README.md': '#\n' }, unstaged: { 'db/002.sql': 'x' } });
    for (const staged of [true, false]) {
      const change = await repo.resolveChange({ staged, env: {} });
      expect(change).toMatchObject({ baseRef: EMPTY_TREE, base: EMPTY_TREE, head: INDEX });
      expect(change.files).toEqual([
        { path: 'README.md', status: 'added' },
        { path: 'db/001.sql', status: 'added' },
      ]);
    }
  });

  it('does not fail over a base ref that cannot exist yet', async () => {
    const { repo } = await setUp({ staged: { 'db/001.sql': 'SELECT 1;\n' } });
    const change = await repo.resolveChange({ base: 'origin/main', staged: true, env: { GITHUB_BASE_REF: 'main' } });
    expect(change.base).toBe(EMPTY_TREE);
  });

  it('lists nothing in an empty repository', async () => {
    const { repo } = await setUp({});
    expect((await repo.resolveChange({ staged: true, env: {} })).files).toEqual([]);
  });
});

describe('file names', () => {
  const names = [
    'db/with space.sql',
    'db/ünïcödé 表.sql',
    'db/-leading-dash.sql',
    'db/new\nline.sql',
    'db/tab\there.sql',
    'db/"quoted" \\ back.sql',
    'db/1:colon.sql',
    'db/*star?[x].sql',
    '-',
  ];

  it('survive the diff in both modes, and the blob reader', async () => {
    const { repo, git } = await setUp({
      base: Object.fromEntries(names.map((name) => [name, `base of ${name}\n`])),
      branch: [Object.fromEntries(names.map((name) => [name, `branch of ${name}\n`]))],
      staged: Object.fromEntries(names.map((name) => [`${name}.new`, `staged ${name}\n`])),
    });
    const committed = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(committed.files.map((file) => file.path).sort()).toEqual([...names].sort());
    expect(committed.files.every((file) => file.status === 'modified')).toBe(true);
    const blobs = await repo.readBlobs(names.map((name) => `${committed.head}:${name}`));
    for (const name of names) expect(blobs.get(`${committed.head}:${name}`)?.toString()).toBe(`branch of ${name}\n`);

    const staged = await repo.resolveChange({ base: 'main', staged: true, env: {} });
    expect(staged.files).toHaveLength(names.length * 2);
    expect(git('status', '--porcelain', '-z').split('\0').filter(Boolean)).toHaveLength(names.length);
  });

  it('survive a rename', async () => {
    const content = 'CREATE TABLE t (id bigint, a text, b text, c text);\n';
    const { repo } = await setUp({ base: { 'db/a b.sql': content }, branch: [{ 'db/a b.sql': null, 'db/-ñ\nx.sql': content }] });
    const change = await repo.resolveChange({ base: 'main', staged: false, env: {} });
    expect(change.files).toEqual([{ path: 'db/-ñ\nx.sql', status: 'renamed', oldPath: 'db/a b.sql' }]);
  });
});
