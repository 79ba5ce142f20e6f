/** The machine-readable report: version 1 of a public contract, described by schema/output.schema.json. */
import type { LintResult } from '../types.js';
import type { RenderOptions } from './index.js';

/** Renders the JSON report; fields are picked one by one, so nothing outside the contract (sources, rules) leaks. */
export function render(result: LintResult, _options: RenderOptions): string {
  const output = {
    version: 1,
    base: result.base,
    head: result.head,
    migrations: result.migrations.map((migration) => ({
      path: migration.path,
      version: migration.version,
      direction: migration.direction,
      status: migration.status,
      rollback: migration.rollback,
    })),
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      file: finding.file,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      help: finding.help,
    })),
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    ...(result.skippedDirectories
      ? {
          skippedDirectories: result.skippedDirectories.map((skipped) => ({
            path: skipped.path,
            reason: skipped.reason,
            detail: skipped.detail,
            fix: skipped.fix,
          })),
        }
      : {}),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
