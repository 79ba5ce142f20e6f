import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sql/scan.ts
var SqlScanner = class {
  kind = "space";
  start;
  /** End of the current token; set it to skip ahead. */
  end;
  text;
  limit;
  constructor(text, from = 0, limit = text.length) {
    this.text = text;
    this.start = this.end = from;
    this.limit = Math.min(limit, text.length);
  }
  next() {
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
      return this.emit("space", j);
    }
    if (c === DASH && d === DASH) return this.emit("comment", lineEnd(text, i + 2, limit));
    if (c === SLASH && d === STAR) return this.blockComment(i);
    if (c === QUOTE) return this.quoted(i + 1, QUOTE, false, "string");
    if (c === DOUBLE_QUOTE) return this.quoted(i + 1, DOUBLE_QUOTE, false, "quoted");
    if (c === DOLLAR) return this.dollar(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < limit && isIdentPart(text.charCodeAt(j))) j++;
      if (j === i + 1 && (c === 69 || c === 101) && d === QUOTE) return this.quoted(i + 2, QUOTE, true, "string");
      return this.emit("word", j);
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < limit && isNumberPart(text.charCodeAt(j))) j++;
      return this.emit("word", j);
    }
    return this.emit("punct", i + 1);
  }
  emit(kind, end) {
    this.kind = kind;
    this.end = end;
    return true;
  }
  /** Block comments nest in PostgreSQL: `/* a /* b *\/ c *\/` is one comment. */
  blockComment(i) {
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
        if (--depth === 0) return this.emit("comment", j);
      } else {
        j++;
      }
    }
    return this.emit("unterminated", this.limit);
  }
  /** A quoted string or name; a doubled quote stands for itself. */
  quoted(from, quote, backslashEscapes, kind) {
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
    return this.emit("unterminated", this.limit);
  }
  /** `$1` is a parameter; `$$…$$` and `$tag$…$tag$` quote everything between them. */
  dollar(i) {
    const text = this.text;
    let j = i + 1;
    if (j < this.limit && isDigit(text.charCodeAt(j))) {
      while (j < this.limit && isDigit(text.charCodeAt(j))) j++;
      return this.emit("word", j);
    }
    if (j < this.limit && isLetter(text.charCodeAt(j))) {
      j++;
      while (j < this.limit && isTagPart(text.charCodeAt(j))) j++;
    }
    if (j >= this.limit || text.charCodeAt(j) !== DOLLAR) return this.emit("punct", i + 1);
    const tag = text.slice(i, j + 1);
    const close = text.indexOf(tag, j + 1);
    if (close === -1 || close + tag.length > this.limit) return this.emit("unterminated", this.limit);
    return this.emit("dollar", close + tag.length);
  }
};
function isBlankSql(text, from = 0, limit = text.length) {
  return skipTrivia(text, from, limit) >= Math.min(limit, text.length);
}
function skipTrivia(text, from, limit = text.length) {
  const scanner = new SqlScanner(text, from, limit);
  while (scanner.next()) {
    if (scanner.kind !== "space" && scanner.kind !== "comment") return scanner.start;
  }
  return Math.max(from, Math.min(limit, text.length));
}
function lastTokenEnd(text, from, limit = text.length, dropSemicolons = false) {
  const scanner = new SqlScanner(text, from, limit);
  let end = from;
  let endBeforeSemicolons = from;
  while (scanner.next()) {
    if (scanner.kind === "space" || scanner.kind === "comment") continue;
    end = scanner.end;
    if (scanner.kind !== "punct" || text.charCodeAt(scanner.start) !== SEMICOLON) endBeforeSemicolons = end;
  }
  return dropSemicolons ? endBeforeSemicolons : end;
}
function lastStatementEnd(text, limit) {
  const scanner = new SqlScanner(text, 0, limit);
  let found = -1;
  let depth = 0;
  let beginDepth = 0;
  let words = 0;
  let head = "";
  while (scanner.next()) {
    if (scanner.kind === "word") {
      const word = text.slice(scanner.start, scanner.end).toLowerCase();
      if (words++ < 4) head += HEAD_WORDS.has(word) ? word[0] : " ";
      if (depth === 0 && /^c(?:f|p|or[fp])/.test(head)) {
        if (word === "begin") beginDepth++;
        else if (word === "case" && beginDepth > 0) beginDepth++;
        else if (word === "end" && beginDepth > 0) beginDepth--;
      }
      continue;
    }
    if (scanner.kind !== "punct") continue;
    const c = text.charCodeAt(scanner.start);
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth = Math.max(0, depth - 1);
    else if (c === SEMICOLON && depth === 0 && beginDepth === 0) {
      found = scanner.start;
      words = 0;
      head = "";
    }
  }
  return found;
}
var HEAD_WORDS = /* @__PURE__ */ new Set(["create", "or", "replace", "function", "procedure"]);
function blankPsqlLines(text) {
  if (!text.includes("\\")) return text;
  const blanks = [];
  const scanner = new SqlScanner(text);
  let depth = 0;
  let firstWord = true;
  let isCopy = false;
  let afterFrom = false;
  let fromStdin = false;
  while (scanner.next()) {
    const { kind, start } = scanner;
    if (kind === "space" || kind === "comment") continue;
    const c = text.charCodeAt(start);
    if (kind === "punct" && c === BACKSLASH && startsLine(text, start)) {
      scanner.end = lineEnd(text, start);
      blanks.push([start, scanner.end]);
      continue;
    }
    if (kind === "punct" && c === SEMICOLON && depth === 0) {
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
    if (kind === "punct" && c === OPEN) depth++;
    if (kind === "punct" && c === CLOSE) depth = Math.max(0, depth - 1);
    if (kind === "word") {
      const word = text.slice(start, scanner.end).toLowerCase();
      if (firstWord) isCopy = word === "copy";
      else if (isCopy && depth === 0) {
        fromStdin ||= afterFrom && word === "stdin";
        afterFrom = word === "from";
      }
    } else {
      afterFrom = false;
    }
    firstWord = false;
  }
  if (blanks.length === 0) return text;
  let result = "";
  let last = 0;
  for (const [start, end] of blanks) {
    result += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, " ");
    last = end;
  }
  return result + text.slice(last);
}
function copyDataEnd(text, afterCommand) {
  const newline = text.indexOf("\n", afterCommand);
  if (newline === -1) return null;
  for (let line = newline + 1; line < text.length; ) {
    const end = lineEnd(text, line);
    if (text.slice(line, end) === "\\.") return { start: newline + 1, end };
    const next = text.indexOf("\n", end);
    if (next === -1) return null;
    line = next + 1;
  }
  return null;
}
function startsLine(text, index) {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF) return true;
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12) return false;
  }
  return true;
}
function lineEnd(text, from, limit = text.length) {
  let i = from;
  while (i < limit && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  return i;
}
var LF = 10;
var CR = 13;
var DASH = 45;
var SLASH = 47;
var STAR = 42;
var QUOTE = 39;
var DOUBLE_QUOTE = 34;
var DOLLAR = 36;
var BACKSLASH = 92;
var SEMICOLON = 59;
var OPEN = 40;
var CLOSE = 41;
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
}
function isIdentPart(c) {
  return isLetter(c) || isDigit(c) || c === DOLLAR;
}
function isTagPart(c) {
  return isLetter(c) || isDigit(c);
}
function isNumberPart(c) {
  return isLetter(c) || isDigit(c) || c === 46;
}

export {
  SqlScanner,
  isBlankSql,
  skipTrivia,
  lastTokenEnd,
  lastStatementEnd,
  blankPsqlLines
};
