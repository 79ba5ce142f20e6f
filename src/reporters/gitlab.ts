/** GitLab Code Quality report: the JSON array GitLab shows in merge request widgets and diffs. */
import type { LintResult } from '../types.js';
import { describeFinding } from './finding-text.js';
import { fingerprintFindings } from './fingerprint.js';
import type { RenderOptions } from './index.js';

/** Renders the Code Quality issues; errors are `major`, warnings `minor`. */
export function render(result: LintResult, _options: RenderOptions): string {
  const fingerprints = fingerprintFindings(result);
  const issues = result.findings.map((finding, index) => ({
    description: describeFinding(finding),
    check_name: finding.ruleId,
    fingerprint: fingerprints[index],
    severity: finding.severity === 'error' ? 'major' : 'minor',
    location: { path: finding.file, lines: { begin: finding.line } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
}
