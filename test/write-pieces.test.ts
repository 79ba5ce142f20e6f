/** stdout written piece by piece: the same text, and no piece that splits a surrogate pair. */
import { describe, expect, it } from 'vitest';
import { writePieces } from '../src/cli.js';

function pieces(text: string, size: number): string[] {
  const written: string[] = [];
  writePieces({ write: (piece: string) => written.push(piece) }, text, size);
  return written;
}

describe('writePieces', () => {
  it('writes the whole text, in pieces of the size asked for', () => {
    expect(pieces('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(pieces('', 4)).toEqual([]);
  });

  it('keeps a surrogate pair in one piece, so each piece encodes to the same UTF-8', () => {
    const text = `abc😀def😀`;
    const written = pieces(text, 4);
    expect(written.join('')).toBe(text);
    expect(written).toEqual(['abc', '😀de', 'f😀']);
    expect(Buffer.concat(written.map((p) => Buffer.from(p, 'utf8'))).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});
