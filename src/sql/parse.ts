/** Parses migration SQL with PostgreSQL's own parser (libpg-query, loaded on first use) into statements with file positions and facts. */
import { setFlagsFromString } from 'node:v8';
import type { Range } from '../types.js';
import { exactLength } from '../exact-length.js';
import { actionsOf } from './facts.js';
import type { Action } from './facts.js';
import { ByteMap, LineIndex, codePointToCharIndex } from './locate.js';
import { blankPsqlLines, isBlankSql, lastStatementEnd, lastTokenEnd, skipTrivia, SqlScanner } from './scan.js';

export type { Action, ConstraintType, Phase } from './facts.js';

/** One SQL statement of a migration. */
export interface SqlStatement {
  /** AST node type, e.g. `AlterTableStmt`, `CreateStmt`, `IndexStmt`. */
  type: string;
  /** The node body (the value under the type key), straight from libpg-query. */
  node: Record<string, any>;
  /** The statement's SQL text, trimmed, without its trailing semicolon: the file's text at `range`. */
  text: string;
  /** Where it is in the whole file (not the section): from its first token to the end of its last. */
  range: Range;
  /** What it does, for the rules. */
  actions: Action[];
}

/** SQL that PostgreSQL rejects. */
export interface SqlSyntaxError {
  /** PostgreSQL's message, e.g. `syntax error at or near "SELEC"`. */
  message: string;
  /** The character PostgreSQL points at (empty at the end of a line or of the SQL). */
  range: Range;
  /** The language whose parser rejected the file, when it is not SQL (`JavaScript`, `TypeScript`, `Python`). */
  language?: string;
}

/** The statements of a migration's SQL, and the first syntax error if any. */
export interface ParsedSql {
  /** Every statement when the SQL parses; when it does not, the complete statements before the error. */
  statements: SqlStatement[];
  error: SqlSyntaxError | null;
}

type Parser = typeof import('libpg-query');
type ParseSync = Parser['parseSync'];
type RawStatements = ReturnType<ParseSync>['stmts'];

let parser: Promise<Parser> | null = null;

/**
 * Loads libpg-query and its WebAssembly once; later calls share the first. V8 runs the WebAssembly with its baseline
 * compiler only: optimizing it costs more than it saves at every size measured (20,000 files: 4.2 s against 4.5 s;
 * 2,000 files: 0.9 s against 1.3 s, 105 MB against 143 MB), and for the few files of a commit it would hold the
 * process's exit back by 100–200 ms while V8 finishes.
 */
export async function loadParser(): Promise<void> {
  await getParser();
}

function getParser(): Promise<Parser> {
  if (parser === null) {
    setFlagsFromString('--liftoff-only');
    const loading = (async () => {
      // A CommonJS package: require() loads it to a parsed statement in about 25 ms, where import() through Node's
      // ESM loader took 60–70 ms. The bundles define require; the sources, run as ESM by the tests, import().
      const module: Parser = typeof require === 'function' ? require('libpg-query') : await import('libpg-query');
      await module.loadModule();
      return module;
    })();
    // A failed load (say, a missing .wasm) is not remembered: the next call tries again.
    loading.catch(() => {
      if (parser === loading) parser = null;
    });
    parser = loading;
  }
  return parser;
}

/**
 * Parses the SQL of `fileText`, or of its `section` (a [start, end) range of string indices, e.g. the down part of a
 * goose file). Positions are true to the whole file; pass `lines` to share one LineIndex between sections.
 * Never throws for any text: what PostgreSQL would reject comes back as `error`.
 */
