/** GitHub Actions annotations: one `::error` or `::warning` workflow command per finding, on stdout. */
import type { Finding, LintResult } from '../types.js';
import { describeFinding } from './finding-text.js';
import type { RenderOptions } from './index.js';
import { escapeData, escapeProperty } from './workflow-commands.js';

/** Renders one command line per finding; no findings, no output. */
export function render(result: LintResult, _options: RenderOptions): string {
  const skipped = (result.skippedDirectories ?? []).map(
    (directory) => `::warning title=migration-lint::${escapeData(`${directory.path}/ not linted: ${directory.detail}. ${directory.fix}`)}\n`,
  );
  return result.findings.map((finding) => formatCommand(finding) + '\n').join('') + skipped.join('');
}

function formatCommand(finding: Finding): string {
  const properties = [
    ['file', finding.file],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', finding.ruleId],
  ]
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${finding.severity} ${properties}::${escapeData(describeFinding(finding))}`;
}
