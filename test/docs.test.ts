/**
 * The rule docs are tests: every `sql bad` / `sql good` example in docs/rules/<id>.md runs through the real
 * pipeline (a temporary git repository and lint()) with only that rule and syntax-error on.
 * The example format is documented in docs/rules/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { lint } from '../src/lint.js';
import type { Rule } from '../src/rule.js';
import type { Finding } from '../src/types.js';
import { createRepo } from './helpers/git-repo.js';
import { onSeverity } from './helpers/rule-tester.js';

const DOCS_DIR = fileURLToPath(new URL('../docs/rules/', import.meta.url));
const DEFAULT_MIGRATION = 'db/migrations/20260301000000_change.sql';
const APP_FILE_CONTENT = 'changed by this pull request\n';
const REQUIRED_SECTIONS = ['Problem', 'What it flags', 'Examples', 'Options', 'When to turn it off'];

/** A fenced code block of a Markdown page. */
interface Fence {
  info: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** One pull request, as an example block describes it. */
interface ExamplePullRequest {
  /** Files on the base branch. */
  base: Record<string, string>;
  /** What the pull request does to files: new content, or null for a deletion. */
  changes: Record<string, string | null>;
  /** Other rules turned on for the example (`-- rule: <id>` lines), such as the rule a suppression silences. */
  rules?: string[];
}

interface Example extends ExamplePullRequest {
  kind: 'bad' | 'good';
  line: number;
  source: string;
}

/** Fenced blocks, CommonMark style: a closing fence uses the opening's character, at least as many times. */
function readFences(markdown: string): Fence[] {
  const fences: Fence[] = [];
  const lines = markdown.split(/\r?\n/);
  let open: { marker: string; info: string; line: number; body: string[] } | null = null;
  lines.forEach((text, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1]![0] === open.marker[0] && close[1]!.length >= open.marker.length) {
        fences.push({ info: open.info, body: open.body.join('\n'), line: open.line });
        open = null;
      } else {
        open.body.push(text);
      }
      return;
    }
    const start = /^ {0,3}(`{3,}|~{3,})\s*(.*)$/.exec(text);
    if (start) open = { marker: start[1]!, info: start[2]!.trim(), line: index + 1, body: [] };
  });
  if (open) throw new Error(`unclosed code block at line ${(open as { line: number }).line}`);
  return fences;
}

const DIRECTIVE = /^--\s*(file|base|app|delete|rule):\s*(\S+)\s*$/;

function trimBlankLines(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return start === end ? '' : `${lines.slice(start, end).join('\n')}\n`;
}

/** Reads an example block: see "Examples are tests" in docs/rules/README.md. */
function parseExample(body: string): ExamplePullRequest {
  const base: Record<string, string> = {};
  const changes: Record<string, string | null> = {};
  const files: Array<{ path: string; lines: string[] }> = [];
  const bases: Array<{ path: string; lines: string[] }> = [];
  const loose: string[] = [];
  const deleted: string[] = [];
  const apps: string[] = [];
  const alsoOn: string[] = [];
  let target: string[] = loose;
  for (const line of body.split(/\r?\n/)) {
    const directive = DIRECTIVE.exec(line);
    if (!directive) {
      target.push(line);
      continue;
    }
    const [, kind, path] = directive as unknown as [string, 'file' | 'base' | 'app' | 'delete' | 'rule', string];
    if (kind === 'rule') {
      alsoOn.push(path);
    } else if (kind === 'file') {
      if (files.some((f) => f.path === path)) throw new Error(`-- file: ${path} appears twice`);
      files.push({ path, lines: [] });
      target = files[files.length - 1]!.lines;
    } else if (kind === 'base') {
      if (bases.some((f) => f.path === path)) throw new Error(`-- base: ${path} appears twice`);
      bases.push({ path, lines: [] });
      target = bases[bases.length - 1]!.lines;
    } else {
      (kind === 'app' ? apps : deleted).push(path);
      target = loose;
    }
  }
  for (const file of bases) base[file.path] = trimBlankLines(file.lines);
  for (const path of deleted) {
    if (!(path in base)) throw new Error(`-- delete: ${path} is not a -- base: file`);
    changes[path] = null;
  }
  for (const path of apps) changes[path] = APP_FILE_CONTENT;
  const looseSql = trimBlankLines(loose);
  if (files.length > 0 && looseSql !== '') {
    throw new Error('SQL outside any -- file: section in a block that has -- file: sections');
  }
  if (looseSql !== '' || (files.length === 0 && deleted.length === 0 && apps.length === 0 && bases.length === 0)) {
    files.push({ path: DEFAULT_MIGRATION, lines: loose });
  }
  for (const file of files) {
    if (file.path in changes) throw new Error(`${file.path} is both a -- file: and an -- app: or -- delete: line`);
    changes[file.path] = trimBlankLines(file.lines);
  }
  return alsoOn.length ? { base, changes, rules: alsoOn } : { base, changes };
}

/** The examples of one page, in order. Any block whose info string starts with `sql` must be an example. */
function readExamples(markdown: string): Example[] {
  return readFences(markdown).flatMap((fence) => {
    const [language, kind, ...rest] = fence.info.split(/\s+/);
    if (language !== 'sql') return [];
    if ((kind !== 'bad' && kind !== 'good') || rest.length > 0) {
      throw new Error(`line ${fence.line}: a sql block's info string is "sql bad" or "sql good", not "${fence.info}"`);
    }
    return [{ kind, line: fence.line, source: fence.body, ...parseExample(fence.body) }];
  });
}

