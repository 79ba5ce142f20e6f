/**
 * Every rule is a file in rules/ named by its id, registered in rules/index.ts (sorted), with a docs page,
 * a test file, a row in the README, and messages whose placeholders the formatter can fill.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { Rule } from '../src/rule.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RULES_DIR = join(ROOT, 'rules');

/** Ids of the rules the project's contract names, which predate the require-/ban-/prefer- convention. */
const CONTRACT_IDS = [
  'one-migration-per-pr',
  'timestamp-order',
  'immutable-migrations',
  'backward-incompatible',
  'syntax-error',
  'rollback-roundtrip',
  'migration-fails',
];
const PREFIXES = ['require-', 'ban-', 'prefer-'];
const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const ruleFiles = readdirSync(RULES_DIR)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
const ids = rules.map((rule) => rule.meta.id);

function filesIn(dir: string, suffix: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
}

describe('the rule registry', () => {
  it('registers every file in rules/', async () => {
    for (const name of ruleFiles) {
      const module = (await import(join(RULES_DIR, `${name}.ts`))) as { default?: Rule };
      expect(module.default, `rules/${name}.ts has a default export`).toBeDefined();
      expect(rules.includes(module.default!), `rules/${name}.ts is registered in rules/index.ts`).toBe(true);
    }
    expect(rules.length).toBe(ruleFiles.length);
  });

  it('is sorted by id, without duplicates', () => {
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ids).toEqual(sorted);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a docs page and a test file for every rule, and none for a rule that does not exist', () => {
    expect(filesIn('docs/rules', '.md').filter((page) => page !== 'README')).toEqual([...ids].sort());
    expect(filesIn('test/rules', '.test.ts')).toEqual([...ids].sort());
  });

  it('is what the README lists (in its own order), with the same default severities and docs links', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| \[`([^`]+)`\]\(([^)]+)\) \| (\w+) \|/gm)]
      .map(([, id, link, severity]) => ({ id, link, severity }))
      .sort((a, b) => ids.indexOf(a.id!) - ids.indexOf(b.id!));
    expect(rows).toEqual(rules.map((r) => ({ id: r.meta.id, link: `docs/rules/${r.meta.id}.md`, severity: r.meta.severity })));
  });
});

for (const rule of rules) {
  const { id } = rule.meta;

  describe(`rule ${id}`, () => {
    it('is named by its file', async () => {
      const module = (await import(join(RULES_DIR, `${id}.ts`))) as { default?: Rule };
      expect(module.default).toBe(rule);
      expect(existsSync(join(ROOT, 'docs/rules', `${id}.md`))).toBe(true);
      expect(existsSync(join(ROOT, 'test/rules', `${id}.test.ts`))).toBe(true);
    });

    it('has a kebab-case id that says what it asks', () => {
      expect(id).toMatch(KEBAB_CASE);
      expect(PREFIXES.some((prefix) => id.startsWith(prefix)) || CONTRACT_IDS.includes(id), `${id} starts with ${PREFIXES.join(', ')} or is a contract id`).toBe(
        true,
      );
    });

    it('has a summary, a severity and at least one message', () => {
      expect(rule.meta.summary).toMatch(/^[A-Z].*\.$/);
      expect(['error', 'warning', 'off']).toContain(rule.meta.severity);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });

    it('has messages whose {{placeholders}} are plain words', () => {
      for (const [messageId, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
        expect(messageId).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        const placeholders = [...template.matchAll(/\{\{(.*?)\}\}/g)].map((m) => m[1]);
        for (const name of placeholders) expect(name, `${messageId}: {{${name}}}`).toMatch(/^[a-zA-Z]+$/);
        expect(template.replace(/\{\{[a-zA-Z]+\}\}/g, ''), `${messageId} has no stray braces`).not.toMatch(/\{\{|\}\}/);
      }
    });
  });
}
