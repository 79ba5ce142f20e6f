/**
 * Measured locks meet the static lock rules: where a static rule already reported a statement, its finding carries
 * the measurement ("Measured: took SHARE on users.") instead of a second finding; where they disagree, the
 * measurement wins and the note says which rule was wrong.
 */
import type { Finding } from '../types.js';
import type { Verification } from './index.js';

export const MEASURED_RULE = 'ban-measured-blocking-lock';

const MODES = ['ACCESS EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'SHARE UPDATE EXCLUSIVE', 'ROW EXCLUSIVE', 'EXCLUSIVE', 'SHARE'];
/** The first lock mode a message names, e.g. "(SHARE lock)" → SHARE. */
const MODE = new RegExp(`\\b(${MODES.join('|')})\\b`);

/** Findings of other rules that name a lock mode are static lock findings; measured ones at their statement fold into them. */
export function combineLockFindings(findings: Finding[], verification: Verification | null): Finding[] {
  if (!verification) return findings;
  const at = (f: { file: string; line: number }) => `${f.file}:${f.line}`;
  const measuredAt = new Map<string, Finding[]>();
  for (const f of findings) if (f.ruleId === MEASURED_RULE) measuredAt.set(at(f), [...(measuredAt.get(at(f)) ?? []), f]);
  const ran = new Set(verification.measured.map((s) => `${s.file}:${s.line}`));
  const folded = new Set<Finding>();
  const result = findings.map((finding) => {
    if (finding.ruleId === MEASURED_RULE) return finding;
    const claimed = MODE.exec(finding.message)?.[1];
    if (!claimed) return finding;
    const measured = measuredAt.get(at(finding));
    if (measured?.length) {
      for (const m of measured) folded.add(m);
      const seen = verification.locks.filter((l) => `${l.file}:${l.range.start.line}` === at(finding));
      const said = seen.map((l) => `took ${l.mode} on ${l.table}${l.rewrote ? ' and rewrote it' : ''}`).join('; ');
      const wrong = [
        ...(seen.some((l) => l.mode === claimed) ? [] : [`not ${claimed}`]),
        ...(/\brewrit/i.test(finding.message) && !seen.some((l) => l.rewrote) ? ['no rewrite'] : []),
      ];
      const note = wrong.length ? ` (${wrong.join(' and ')}, as ${finding.ruleId} says)` : '';
      return { ...finding, message: `${finding.message} Measured: ${said}${note}.` };
    }
    // The statement ran in the verification database and took no blocking lock on a table of the base.
    if (ran.has(at(finding)) && ['ACCESS EXCLUSIVE', 'EXCLUSIVE', 'SHARE ROW EXCLUSIVE', 'SHARE'].includes(claimed)) {
      return { ...finding, message: `${finding.message} Measured: no blocking lock on a table of the base (${finding.ruleId} overstates it).` };
    }
    return finding;
  });
  return result.filter((f) => !folded.has(f));
}
