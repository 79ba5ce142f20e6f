/** parseSql finds every statement and syntax error at its exact place in the file, for any text, without throwing. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineIndex } from '../../src/sql/locate.js';
import { loadParser, parseSql } from '../../src/sql/parse.js';
import type { ParsedSql } from '../../src/sql/parse.js';
import type { Position, Range } from '../../src/types.js';

/** Well-formed text from any code points (fast-check's own `binary` unit is slow to warm up). */
function unicode(maxLength = 40): fc.Arbitrary<string> {
  const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }));
  return fc.array(codePoint, { maxLength }).map((codes) => String.fromCodePoint(...codes));
}

/** The string index of a position, to check ranges against the text they came from. */
function indexOf(text: string, position: Position): number {
  let index = 0;
  for (let line = 1; line < position.line; line++) index = text.indexOf('\n', index) + 1;
  return index + position.column - 1;
}

function sliceOf(text: string, range: Range): string {
  return text.slice(indexOf(text, range.start), indexOf(text, range.end));
}

function at(line: number, column: number): Position {
  return { line, column };
}

/** Every range lies in the text, and each statement's text is what its range covers. */
function expectConsistent(text: string, parsed: ParsedSql): void {
  const lineCount = text.split('\n').length;
  const ranges = parsed.statements.map((s) => s.range);
  if (parsed.error) ranges.push(parsed.error.range);
  for (const range of ranges) {
    for (const { line, column } of [range.start, range.end]) {
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lineCount);
      expect(column).toBeGreaterThanOrEqual(1);
      expect(column).toBeLessThanOrEqual((text.split('\n')[line - 1] ?? '').length + 1);
    }
    expect(indexOf(text, range.start)).toBeLessThanOrEqual(indexOf(text, range.end));
  }
  for (const statement of parsed.statements) expect(sliceOf(text, statement.range)).toBe(statement.text);
}

describe('blank SQL', () => {
  test.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n  '],
    ['line comments', '-- up\n-- nothing to do\n'],
    ['nested block comments', '/* outer /* inner */ still a comment */\n'],
    ['psql meta-commands only', '\\set ON_ERROR_STOP on\n  \\connect app\n'],
    ['a lone semicolon', ';\n'],
  ])('%s: no statements, no error', async (_name, text) => {
    expect(await parseSql(text)).toEqual({ statements: [], error: null });
  });

  test('an unterminated block comment is an error, not a comment', async () => {
    const parsed = await parseSql('SELECT 1;\n/* never closed');
    expect(parsed.error?.message).toMatch(/unterminated \/\* comment/);
    expect(parsed.error?.range.start).toEqual(at(2, 1));
    expect(parsed.statements.map((s) => s.text)).toEqual(['SELECT 1']);
  });
});

