import { describe, expect, it } from 'vitest';
import rule from '../../rules/prefer-text-over-varchar.js';
import { lint } from '../../src/lint.js';
import { createRepo } from '../helpers/git-repo.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'CREATE TABLE users (name text, code varchar);',
    'CREATE TABLE users (name text CHECK (char_length(name) <= 100));',
    'ALTER TABLE users ALTER COLUMN name TYPE text;',
  ],
  invalid: [
    { name: 'CREATE TABLE, even of a new table', files: { '20260301000000_x.sql': 'CREATE TABLE users (id bigint,\n  name varchar(100));' }, findings: ['20260301000000_x.sql 1:1 varchar'] },
    { name: 'ADD COLUMN and ALTER COLUMN TYPE', files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN nick character varying(20);\nALTER TABLE users ALTER COLUMN name TYPE varchar(200);' }, findings: ['20260301000000_x.sql 1:1 varchar', '20260301000000_x.sql 2:1 varchar'] },
  ],
});

describe('prefer-text-over-varchar by default', () => {
  it('is off until the config turns it on', async () => {
    const repo = await createRepo({
      base: { 'README.md': '# app\n' },
      branch: [{ 'db/migrations/20260301000000_x.sql': 'CREATE TABLE users (name varchar(100));\n' }],
    });
    try {
      const ids = async (rules?: Record<string, 'warning'>) =>
        (await lint({ cwd: repo.dir, base: 'main', ...(rules ? { overrides: { rules } } : {}) })).findings.map((f) => f.ruleId);
      expect(await ids()).not.toContain('prefer-text-over-varchar');
      expect(await ids({ 'prefer-text-over-varchar': 'warning' })).toContain('prefer-text-over-varchar');
    } finally {
      await repo.cleanup();
    }
  });
});