export async function parseSql(fileText: string, section?: { start: number; end: number }, lines?: LineIndex): Promise<ParsedSql> {
  const from = clamp(section?.start ?? 0, 0, fileText.length);
  const to = clamp(section?.end ?? fileText.length, from, fileText.length);
  const original = fileText.slice(from, to);
  const sql = toParserInput(original);
  // Empty or comment-only SQL is a valid migration that runs nothing (and libpg-query rejects an empty string).
  if (isBlankSql(sql)) return { statements: [], error: null };
  const { parseSync } = await getParser();
  const context: Context = { original, sql, bytes: new ByteMap(sql), lines: lines ?? new LineIndex(fileText), offset: from };
  let parsed: RawStatements;
  try {
    parsed = parseSync(sql).stmts;
  } catch (thrown) {
    const at = errorIndex(thrown, sql);
    return {
      statements: at === null ? [] : recoverStatements(context, parseSync, at),
      error: toSyntaxError(context, thrown, at),
    };
  }
  return { statements: toStatements(context, parsed, sql.length), error: null };
}

/**
 * Whether two parses hold the same statements, whatever their comments, spacing and line breaks: PostgreSQL would run
 * the same thing. False when either has a syntax error.
 */
export function sameStatements(a: ParsedSql | null, b: ParsedSql | null): boolean {
  if (a?.error || b?.error) return false;
  return statementsKey(a) === statementsKey(b);
}

function statementsKey(parsed: ParsedSql | null): string {
  // Locations move with every comment; nothing else in the tree does.
  return JSON.stringify(parsed?.statements.map((s) => ({ [s.type]: s.node })) ?? [], (key, value: unknown) => (key === 'location' ? undefined : value));
}

/** A comment of a file's SQL: [start, end) in string indices, and its text, markers included. */
export interface SqlComment {
  start: number;
  end: number;
  text: string;
}

/**
 * The comments of a whole file, as PostgreSQL's own scanner finds them (so `--` inside a string or a dollar-quoted body
 * is not one). Where the scanner gives up (an unterminated string), the comments come from the project's lexer instead,
 * which reads them the same way up to that point.
 */
export async function scanComments(fileText: string): Promise<SqlComment[]> {
  const sql = toParserInput(fileText);
  const { scanSync } = await getParser();
  try {
    const bytes = new ByteMap(sql);
    return scanSync(sql)
      .tokens.filter((token) => token.tokenName === 'SQL_COMMENT' || token.tokenName === 'C_COMMENT')
      .map((token) => {
        const start = bytes.charIndex(token.start);
        const end = bytes.charIndex(token.end);
        return { start, end, text: fileText.slice(start, end) };
      });
  } catch {
    const comments: SqlComment[] = [];
    const scanner = new SqlScanner(sql);
    while (scanner.next()) {
      if (scanner.kind === 'comment') comments.push({ start: scanner.start, end: scanner.end, text: fileText.slice(scanner.start, scanner.end) });
    }
    return comments;
  }
}

