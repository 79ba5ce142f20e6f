import { afterEach, describe, expect, it } from 'vitest';
import { conventions } from '../../src/conventions/index.js';
import { lint } from '../../src/lint.js';
import { render as renderJson } from '../../src/reporters/json.js';
import { render as renderGithub } from '../../src/reporters/github.js';
import { render as renderMarkdown } from '../../src/reporters/markdown.js';
import { render as renderText } from '../../src/reporters/text.js';
import { parseSql } from '../../src/sql/parse.js';
import { createRepo, type RepoSpec, type TestRepo } from '../helpers/git-repo.js';
import { compileSchema, readJson } from '../reporters/schema.js';

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((repo) => repo.cleanup()));
});

async function lintBranch(spec: RepoSpec) {
  const repo = await createRepo({ ...spec, base: { 'README.md': '# app\n', ...spec.base } });
  repos.push(repo);
  return lint({ cwd: repo.dir, base: 'main' });
}

describe('a convention that reads its files itself', () => {
  it('gets each file through its read hook, and its statements reach the rules', async () => {
    // A reader for a made-up source language: the SQL sits after `up:` and `down:` lines.
    const timestamp = conventions.timestamp;
    const seen: string[] = [];
    timestamp.read = async (text, path, lines) => {
      seen.push(path);
      const downAt = text.indexOf('down:');
      return {
        up: await parseSql(text, { start: text.indexOf('up:') + 3, end: downAt }, lines),
        down: await parseSql(text, { start: downAt + 5, end: text.length }, lines),
      };
    };
    try {
      const result = await lintBranch({
        base: { 'db/migrations/20260101000000_users.sql': 'CREATE TABLE users (id int, email text);' },
        branch: [{ 'db/migrations/20260102000000_drop.sql': 'up:\nALTER TABLE users RENAME COLUMN email TO mail;\ndown: SELECT 1;' }],
      });
      // The schema stage may read the base migration that creates the table too; nothing else is read.
      expect(seen.filter((path) => path !== 'db/migrations/20260101000000_users.sql')).toEqual(['db/migrations/20260102000000_drop.sql']);
      expect(result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toContain('backward-incompatible 2:1');
      expect(result.findings.filter((f) => f.ruleId === 'syntax-error')).toEqual([]);
    } finally {
      delete timestamp.read;
    }
  });
});

describe('a directory no convention reads', () => {
  const spec: RepoSpec = {
    branch: [{ 'db/migrations/add_users.sql': 'CREATE TABLE users (id int);', 'db/migrations/add_orders.sql': 'CREATE TABLE orders (id int);' }],
  };

  it('is skipped once, with what was seen and the settings that fix it', async () => {
    const result = await lintBranch(spec);
    expect(result.findings).toEqual([]);
    expect(result.migrations).toEqual([]);
    expect(result.skippedDirectories).toEqual([
      {
        path: 'db/migrations',
        reason: 'unknown-layout',
        detail: expect.stringMatching(/^2 of 2 files are not named as timestamp names them \(add_orders\.sql, add_users\.sql\)/),
        fix: expect.stringContaining('"!db/migrations/**"'),
      },
    ]);
  });

  it('is listed in the JSON output, which stays version 1 of the contract', async () => {
    const output = JSON.parse(renderJson(await lintBranch(spec), { color: false }));
    const validate = compileSchema(readJson(new URL('../../schema/output.schema.json', import.meta.url)) as object);
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    expect(output.version).toBe(1);
    expect(output.skippedDirectories.map((d: { path: string }) => d.path)).toEqual(['db/migrations']);
  });

  it('is printed once by the text report, however many of its files changed', async () => {
    const text = renderText(await lintBranch(spec), { color: false });
    expect(text.match(/db\/migrations\/ {2}not linted/g)).toHaveLength(1);
    expect(text).toContain('fix: Name them as your migration tool does');
  });

  it('is one warning annotation in GitHub and one line in the Markdown summary', async () => {
    const result = await lintBranch(spec);
    const annotations = renderGithub(result, { color: false }).trim().split('\n');
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning title=migration-lint::db\/migrations\/ not linted: 2 of 2 files/);
    expect(renderMarkdown(result, { color: false }).match(/Not linted:/g)).toHaveLength(1);
  });

  it('leaves the JSON output without the field when nothing is skipped', async () => {
    const result = await lintBranch({ branch: [{ 'db/migrations/20260101000000_users.sql': 'CREATE TABLE users (id int);' }] });
    expect(result.skippedDirectories).toBeUndefined();
    expect(JSON.parse(renderJson(result, { color: false }))).not.toHaveProperty('skippedDirectories');
  });
});
