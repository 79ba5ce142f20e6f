import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/reporters/gitlab.js';
import { makeFinding, makeResult, makeSampleResult } from './fixture.js';

const options = { color: false };

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function renderIssues(result: Parameters<typeof render>[0]): Issue[] {
  return JSON.parse(render(result, options)) as Issue[];
}

describe('gitlab reporter', () => {
  it('prints the Code Quality issues, errors as major and warnings as minor', () => {
    const finding = makeFinding({ file: 'db/1_a.up.sql', line: 2, column: 1, message: 'm', help: 'h' });
    const fingerprint = createHash('sha256')
      .update(['require-concurrent-index', 'db/1_a.up.sql', 'm', 'CREATE INDEX i ON t (c);', '0'].join('\0'))
      .digest('hex');
    expect(render(makeResult({ findings: [finding], sources: { 'db/1_a.up.sql': '\n\tCREATE INDEX i ON t (c); \n' } }), options))
      .toBe(`[
  {
    "description": "m — h",
    "check_name": "require-concurrent-index",
    "fingerprint": "${fingerprint}",
    "severity": "major",
    "location": {
      "path": "db/1_a.up.sql",
      "lines": {
        "begin": 2
      }
    }
  }
]
`);
    expect(renderIssues(makeSampleResult()).map((issue) => issue.severity)).toEqual(['major', 'minor']);
    expect(render(makeResult(), options)).toBe('[]\n');
  });

  it('gives the same fingerprints on every run', () => {
    expect(renderIssues(makeSampleResult())).toEqual(renderIssues(makeSampleResult()));
    const [first, second] = renderIssues(makeSampleResult()).map((issue) => issue.fingerprint);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(first).not.toBe(second);
  });

  it('keeps a fingerprint when lines are added above the finding', () => {
    const before = makeResult({ findings: [makeFinding({ file: 'a.sql', line: 1, column: 1 })], sources: { 'a.sql': 'DROP TABLE t;' } });
    const after = makeResult({
      findings: [makeFinding({ file: 'a.sql', line: 4, column: 1 })],
      sources: { 'a.sql': '-- why\n-- and how\n\nDROP TABLE t;' },
    });
    const changed = makeResult({ findings: [makeFinding({ file: 'a.sql', line: 1, column: 1 })], sources: { 'a.sql': 'DROP TABLE u;' } });
    expect(renderIssues(after)[0]!.fingerprint).toBe(renderIssues(before)[0]!.fingerprint);
    expect(renderIssues(changed)[0]!.fingerprint).not.toBe(renderIssues(before)[0]!.fingerprint);
  });

  it('gives identical findings in one file distinct fingerprints, in every file', () => {
    const source = 'CREATE INDEX i ON t (c);\nCREATE INDEX i ON t (c);\n';
    const findings = ['a.sql', 'b.sql'].flatMap((file) => [1, 2].map((line) => makeFinding({ file, line, column: 1 })));
    const fingerprints = renderIssues(makeResult({ findings, sources: { 'a.sql': source, 'b.sql': source } })).map(
      (issue) => issue.fingerprint,
    );
    expect(new Set(fingerprints).size).toBe(4);
  });
});
