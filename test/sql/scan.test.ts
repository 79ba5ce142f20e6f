/** The lexer finds comments, statement ends and psql-only lines as PostgreSQL and psql do, without the parser. */
import { describe, expect, test } from 'vitest';
import { SqlScanner, blankPsqlLines, isBlankSql, lastStatementEnd, lastTokenEnd, skipTrivia } from '../../src/sql/scan.js';

function tokens(text: string): string[] {
  const scanner = new SqlScanner(text);
  const found: string[] = [];
  while (scanner.next()) if (scanner.kind !== 'space') found.push(`${scanner.kind}:${text.slice(scanner.start, scanner.end)}`);
  return found;
}

describe('SqlScanner', () => {
  test('quotes, escapes and dollar quotes', () => {
    expect(tokens(`'a''b' E'c\\'d' "e""f" $$g;$$ $t$h$$i$t$ $1 a$b$`)).toEqual([
      "string:'a''b'",
      "string:E'c\\'d'",
      'quoted:"e""f"',
      'dollar:$$g;$$',
      'dollar:$t$h$$i$t$',
      'word:$1',
      'word:a$b$',
    ]);
  });

  test('comments nest, and -- ends at a line break', () => {
    expect(tokens('/* a /* b */ c */x -- d\r\ny')).toEqual(['comment:/* a /* b */ c */', 'word:x', 'comment:-- d', 'word:y']);
  });

  test('what never closes runs to the end', () => {
    for (const text of ["'abc", '"abc', '$q$ abc $Q$', '/* abc /* */', "E'abc\\'"]) {
      expect(tokens(`x ${text}`)).toEqual(['word:x', `unterminated:${text}`]);
    }
  });
});

describe('trivia', () => {
  test('blank SQL', () => {
    expect(isBlankSql(' -- a\n/* b /* c */ */\n')).toBe(true);
    expect(isBlankSql('/* open')).toBe(false);
    expect(isBlankSql('x')).toBe(false);
  });

  test('first and last tokens', () => {
    const text = '  -- lead\n SELECT 1 ; -- trail\n';
    expect(skipTrivia(text, 0)).toBe(text.indexOf('SELECT'));
    expect(lastTokenEnd(text, 0)).toBe(text.indexOf(';') + 1);
    expect(lastTokenEnd(text, 0, text.length, true)).toBe(text.indexOf('1') + 1);
  });
});

describe('lastStatementEnd', () => {
  test('skips semicolons in parentheses, quotes and function bodies', () => {
    const text = "SELECT (';'); CREATE RULE r AS ON INSERT TO t DO (SELECT 1; SELECT 2); x";
    expect(lastStatementEnd(text, text.length)).toBe(text.indexOf('); x') + 1);
  });

  test('follows psql through BEGIN ATOMIC … END, CASE included', () => {
    const text = 'CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; END; x';
    expect(lastStatementEnd(text, text.length)).toBe(text.lastIndexOf(';'));
    expect(lastStatementEnd(text, text.indexOf('END;'))).toBe(-1);
  });
});

describe('blankPsqlLines', () => {
  test('meta-command lines become spaces; strings that hold backslashes stay', () => {
    const text = "\\set x 1\r\nSELECT '\n\\not a command';\n\t\\connect db\n";
    expect(blankPsqlLines(text)).toBe("        \r\nSELECT '\n\\not a command';\n\t           \n");
  });

  test('COPY … FROM stdin data through the \\. line', () => {
    const text = 'COPY t (a) FROM STDIN;\n1;\n\\.\nSELECT 1;';
    expect(blankPsqlLines(text)).toBe('COPY t (a) FROM STDIN;\n  \n  \nSELECT 1;');
  });

  test('COPY FROM a file, or without a \\. line, is left alone', () => {
    expect(blankPsqlLines("COPY t FROM '/tmp/x';\n\\.\n")).toBe("COPY t FROM '/tmp/x';\n  \n");
    expect(blankPsqlLines('COPY t FROM stdin;\n1\n')).toBe('COPY t FROM stdin;\n1\n');
  });
});
