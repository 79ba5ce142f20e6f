/** Positions: string indices to line/column, UTF-8 byte offsets and code points to string indices. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ByteMap, LineIndex, byteToCharIndex, codePointToCharIndex } from '../../src/sql/locate.js';

/** Well-formed text from any code points (fast-check's own `binary` unit is slow to warm up). */
function unicode(maxLength = 40): fc.Arbitrary<string> {
  const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }));
  return fc.array(codePoint, { maxLength }).map((codes) => String.fromCodePoint(...codes));
}

describe('LineIndex', () => {
  test('lines and columns are 1-based', () => {
    const lines = new LineIndex('ab\ncd\n');
    expect(lines.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(lines.positionAt(2)).toEqual({ line: 1, column: 3 });
    expect(lines.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(lines.positionAt(6)).toEqual({ line: 3, column: 1 });
    expect(lines.lineCount).toBe(3);
  });

  test('CRLF ends a line like LF', () => {
    const lines = new LineIndex('a\r\nbc\r\nd');
    expect(lines.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(lines.positionAt(4)).toEqual({ line: 2, column: 2 });
    expect(lines.positionAt(7)).toEqual({ line: 3, column: 1 });
  });

  test('columns count UTF-16 code units', () => {
    const lines = new LineIndex('é😀x\n日本y');
    expect(lines.positionAt(3)).toEqual({ line: 1, column: 4 });
    expect(lines.positionAt(7)).toEqual({ line: 2, column: 3 });
  });

  test('indices outside the text are clamped', () => {
    const lines = new LineIndex('ab\nc');
    expect(lines.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(lines.positionAt(99)).toEqual({ line: 2, column: 2 });
  });

  test('empty text has one line', () => {
    expect(new LineIndex('').positionAt(0)).toEqual({ line: 1, column: 1 });
  });
});

describe('byteToCharIndex', () => {
  test('ASCII bytes are characters', () => {
    expect(byteToCharIndex('SELECT 1', 7)).toBe(7);
  });

  test('2-, 3- and 4-byte characters', () => {
    const text = 'é日😀x';
    expect(byteToCharIndex(text, 0)).toBe(0);
    expect(byteToCharIndex(text, 2)).toBe(1);
    expect(byteToCharIndex(text, 5)).toBe(2);
    expect(byteToCharIndex(text, 9)).toBe(4);
    expect(byteToCharIndex(text, 10)).toBe(5);
  });

  test('an offset inside a character maps to its start', () => {
    expect(byteToCharIndex('a😀b', 2)).toBe(1);
  });

  test('offsets past the end are clamped', () => {
    expect(new ByteMap('é').charIndex(10)).toBe(1);
  });

  test('agrees with Buffer for any text', () => {
    fc.assert(
      fc.property(unicode(), fc.nat(), (text, pick) => {
        const map = new ByteMap(text);
        const chars = Array.from(text);
        const cut = chars.length === 0 ? 0 : pick % (chars.length + 1);
        const prefix = chars.slice(0, cut).join('');
        expect(map.charIndex(Buffer.byteLength(prefix, 'utf8'))).toBe(prefix.length);
        expect(map.byteLength).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('codePointToCharIndex', () => {
  test('a surrogate pair is one code point', () => {
    expect(codePointToCharIndex('😀😀x', 2)).toBe(4);
    expect(codePointToCharIndex('é日x', 2)).toBe(2);
    expect(codePointToCharIndex('ab', 9)).toBe(2);
  });
});
