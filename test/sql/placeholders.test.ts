/** Placeholders masked to valid SQL of the same length: the parser reads the statements and positions stay true. */
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { maskPlaceholders } from '../../src/sql/placeholders.js';
import { createRepo } from '../helpers/git-repo.js';

/** These tests are about which files are read, not about lock_timeout, which every ALTER here would lack. */
const LOCKS_OFF = { rules: { 'require-lock-timeout': 'off' as const } };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('maskPlaceholders', () => {
  it.each([
    ['go-template', 'CREATE TABLE {{ index .Options "Namespace" }}.users (id int);', 'CREATE TABLE ___index__Options__Namespace____.users (id int);'],
    ['go-template', '{{- if .Partitioned }}\nCREATE TABLE t (id int);\n{{ end }}', '                      \nCREATE TABLE t (id int);\n         '],
    ['env', 'GRANT SELECT ON t TO ${READER:-reader}, $WRITER;', 'GRANT SELECT ON t TO __READER__reader_, _WRITER;'],
    ['psql', "CREATE SCHEMA :schema; COMMENT ON SCHEMA :\"schema\" IS :'note';", "CREATE SCHEMA _schema; COMMENT ON SCHEMA \"schema_\" IS 'note_';"],
  ] as const)('%s: %s', (kind, text, masked) => {
    const result = maskPlaceholders(text, [kind]);
    expect(result).toBe(masked);
    expect(result.length).toBe(text.length);
  });

  it('leaves casts, parameters, dollar quotes, strings and comments alone', () => {
    const text = "SELECT '1'::int, $1, $body$ :x $body$, ':y' -- :z\n/* :w */;";
    expect(maskPlaceholders(text, ['psql', 'env'])).toBe(text);
  });

  it('masks nothing without kinds', () => {
    expect(maskPlaceholders('SELECT {{ .X }}, ${Y}, :z;', [])).toBe('SELECT {{ .X }}, ${Y}, :z;');
  });
});

describe('the placeholders setting', () => {
  const files = {
    'db/migrations/20260213010000_rename.sql': 'ALTER TABLE {{ .Schema }}.users\n  RENAME COLUMN name TO full_name;\n',
    'db/migrations/20260213010000_rename.down.sql': 'ALTER TABLE {{ .Schema }}.users RENAME COLUMN full_name TO name;\n',
  };

  it('turns a syntax error that hid every rule into the findings of the SQL around the template', async () => {
    const repo = await createRepo({ base: { 'README.md': '#\n' }, branch: [files] });
    cleanups.push(repo.cleanup);

    const without = await lint({ cwd: repo.dir, base: 'main', overrides: LOCKS_OFF });
    const masked = await lint({ cwd: repo.dir, base: 'main', overrides: { ...LOCKS_OFF, placeholders: ['go-template'] } });

    expect(without.findings.map((f) => f.ruleId)).toContain('syntax-error');
    expect(masked.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual(['backward-incompatible 1:1']);
    expect(masked.findings[0]!.endLine).toBe(2);
  });
});
