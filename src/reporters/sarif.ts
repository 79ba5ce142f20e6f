/** SARIF 2.1.0 log, for GitHub code scanning and other static-analysis dashboards. */
import type { LintResult, RuleMeta } from '../types.js';
import { describeFinding } from './finding-text.js';
import { fingerprintFindings } from './fingerprint.js';
import type { RenderOptions } from './index.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/migration-lint/migration-lint';
/** Key of our fingerprint in `partialFingerprints`; the suffix changes if the way it is computed ever does. */
const FINGERPRINT_KEY = 'migrationLint/v1';

/** Renders one run whose driver lists the rules that ran; positions are in UTF-16 code units, as in `Finding`. */
export function render(result: LintResult, options: RenderOptions): string {
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
  const fingerprints = fingerprintFindings(result);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'migration-lint',
            informationUri: INFORMATION_URI,
            version: options.toolVersion ?? '0.0.0',
            rules: result.rules.map(describeRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
          level: finding.severity,
          message: { text: describeFinding(finding) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodePath(finding.file), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] },
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function describeRule(rule: RuleMeta) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    ...(rule.docs === '' ? {} : { helpUri: rule.docs }),
    defaultConfiguration: { level: rule.severity },
  };
}

/** A repository path as a relative URI reference: each segment percent-encoded, so `#`, `%`, `:` or spaces stay in the path. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