describe('statements', () => {
  test('type, node, trimmed text and range from the first token to the last', async () => {
    const text = '-- create\nCREATE TABLE t (a int);\n\n  /* then */ DROP TABLE u -- gone\n';
    const parsed = await parseSql(text);
    expect(parsed.error).toBeNull();
    expect(parsed.statements.map((s) => [s.type, s.text, s.range])).toEqual([
      ['CreateStmt', 'CREATE TABLE t (a int)', { start: at(2, 1), end: at(2, 23) }],
      ['DropStmt', 'DROP TABLE u', { start: at(4, 14), end: at(4, 26) }],
    ]);
    expect(parsed.statements[0]?.node.relation.relname).toBe('t');
    expectConsistent(text, parsed);
  });

  test('a comment before the semicolon is not part of the statement', async () => {
    const parsed = await parseSql('SELECT 1 -- one\n;');
    expect(parsed.statements[0]?.text).toBe('SELECT 1');
  });

  test('non-ASCII text before a statement: exact line and column', async () => {
    const text = "-- é 日本 😀\nINSERT INTO t VALUES ('😀😀'); UPDATE t SET a = 'é';\nDELETE FROM t";
    const parsed = await parseSql(text);
    expect(parsed.error).toBeNull();
    expect(parsed.statements.map((s) => s.range)).toEqual([
      { start: at(2, 1), end: at(2, 30) },
      { start: at(2, 32), end: at(2, 52) },
      { start: at(3, 1), end: at(3, 14) },
    ]);
    expectConsistent(text, parsed);
  });

  test('CRLF line endings', async () => {
    const text = 'CREATE TABLE t (a int);\r\n\r\nALTER TABLE t\r\n  ADD COLUMN b int;\r\n';
    const parsed = await parseSql(text);
    expect(parsed.statements.map((s) => s.range)).toEqual([
      { start: at(1, 1), end: at(1, 23) },
      { start: at(3, 1), end: at(4, 19) },
    ]);
    expect(parsed.statements[1]?.text).toBe('ALTER TABLE t\r\n  ADD COLUMN b int');
  });

  test('dollar-quoted bodies containing semicolons stay in one statement', async () => {
    const text = [
      'CREATE FUNCTION f() RETURNS trigger AS $$',
      'BEGIN',
      "  NEW.a := 'x;y';",
      '  RETURN NEW;',
      'END;',
      '$$ LANGUAGE plpgsql;',
      'DO $body$ BEGIN PERFORM $$;$$; END $body$;',
      'SELECT 1;',
    ].join('\n');
    const parsed = await parseSql(text);
    expect(parsed.error).toBeNull();
    expect(parsed.statements.map((s) => [s.type, s.range.start.line, s.range.end.line])).toEqual([
      ['CreateFunctionStmt', 1, 6],
      ['DoStmt', 7, 7],
      ['SelectStmt', 8, 8],
    ]);
    expectConsistent(text, parsed);
  });

  test('BEGIN ATOMIC bodies hold semicolons too', async () => {
    const parsed = await parseSql('CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;\nSELECT 3;');
    expect(parsed.statements.map((s) => s.type)).toEqual(['CreateFunctionStmt', 'SelectStmt']);
  });

  test('identifiers with $ and E strings with escaped quotes do not confuse statement bounds', async () => {
    const text = "SELECT a$b$ FROM t; SELECT E'it\\'s; fine', 'x''y;';\nSELECT \"odd;\"\"name\" FROM t";
    const parsed = await parseSql(text);
    expect(parsed.error).toBeNull();
    expect(parsed.statements.map((s) => s.text)).toEqual([
      'SELECT a$b$ FROM t',
      "SELECT E'it\\'s; fine', 'x''y;'",
      'SELECT "odd;""name" FROM t',
    ]);
  });

  test('psql meta-commands are blanked out, keeping positions', async () => {
    const text = "\\set ON_ERROR_STOP on\nCREATE TABLE t (a text);\n  \\echo 'done\nSELECT '\\not a command';\n";
    const parsed = await parseSql(text);
    expect(parsed.error).toBeNull();
    expect(parsed.statements.map((s) => [s.type, s.range.start])).toEqual([
      ['CreateStmt', at(2, 1)],
      ['SelectStmt', at(4, 1)],
    ]);
  });

  test('inline COPY … FROM stdin data up to \\. is not SQL', async () => {
    const text = 'COPY t (a, b) FROM stdin;\n1\tone; two\n2\t\\N\n\\.\nCREATE INDEX i ON t (a);\n';
    const parsed = await parseSql(text);
    expect(parsed.error).toBeNull();
    expect(parsed.statements.map((s) => [s.type, s.range.start.line])).toEqual([
      ['CopyStmt', 1],
      ['IndexStmt', 5],
    ]);
  });

  test('NUL characters do not end the SQL early', async () => {
    const parsed = await parseSql('SELECT 1;\0 SELEC');
    expect(parsed.error?.message).toBe('syntax error at or near "SELEC"');
    expect(parsed.error?.range.start).toEqual(at(1, 12));
  });
});