async function runExample(rule: Rule, example: ExamplePullRequest) {
  const repo = await createRepo({
    base: { 'README.md': '# app\n', ...example.base },
    branch: [example.changes],
  });
  try {
    const off = Object.fromEntries(rules.map((r) => [r.meta.id, 'off' as const]));
    const result = await lint({
      cwd: repo.dir,
      base: 'main',
      overrides: {
        rules: { ...off, ...Object.fromEntries((example.rules ?? []).map((id) => [id, 'error' as const])), 'syntax-error': 'error', [rule.meta.id]: onSeverity(rule) },
        ...(rule.meta.verifiesRollback ? { verifyRollback: true } : {}),
      },
    });
    const show = (f: Finding) => `${f.ruleId} ${f.file} ${f.line}:${f.column} ${f.message}`;
    return {
      own: result.findings.filter((f) => f.ruleId === rule.meta.id).map(show),
      syntax: result.findings.filter((f) => f.ruleId === 'syntax-error' && rule.meta.id !== 'syntax-error').map(show),
    };
  } finally {
    await repo.cleanup();
  }
}

function exampleTitle(example: Example): string {
  const summary = example.source
    .split('\n')
    .filter((line) => line.trim() !== '' && !DIRECTIVE.test(line))
    .join(' ')
    .replace(/\s+/g, ' ');
  return `${example.kind} (line ${example.line}): ${summary.length > 70 ? `${summary.slice(0, 69)}…` : summary}`;
}

