import { describe, expect, it } from 'vitest';
import { render } from '../../src/reporters/json.js';
import type { LintResult } from '../../src/types.js';
import { BASE, HEAD, makeFinding, makeMigration, makeResult, makeSampleResult } from './fixture.js';
import { compileSchema, readJson } from './schema.js';

const validate = compileSchema(readJson(new URL('../../schema/output.schema.json', import.meta.url)) as object);
const options = { color: false };

describe('json reporter', () => {
  it('prints the version 1 contract with its keys in order and 2-space indentation', () => {
    const result = makeResult({
      migrations: [makeMigration('db/1_a.up.sql', { rollback: 'db/1_a.down.sql' })],
      findings: [makeFinding({ file: 'db/1_a.up.sql', line: 3, column: 5, endColumn: 9, message: 'm "q"', help: 'h' })],
    });
    expect(render(result, options)).toBe(`{
  "version": 1,
  "base": "${BASE}",
  "head": "${HEAD}",
  "migrations": [
    {
      "path": "db/1_a.up.sql",
      "version": "1",
      "direction": "up",
      "status": "added",
      "rollback": "db/1_a.down.sql"
    }
  ],
  "findings": [
    {
      "ruleId": "require-concurrent-index",
      "severity": "error",
      "file": "db/1_a.up.sql",
      "line": 3,
      "column": 5,
      "endLine": 3,
      "endColumn": 9,
      "message": "m \\"q\\"",
      "help": "h"
    }
  ],
  "summary": {
    "errors": 1,
    "warnings": 0
  }
}
`);
  });

  it('leaks nothing outside the contract: no sources, no rules, no extra fields a stage added', () => {
    const result = makeSampleResult();
    const extended = {
      ...result,
      extra: true,
      findings: result.findings.map((finding) => ({ ...finding, messageId: 'blocking' })),
      migrations: result.migrations.map((migration) => ({ ...migration, convention: 'golang-migrate' })),
    } as LintResult;
    const output = render(extended, options);
    expect(output).toBe(render(result, options));
    for (const leaked of ['sources', 'rules', 'extra', 'messageId', 'convention', 'CREATE INDEX users_email_idx']) {
      expect(output).not.toContain(leaked);
    }
  });

  it('validates against its published schema, with shas, INDEX or null as base and head', () => {
    const cases: Array<Pick<LintResult, 'base' | 'head'>> = [
      { base: BASE, head: HEAD },
      { base: BASE, head: 'INDEX' },
      { base: null, head: null },
      { base: 'a'.repeat(64), head: 'b'.repeat(64) },
    ];
    for (const shas of cases) {
      const output: unknown = JSON.parse(render({ ...makeSampleResult(), ...shas }, options));
      expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate(JSON.parse(render(makeResult(), options)))).toBe(true);
  });

  it('has a schema that rejects what breaks the contract', () => {
    const good = JSON.parse(render(makeSampleResult(), options)) as Record<string, unknown>;
    const broken: unknown[] = [
      { ...good, version: 2 },
      { ...good, extra: 1 },
      { ...good, head: 'HEAD' },
      { ...good, base: 'abc123' },
      { ...good, summary: { errors: 1 } },
      { ...good, findings: [{ ...(good['findings'] as object[])[0], severity: 'info' }] },
      { ...good, findings: [{ ...(good['findings'] as object[])[0], line: 0 }] },
      { ...good, migrations: [{ ...(good['migrations'] as object[])[0], direction: 'sideways' }] },
    ];
    for (const document of broken) expect(validate(document), JSON.stringify(document)).toBe(false);
  });
});
