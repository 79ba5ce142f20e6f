/** Fingerprints that identify a finding across runs, shared by the SARIF and GitLab reports. */
import { createRequire } from 'node:module';
import type { LintResult } from '../types.js';
import { createSourceLineReader } from './source-lines.js';

/**
 * Returns one sha256 hex fingerprint per finding, in order.
 * It hashes the rule, the file, the message and the offending line's trimmed text — not the line number,
 * so findings keep their identity when lines above them move — plus an occurrence counter that tells
 * identical findings in one file apart.
 */
export function fingerprintFindings(result: LintResult): string[] {
  // Required here rather than imported: loading node:crypto costs every run ~10 ms, and only these two formats hash.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const readLine = createSourceLineReader(result.sources);
  const seen = new Map<string, number>();
  return result.findings.map((finding) => {
    const lineText = (readLine(finding.file, finding.line) ?? '').trim();
    const key = [finding.ruleId, finding.file, finding.message, lineText].join('\0');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex');
  });
}
