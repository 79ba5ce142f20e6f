/** The suppression stage: comments silence findings of the rules they name, in the statement after them or the whole file. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { createRepo } from './helpers/git-repo.js';

async function findingsOf(sql: string): Promise<string[]> {
  const repo = await createRepo({ base: { 'README.md': '# app\n' }, branch: [{ 'db/migrations/20260301000000_x.sql': sql }] });
  try {
    const result = await lint({
      cwd: repo.dir,
      base: 'main',
      overrides: { rules: { 'one-migration-per-pr': 'off', 'require-rollback': 'off', 'ban-expand-and-contract': 'off', 'require-lock-timeout': 'off' } },
    });
    return result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`);
  } finally {
    await repo.cleanup();
  }
}

describe('suppressions', () => {
  it('silence the next statement only', async () => {
    expect(
      await findingsOf(
        'ALTER TABLE users RENAME COLUMN a TO b;\n-- migration-lint-disable-next-statement backward-incompatible: no code reads c\nALTER TABLE users RENAME COLUMN c TO d;\nALTER TABLE users RENAME COLUMN e TO f;',
      ),
    ).toEqual(['1:1 backward-incompatible', '4:1 backward-incompatible']);
  });

  it('silence the whole file, for each rule named', async () => {
    expect(
      await findingsOf(
        '-- migration-lint-disable-file backward-incompatible, ban-unused-suppression: the table is not live yet\nALTER TABLE users RENAME COLUMN a TO b;\nALTER TABLE users RENAME COLUMN c TO d;',
      ),
    ).toEqual(['1:1 require-valid-suppression']);
  });

  it('never silence a syntax error, and a suppression without a reason silences nothing', async () => {
    expect(
      await findingsOf('-- migration-lint-disable-file syntax-error: legacy\n-- migration-lint-disable-next-statement backward-incompatible\nALTER TABLE users RENAME COLUMN a TO b;\nSELEC 1;'),
    ).toEqual(['1:1 require-valid-suppression', '2:1 require-valid-suppression', '3:1 backward-incompatible', '4:1 syntax-error']);
  });

  it('are found by the scanner, not in strings, in files with non-ASCII text before them', async () => {
    expect(
      await findingsOf("SELECT 'é -- migration-lint-disable-file backward-incompatible: x';\n/* é */ -- migration-lint-disable-next-statement backward-incompatible: ok\nALTER TABLE users RENAME COLUMN a TO b;"),
    ).toEqual([]);
  });
});