describe('sections', () => {
  const file = [
    '-- +goose Up',
    'CREATE TABLE é (a int);',
    'CREATE INDEX i ON é (a);',
    '-- +goose Down',
    'DROP INDEX i;',
    'DROP TABLE é;',
    '',
  ].join('\n');
  const downStart = file.indexOf('-- +goose Down');

  test('positions are true to the whole file', async () => {
    const lines = new LineIndex(file);
    const up = await parseSql(file, { start: 0, end: downStart }, lines);
    const down = await parseSql(file, { start: downStart, end: file.length }, lines);
    expect(up.statements.map((s) => [s.type, s.range.start])).toEqual([
      ['CreateStmt', at(2, 1)],
      ['IndexStmt', at(3, 1)],
    ]);
    expect(down.statements.map((s) => [s.type, s.range])).toEqual([
      ['DropStmt', { start: at(5, 1), end: at(5, 13) }],
      ['DropStmt', { start: at(6, 1), end: at(6, 13) }],
    ]);
    expectConsistent(file, down);
  });

  test('a syntax error in a section points into the file', async () => {
    const broken = file.replace('DROP TABLE', 'DROP TABEL');
    const down = await parseSql(broken, { start: downStart, end: broken.length });
    expect(down.error).toEqual({ message: 'syntax error at or near "TABEL"', range: { start: at(6, 6), end: at(6, 7) } });
    expect(down.statements.map((s) => s.text)).toEqual(['DROP INDEX i']);
  });

  test('a section in the middle of a line', async () => {
    const text = 'xx SELEC 1; yy';
    const parsed = await parseSql(text, { start: 3, end: 11 });
    expect(parsed.error?.range.start).toEqual(at(1, 4));
  });

  test('an empty section', async () => {
    expect(await parseSql('SELECT 1;', { start: 4, end: 4 })).toEqual({ statements: [], error: null });
  });
});

describe('syntax errors', () => {
  test('non-ASCII text before the error: exact line and column', async () => {
    const text = "SELECT 'é日本😀';\n-- 😀😀 comment\nSELECT '😀' FROM FROM t;";
    const parsed = await parseSql(text);
    expect(parsed.error).toEqual({ message: 'syntax error at or near "FROM"', range: { start: at(3, 18), end: at(3, 19) } });
    expectConsistent(text, parsed);
  });

  test('an error on the first token', async () => {
    const parsed = await parseSql('SELEC 1');
    expect(parsed.error?.range).toEqual({ start: at(1, 1), end: at(1, 2) });
  });

  test('CRLF before the error', async () => {
    const parsed = await parseSql('SELECT 1;\r\n\r\nALTER TABLE t ADD COLUMN;\r\n');
    expect(parsed.error?.range.start).toEqual(at(3, 25));
  });

  test('statements before the error keep their facts', async () => {
    const text = 'CREATE TABLE a (x int);\nALTER TABLE a ADD COLUMN y int;\nALTER TABLE a DROP COLUM y;\nDROP TABLE a;\n';
    const parsed = await parseSql(text);
    expect(parsed.error?.message).toBe('syntax error at or near "y"');
    expect(parsed.error?.range.start).toEqual(at(3, 26));
    expect(parsed.statements.flatMap((s) => s.actions.map((a) => a.kind))).toEqual(['create-table', 'add-column']);
    expectConsistent(text, parsed);
  });

  test('an error inside a BEGIN ATOMIC body keeps the statements before the function', async () => {
    const parsed = await parseSql('SELECT 1;\nCREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELEC 2; END;');
    expect(parsed.error?.range.start).toEqual(at(2, 69));
    expect(parsed.statements.map((s) => s.text)).toEqual(['SELECT 1']);
  });

  test('"at end of input" points at the end of the last token, not at trailing blank lines', async () => {
    const parsed = await parseSql('SELECT 1;\nALTER TABLE t ADD COLUMN c int DEFAULT\n\n-- trailing comment\n\n');
    expect(parsed.error).toEqual({ message: 'syntax error at end of input', range: { start: at(2, 39), end: at(2, 39) } });
  });

  test.each([
    ['unterminated quoted string', "SELECT 1;\nSELECT 'é;\nSELECT 2;", at(2, 8)],
    ['unterminated dollar-quoted string', 'SELECT $$ never closed;', at(1, 8)],
    ['unterminated quoted identifier', 'SELECT "a', at(1, 8)],
    ['trailing junk after numeric literal', 'SELECT 123abc;', at(1, 8)],
  ])('%s', async (message, text, start) => {
    const parsed = await parseSql(text);
    expect(parsed.error?.message).toContain(message);
    expect(parsed.error?.range.start).toEqual(start);
  });

  test('a parser failure that is not a syntax error still comes back as an error', async () => {
    const text = `SELECT ${Array.from({ length: 50_000 }, () => '1').join('+')};`;
    const parsed = await parseSql(text);
    expect(parsed.error).not.toBeNull();
    expect(parsed.statements).toEqual([]);
  });
});

