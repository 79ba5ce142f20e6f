/** The one-line text of a finding for formats with a single message field. */
import type { Finding } from '../types.js';

/** Returns the message followed by the help, joined by an em dash; the message alone when there is no help. */
export function describeFinding(finding: Finding): string {
  return finding.help === '' ? finding.message : `${finding.message} — ${finding.help}`;
}