describe('the example format', () => {
  it('reads a bare block as one migration at the default path', () => {
    expect(parseExample('\nALTER TABLE users ADD COLUMN email_v2 text;\n')).toEqual({
      base: {},
      changes: { [DEFAULT_MIGRATION]: 'ALTER TABLE users ADD COLUMN email_v2 text;\n' },
    });
  });

  it('reads base files, edits, deletions, app files and several new files', () => {
    const block = [
      '-- base: db/migrations/1_a.sql',
      'CREATE TABLE a (id int);',
      '-- comments are SQL',
      '-- base: db/migrations/2_b.sql',
      'CREATE TABLE b (id int);',
      '-- delete: db/migrations/2_b.sql',
      '-- app: src/a.ts',
      '-- file: db/migrations/1_a.sql',
      'CREATE TABLE a (id bigint);',
      '',
      '-- file: db/migrations/3_c.sql',
      '',
    ].join('\n');
    expect(parseExample(block)).toEqual({
      base: { 'db/migrations/1_a.sql': 'CREATE TABLE a (id int);\n-- comments are SQL\n', 'db/migrations/2_b.sql': 'CREATE TABLE b (id int);\n' },
      changes: {
        'db/migrations/2_b.sql': null,
        'src/a.ts': APP_FILE_CONTENT,
        'db/migrations/1_a.sql': 'CREATE TABLE a (id bigint);\n',
        'db/migrations/3_c.sql': '',
      },
    });
  });

  it('reads SQL after base files and an app line as the default migration', () => {
    const block = '-- base: db/migrations/1_a.sql\nCREATE TABLE a (id int);\n-- app: src/a.ts\nDROP TABLE a;';
    expect(parseExample(block).changes).toEqual({ 'src/a.ts': APP_FILE_CONTENT, [DEFAULT_MIGRATION]: 'DROP TABLE a;\n' });
  });

  it('rejects ambiguous blocks', () => {
    expect(() => parseExample('DROP TABLE a;\n-- file: db/migrations/1_a.sql\nDROP TABLE b;')).toThrow(/outside/);
    expect(() => parseExample('-- delete: db/migrations/1_a.sql')).toThrow(/not a -- base/);
    expect(() => parseExample('-- file: x.sql\n-- file: x.sql')).toThrow(/twice/);
  });

  it('ignores fences nested in a longer fence', () => {
    const markdown = '````markdown\n```sql bad\nDROP TABLE a;\n```\n````\n\n```sql good\nSELECT 1;\n```\n';
    expect(readFences(markdown)).toEqual([
      { info: 'markdown', body: '```sql bad\nDROP TABLE a;\n```', line: 1 },
      { info: 'sql good', body: 'SELECT 1;', line: 7 },
    ]);
  });
});

describe('docs/rules/README.md', () => {
  const index = readFileSync(join(DOCS_DIR, 'README.md'), 'utf8');

  it('lists every rule with its default severity', () => {
    const rows = [...index.matchAll(/^\| \[`([a-z0-9-]+)`\]\(([^)]+)\) \| (\w+) \|/gm)].map(([, id, link, severity]) => ({ id, link, severity }));
    expect(rows).toEqual(rules.map((r) => ({ id: r.meta.id, link: `${r.meta.id}.md`, severity: r.meta.severity })));
  });

  it('holds no runnable example, and shows the format with examples the parser reads', () => {
    expect(readExamples(index)).toEqual([]);
    const shown = readFences(index)
      .filter((fence) => fence.info === 'markdown')
      .flatMap((fence) => readExamples(fence.body));
    expect(shown.map((example) => example.kind)).toEqual(['bad', 'bad', 'good', 'bad']);
  });
});

for (const rule of rules) {
  const id = rule.meta.id;
  const page = readFileSync(join(DOCS_DIR, `${id}.md`), 'utf8');

  describe(`docs/rules/${id}.md`, () => {
    const examples = readExamples(page);

    it('has the title, severity and sections of a rule page', () => {
      expect(page.split('\n')[0]).toBe(`# ${id}`);
      expect(page).toContain(`Default severity: **${rule.meta.severity}**.`);
      const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
      expect(headings).toEqual(REQUIRED_SECTIONS);
      expect(page).toMatch(/^### Bad$/m);
      expect(page).toMatch(/^### Good$/m);
      expect(page).toContain(`${id}: `);
    });

    it('has at least one bad and one good example', () => {
      expect(examples.filter((e) => e.kind === 'bad').length).toBeGreaterThan(0);
      expect(examples.filter((e) => e.kind === 'good').length).toBeGreaterThan(0);
    });

    // Each example builds its own repository: they run side by side.
    for (const example of examples) {
      it.concurrent(exampleTitle(example), async ({ expect }) => {
        const { own, syntax } = await runExample(rule, example);
        expect(syntax.join('\n'), 'the SQL of an example must parse').toBe('');
        if (example.kind === 'bad') expect(own.length, `a bad example produces a ${id} finding`).toBeGreaterThan(0);
        else expect(own.join('\n'), `a good example produces no ${id} finding`).toBe('');
      });
    }
  });
}
