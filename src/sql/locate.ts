/** Converts parser offsets (UTF-8 bytes, code points) and string indices to the line/column positions findings carry. */
import type { Position } from '../types.js';

/**
 * Line starts of one text, for turning string indices into 1-based line/column (`\n` and `\r\n` end lines). They are
 * found on first use: most files of a large run never have a position asked for.
 */
export class LineIndex {
  readonly text: string;
  private found: Uint32Array | null = null;

  constructor(text: string) {
    this.text = text;
  }

  /** Number of lines; a text that ends with a line break has an empty last line. */
  get lineCount(): number {
    return this.starts().length;
  }

  /** The 1-based line and column (in UTF-16 code units) of a string index, clamped to the text. */
  positionAt(charIndex: number): Position {
    const index = Math.max(0, Math.min(Math.trunc(charIndex) || 0, this.text.length));
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - starts[low]! + 1 };
  }

  private starts(): Uint32Array {
    if (this.found === null) {
      const { text } = this;
      let count = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
      const starts = new Uint32Array(count);
      for (let i = text.indexOf('\n'), line = 1; i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
      this.found = starts;
    }
    return this.found;
  }
}

/**
 * Byte offsets of one text's UTF-8 encoding mapped back to string indices.
 * Built once per text in a single pass; each lookup is a binary search over the non-ASCII characters only,
 * so ASCII text costs one array and no search.
 */
export class ByteMap {
  /** Byte offset of each non-ASCII character, ascending. */
  private readonly bytes: number[] = [];
  /** String index of each non-ASCII character. */
  private readonly chars: number[] = [];
  /** UTF-8 length of each non-ASCII character. */
  private readonly widths: number[] = [];
  /** Total UTF-8 length of the text. */
  readonly byteLength: number;
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        byte++;
        continue;
      }
      const width = code < 0x800 ? 2 : isSurrogatePair(text, i) ? 4 : 3;
      this.bytes.push(byte);
      this.chars.push(i);
      this.widths.push(width);
      byte += width;
      if (width === 4) i++;
    }
    this.byteLength = byte;
  }

  /** The string index of a byte offset; an offset inside a multi-byte character maps to that character's start. */
  charIndex(byteOffset: number): number {
    const target = Math.max(0, Math.min(Math.trunc(byteOffset) || 0, this.byteLength));
    const bytes = this.bytes;
    if (bytes.length === 0 || target < bytes[0]!) return target;
    let low = 0;
    let high = bytes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (bytes[mid]! <= target) low = mid;
      else high = mid - 1;
    }
    const start = bytes[low]!;
    const width = this.widths[low]!;
    const char = this.chars[low]!;
    if (target < start + width) return char;
    return char + (width === 4 ? 2 : 1) + (target - start - width);
  }
}

let lastMap: ByteMap | null = null;

/**
 * The string index of a UTF-8 byte offset into `text` (libpg-query reports locations in bytes).
 * Repeated calls on the same text reuse one `ByteMap`; hold a `ByteMap` yourself to make that explicit.
 */
export function byteToCharIndex(text: string, byteOffset: number): number {
  if (lastMap === null || lastMap.text !== text) lastMap = new ByteMap(text);
  return lastMap.charIndex(byteOffset);
}

/** The string index of a 0-based code point offset (PostgreSQL reports error cursors in characters, not bytes). */
export function codePointToCharIndex(text: string, codePoint: number): number {
  let index = 0;
  for (let remaining = Math.trunc(codePoint) || 0; remaining > 0 && index < text.length; remaining--) {
    index += isSurrogatePair(text, index) ? 2 : 1;
  }
  return index;
}

function isSurrogatePair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
