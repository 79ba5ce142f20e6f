import { describe, expect, it } from 'vitest';
import { render } from '../../src/reporters/text.js';
import { makeFinding, makeMigration, makeResult, makeSampleResult } from './fixture.js';

const plain = { color: false };

/** Renders one finding on `source` and returns its source line and marker line. */
function renderSnippet(source: string, fields: { line?: number; column: number; endLine?: number; endColumn: number }): string[] {
  const file = 'm.sql';
  const line = fields.line ?? 1;
  const output = render(
    makeResult({ findings: [makeFinding({ file, line, endLine: line, ...fields, help: '' })], sources: { [file]: source } }),
    plain,
  );
  return output.split('\n').slice(2, 4);
}

describe('text reporter', () => {
  it('renders the sample: tab expanded, wide characters, a range running onto the next line', () => {
    expect(render(makeSampleResult(), plain)).toBe(
      [
        'db/migrations/000002_index_users_email.up.sql:2:1  error  require-concurrent-index',
        '  Building users_email_idx blocks every write to "users" until it finishes (SHARE lock).',
        '  2 | CREATE INDEX users_email_idx ON users (email);',
        '    | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '  help: CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
        '',
        'db/migrations/000003_rename_naïve_column.up.sql:1:13  warning  ban-column-rename',
        '  Running code that reads "naïve_名前" fails as soon as the rename commits.',
        '  1 | ALTER   TABLE "naïve_名前" RENAME COLUMN a',
        '    |               ^~~~~~~~~~~~~~~~~~~~~~~~~~~~',
        '  help: Add the new column, write to both, backfill, then drop the old one in a later release.',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('colours severities, rule ids, the location and the marker only when asked', () => {
    const result = makeResult({
      findings: [makeFinding({ file: 'a.sql', line: 1, column: 1, help: 'h', message: 'm' })],
      sources: { 'a.sql': 'x' },
    });
    expect(render(result, { color: true })).toBe(
      [
        '\x1b[1ma.sql:1:1\x1b[22m  \x1b[31merror\x1b[39m  \x1b[2mrequire-concurrent-index\x1b[22m',
        '  m',
        '  1 | x',
        '    | \x1b[31m^\x1b[39m',
        '  help: h',
        '',
        '\x1b[31m\x1b[1m✖ 1 problem (1 error, 0 warnings)\x1b[22m\x1b[39m',
        '',
      ].join('\n'),
    );
    expect(render(result, plain)).not.toContain('\x1b');
  });

  it('counts warnings in yellow when there are no errors', () => {
    const result = makeResult({ findings: [makeFinding({ file: 'a.sql', line: 1, column: 1, severity: 'warning' })] });
    expect(render(result, { color: true }).split('\n').at(-2)).toBe(
      '\x1b[33m\x1b[1m✖ 1 problem (0 errors, 1 warning)\x1b[22m\x1b[39m',
    );
  });

  it('says how many migrations were clean', () => {
    const migrations = [makeMigration('db/1_a.up.sql'), makeMigration('db/2_b.up.sql')];
    expect(render(makeResult({ migrations }), plain)).toBe('✔ No problems in 2 migrations.\n');
    expect(render(makeResult({ migrations: migrations.slice(1) }), plain)).toBe('✔ No problems in 1 migration.\n');
    expect(render(makeResult({ migrations }), { color: true })).toBe('\x1b[32m✔ No problems in 2 migrations.\x1b[39m\n');
  });

  it('counts an up and its rollback file as one migration', () => {
    const migrations = [
      makeMigration('db/1_a.up.sql', { rollback: 'db/1_a.down.sql' }),
      makeMigration('db/1_a.down.sql', { direction: 'down' }),
      makeMigration('db/2_b.sql', { direction: 'both', rollback: 'db/2_b.sql' }),
    ];
    expect(render(makeResult({ migrations }), plain)).toBe('✔ No problems in 2 migrations.\n');
  });

  it('names the base it compared with: the ref and its short sha', () => {
    const result = makeResult({ baseRef: 'origin/main', migrations: [makeMigration('db/1_a.up.sql')] });
    expect(render(result, plain)).toBe(`✔ No problems in 1 migration (base: origin/main at ${result.base!.slice(0, 7)}).\n`);
    const failing = makeResult({ baseRef: 'main', findings: [makeFinding({ file: 'a.sql', line: 1, column: 1 })] });
    expect(render(failing, plain).split('\n').at(-2)).toMatch(/^✖ 1 problem \(1 error, 0 warnings\) \(base: main at [0-9a-f]{7}\)$/);
  });

  it('shows a notice about the run instead of "no problems in 0 migrations"', () => {
    const result = makeResult({ baseRef: 'main', notices: ['HEAD is behind main.'] });
    expect(render(result, plain)).toBe('warning: HEAD is behind main.\n');
  });

  it('expands tabs to stops of 4 so the marker stays under its text', () => {
    expect(renderSnippet('\ta\tbc\td', { column: 4, endColumn: 6 })).toEqual([
      '  1 |     a   bc  d',
      '    |         ^~',
    ]);
    expect(renderSnippet('ab\tc', { column: 3, endColumn: 4 })).toEqual(['  1 | ab  c', '    |   ^~']);
  });

  it('measures wide characters, emoji and combining marks in terminal columns, not UTF-16 units', () => {
    // 日本 are 2 units and 4 columns; 😀 is 2 units and 2 columns; e + U+0301 is 2 units and 1 column.
    expect(renderSnippet("'日本' || '😀' || 'e\u0301' || x", { column: 23, endColumn: 24 })).toEqual([
      "  1 | '日本' || '😀' || 'e\u0301' || x",
      '    |                        ^',
    ]);
    expect(renderSnippet("'日本' x", { column: 2, endColumn: 4 })).toEqual(["  1 | '日本' x", '    |  ^~~~']);
  });

  it('marks a range that spans lines to the end of its first line', () => {
    expect(renderSnippet('SELECT 1,\n  2;', { column: 8, endLine: 2, endColumn: 4 })).toEqual([
      '  1 | SELECT 1,',
      '    |        ^~',
    ]);
  });

  it('marks one column for an empty range and just past the end of the line for a column past it', () => {
    expect(renderSnippet('abc', { column: 2, endColumn: 2 })).toEqual(['  1 | abc', '    |  ^']);
    expect(renderSnippet('abc', { column: 4, endColumn: 4 })).toEqual(['  1 | abc', '    |    ^']);
  });

  it('strips the CR of CRLF line ends and widens the gutter for long line numbers', () => {
    const source = 'x\r\n'.repeat(11) + 'ab;\r\n';
    expect(renderSnippet(source, { line: 12, column: 2, endColumn: 3 })).toEqual(['  12 | ab;', '     |  ^']);
  });

  it('shows a window of a long line around the marker, with an ellipsis on each cut side', () => {
    const line = 'a'.repeat(200) + 'TARGET' + 'b'.repeat(200);
    const [source, marker] = renderSnippet(line, { column: 201, endColumn: 207 });
    expect(source).toBe(`  1 | …${'a'.repeat(24)}TARGET${'b'.repeat(68)}…`);
    expect(marker).toBe(`    | ${' '.repeat(25)}^~~~~~`);
    expect([...source!.slice('  1 | '.length)].length).toBe(100);
  });

  it('keeps the start of a long line when the marker is near it, and underlines the ellipsis of a cut range', () => {
    const [source, marker] = renderSnippet('x'.repeat(150), { column: 3, endColumn: 151 });
    expect(source).toBe(`  1 | ${'x'.repeat(99)}…`);
    expect(marker).toBe(`    |   ^${'~'.repeat(97)}`);
  });

  it('shows no snippet when the file text or the line is missing', () => {
    const findings = [
      makeFinding({ file: 'gone.sql', line: 1, column: 1, help: '' }),
      makeFinding({ file: 'short.sql', line: 5, column: 1, help: '' }),
    ];
    expect(render(makeResult({ findings, sources: { 'short.sql': 'x\n' } }), plain).split('\n')).toEqual([
      'gone.sql:1:1  error  require-concurrent-index',
      '  Building the index blocks every write to "users" until it finishes (SHARE lock).',
      '',
      'short.sql:5:1  error  require-concurrent-index',
      '  Building the index blocks every write to "users" until it finishes (SHARE lock).',
      '',
      '✖ 2 problems (2 errors, 0 warnings)',
      '',
    ]);
  });

  it('indents multi-line messages and help under their first line', () => {
    const finding = makeFinding({ file: 'a.sql', line: 1, column: 1, message: 'one\ntwo', help: 'BEGIN;\r\nCOMMIT;' });
    expect(render(makeResult({ findings: [finding] }), plain).split('\n').slice(1, 5)).toEqual([
      '  one',
      '  two',
      '  help: BEGIN;',
      '        COMMIT;',
    ]);
  });

  it('prints control characters and bidi overrides from migrations as visible placeholders', () => {
    const finding = makeFinding({
      file: 'evil\n.sql',
      line: 1,
      column: 1,
      message: 'table "\x1b[2J"',
      help: 'x\u202ey',
    });
    const output = render(
      makeResult({ findings: [finding], sources: { 'evil\n.sql': "SELECT '\x1b[31m\x7f';" } }),
      plain,
    );
    expect(output).not.toMatch(/[\x1b\x7f\u202e]/);
    expect(output.split('\n').slice(0, 5)).toEqual([
      'evil␊.sql:1:1  error  require-concurrent-index',
      '  table "␛[2J"',
      "  1 | SELECT '␛[31m␡';",
      '    | ^',
      '  help: x\ufffdy',
    ]);
  });
});