describe('loadParser', () => {
  test('is idempotent', async () => {
    await Promise.all([loadParser(), loadParser()]);
    await loadParser();
    expect((await parseSql('SELECT 1')).statements).toHaveLength(1);
  });
});

describe('never throws', () => {
  const corpus = [
    'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
    "ALTER TABLE users ADD COLUMN name text DEFAULT 'é' NOT NULL;\nCREATE INDEX CONCURRENTLY users_name ON users (name);",
    'CREATE FUNCTION f() RETURNS int AS $f$ BEGIN RETURN 1; END $f$ LANGUAGE plpgsql;\r\nDROP TABLE old;',
    "-- 😀 comment\n/* block /* nested */ */ UPDATE users SET name = E'a\\'b' WHERE id = $1;",
    '\\set ON_ERROR_STOP on\nCOPY users FROM stdin;\n1\tx\n\\.\nSELECT "quoted;name" FROM users;',
  ];
  const pieces = ['SELECT', 'CREATE TABLE t (a int)', ' ', '\n', '\r\n', ';', "'", '"', '$$', '$a$', 'E\'', '\\', '\\set x\n', '--', '/*', '*/', '(', ')', 'é', '日本', '😀', '\uD800', '\0', 'BEGIN ATOMIC', 'COPY t FROM stdin;\n', '\\.'];
  const sqlish = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));
  const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 60 }).map((codes) => String.fromCharCode(...codes));
  const mutated = fc
    .tuple(
      fc.constantFrom(...corpus),
      fc.array(fc.tuple(fc.nat(), fc.boolean(), unicode(3)), { minLength: 1, maxLength: 4 }),
    )
    .map(([sql, edits]) =>
      edits.reduce((text, [position, remove, insert]) => {
        const i = position % (text.length + 1);
        return remove ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + insert + text.slice(i);
      }, sql),
    );

  test('for random and mutated SQL, every range lies in the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(sqlish, utf16, unicode(), mutated), async (text) => {
        const parsed = await parseSql(text);
        expectConsistent(text, parsed);
        // Each statement's text is the whole statement: parsed alone, it is the same one statement.
        for (const statement of parsed.statements) {
          const alone = await parseSql(statement.text);
          expect(alone.error).toBeNull();
          expect(alone.statements.map((s) => s.type)).toEqual([statement.type]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('in a section, every range lies in the section', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(sqlish, mutated), fc.constantFrom('', '-- up\n', 'SELECT 1;\r\n'), async (sql, before) => {
        const file = `${before}${sql}\n-- +goose Down\nSELECT 1;\n`;
        const section = { start: before.length, end: before.length + sql.length };
        const parsed = await parseSql(file, section);
        expectConsistent(file, parsed);
        const lines = new LineIndex(file);
        const first = lines.positionAt(section.start);
        const last = lines.positionAt(section.end);
        for (const range of [...parsed.statements.map((s) => s.range), ...(parsed.error ? [parsed.error.range] : [])]) {
          expect(indexOf(file, range.start)).toBeGreaterThanOrEqual(indexOf(file, first));
          expect(indexOf(file, range.end)).toBeLessThanOrEqual(indexOf(file, last));
        }
      }),
      { numRuns: 200 },
    );
  });
});
