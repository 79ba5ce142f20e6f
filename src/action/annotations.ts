/** Findings as workflow annotations: errors before warnings, as many of each as GitHub shows. */
import * as core from '@actions/core';
import { describeFinding } from '../reporters/finding-text.js';
import type { Finding } from '../types.js';

/** GitHub shows at most this many error and this many warning annotations per step. */
export const ANNOTATION_LIMIT = 10;

/**
 * Annotates the first ANNOTATION_LIMIT errors, then the first ANNOTATION_LIMIT warnings, and says in
 * the log how many more the job summary holds. @actions/core escapes `%`, CR and LF in the message
 * and also `:` and `,` in properties, so no file name or message can start another command.
 */
export function annotate(findings: readonly Finding[]): void {
  let left = 0;
  for (const severity of ['error', 'warning'] as const) {
    const ofSeverity = findings.filter((finding) => finding.severity === severity);
    for (const finding of ofSeverity.slice(0, ANNOTATION_LIMIT)) {
      core[severity](describeFinding(finding), {
        title: finding.ruleId,
        file: finding.file,
        startLine: finding.line,
        endLine: finding.endLine,
        startColumn: finding.column,
        endColumn: finding.endColumn,
      });
    }
    left += Math.max(0, ofSeverity.length - ANNOTATION_LIMIT);
  }
  if (left > 0) {
    core.info(`${left} more finding${left === 1 ? ' is' : 's are'} not annotated (GitHub shows ${ANNOTATION_LIMIT} errors and ${ANNOTATION_LIMIT} warnings per step): the job summary lists every finding.`);
  }
}
