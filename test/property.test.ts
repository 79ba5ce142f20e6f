/** Random and mutated SQL and file names through the whole pipeline: no crash, every failure a finding at a real position. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { rules } from '../rules/index.js';
import type { LintResult } from '../src/types.js';
import { createRepo } from './helpers/git-repo.js';

const RULE_IDS = new Set(rules.map((r) => r.meta.id));

const VALID = [
  'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
  'ALTER TABLE users ADD COLUMN email_v2 varchar(255);',
  "UPDATE users SET email_v2 = email WHERE email_v2 IS NULL;",
  'ALTER TABLE users DROP COLUMN email;',
  'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
  "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x := 'é;'; RETURN NEW; END $$ LANGUAGE plpgsql;",
  '-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;',
  '-- migrate:up\nALTER TABLE a RENAME TO b;\n-- migrate:down\nALTER TABLE b RENAME TO a;',
  '\\set ON_ERROR_STOP on\nALTER TABLE users ALTER COLUMN email SET NOT NULL;',
];

/** Valid SQL with random characters deleted, inserted or replaced. */
const mutatedSql = fc
  .tuple(fc.constantFrom(...VALID), fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 4 }))
  .map(([sql, edits]) =>
    edits.reduce((text, [at, kind, insert]) => {
      const i = at % (text.length + 1);
      if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
      if (kind === 1) return text.slice(0, i) + insert + text.slice(i);
      return text.slice(0, i) + insert + text.slice(i + insert.length);
    }, sql),
  );

const sqlText = fc.oneof(mutatedSql, fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', '\r\n', '/* unterminated', "'", '$$'));

/** File names users have: timestamps, conventions' suffixes, spaces, unicode, leading dashes. */
const fileName = fc
  .tuple(
    fc.constantFrom('20260213010000', '000001', 'V1.2', 'U1.2', 'R', '9', '-1', ''),
    fc.constantFrom('_', '__', '-', ' '),
    fc.string({ unit: 'grapheme', minLength: 0, maxLength: 12 }).map((s) => s.replace(/[/\\\0]/g, '')),
    fc.constantFrom('.sql', '.up.sql', '.down.sql', '.SQL'),
  )
  .map(([version, separator, name, suffix]) => `${version}${separator}${name}${suffix}`)
  .filter((name) => name !== '.' && name !== '..' && !name.startsWith('.') && Buffer.byteLength(name) < 200);

function expectWellFormed(result: LintResult): void {
  for (const finding of result.findings) {
    expect(RULE_IDS.has(finding.ruleId)).toBe(true);
    expect(finding.line).toBeGreaterThanOrEqual(1);
    expect(finding.column).toBeGreaterThanOrEqual(1);
    expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
    expect(finding.message.length).toBeGreaterThan(0);
    expect(finding.help.length).toBeGreaterThan(0);
    const text = result.sources[finding.file];
    if (text !== undefined) expect(finding.line).toBeLessThanOrEqual(text.split(/\r?\n/).length);
  }
  expect(result.summary.errors + result.summary.warnings).toBe(result.findings.length);
}

describe('the pipeline never crashes', () => {
  it('on random and mutated SQL under random file names (plain files)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fileName, sqlText), { minLength: 1, maxLength: 4, selector: ([name]) => name.toLowerCase() }), async (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'migration-lint-prop-'));
        try {
          mkdirSync(join(dir, 'db', 'migrations'), { recursive: true });
          for (const [name, sql] of files) writeFileSync(join(dir, 'db', 'migrations', name), sql);
          const result = await lint({ cwd: dir, files: ['db/migrations'] });
          expectWellFormed(result);
          // Every file is accounted for: malformed input is a finding, never silently dropped.
          expect(result.migrations).toHaveLength(files.length);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('on a git change with the same random input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.tuple(fileName, sqlText), { minLength: 1, maxLength: 3, selector: ([name]) => name.toLowerCase() }), async (files) => {
        const repo = await createRepo({
          base: { 'db/migrations/20260101000000_init.sql': 'CREATE TABLE users (id int);', 'src/app.ts': 'export {};' },
          branch: [Object.fromEntries([...files.map(([name, sql]) => [`db/migrations/${name}`, sql]), ['src/app.ts', 'export const x = 1;']])],
        });
        try {
          const result = await lint({ cwd: repo.dir, base: 'main' });
          expectWellFormed(result);
          // Every file is linted, unless its directory is reported once as one no convention reads.
          const skipped = (result.skippedDirectories ?? []).some((d) => d.path === 'db/migrations');
          expect(result.migrations.map((m) => m.path).sort()).toEqual(skipped ? [] : files.map(([name]) => `db/migrations/${name}`).sort());
        } finally {
          await repo.cleanup();
        }
      }),
      { numRuns: 15 },
    );
  });
});
