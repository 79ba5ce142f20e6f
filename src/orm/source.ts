/**
 * What the readers of JavaScript and Python migrations share: the shape they return, builder calls as statements, and SQL
 * embedded in string literals parsed with positions mapped back into the host file.
 */
import type { FileSections } from '../conventions/types.js';
import { LineIndex } from '../sql/locate.js';
import { parseSql } from '../sql/parse.js';
import type { Action, ParsedSql, SqlStatement, SqlSyntaxError } from '../sql/parse.js';
import type { Position } from '../types.js';

/** One revision of a migration graph (Alembic): its id and the ids it follows. */
export interface Revision {
  id: string;
  /** `down_revision`: none for a root, two or more for a merge. */
  parents: string[];
  /** `branch_labels` is set: a root that starts a named branch on purpose. */
  labeled: boolean;
}

/** A migration read from its source code: the same statement facts SQL gives, and where up and down are. */
export interface MigrationSource {
  /** The statements the up function runs; the file's syntax error, if it has one, is here. */
  up: ParsedSql;
  /** The statements of the down function; null when the file has none (or declares itself irreversible) or does not parse. */
  down: ParsedSql | null;
  /** Whether the file holds its rollback: a down function, or one the tool derives from the up operations. */
  hasRollback: boolean;
  /** Where the up and down functions are (each section starts on the line after the function's first line). */
  sections: FileSections;
  /** The revision the file declares (Alembic), which is its version. */
  revision?: Revision;
}

/** A string literal's value, with the host file index of each of its UTF-16 units (and of its end, at `value.length`). */
export interface LiteralText {
  value: string;
  indices: number[];
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
export function unparsable(lines: LineIndex, language: string, message: string, at: number): MigrationSource {
  const position = lines.positionAt(at);
  return {
    up: { statements: [], error: { message, language, range: { start: position, end: position } } },
    down: null,
    hasRollback: true,
    sections: { up: null, down: null, transaction: true },
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
 * Knex's positional bindings (`?` values, `??` identifiers) as a value and a name of the same length, so the SQL parses
 * and positions stay true. `\?` (a literal question mark) is left alone.
 */
export function maskPositionalBindings(literal: LiteralText): LiteralText {
  const value = literal.value.replace(/\\\?|\?\?|\?/g, (match) => (match === '??' ? 'xx' : match === '?' ? '0' : ' ?'));
  return { value, indices: literal.indices };
}
