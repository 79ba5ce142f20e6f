/** A small SQL lexer, just exact enough to find comments, statement ends and psql-only lines the way PostgreSQL and psql do. */

/**
 * `space` and `comment` are trivia; `unterminated` is a string, quoted name, dollar quote or block comment
 * that runs to the end of the scanned range (an error PostgreSQL reports, so never trivia).
 */
export type TokenKind = 'space' | 'comment' | 'word' | 'string' | 'quoted' | 'dollar' | 'punct' | 'unterminated';

/** Walks the tokens of `text[from, limit)`: call `next()` until it returns false, reading `kind`, `start`, `end`. */
export class SqlScanner {
  kind: TokenKind = 'space';
  start: number;
  /** End of the current token; set it to skip ahead. */
  end: number;
  private readonly text: string;
  private readonly limit: number;

  constructor(text: string, from = 0, limit = text.length) {
    this.text = text;
    this.start = this.end = from;
    this.limit = Math.min(limit, text.length);
  }

  next(): boolean {
    const text = this.text;
    const limit = this.limit;
    const i = this.end;
    if (i >= limit) return false;
    this.start = i;
    const c = text.charCodeAt(i);
    const d = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
    if (isSpace(c)) {
      let j = i + 1;
      while (j < limit && isSpace(text.charCodeAt(j))) j++;
      return this.emit('space', j);
    }
    if (c === DASH && d === DASH) return this.emit('comment', lineEnd(text, i + 2, limit));
    if (c === SLASH && d === STAR) return this.blockComment(i);
    if (c === QUOTE) return this.quoted(i + 1, QUOTE, false, 'string');
    if (c === DOUBLE_QUOTE) return this.quoted(i + 1, DOUBLE_QUOTE, false, 'quoted');
    if (c === DOLLAR) return this.dollar(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < limit && isIdentPart(text.charCodeAt(j))) j++;
      // E'…' is an escape string: a backslash escapes the next character, quotes included.
      if (j === i + 1 && (c === 0x45 || c === 0x65) && d === QUOTE) return this.quoted(i + 2, QUOTE, true, 'string');
      return this.emit('word', j);
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < limit && isNumberPart(text.charCodeAt(j))) j++;
      return this.emit('word', j);
    }
    return this.emit('punct', i + 1);
  }

  private emit(kind: TokenKind, end: number): boolean {
    this.kind = kind;
    this.end = end;
    return true;
  }

  /** Block comments nest in PostgreSQL: `/* a /* b *\/ c *\/` is one comment. */
  private blockComment(i: number): boolean {
    const text = this.text;
    let depth = 1;
    let j = i + 2;
    while (j < this.limit) {
      const c = text.charCodeAt(j);
      const d = j + 1 < this.limit ? text.charCodeAt(j + 1) : -1;
      if (c === SLASH && d === STAR) {
        depth++;
        j += 2;
      } else if (c === STAR && d === SLASH) {
        j += 2;
        if (--depth === 0) return this.emit('comment', j);
      } else {
        j++;
      }
    }
    return this.emit('unterminated', this.limit);
  }

  /** A quoted string or name; a doubled quote stands for itself. */
  private quoted(from: number, quote: number, backslashEscapes: boolean, kind: TokenKind): boolean {
    const text = this.text;
    let j = from;
    while (j < this.limit) {
      const c = text.charCodeAt(j);
      if (backslashEscapes && c === BACKSLASH) {
        j += 2;
      } else if (c === quote) {
        if (j + 1 < this.limit && text.charCodeAt(j + 1) === quote) j += 2;
        else return this.emit(kind, j + 1);
      } else {
        j++;
      }
    }
    return this.emit('unterminated', this.limit);
  }

  /** `$1` is a parameter; `$$…$$` and `$tag$…$tag$` quote everything between them. */
  private dollar(i: number): boolean {
    const text = this.text;
    let j = i + 1;
    if (j < this.limit && isDigit(text.charCodeAt(j))) {
      while (j < this.limit && isDigit(text.charCodeAt(j))) j++;
      return this.emit('word', j);
    }
    if (j < this.limit && isLetter(text.charCodeAt(j))) {
      j++;
      while (j < this.limit && isTagPart(text.charCodeAt(j))) j++;
    }
    if (j >= this.limit || text.charCodeAt(j) !== DOLLAR) return this.emit('punct', i + 1);
    const tag = text.slice(i, j + 1);
    const close = text.indexOf(tag, j + 1);
    if (close === -1 || close + tag.length > this.limit) return this.emit('unterminated', this.limit);
    return this.emit('dollar', close + tag.length);
  }
}

/** True when `text[from, limit)` holds only whitespace and complete comments: nothing for PostgreSQL to run. */
export function isBlankSql(text: string, from = 0, limit = text.length): boolean {
  return skipTrivia(text, from, limit) >= Math.min(limit, text.length);
}

/** The index of the first token at or after `from` that is not whitespace or a comment (`limit` if none). */
export function skipTrivia(text: string, from: number, limit = text.length): number {
  const scanner = new SqlScanner(text, from, limit);
  while (scanner.next()) {
    if (scanner.kind !== 'space' && scanner.kind !== 'comment') return scanner.start;
  }
  return Math.max(from, Math.min(limit, text.length));
}