interface Context {
  /** The section's text as written. */
  original: string;
  /** The same text as given to the parser: equal length, psql lines and NULs blanked. */
  sql: string;
  bytes: ByteMap;
  lines: LineIndex;
  /** Where the section starts in the file. */
  offset: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text libpg-query gets: every string index unchanged, so its offsets map straight back to the file. */
function toParserInput(text: string): string {
  // libpg-query reads a C string: a NUL would silently end the SQL there.
  let sql = text.includes('\0') ? text.replaceAll('\0', ' ') : text;
  // A lone surrogate has no UTF-8 form (the WebAssembly encoder miscounts it); U+FFFD has one and keeps its index.
  sql = sql.replace(LONE_SURROGATE, '\uFFFD');
  return blankPsqlLines(sql);
}

function toStatements(context: Context, raw: RawStatements, inputLength: number): SqlStatement[] {
  const { sql, bytes } = context;
  const statements: SqlStatement[] = [];
  // What the statements keep of the context: not the parser's copy of the text nor its byte map.
  const section = { original: context.original, lines: context.lines, offset: context.offset };
  for (const { stmt, stmt_location: location = 0, stmt_len: length = 0 } of raw ?? []) {
    const wrapper = (stmt ?? {}) as Record<string, Record<string, any>>;
    const [type] = Object.keys(wrapper);
    if (type === undefined) continue;
    const node = internStrings(wrapper[type] ?? {});
    // libpg-query leaves out zero fields: no location is 0, no length means "to the end of the input".
    const limit = length > 0 ? bytes.charIndex(location + length) : inputLength;
    const start = skipTrivia(sql, bytes.charIndex(location), limit);
    const end = Math.max(start, lastTokenEnd(sql, start, limit, true));
    statements.push(new ParsedStatement(type, node, actionsOf(type, node), section, start, end));
  }
  return exactLength(statements);
}

/** Strings up to this length are kept once however many trees hold them: keywords, enum names, column and type names. */
const INTERNED_LENGTH = 32;
const interned = new Map<string, string>();

/**
 * The tree with each of its short strings replaced by the one copy kept for all trees. The parser's JSON gives each
 * `DROP_RESTRICT`, `OBJECT_TABLE` or `timestamptz` a string of its own: 180,000 of them in a 20,000-file corpus.
 */
function internStrings<T extends Record<string, any>>(tree: T): T {
  const stack: Array<Record<string, any>> = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const key in node) {
      const value = node[key];
      if (typeof value === 'string') {
        if (value.length > INTERNED_LENGTH) continue;
        const kept = interned.get(value);
        if (kept === undefined) interned.set(value, value);
        else node[key] = kept;
      } else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return tree;
}

/**
 * A statement as the parser gives it. Its text and range are read from the file when asked for: a corpus of 30,000
 * statements keeps two numbers each, not a string and three objects, and a file nothing reports on never has its line
 * starts found.
 */
class ParsedStatement implements SqlStatement {
  constructor(
    readonly type: string,
    readonly node: Record<string, any>,
    readonly actions: Action[],
    /** The section it was parsed from (its text, as written) and where that is in the file. */
    private readonly section: Pick<Context, 'original' | 'lines' | 'offset'>,
    /** [start, end) in string indices of the section. */
    private readonly start: number,
    private readonly end: number,
  ) {}

  get text(): string {
    return this.section.original.slice(this.start, this.end);
  }

  get range(): Range {
    return rangeOf(this.section, this.start, this.end);
  }
}

/**
 * The complete statements before an error, so rules still see them: parse the text up to the last `;` before the
 * error. Should that prefix fail too (a `;` the split misjudged), retry before its error, a few times.
 */
function recoverStatements(context: Context, parseSync: ParseSync, errorAt: number): SqlStatement[] {
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

/** Where libpg-query puts an error, as a string index; null when it gives no position. */
function errorIndex(thrown: unknown, text: string): number | null {
  const details = (thrown as { sqlDetails?: { cursorPosition?: unknown } } | null | undefined)?.sqlDetails;
  const cursor = details?.cursorPosition;
  if (typeof cursor !== 'number' || !Number.isFinite(cursor) || cursor < 0) return null;
  // The cursor counts characters (code points), not bytes or UTF-16 units.
  const index = codePointToCharIndex(text, cursor);
  // libpg-query reports "no position" as 0 as well; 0 is a real position only when a token starts there.
  if (index === 0 && skipTrivia(text, 0) !== 0) return null;
  return index;
}

function toSyntaxError(context: Context, thrown: unknown, at: number | null): SqlSyntaxError {
  const { sql } = context;
  const sqlEnd = lastTokenEnd(sql, 0);
  // Past the last token ("at end of input") and without a position, point at the end of the SQL, not at trailing blank lines.
  const start = Math.min(at ?? sqlEnd, sqlEnd);
  let end = start;
  const c = sql.charCodeAt(start);
  if (start < sql.length && c !== 0x0a && c !== 0x0d) {
    const next = sql.charCodeAt(start + 1);
    end = start + (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1);
  }
  return { message: messageOf(thrown), range: rangeOf(context, start, end) };
}

function messageOf(thrown: unknown): string {
  if (thrown instanceof Error && thrown.message) return thrown.message;
  if (typeof thrown === 'string' && thrown) return thrown;
  return 'the SQL parser failed';
}

function rangeOf(context: Pick<Context, 'lines' | 'offset'>, start: number, end: number): Range {
  return { start: context.lines.positionAt(context.offset + start), end: context.lines.positionAt(context.offset + end) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(Number.isFinite(value) ? Math.trunc(value) : low, high));
}
