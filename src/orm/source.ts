/**
 * What the readers of JavaScript and Python migrations share: the shape they return, builder calls as statements, and SQL
 * embedded in string literals parsed with positions mapped back into the host file.
 */
import type { MigrationRead } from '../conventions/types.js';
import { LineIndex } from '../sql/locate.js';
import { parseSql } from '../sql/parse.js';
import type { Action, ParsedSql, SqlStatement, SqlSyntaxError } from '../sql/parse.js';
import type { Position } from '../types.js';

/** A string literal's value, with the host file index of each of its UTF-16 units (and of its end, at `value.length`). */
export interface LiteralText {
  value: string;
  indices: number[];
}

/** Builds a string literal's value unit by unit, with the file index each unit was read at. */
export class LiteralBuilder {
  value = '';
  readonly indices: number[] = [];

  /** Appends `units`, read from the source at index `at`. */
  push(units: string, at: number): void {
    this.value += units;
    for (let k = 0; k < units.length; k++) this.indices.push(at);
  }

  /** The literal, its indices closed by `end` (the index just past its last unit). */
  finish(end: number): LiteralText {
    this.indices.push(end);
    return { value: this.value, indices: this.indices };
  }
}

/** Collects one function's statements in order, keeping the first syntax error. */
export class StatementList {
  readonly statements: SqlStatement[] = [];
  error: SqlSyntaxError | null = null;

  constructor(private readonly lines: LineIndex) {}

  /** A builder call (`knex.dropColumn`, `op.drop_column`): a statement no SQL rule visits, with the actions it performs. */
  builder(type: string, text: string, start: number, end: number, actions: Action[]): void {
    this.statements.push({ type, node: {}, text: text.slice(start, end), range: this.range(start, end), actions });
  }

  /** SQL written in a string literal, through the SQL parser, its positions mapped into the host file. */
  async sql(literal: LiteralText): Promise<void> {
    const parsed = await parseSql(literal.value, undefined, new MappedLines(literal, this.lines));
    this.statements.push(...parsed.statements);
    this.error ??= parsed.error;
  }

  range(start: number, end: number): { start: Position; end: Position } {
    return { start: this.lines.positionAt(start), end: this.lines.positionAt(end) };
  }

  toParsed(): ParsedSql {
    return { statements: this.statements, error: this.error };
  }
}

/** Positions in a literal's value, told as positions in the file that holds the literal. */
class MappedLines extends LineIndex {
  constructor(
    private readonly literal: LiteralText,
    private readonly host: LineIndex,
  ) {
    super(literal.value);
  }

  override positionAt(charIndex: number): Position {
    const { indices } = this.literal;
    const index = Math.max(0, Math.min(Math.trunc(charIndex) || 0, indices.length - 1));
    return this.host.positionAt(indices[index]!);
  }
}

/** A file the host language's parser rejects: a syntax error at the parser's position, and nothing else known. */
export function unparsable(lines: LineIndex, language: string, message: string, at: number): MigrationRead {
  const position = lines.positionAt(at);
  return {
    up: { statements: [], error: { message, language, range: { start: position, end: position } } },
    down: null,
    implicitRollback: true,
  };
}

/** The section of a function: from the line after its first line to its end (a one-line function: its end). */
export function functionSection(text: string, start: number, end: number): { start: number; end: number } {
  const newline = text.indexOf('\n', start);
  return { start: newline === -1 || newline >= end ? end : newline + 1, end };
}

/** Two literals written one after the other (`'a' + 'b'`, Python's `"a" "b"`) as one. */
export function concatLiterals(parts: LiteralText[]): LiteralText {
  const value = parts.map((p) => p.value).join('');
  const indices = parts.flatMap((p, i) => (i === parts.length - 1 ? p.indices : p.indices.slice(0, -1)));
  return { value, indices };
}

/**
 * SQLAlchemy's named bind parameters (`:name` in `text()`, which `op.execute` and `session.execute` put strings in) as
 * a value of the same length; `::` casts are left alone.
 */
export function maskNamedBindings(literal: LiteralText): LiteralText {
  const value = literal.value.replace(/(?<![:\w]):[A-Za-z_]\w*/g, (match) => `0${' '.repeat(match.length - 1)}`);
  return { value, indices: literal.indices };
}

/**
 * Knex's positional bindings (`?` values, `??` identifiers) as a value and a name of the same length, so the SQL parses
 * and positions stay true. `\?` (a literal question mark) is left alone.
 */
export function maskPositionalBindings(literal: LiteralText): LiteralText {
  const value = literal.value.replace(/\\\?|\?\?|\?/g, (match) => (match === '??' ? 'xx' : match === '?' ? '0' : ' ?'));
  return { value, indices: literal.indices };
}
