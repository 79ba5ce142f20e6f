import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ByteMap,
  LineIndex,
  codePointToCharIndex
} from "./chunk-HG2KG6FS.js";
import {
  actionsOf,
  exactLength
} from "./chunk-INZQK4TN.js";
import {
  SqlScanner,
  blankPsqlLines,
  isBlankSql,
  lastStatementEnd,
  lastTokenEnd,
  skipTrivia
} from "./chunk-FJ6M4U55.js";
import {
  __require
} from "./chunk-XNDQ27F5.js";

// src/sql/parse.ts
import { setFlagsFromString } from "node:v8";
var parser = null;
async function loadParser() {
  await getParser();
}
function getParser() {
  if (parser === null) {
    setFlagsFromString("--liftoff-only");
    const loading = (async () => {
      const module = typeof __require === "function" ? __require("libpg-query") : await import("libpg-query");
      await module.loadModule();
      return module;
    })();
    loading.catch(() => {
      if (parser === loading) parser = null;
    });
    parser = loading;
  }
  return parser;
}
async function parseSql(fileText, section, lines) {
  const from = clamp(section?.start ?? 0, 0, fileText.length);
  const to = clamp(section?.end ?? fileText.length, from, fileText.length);
  const original = fileText.slice(from, to);
  const sql = toParserInput(original);
  if (isBlankSql(sql)) return { statements: [], error: null };
  const { parseSync } = await getParser();
  const context = { original, sql, bytes: new ByteMap(sql), lines: lines ?? new LineIndex(fileText), offset: from };
  let parsed;
  try {
    parsed = parseSync(sql).stmts;
  } catch (thrown) {
    const at = errorIndex(thrown, sql);
    return {
      statements: at === null ? [] : recoverStatements(context, parseSync, at),
      error: toSyntaxError(context, thrown, at)
    };
  }
  return { statements: toStatements(context, parsed, sql.length), error: null };
}
function sameStatements(a, b) {
  if (a?.error || b?.error) return false;
  return statementsKey(a) === statementsKey(b);
}
function statementsKey(parsed) {
  return JSON.stringify(parsed?.statements.map((s) => ({ [s.type]: s.node })) ?? [], (key, value) => key === "location" ? void 0 : value);
}
async function scanComments(fileText) {
  const sql = toParserInput(fileText);
  const { scanSync } = await getParser();
  try {
    const bytes = new ByteMap(sql);
    return scanSync(sql).tokens.filter((token) => token.tokenName === "SQL_COMMENT" || token.tokenName === "C_COMMENT").map((token) => {
      const start = bytes.charIndex(token.start);
      const end = bytes.charIndex(token.end);
      return { start, end, text: fileText.slice(start, end) };
    });
  } catch {
    const comments = [];
    const scanner = new SqlScanner(sql);
    while (scanner.next()) {
      if (scanner.kind === "comment") comments.push({ start: scanner.start, end: scanner.end, text: fileText.slice(scanner.start, scanner.end) });
    }
    return comments;
  }
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toParserInput(text) {
  let sql = text.includes("\0") ? text.replaceAll("\0", " ") : text;
  sql = sql.replace(LONE_SURROGATE, "\uFFFD");
  return blankPsqlLines(sql);
}
function toStatements(context, raw, inputLength) {
  const { sql, bytes } = context;
  const statements = [];
  const section = { original: context.original, lines: context.lines, offset: context.offset };
  for (const { stmt, stmt_location: location = 0, stmt_len: length = 0 } of raw ?? []) {
    const wrapper = stmt ?? {};
    const [type] = Object.keys(wrapper);
    if (type === void 0) continue;
    const node = internStrings(wrapper[type] ?? {});
    const limit = length > 0 ? bytes.charIndex(location + length) : inputLength;
    const start = skipTrivia(sql, bytes.charIndex(location), limit);
    const end = Math.max(start, lastTokenEnd(sql, start, limit, true));
    statements.push(new ParsedStatement(type, node, actionsOf(type, node), section, start, end));
  }
  return exactLength(statements);
}
var INTERNED_LENGTH = 32;
var interned = /* @__PURE__ */ new Map();
function internStrings(tree) {
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    for (const key in node) {
      const value = node[key];
      if (typeof value === "string") {
        if (value.length > INTERNED_LENGTH) continue;
        const kept = interned.get(value);
        if (kept === void 0) interned.set(value, value);
        else node[key] = kept;
      } else if (value !== null && typeof value === "object") stack.push(value);
    }
  }
  return tree;
}
var ParsedStatement = class {
  constructor(type, node, actions, section, start, end) {
    this.type = type;
    this.node = node;
    this.actions = actions;
    this.section = section;
    this.start = start;
    this.end = end;
  }
  type;
  node;
  actions;
  section;
  start;
  end;
  get text() {
    return this.section.original.slice(this.start, this.end);
  }
  get range() {
    return rangeOf(this.section, this.start, this.end);
  }
};
function recoverStatements(context, parseSync, errorAt) {
  let limit = errorAt;
  for (let attempt = 0; attempt < 3; attempt++) {
    const cut = lastStatementEnd(context.sql, limit);
    if (cut < 0) return [];
    const prefix = context.sql.slice(0, cut + 1);
    try {
      return toStatements(context, parseSync(prefix).stmts, prefix.length);
    } catch (thrown) {
      const next = errorIndex(thrown, prefix);
      if (next === null) return [];
      limit = Math.min(next, cut);
    }
  }
  return [];
}
function errorIndex(thrown, text) {
  const details = thrown?.sqlDetails;
  const cursor = details?.cursorPosition;
  if (typeof cursor !== "number" || !Number.isFinite(cursor) || cursor < 0) return null;
  const index = codePointToCharIndex(text, cursor);
  if (index === 0 && skipTrivia(text, 0) !== 0) return null;
  return index;
}
function toSyntaxError(context, thrown, at) {
  const { sql } = context;
  const sqlEnd = lastTokenEnd(sql, 0);
  const start = Math.min(at ?? sqlEnd, sqlEnd);
  let end = start;
  const c = sql.charCodeAt(start);
  if (start < sql.length && c !== 10 && c !== 13) {
    const next = sql.charCodeAt(start + 1);
    end = start + (c >= 55296 && c <= 56319 && next >= 56320 && next <= 57343 ? 2 : 1);
  }
  return { message: messageOf(thrown), range: rangeOf(context, start, end) };
}
function messageOf(thrown) {
  if (thrown instanceof Error && thrown.message) return thrown.message;
  if (typeof thrown === "string" && thrown) return thrown;
  return "the SQL parser failed";
}
function rangeOf(context, start, end) {
  return { start: context.lines.positionAt(context.offset + start), end: context.lines.positionAt(context.offset + end) };
}
function clamp(value, low, high) {
  return Math.max(low, Math.min(Number.isFinite(value) ? Math.trunc(value) : low, high));
}

export {
  loadParser,
  parseSql,
  sameStatements,
  scanComments
};
