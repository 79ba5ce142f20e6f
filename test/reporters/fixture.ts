/** Builds `LintResult` fixtures for the reporter tests. */
import type { Finding, LintResult, MigrationInfo, RuleMeta } from '../../src/types.js';

export const BASE = '0123456789abcdef0123456789abcdef01234567';
export const HEAD = '89abcdef0123456789abcdef0123456789abcdef';

const RULES: Record<string, RuleMeta> = {
  'require-concurrent-index': {
    id: 'require-concurrent-index',
    summary: 'Build indexes on existing tables with CREATE INDEX CONCURRENTLY.',
    severity: 'error',
    docs: 'https://github.com/migration-lint/migration-lint/blob/main/docs/rules/require-concurrent-index.md',
  },
  'ban-column-rename': {
    id: 'ban-column-rename',
    summary: 'Do not rename a column that running code still reads.',
    severity: 'warning',
    docs: 'https://github.com/migration-lint/migration-lint/blob/main/docs/rules/ban-column-rename.md',
  },
};

/** A finding with defaults for everything but what the test cares about; the range defaults to one character. */
export function makeFinding(fields: Partial<Finding> & Pick<Finding, 'file' | 'line' | 'column'>): Finding {
  return {
    ruleId: 'require-concurrent-index',
    severity: 'error',
    endLine: fields.line,
    endColumn: fields.column + 1,
    message: 'Building the index blocks every write to "users" until it finishes (SHARE lock).',
    help: 'CREATE INDEX CONCURRENTLY, in a migration that runs outside a transaction.',
    ...fields,
  };
}

/** A migration entry; up migrations of golang-migrate by default. */
export function makeMigration(path: string, fields: Partial<MigrationInfo> = {}): MigrationInfo {
  return { path, version: path.match(/\d+/)?.[0] ?? null, direction: 'up', status: 'added', rollback: null, ...fields };
}

/**
 * A result whose summary counts the findings and whose rules are those the findings name
 * (plus any passed), so a fixture cannot contradict itself.
 */
export function makeResult(fields: Partial<LintResult> = {}): LintResult {
  const findings = fields.findings ?? [];
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  return {
    base: BASE,
    head: HEAD,
    migrations: [],
    findings,
    summary: {
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
    },
    rules: ruleIds.flatMap((id) => (RULES[id] === undefined ? [] : [RULES[id]])),
    sources: {},
    ...fields,
  };
}

const INDEX_FILE = 'db/migrations/000002_index_users_email.up.sql';
const RENAME_FILE = 'db/migrations/000003_rename_naïve_column.up.sql';

/** A realistic result: an error, a warning whose range spans lines, non-ASCII text, a tab, CRLF line ends. */
export function makeSampleResult(): LintResult {
  return makeResult({
    migrations: [
      makeMigration(INDEX_FILE, { rollback: 'db/migrations/000002_index_users_email.down.sql' }),
      makeMigration(RENAME_FILE, { status: 'modified' }),
    ],
    findings: [
      makeFinding({
        file: INDEX_FILE,
        line: 2,
        column: 1,
        endColumn: 38,
        message: 'Building users_email_idx blocks every write to "users" until it finishes (SHARE lock).',
        help: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      }),
      makeFinding({
        file: RENAME_FILE,
        line: 1,
        column: 13,
        endLine: 2,
        endColumn: 30,
        ruleId: 'ban-column-rename',
        severity: 'warning',
        message: 'Running code that reads "naïve_名前" fails as soon as the rename commits.',
        help: 'Add the new column, write to both, backfill, then drop the old one in a later release.',
      }),
    ],
    sources: {
      [INDEX_FILE]: '-- Speeds up login.\nCREATE INDEX users_email_idx ON users (email);\n',
      [RENAME_FILE]: 'ALTER\tTABLE "naïve_名前" RENAME COLUMN a\r\n  TO b;\r\n',
    },
  });
}
