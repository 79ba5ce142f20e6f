import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sql/locate.ts
var LineIndex = class {
  text;
  found = null;
  constructor(text) {
    this.text = text;
  }
  /** Number of lines; a text that ends with a line break has an empty last line. */
  get lineCount() {
    return this.starts().length;
  }
  /** The 1-based line and column (in UTF-16 code units) of a string index, clamped to the text. */
  positionAt(charIndex) {
    const index = Math.max(0, Math.min(Math.trunc(charIndex) || 0, this.text.length));
    const starts = this.starts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - starts[low] + 1 };
  }
  starts() {
    if (this.found === null) {
      const { text } = this;
      let count = 1;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
      const starts = new Uint32Array(count);
      for (let i = text.indexOf("\n"), line = 1; i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
      this.found = starts;
    }
    return this.found;
  }
};
var ByteMap = class {
  /** Byte offset of each non-ASCII character, ascending. */
  bytes = [];
  /** String index of each non-ASCII character. */
  chars = [];
  /** UTF-8 length of each non-ASCII character. */
  widths = [];
  /** Total UTF-8 length of the text. */
  byteLength;
  text;
  constructor(text) {
    this.text = text;
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        byte++;
        continue;
      }
      const width = code < 2048 ? 2 : isSurrogatePair(text, i) ? 4 : 3;
      this.bytes.push(byte);
      this.chars.push(i);
      this.widths.push(width);
      byte += width;
      if (width === 4) i++;
    }
    this.byteLength = byte;
  }
  /** The string index of a byte offset; an offset inside a multi-byte character maps to that character's start. */
  charIndex(byteOffset) {
    const target = Math.max(0, Math.min(Math.trunc(byteOffset) || 0, this.byteLength));
    const bytes = this.bytes;
    if (bytes.length === 0 || target < bytes[0]) return target;
    let low = 0;
    let high = bytes.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (bytes[mid] <= target) low = mid;
      else high = mid - 1;
    }
    const start = bytes[low];
    const width = this.widths[low];
    const char = this.chars[low];
    if (target < start + width) return char;
    return char + (width === 4 ? 2 : 1) + (target - start - width);
  }
};
var lastMap = null;
function byteToCharIndex(text, byteOffset) {
  if (lastMap === null || lastMap.text !== text) lastMap = new ByteMap(text);
  return lastMap.charIndex(byteOffset);
}
function codePointToCharIndex(text, codePoint) {
  let index = 0;
  for (let remaining = Math.trunc(codePoint) || 0; remaining > 0 && index < text.length; remaining--) {
    index += isSurrogatePair(text, index) ? 2 : 1;
  }
  return index;
}
function isSurrogatePair(text, i) {
  const code = text.charCodeAt(i);
  if (code < 55296 || code > 56319) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 56320 && next <= 57343;
}

export {
  LineIndex,
  ByteMap,
  byteToCharIndex,
  codePointToCharIndex
};