/** The end of the last token in `text[from, limit)` that is not whitespace or a comment (`from` if none), optionally ignoring trailing `;`. */
export function lastTokenEnd(text: string, from: number, limit = text.length, dropSemicolons = false): number {
  const scanner = new SqlScanner(text, from, limit);
  let end = from;
  let endBeforeSemicolons = from;
  while (scanner.next()) {
    if (scanner.kind === 'space' || scanner.kind === 'comment') continue;
    end = scanner.end;
    if (scanner.kind !== 'punct' || text.charCodeAt(scanner.start) !== SEMICOLON) endBeforeSemicolons = end;
  }
  return dropSemicolons ? endBeforeSemicolons : end;
}

/**
 * The index of the last `;` before `limit` that ends a statement, -1 if none: outside parentheses, quotes and comments,
 * and outside the BEGIN … END body of CREATE FUNCTION/PROCEDURE (psql's own heuristic for SQL-standard bodies).
 */
export function lastStatementEnd(text: string, limit: number): number {
  const scanner = new SqlScanner(text, 0, limit);
  let found = -1;
  let depth = 0;
  let beginDepth = 0;
  let words = 0;
  let head = '';
  while (scanner.next()) {
    if (scanner.kind === 'word') {
      const word = text.slice(scanner.start, scanner.end).toLowerCase();
      // psql keeps the initials of the first four words when they are CREATE, OR, REPLACE, FUNCTION or PROCEDURE.
      if (words++ < 4) head += HEAD_WORDS.has(word) ? word[0] : ' ';
      if (depth === 0 && /^c(?:f|p|or[fp])/.test(head)) {
        if (word === 'begin') beginDepth++;
        else if (word === 'case' && beginDepth > 0) beginDepth++;
        else if (word === 'end' && beginDepth > 0) beginDepth--;
      }
      continue;
    }
    if (scanner.kind !== 'punct') continue;
    const c = text.charCodeAt(scanner.start);
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth = Math.max(0, depth - 1);
    else if (c === SEMICOLON && depth === 0 && beginDepth === 0) {
      found = scanner.start;
      words = 0;
      head = '';
    }
  }
  return found;
}

const HEAD_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);

/**
 * Replaces what psql consumes but PostgreSQL never sees with spaces, keeping every string index and line break:
 * meta-command lines (`\set ON_ERROR_STOP on`, `\connect db`) and the inline data of `COPY … FROM stdin`, up to its `\.` line.
 */
export function blankPsqlLines(text: string): string {
  // Meta-commands start with a backslash, and inline COPY data ends with `\.`: without one there is nothing to blank.
  if (!text.includes('\\')) return text;
  const blanks: Array<[number, number]> = [];
  const scanner = new SqlScanner(text);
  let depth = 0;
  let firstWord = true;
  let isCopy = false;
  let afterFrom = false;
  let fromStdin = false;
  while (scanner.next()) {
    const { kind, start } = scanner;
    if (kind === 'space' || kind === 'comment') continue;
    const c = text.charCodeAt(start);
    if (kind === 'punct' && c === BACKSLASH && startsLine(text, start)) {
      scanner.end = lineEnd(text, start);
      blanks.push([start, scanner.end]);
      continue;
    }
    if (kind === 'punct' && c === SEMICOLON && depth === 0) {
      if (fromStdin) {
        const data = copyDataEnd(text, scanner.end);
        if (data !== null) {
          blanks.push([data.start, data.end]);
          scanner.end = data.end;
        }
      }
      firstWord = true;
      isCopy = afterFrom = fromStdin = false;
      continue;
    }
    if (kind === 'punct' && c === OPEN) depth++;
    if (kind === 'punct' && c === CLOSE) depth = Math.max(0, depth - 1);
    if (kind === 'word') {
      const word = text.slice(start, scanner.end).toLowerCase();
      if (firstWord) isCopy = word === 'copy';
      else if (isCopy && depth === 0) {
        fromStdin ||= afterFrom && word === 'stdin';
        afterFrom = word === 'from';
      }
    } else {
      afterFrom = false;
    }
    firstWord = false;
  }
  if (blanks.length === 0) return text;
  let result = '';
  let last = 0;
  for (const [start, end] of blanks) {
    result += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    last = end;
  }
  return result + text.slice(last);
}

/** psql reads COPY data from the line after the command through a line that is just `\.`; null when that line is missing. */
function copyDataEnd(text: string, afterCommand: number): { start: number; end: number } | null {
  const newline = text.indexOf('\n', afterCommand);
  if (newline === -1) return null;
  for (let line = newline + 1; line < text.length; ) {
    const end = lineEnd(text, line);
    if (text.slice(line, end) === '\\.') return { start: newline + 1, end };
    const next = text.indexOf('\n', end);
    if (next === -1) return null;
    line = next + 1;
  }
  return null;
}

function startsLine(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0b && c !== 0x0c) return false;
  }
  return true;
}

function lineEnd(text: string, from: number, limit = text.length): number {
  let i = from;
  while (i < limit && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  return i;
}

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;
const SLASH = 0x2f;
const STAR = 0x2a;
const QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;
const DOLLAR = 0x24;
const BACKSLASH = 0x5c;
const SEMICOLON = 0x3b;
const OPEN = 0x28;
const CLOSE = 0x29;

/** PostgreSQL's whitespace: space, tab, newline, carriage return, form feed, vertical tab. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** What may start a name: ASCII letters, `_`, and any non-ASCII character. */
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}

/** Identifiers may contain `$` after their first character, so `a$b$` is one name, not a dollar quote. */
function isIdentPart(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === DOLLAR;
}

function isTagPart(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** Digits, a decimal point, exponents, `0x`/`_` forms and any trailing junk PostgreSQL would reject as one token. */
function isNumberPart(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2e;
}
