import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseSql
} from "./chunk-N4RVEWD4.js";
import {
  LineIndex
} from "./chunk-HG2KG6FS.js";

// src/orm/source.ts
var LiteralBuilder = class {
  value = "";
  indices = [];
  /** Appends `units`, read from the source at index `at`. */
  push(units, at) {
    this.value += units;
    for (let k = 0; k < units.length; k++) this.indices.push(at);
  }
  /** The literal, its indices closed by `end` (the index just past its last unit). */
  finish(end) {
    this.indices.push(end);
    return { value: this.value, indices: this.indices };
  }
};
var StatementList = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  statements = [];
  error = null;
  /** A builder call (`knex.dropColumn`, `op.drop_column`): a statement no SQL rule visits, with the actions it performs. */
  builder(type, text, start, end, actions) {
    this.statements.push({ type, node: {}, text: text.slice(start, end), range: this.range(start, end), actions });
  }
  /** SQL written in a string literal, through the SQL parser, its positions mapped into the host file. */
  async sql(literal) {
    const parsed = await parseSql(literal.value, void 0, new MappedLines(literal, this.lines));
    this.statements.push(...parsed.statements);
    this.error ??= parsed.error;
  }
  range(start, end) {
    return { start: this.lines.positionAt(start), end: this.lines.positionAt(end) };
  }
  toParsed() {
    return { statements: this.statements, error: this.error };
  }
};
var MappedLines = class extends LineIndex {
  constructor(literal, host) {
    super(literal.value);
    this.literal = literal;
    this.host = host;
  }
  literal;
  host;
  positionAt(charIndex) {
    const { indices } = this.literal;
    const index = Math.max(0, Math.min(Math.trunc(charIndex) || 0, indices.length - 1));
    return this.host.positionAt(indices[index]);
  }
};
function unparsable(lines, language, message, at) {
  const position = lines.positionAt(at);
  return {
    up: { statements: [], error: { message, language, range: { start: position, end: position } } },
    down: null,
    implicitRollback: true
  };
}
function functionSection(text, start, end) {
  const newline = text.indexOf("\n", start);
  return { start: newline === -1 || newline >= end ? end : newline + 1, end };
}
function concatLiterals(parts) {
  const value = parts.map((p) => p.value).join("");
  const indices = parts.flatMap((p, i) => i === parts.length - 1 ? p.indices : p.indices.slice(0, -1));
  return { value, indices };
}
function maskNamedBindings(literal) {
  const value = literal.value.replace(/(?<![:\w]):[A-Za-z_]\w*/g, (match) => `0${" ".repeat(match.length - 1)}`);
  return { value, indices: literal.indices };
}
function maskPositionalBindings(literal) {
  const value = literal.value.replace(/\\\?|\?\?|\?/g, (match) => match === "??" ? "xx" : match === "?" ? "0" : " ?");
  return { value, indices: literal.indices };
}

export {
  LiteralBuilder,
  StatementList,
  unparsable,
  functionSection,
  concatLiterals,
  maskNamedBindings,
  maskPositionalBindings
};
