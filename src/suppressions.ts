/**
 * The suppression stage, after the rules: findings in, the findings that stand out, plus findings about the
 * suppressions themselves (no reason, an unknown rule, nothing suppressed). Suppressions are comments PostgreSQL's
 * scanner finds in the migration:
 *
 *   -- migration-lint-disable-next-statement <rule-id>[, <rule-id>…]: <reason>
 *   -- migration-lint-disable-file <rule-id>[, <rule-id>…]: <reason>
 */
import type { Migration } from './rule.js';
import type { SqlComment } from './sql/parse.js';
import type { Finding, Position, Range } from './types.js';

/** Rules whose findings no comment silences: the SQL does not run, or the finding is about a suppression. */
export const UNSUPPRESSIBLE = new Set(['syntax-error', 'require-valid-suppression', 'ban-unused-suppression']);

export interface Suppression {
  file: string;
  kind: 'next-statement' | 'file';
  rules: string[];
  reason: string;
  /** Where the comment is. */
  range: Range;
  /** The statement a next-statement suppression covers; null when none follows it. */
  target: Range | null;
}

/** A finding about a suppression, before the stage turns it into a Finding of the rule's severity. */
export interface SuppressionReport {
  ruleId: 'require-valid-suppression' | 'ban-unused-suppression';
  file: string;
  range: Range;
  messageId: string;
  data: Record<string, string>;
  help: string;
}

const MARKER = 'migration-lint-';
const DIRECTIVE = /^migration-lint-([\w-]+)(.*)$/s;

/** Whether a file's text can hold a suppression at all: most hold none, and need no scan. */
export function mayHoldSuppressions(text: string): boolean {
  return text.includes(MARKER);
}

/** The suppressions of one migration, from its comments; malformed ones come back as reports. */
export function readSuppressions(migration: Migration, comments: SqlComment[], knownRules: ReadonlySet<string>): { suppressions: Suppression[]; reports: SuppressionReport[] } {
  const suppressions: Suppression[] = [];
  const reports: SuppressionReport[] = [];
  const lines = migration.lines;
  if (!lines) return { suppressions, reports };
  const statements = [...(migration.up?.statements ?? []), ...(migration.down?.statements ?? [])].sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (const comment of comments) {
    const body = commentBody(comment.text);
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const range = { start: lines.positionAt(comment.start), end: lines.positionAt(comment.end) };
    const report = (messageId: string, data: Record<string, string>, help: string) =>
      reports.push({ ruleId: 'require-valid-suppression', file: migration.path, range, messageId, data, help });
    const [, directive = '', rest = ''] = match;
    const kind = directive === 'disable-next-statement' ? 'next-statement' : directive === 'disable-file' ? 'file' : null;
    if (kind === null) {
      report('unknownDirective', { directive: `migration-lint-${directive}` }, 'Write `-- migration-lint-disable-next-statement <rule-id>: <reason>` or `-- migration-lint-disable-file <rule-id>: <reason>`.');
      continue;
    }
    const colon = rest.indexOf(':');
    const ids = (colon === -1 ? rest : rest.slice(0, colon)).split(',').map((id) => id.trim()).filter(Boolean);
    const reason = colon === -1 ? '' : rest.slice(colon + 1).trim();
    const written = `-- migration-lint-disable-${kind} ${ids.join(', ') || '<rule-id>'}: <why it is safe here>`;
    if (ids.length === 0) {
      report('noRule', {}, `Name the rule it silences, and why: ${written}`);
      continue;
    }
    const unknown = ids.filter((id) => !knownRules.has(id));
    for (const id of unknown) report('unknownRule', { rule: id }, 'Use a rule id as `migration-lint rules` lists it (the id is in every finding).');
    const fixed = ids.filter((id) => UNSUPPRESSIBLE.has(id));
    for (const id of fixed) report('unsuppressible', { rule: id }, id === 'syntax-error' ? 'Fix the SQL: PostgreSQL rejects it whatever the comment says.' : 'Fix the suppression itself.');
    if (reason === '') {
      report('noReason', { rules: ids.join(', ') }, `Say why it is safe here, after a colon: ${written}`);
      continue;
    }
    const valid = ids.filter((id) => knownRules.has(id) && !UNSUPPRESSIBLE.has(id));
    if (valid.length === 0) continue;
    const target = kind === 'next-statement' ? (statements.find((s) => comparePositions(s.range.start, range.end) >= 0)?.range ?? null) : null;
    suppressions.push({ file: migration.path, kind, rules: valid, reason, range, target });
  }
  return { suppressions, reports };
}

/**
 * Splits findings into those the suppressions silence and those that stand, and reports each rule of a suppression
 * that silenced nothing (unless that rule is off: then it could not have).
 */
export function applySuppressions(findings: Finding[], suppressions: Suppression[], activeRules: ReadonlySet<string>): { findings: Finding[]; reports: SuppressionReport[] } {
  const used = new Set<string>();
  const kept = findings.filter((finding) => {
    if (UNSUPPRESSIBLE.has(finding.ruleId)) return true;
    let silenced = false;
    for (const [index, suppression] of suppressions.entries()) {
      if (suppression.file !== finding.file || !suppression.rules.includes(finding.ruleId) || !covers(suppression, finding)) continue;
      used.add(`${index}\0${finding.ruleId}`);
      silenced = true;
    }
    return !silenced;
  });
  const reports: SuppressionReport[] = [];
  for (const [index, suppression] of suppressions.entries()) {
    for (const rule of suppression.rules) {
      if (used.has(`${index}\0${rule}`) || !activeRules.has(rule)) continue;
      reports.push({
        ruleId: 'ban-unused-suppression',
        file: suppression.file,
        range: suppression.range,
        messageId: suppression.kind === 'file' ? 'unusedFile' : 'unusedStatement',
        data: { rule },
        help:
          suppression.rules.length > 1
            ? `Remove ${rule} from the comment.`
            : 'Remove the comment: if the statement changes later, it would hide a finding nobody reviewed.',
      });
    }
  }
  return { findings: kept, reports };
}

function covers(suppression: Suppression, finding: Finding): boolean {
  if (suppression.kind === 'file') return true;
  const target = suppression.target;
  if (!target) return false;
  const at = { line: finding.line, column: finding.column };
  return comparePositions(at, target.start) >= 0 && comparePositions(at, target.end) <= 0;
}

/** The text of a comment without its markers: `-- x` and `/* x *\/` both give `x`. */
function commentBody(text: string): string {
  if (text.startsWith('--')) return text.slice(2).trim();
  return text.replace(/^\/\*/, '').replace(/\*\/$/, '').trim();
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}
