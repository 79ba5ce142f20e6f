/** The pre-commit path stays cheap: a handful of git processes per run, counted. */
import * as childProcess from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { openRepo, toBlobSpec } from '../../src/git/index.js';
import { createOriginClone, createRepo, type TestRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  return { ...actual, spawn: vi.fn(actual.spawn), execFile: vi.fn(actual.execFile) };
});

const execFile = vi.mocked(childProcess.execFile);
const spawn = vi.mocked(childProcess.spawn);
const listGitCommands = () => execFile.mock.calls.map(([, args]) => (args as string[]).find((arg) => /^[a-z][a-z-]+$/.test(arg)));

const { defer } = useTestRepos();

async function countRun(created: TestRepo, options: { base?: string; staged: boolean }): Promise<string[]> {
  defer(created.cleanup);
  execFile.mockClear();
  spawn.mockClear();
  const repo = await openRepo(created.dir);
  try {
    const change = await repo.resolveChange({ ...options, env: {} });
    await repo.readBlobs(change.files.map((file) => toBlobSpec(change.head, file.path)));
  } finally {
    repo.close();
  }
  expect(spawn.mock.calls.filter(([, args]) => (args as string[]).includes('cat-file'))).toHaveLength(1);
  return listGitCommands() as string[];
}

const spec = { base: { 'db/001.sql': 'SELECT 1;\n' }, branch: [{ 'db/002.sql': 'SELECT 2;\n' }], staged: { 'db/003.sql': 'SELECT 3;\n' } };

describe('git processes per run', () => {
  it('with --base: the diff from the merge-base, beside one rev-parse for HEAD, base and merge-base', async () => {
    expect(await countRun(await createRepo(spec), { base: 'main', staged: true })).toEqual(['diff-index', 'rev-parse']);
  });

  it('with the default base: no process more', async () => {
    // The default refs are looked up through the cat-file process the blobs are read with.
    expect(await countRun(await createOriginClone(spec), { staged: false })).toEqual(['diff-tree', 'rev-parse']);
  });

  it('asks git for the top level only when GIT_DIR or GIT_WORK_TREE moves it', async () => {
    const created = await createRepo(spec);
    process.env.GIT_WORK_TREE = created.dir;
    try {
      expect(await countRun(created, { base: 'main', staged: true })).toEqual(['rev-parse', 'diff-index', 'rev-parse']);
    } finally {
      delete process.env.GIT_WORK_TREE;
    }
  });
});
