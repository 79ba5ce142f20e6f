import { describe, expect, it } from 'vitest';
import { render } from '../../src/reporters/sarif.js';
import { makeFinding, makeResult, makeSampleResult } from './fixture.js';
import { compileSchema, readJson } from './schema.js';

/**
 * The SARIF 2.1.0 JSON schema as the OASIS TC published it for the standard (2.1.0-rtm.5), taken from the npm package
 * of Microsoft's SARIF matchers rather than copied into this repository.
 */
const validate = compileSchema(
  readJson(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url)) as object,
);

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> };
  }>;
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, unknown>> } };
    columnKind: string;
    results: SarifResult[];
  }>;
}

function renderLog(...args: Parameters<typeof render>): SarifLog {
  return JSON.parse(render(...args)) as SarifLog;
}

describe('sarif reporter', () => {
  it('produces a log the official SARIF 2.1.0 schema accepts, with and without findings', () => {
    for (const result of [makeSampleResult(), makeResult()]) {
      const log: unknown = JSON.parse(render(result, { color: false, toolVersion: '1.2.3' }));
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('has a schema check that catches an invalid log', () => {
    const log = renderLog(makeSampleResult(), { color: false });
    (log.runs[0]!.results[0] as unknown as Record<string, unknown>)['level'] = 'fatal';
    expect(validate(log)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('describes the tool and the rules that ran', () => {
    const log = renderLog(makeSampleResult(), { color: false, toolVersion: '1.2.3' });
    expect(log.$schema).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.columnKind).toBe('utf16CodeUnits');
    expect(log.runs[0]!.tool.driver).toEqual({
      name: 'migration-lint',
      informationUri: 'https://github.com/migration-lint/migration-lint',
      version: '1.2.3',
      rules: [
        {
          id: 'ban-column-rename',
          name: 'ban-column-rename',
          shortDescription: { text: 'Do not rename a column that running code still reads.' },
          helpUri: 'https://github.com/migration-lint/migration-lint/blob/main/docs/rules/ban-column-rename.md',
          defaultConfiguration: { level: 'warning' },
        },
        {
          id: 'require-concurrent-index',
          name: 'require-concurrent-index',
          shortDescription: { text: 'Build indexes on existing tables with CREATE INDEX CONCURRENTLY.' },
          helpUri: 'https://github.com/migration-lint/migration-lint/blob/main/docs/rules/require-concurrent-index.md',
          defaultConfiguration: { level: 'error' },
        },
      ],
    });
    expect(renderLog(makeResult(), { color: false }).runs[0]!.tool.driver.version).toBe('0.0.0');
  });

  it('reports each finding with its rule index, level, message with help, and region', () => {
    const [error, warning] = renderLog(makeSampleResult(), { color: false }).runs[0]!.results;
    expect(error).toEqual({
      ruleId: 'require-concurrent-index',
      ruleIndex: 1,
      level: 'error',
      message: {
        text: 'Building users_email_idx blocks every write to "users" until it finishes (SHARE lock). — CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'db/migrations/000002_index_users_email.up.sql', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 38 },
          },
        },
      ],
      partialFingerprints: { 'migrationLint/v1': expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(warning!.ruleIndex).toBe(0);
    expect(warning!.level).toBe('warning');
    expect(warning!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 13, endLine: 2, endColumn: 30 });
  });

  it('percent-encodes file paths into valid relative URIs', () => {
    const files = ['db/migrations/000003_rename_naïve_column.up.sql', 'db/a b#1?.sql', 'c:d/100%.sql'];
    const result = makeResult({ findings: files.map((file) => makeFinding({ file, line: 1, column: 1 })) });
    const log = renderLog(result, { color: false });
    expect(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'db/migrations/000003_rename_na%C3%AFve_column.up.sql',
      'db/a%20b%231%3F.sql',
      'c%3Ad/100%25.sql',
    ]);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('leaves out the rule index of a finding whose rule is not listed, and the help URI of a rule without docs', () => {
    const result = makeResult({ findings: [makeFinding({ file: 'a.sql', line: 1, column: 1, ruleId: 'custom-rule' })] });
    result.rules = [{ id: 'other', summary: 's', severity: 'warning', docs: '' }];
    const log = renderLog(result, { color: false });
    expect(log.runs[0]!.results[0]).not.toHaveProperty('ruleIndex');
    expect(log.runs[0]!.tool.driver.rules[0]).not.toHaveProperty('helpUri');
    expect(validate(log)).toBe(true);
  });

  it('keeps fingerprints when lines above move, and tells identical findings apart', () => {
    const at = (line: number, source: string) =>
      makeResult({ findings: [makeFinding({ file: 'a.sql', line, column: 1 })], sources: { 'a.sql': source } });
    const fingerprintOf = (result: ReturnType<typeof at>) =>
      renderLog(result, { color: false }).runs[0]!.results.map((r) => r.partialFingerprints['migrationLint/v1']);
    expect(fingerprintOf(at(1, 'CREATE INDEX i ON t (c);'))).toEqual(fingerprintOf(at(3, '-- new\n\n  CREATE INDEX i ON t (c);')));
    expect(fingerprintOf(at(1, 'CREATE INDEX i ON t (c);'))).not.toEqual(fingerprintOf(at(1, 'CREATE INDEX j ON t (c);')));
  });
});
