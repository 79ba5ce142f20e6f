/**
 * Table-driven rule tests on real git repositories and the real parser.
 * Strict: every case's SQL must parse, an invalid case needs at least one finding, unknown message ids fail.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import type { Rule } from '../../src/rule.js';
import type { RuleSetting } from '../../src/types.js';
import { rules } from '../../rules/index.js';
import { createRepo } from './git-repo.js';
import type { Tree } from './git-repo.js';

export interface RuleCase {
  name?: string;
  /** Files on the base branch (main). A key without "/" is a file in db/migrations/. */
  base?: Tree;
  /** The branch: one commit per tree. A string is shorthand for one added migration with this SQL. */
  files?: Tree;
  commits?: Tree[];
  /** Staged on top of the branch; the run uses --staged when present. */
  staged?: Tree;
  config?: Record<string, unknown>;
}

export interface InvalidCase extends RuleCase {
  /** Expected findings of the rule, as "<file> <line>:<column> <messageId>", in output order. */
  findings: string[];
}

const MIGRATIONS_DIR = 'db/migrations/';

function expand(tree: Tree | undefined): Tree | undefined {
  if (!tree) return undefined;
  return Object.fromEntries(Object.entries(tree).map(([path, content]) => [path.includes('/') ? path : MIGRATIONS_DIR + path, content]));
}

function shorten(path: string): string {
  return path.startsWith(MIGRATIONS_DIR) && !path.slice(MIGRATIONS_DIR.length).includes('/') ? path.slice(MIGRATIONS_DIR.length) : path;
}

async function runCase(rule: Rule, testCase: RuleCase) {
  const branch = testCase.commits ?? [testCase.files ?? {}];
  const repo = await createRepo({
    base: { 'README.md': '# app\n', ...expand(testCase.base) },
    branch: branch.map((tree) => expand(tree)!),
    ...(testCase.staged ? { staged: expand(testCase.staged)! } : {}),
  });
  try {
    const off: Record<string, RuleSetting> = Object.fromEntries(rules.map((r) => [r.meta.id, 'off']));
    const result = await lint({
      cwd: repo.dir,
      base: 'main',
      staged: testCase.staged !== undefined,
      // A case's own `rules` may turn other rules on too (a suppression needs a finding to silence).
      overrides: {
        ...testCase.config,
        rules: { ...off, ...(testCase.config?.rules as Record<string, RuleSetting> | undefined), [rule.meta.id]: onSeverity(rule), 'syntax-error': 'error' },
      },
    });
    const syntax = result.findings.filter((f) => f.ruleId === 'syntax-error' && rule.meta.id !== 'syntax-error');
    expect(syntax.map((f) => `${f.file} ${f.line}:${f.column} ${f.message}`), 'every SQL in a case must parse').toEqual([]);
    const own = result.findings.filter((f) => f.ruleId === rule.meta.id);
    for (const finding of own) expect(Object.keys(rule.meta.messages)).toContain(finding.messageId);
    return own;
  } finally {
    await repo.cleanup();
  }
}

/** The severity a rule is tested at: its default, or warning for a rule that is off unless turned on. */
export function onSeverity(rule: Rule): RuleSetting {
  return rule.meta.severity === 'off' ? 'warning' : rule.meta.severity;
}

function caseName(testCase: RuleCase | string, index: number): string {
  if (typeof testCase === 'string') return testCase.replace(/\s+/g, ' ').slice(0, 80);
  return testCase.name ?? `case ${index + 1}`;
}

function fromString(sql: string): RuleCase {
  return { files: { '20260301000000_change.sql': sql } };
}

/** Declares a describe block with one test per case. */
export function testRule(rule: Rule, cases: { valid: Array<RuleCase | string>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((testCase, index) => {
      it(`valid: ${caseName(testCase, index)}`, async () => {
        const findings = await runCase(rule, typeof testCase === 'string' ? fromString(testCase) : testCase);
        expect(findings.map((f) => `${shorten(f.file)} ${f.line}:${f.column} ${f.messageId}: ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((testCase, index) => {
      it(`invalid: ${caseName(testCase, index)}`, async () => {
        expect(testCase.findings.length, 'an invalid case names at least one finding').toBeGreaterThan(0);
        const findings = await runCase(rule, testCase);
        expect(findings.map((f) => `${shorten(f.file)} ${f.line}:${f.column} ${f.messageId}`)).toEqual(testCase.findings);
        for (const finding of findings) {
          expect(finding.message).not.toMatch(/\{\{/);
          expect(finding.help.length).toBeGreaterThan(10);
        }
      });
    });
  });
}
