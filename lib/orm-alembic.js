import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LiteralBuilder,
  StatementList,
  concatLiterals,
  functionSection,
  maskNamedBindings,
  unparsable
} from "./chunk-CKOGTWOE.js";
import "./chunk-N4RVEWD4.js";
import "./chunk-HG2KG6FS.js";
import "./chunk-INZQK4TN.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";

// src/orm/alembic.ts
var lezer = null;
async function readAlembicMigration(text, lines) {
  const tree = await parsePython(text);
  let errorAt = null;
  tree.iterate({
    enter(node) {
      if (errorAt !== null) return false;
      if (node.type.isError) errorAt = node.from;
      return void 0;
    }
  });
  if (errorAt !== null) return unparsable(lines, "Python", "invalid syntax", errorAt);
  const { assignments, functions } = topLevel(tree.topNode, text);
  const revision = readRevision(assignments, text);
  let noTransaction = false;
  const run = async (fn) => {
    const out = new StatementList(lines);
    if (fn) {
      const context = { text, out, batches: /* @__PURE__ */ new Map(), functions, depth: 0, noTransaction: false };
      await visit(fn.getChild("Body"), context);
      noTransaction ||= context.noTransaction;
    }
    return out;
  };
  const upgrade = functions.get("upgrade");
  const downgrade = functions.get("downgrade");
  const up = await run(upgrade);
  const irreversible = downgrade === void 0 || raisesOnly(downgrade);
  const down = irreversible ? null : await run(downgrade);
  const section = (fn) => fn ? functionSection(text, fn.from, fn.to) : null;
  return {
    up: up.toParsed(),
    down: down?.toParsed() ?? null,
    transaction: !noTransaction,
    sections: { up: section(upgrade), down: irreversible ? null : section(downgrade), transaction: !noTransaction },
    ...revision ? { revision } : {}
  };
}
async function readAlembicRevision(text) {
  return readRevision(topLevel((await parsePython(text)).topNode, text).assignments, text);
}
async function parsePython(text) {
  lezer ??= import("./dist-42TZWJYM.js");
  const { parser } = await lezer;
  return parser.parse(text);
}
function topLevel(script, text) {
  const assignments = /* @__PURE__ */ new Map();
  const functions = /* @__PURE__ */ new Map();
  for (let node = script.firstChild; node; node = node.nextSibling) {
    if (node.name === "AssignStatement") {
      const parts = children(node);
      const target = parts[0];
      const value = parts[parts.findIndex((n) => n.name === "AssignOp") + 1];
      if (target?.name === "VariableName" && value) assignments.set(text.slice(target.from, target.to), value);
    }
    const fn = node.name === "DecoratedStatement" ? node.getChild("FunctionDefinition") : node.name === "FunctionDefinition" ? node : null;
    const name = fn?.getChild("VariableName");
    if (fn && name) functions.set(text.slice(name.from, name.to), fn);
  }
  return { assignments, functions };
}
function readRevision(assignments, text) {
  const id = stringOf(assignments.get("revision"), text);
  if (id === null) return null;
  const down = assignments.get("down_revision");
  let parents = [];
  if (down && (down.name === "TupleExpression" || down.name === "ArrayExpression")) {
    parents = elements(down).flatMap((e) => stringOf(e, text) ?? []);
  } else {
    const single = stringOf(down, text);
    if (single !== null) parents = [single];
  }
  const labels = assignments.get("branch_labels");
  return { id, parents, labeled: labels !== void 0 && labels.name !== "None" };
}
function raisesOnly(fn) {
  const body = fn.getChild("Body");
  const statements = body ? children(body).filter((n) => n.name !== ":" && n.name !== "Comment") : [];
  const meaningful = statements.filter((n) => !(n.name === "ExpressionStatement" && n.firstChild?.name === "String"));
  return meaningful.length > 0 && meaningful.every((n) => n.name === "RaiseStatement");
}
function children(node) {
  const found = [];
  for (let child = node.firstChild; child; child = child.nextSibling) found.push(child);
  return found;
}
function elements(node) {
  return children(node).filter((n) => n.name !== "(" && n.name !== ")" && n.name !== "[" && n.name !== "]" && n.name !== ",");
}
async function visit(node, context) {
  if (!node) return;
  if (node.name === "WithStatement") {
    await withStatement(node, context);
    return;
  }
  if (node.name === "CallExpression" && await call(node, context)) return;
  for (let child = node.firstChild; child; child = child.nextSibling) await visit(child, context);
}
async function withStatement(node, context) {
  const { text } = context;
  const items = children(node);
  const batches = new Map(context.batches);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.name !== "CallExpression") continue;
    const callee = calleeOf(item, text);
    if (callee?.property === "autocommit_block") context.noTransaction = true;
    if (callee?.property === "batch_alter_table" && items[i + 1]?.name === "as" && items[i + 2]?.name === "VariableName") {
      const args = argsOf(item, text);
      const table = qualified(stringOf(args.positional[0] ?? args.keywords.get("table_name"), text), args, text);
      if (table) batches.set(text.slice(items[i + 2].from, items[i + 2].to), table);
    }
  }
  await visit(node.getChild("Body"), { ...context, batches });
}
function calleeOf(node, text) {
  const callee = node.firstChild;
  if (callee?.name === "VariableName") return { object: null, property: text.slice(callee.from, callee.to), objectNode: null };
  if (callee?.name !== "MemberExpression") return null;
  const property = callee.getChild("PropertyName");
  const object = callee.firstChild;
  if (!property || !object) return null;
  return {
    object: object.name === "VariableName" ? text.slice(object.from, object.to) : null,
    property: text.slice(property.from, property.to),
    objectNode: object
  };
}
function argsOf(node, text) {
  const list = node.getChild("ArgList");
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const items = list ? children(list) : [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.name === "(" || item.name === ")" || item.name === ",") continue;
    if (item.name === "VariableName" && items[i + 1]?.name === "AssignOp" && items[i + 2]) {
      keywords.set(text.slice(item.from, item.to), items[i + 2]);
      i += 2;
      continue;
    }
    if (item.name === "ArithOp" || item.name === "*" || item.name === "**") {
      i++;
      continue;
    }
    positional.push(item);
  }
  return { positional, keywords };
}
function literalOf(node, text) {
  if (!node) return null;
  if (node.name === "String") return decodePython(text, node.from, node.to);
  if (node.name === "ContinuedString") {
    const parts = children(node).map((n) => n.name === "String" ? decodePython(text, n.from, n.to) : null);
    return parts.every((p) => p !== null) ? concatLiterals(parts) : null;
  }
  if (node.name === "ParenthesizedExpression") return literalOf(elements(node)[0], text);
  if (node.name === "CallExpression") {
    const callee = calleeOf(node, text);
    if (callee && (callee.property === "f" || callee.property === "text")) return literalOf(argsOf(node, text).positional[0], text);
  }
  return null;
}
function stringOf(node, text) {
  return literalOf(node, text)?.value ?? null;
}
function qualified(table, args, text) {
  const schema = stringOf(args.keywords.get("schema"), text);
  return table === null ? null : schema ? `${schema}.${table}` : table;
}
function isTrue(node, text) {
  return node?.name === "Boolean" && text.slice(node.from, node.to) === "True";
}
function isFalse(node, text) {
  return node?.name === "Boolean" && text.slice(node.from, node.to) === "False";
}
async function call(node, context) {
  const { text, out } = context;
  const callee = calleeOf(node, text);
  if (!callee) return false;
  const args = argsOf(node, text);
  const statement = (actions) => out.builder(`alembic.${callee.property}`, text, node.from, node.to, actions);
  if (callee.property === "execute") {
    const literal = literalOf(args.positional[0], text);
    if (literal) await out.sql(maskNamedBindings(literal));
    else statement([{ kind: "other", phase: null, description: "execute" }]);
    return true;
  }
  if (callee.object === null) {
    const fn = context.functions.get(callee.property);
    if (!fn || context.depth >= 4) return false;
    await visit(fn.getChild("Body"), { ...context, depth: context.depth + 1 });
    return true;
  }
  const batchTable = context.batches.get(callee.object);
  if (callee.object !== "op" && batchTable === void 0) return false;
  if (callee.property === "f" || callee.property === "get_bind" || callee.property === "get_context" || callee.property === "inline_literal") return true;
  statement(operationActions(callee.property, args, batchTable ?? null, text));
  return true;
}
function operationActions(name, args, batchTable, text) {
  const { positional: p, keywords: k } = args;
  const shift = batchTable === null ? 0 : 1;
  const at = (index, keyword) => (index - shift >= 0 ? p[index - shift] : void 0) ?? (keyword ? k.get(keyword) : void 0);
  const tableAt = (index, keyword = "table_name") => batchTable ?? qualified(stringOf(at(index, keyword), text), args, text);
  const other = { kind: "other", phase: null, description: `op.${name}` };
  switch (name) {
    case "create_table": {
      const table = tableAt(0);
      return table ? [{ kind: "create-table", phase: "expand", table }] : [other];
    }
    case "drop_table": {
      const table = tableAt(0);
      return table ? [{ kind: "drop-table", phase: "contract", table }] : [other];
    }
    case "rename_table": {
      const [from, to] = [stringOf(p[0] ?? k.get("old_table_name"), text), stringOf(p[1] ?? k.get("new_table_name"), text)];
      return from && to ? [{ kind: "rename-table", phase: "contract", table: qualified(from, args, text), newName: qualified(to, args, text) }] : [other];
    }
    case "add_column": {
      const table = tableAt(0);
      const column = at(1, "column");
      return table && column?.name === "CallExpression" ? addColumn(table, column, text) : [other];
    }
    case "drop_column": {
      const [table, column] = [tableAt(0), stringOf(at(1, "column_name"), text)];
      return table && column ? [{ kind: "drop-column", phase: "contract", table, column }] : [other];
    }
    case "alter_column": {
      const [table, column] = [tableAt(0), stringOf(at(1, "column_name"), text)];
      if (!table || !column) return [other];
      const actions = [];
      const type = k.get("type_");
      if (type) actions.push({ kind: "alter-column-type", phase: "contract", table, column, type: sqlType(type, text) });
      if (isFalse(k.get("nullable"), text)) actions.push({ kind: "set-not-null", phase: "contract", table, column });
      const newName = stringOf(k.get("new_column_name"), text);
      if (newName) actions.push({ kind: "rename-column", phase: "contract", table, column, newName });
      return actions.length ? actions : [other];
    }
    case "create_index": {
      const index = stringOf(p[0] ?? k.get("index_name"), text);
      const table = batchTable ?? qualified(stringOf(p[1] ?? k.get("table_name"), text), args, text);
      if (!table) return [other];
      return [{ kind: "create-index", phase: "expand", table, index, concurrently: isTrue(k.get("postgresql_concurrently"), text), unique: isTrue(k.get("unique"), text) }];
    }
    case "drop_index": {
      const index = stringOf(p[0] ?? k.get("index_name"), text);
      return index ? [{ kind: "drop-index", phase: "contract", index: qualified(index, args, text), concurrently: isTrue(k.get("postgresql_concurrently"), text) }] : [other];
    }
    case "create_foreign_key":
    case "create_unique_constraint":
    case "create_check_constraint":
    case "create_primary_key":
    case "create_exclude_constraint": {
      const constraint = stringOf(p[0] ?? k.get("constraint_name"), text);
      const table = batchTable ?? qualified(stringOf(p[1] ?? k.get("source_table") ?? k.get("table_name"), text), args, text);
      if (!table) return [other];
      const types = {
        create_foreign_key: "FOREIGN KEY",
        create_unique_constraint: "UNIQUE",
        create_check_constraint: "CHECK",
        create_primary_key: "PRIMARY KEY",
        create_exclude_constraint: "EXCLUDE"
      };
      const references = name === "create_foreign_key" ? stringOf(at(2, "referent_table"), text) : null;
      return [
        {
          kind: "add-constraint",
          phase: "expand",
          table,
          constraint,
          constraintType: types[name],
          notValid: isFalse(k.get("postgresql_not_valid"), text) ? false : isTrue(k.get("postgresql_not_valid"), text),
          ...references ? { references } : {}
        }
      ];
    }
    case "drop_constraint": {
      const constraint = stringOf(p[0] ?? k.get("constraint_name"), text);
      const table = batchTable ?? qualified(stringOf(p[1] ?? k.get("table_name"), text), args, text);
      return constraint && table ? [{ kind: "drop-constraint", phase: "contract", table, constraint }] : [other];
    }
    case "bulk_insert":
      return [{ kind: "data", phase: "migrate", table: null, verb: "insert" }];
    default:
      return [other];
  }
}
function addColumn(table, column, text) {
  const args = argsOf(column, text);
  const name = stringOf(args.positional[0] ?? args.keywords.get("name"), text);
  if (!name) return [{ kind: "other", phase: null, description: "op.add_column" }];
  const primary = isTrue(args.keywords.get("primary_key"), text);
  const notNull = isFalse(args.keywords.get("nullable"), text) || primary;
  const serverDefault = args.keywords.get("server_default");
  const identity = args.positional.some((n) => n.name === "CallExpression" && calleeOf(n, text)?.property === "Identity");
  const hasDefault = identity || serverDefault !== void 0 && serverDefault.name !== "None";
  return [{ kind: "add-column", phase: "expand", table, column: name, notNull, hasDefault, ...identity ? { volatileDefault: true } : {} }];
}
var SQL_TYPES = {
  String: "varchar",
  VARCHAR: "varchar",
  Unicode: "varchar",
  Text: "text",
  TEXT: "text",
  UnicodeText: "text",
  Integer: "integer",
  INTEGER: "integer",
  BigInteger: "bigint",
  BIGINT: "bigint",
  SmallInteger: "smallint",
  Boolean: "boolean",
  DateTime: "timestamp",
  TIMESTAMP: "timestamp",
  Date: "date",
  Time: "time",
  Float: "double precision",
  Numeric: "numeric",
  NUMERIC: "numeric",
  JSON: "json",
  JSONB: "jsonb",
  UUID: "uuid",
  Uuid: "uuid",
  Interval: "interval",
  LargeBinary: "bytea",
  ARRAY: "array"
};
function sqlType(node, text) {
  const written = text.slice(node.from, node.to);
  const match = /^(?:\w+\.)*(\w+)(?:\((.*)\))?$/s.exec(written);
  const base = match ? SQL_TYPES[match[1]] : void 0;
  if (!base) return written;
  const length = match[2]?.replace(/\s+/g, "").replace(/^length=/, "");
  return length && /^\d+(,\d+)?$/.test(length) ? `${base}(${length})` : base;
}
var PY_ESCAPES = { n: "\n", t: "	", r: "\r", a: "\x07", b: "\b", f: "\f", v: "\v", "\\": "\\", "'": "'", '"': '"' };
function decodePython(text, from, to) {
  const prefix = /^[A-Za-z]*/.exec(text.slice(from, from + 3))[0].toLowerCase();
  if (prefix.includes("b") || prefix.includes("f")) return null;
  const rawString = prefix.includes("r");
  const open = from + prefix.length;
  const quote = text.startsWith(text[open].repeat(3), open) ? 3 : 1;
  const start = open + quote;
  const end = to - quote;
  if (end < start) return null;
  const literal = new LiteralBuilder();
  const push = (units, at) => literal.push(units, at);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === "\r") {
      push("\n", i);
      i += text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (c !== "\\" || rawString) {
      push(c, i);
      i++;
      continue;
    }
    const next = text[i + 1] ?? "";
    const at = i;
    if (PY_ESCAPES[next] !== void 0) {
      push(PY_ESCAPES[next], at);
      i += 2;
    } else if (next === "\n" || next === "\r") {
      i += next === "\r" && text[i + 2] === "\n" ? 3 : 2;
    } else if (next === "x" || next === "u" || next === "U") {
      const digits = next === "x" ? 2 : next === "u" ? 4 : 8;
      const code = parseInt(text.slice(i + 2, i + 2 + digits), 16);
      if (!Number.isFinite(code)) return null;
      push(String.fromCodePoint(code), at);
      i += 2 + digits;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))[0];
      push(String.fromCharCode(parseInt(octal, 8)), at);
      i += 1 + octal.length;
    } else if (next === "N") {
      return null;
    } else {
      push("\\", at);
      push(next, i + 1);
      i += 2;
    }
  }
  return literal.finish(end);
}
export {
  readAlembicMigration,
  readAlembicRevision
};
