/** The Markdown report that the pull request comment and the job summary show. */
import type { Finding, LintResult, MigrationInfo, RuleMeta } from '../types.js';
import type { RenderOptions } from './index.js';

/** Options of `renderMarkdown`. */
export interface MarkdownOptions {
  /**
   * Most characters (UTF-16 code units) the output may have; findings rows, then migration rows,
   * are left out to fit, with a line saying how many. GitHub comments take at most 65,536.
   */
  maxLength?: number;
  /** Markdown appended as is after the report, e.g. a hidden marker by which the Action finds its comment. */
  footer?: string;
}

const ICONS = { error: '❌', warning: '⚠️' } as const;

interface Table {
  title: string;
  /** What a row is, for the line that counts the rows left out. */
  noun: string;
  columns: string[];
}
const MIGRATIONS: Table = {
  title: 'Migrations',
  noun: 'migration',
  columns: ['Migration', 'Version', 'Direction', 'Status', 'Rollback'],
};
const FINDINGS: Table = { title: 'Findings', noun: 'finding', columns: ['Severity', 'Location', 'Rule', 'Message', 'Help'] };

/** Renders the report as a `--format markdown` reporter: whole, without footer. */
export function render(result: LintResult, _options: RenderOptions): string {
  return renderMarkdown(result);
}

/** Renders the report: heading, totals, a table of migrations and one of findings; `maxLength` truncates the tables. */
export function renderMarkdown(result: LintResult, options: MarkdownOptions = {}): string {
  const rulesById = new Map(result.rules.map((rule) => [rule.id, rule]));
  const findingRows = result.findings.map((finding) => formatFindingRow(finding, rulesById.get(finding.ruleId)));
  const migrationRows = result.migrations.map(formatMigrationRow);
  const footer = options.footer === undefined ? [] : ['', options.footer];
  const build = (migrationCount: number, findingCount: number): string =>
    [
      '## migration-lint',
      '',
      formatTotals(result),
      ...formatSkipped(result),
      ...formatTable(MIGRATIONS, migrationRows, migrationCount),
      ...formatTable(FINDINGS, findingRows, findingCount),
      ...footer,
    ].join('\n') + '\n';

  const maxLength = options.maxLength ?? Infinity;
  const whole = build(migrationRows.length, findingRows.length);
  if (whole.length <= maxLength) return whole;
  const findingCount = fitRows(findingRows, (count) => build(migrationRows.length, count).length <= maxLength);
  if (findingCount > 0 || build(migrationRows.length, 0).length <= maxLength) {
    return build(migrationRows.length, findingCount);
  }
  return build(fitRows(migrationRows, (count) => build(count, 0).length <= maxLength), 0);
}

/**
 * Finds how many leading rows fit, given that all of them do not. Below that, one row more adds a whole
 * row and shortens the left-out line by at most a character, so `fits` is monotone and a binary search
 * needs O(log n) builds instead of n.
 */
function fitRows(rows: string[], fits: (count: number) => boolean): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function formatTotals(result: LintResult): string {
  const { errors, warnings } = result.summary;
  const migrations = pluralize(result.migrations.length, 'migration');
  if (errors + warnings === 0) return `✅ **No problems** in ${migrations}.`;
  const icon = errors > 0 ? ICONS.error : ICONS.warning;
  return `${icon} **${pluralize(errors, 'error')}, ${pluralize(warnings, 'warning')}** in ${migrations}.`;
}

/** One line per directory left unlinted. */
function formatSkipped(result: LintResult): string[] {
  return (result.skippedDirectories ?? []).map(
    (directory) => `\n${ICONS.warning} **Not linted:** ${escapeText(`${directory.path}/`)}: ${escapeText(directory.detail)}. ${escapeText(directory.fix)}`,
  );
}

/** A titled table of the first `shown` rows and a line counting the rest; nothing when there are no rows. */
function formatTable(table: Table, rows: string[], shown: number): string[] {
  if (rows.length === 0) return [];
  const leftOut = rows.length - shown;
  return [
    '',
    `### ${table.title}`,
    '',
    formatRow(table.columns),
    formatRow(table.columns.map(() => '---')),
    ...rows.slice(0, shown),
    ...(leftOut === 0
      ? []
      : ['', `_${pluralize(leftOut, `more ${table.noun}`)} left out to fit; the job summary of this run lists them all._`]),
  ];
}

function formatMigrationRow(migration: MigrationInfo): string {
  return formatRow([
    formatCode(migration.path),
    migration.version === null ? '—' : escapeText(migration.version),
    migration.direction,
    migration.status,
    migration.rollback === null ? '—' : formatCode(migration.rollback),
  ]);
}

function formatFindingRow(finding: Finding, rule: RuleMeta | undefined): string {
  const ruleId = escapeText(finding.ruleId);
  return formatRow([
    `${ICONS[finding.severity]} ${finding.severity}`,
    formatCode(`${finding.file}:${finding.line}:${finding.column}`),
    rule === undefined || rule.docs === '' ? ruleId : `[${ruleId}](${encodeUrl(rule.docs)})`,
    escapeText(finding.message),
    escapeText(finding.help),
  ]);
}

function formatRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Escapes text for a table cell: HTML-escapes `&`, `<` and `>` so nothing becomes a tag,
 * backslash-escapes the punctuation of inline Markdown (emphasis, links, code, GitHub's `$` math,
 * `#` references and `@` mentions, and `|`, which would end the cell), and turns line breaks into `<br>`.
 */
function escapeText(text: string): string {
  return text
    .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] ?? char)
    .replace(/[\\`*_[\]|~$#@]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * Formats text as a code span in a table cell: HTML stays literal inside it, a fence longer than any
 * run of backticks inside keeps it closed, `|` is escaped for the table, line breaks become spaces.
 */
function formatCode(text: string): string {
  const content = text.replace(/\r\n|\r|\n/g, ' ').replaceAll('|', '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

/** Keeps a link target inside `(…)`: spaces, parentheses and angle brackets percent-encoded. */
function encodeUrl(url: string): string {
  return url.replace(/[\s()<>]/gu, (char) => (char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char)));
}

function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
