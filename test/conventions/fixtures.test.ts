import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { createRepo, type TestRepo, type Tree } from '../helpers/git-repo.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;
// Each tool's tree has an expected.json; demo/, locks/ and compare/ are other corpora.
const TOOLS = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'expected.json')));

function readTree(root: string): Tree {
  const tree: Tree = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else tree[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return tree;
}

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()));
});

describe.each(TOOLS)('fixtures/%s', (tool) => {
  it('is found with zero config, read, paired with its rollback, and clean', async () => {
    const base = readTree(join(FIXTURES, tool, 'base'));
    const branch = readTree(join(FIXTURES, tool, 'branch'));
    const expected = JSON.parse(readFileSync(join(FIXTURES, tool, 'expected.json'), 'utf8'));
    const repo = await createRepo({ base, branch: [branch] });
    repos.push(repo);
    const result = await lint({ cwd: repo.dir, base: 'main' });
    expect(result.skippedDirectories).toBeUndefined();
    expect(result.migrations.map(({ path, version, direction, rollback }) => ({ path, version, direction, rollback }))).toEqual(expected.migrations);
    expect(result.findings.map((f) => `${f.file} ${f.ruleId}: ${f.message}`)).toEqual([]);
  });
});
