import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isFunction,
  literalText,
  paramName,
  stringValue,
  toChain,
  unwrap
} from "./chunk-CJN3WSEG.js";
import {
  maskPositionalBindings
} from "./chunk-CKOGTWOE.js";
import "./chunk-N4RVEWD4.js";
import "./chunk-HG2KG6FS.js";
import "./chunk-INZQK4TN.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";

// src/orm/knex.ts
var COLUMN_TYPES = {
  increments: () => "serial",
  bigIncrements: () => "bigserial",
  integer: () => "integer",
  bigInteger: () => "bigint",
  bigint: () => "bigint",
  tinyint: () => "smallint",
  smallint: () => "smallint",
  mediumint: () => "integer",
  text: () => "text",
  string: (args) => `varchar(${args[1] ?? 255})`,
  float: () => "real",
  double: () => "double precision",
  decimal: (args) => args[1] ? `decimal(${args[1]}${args[2] ? `,${args[2]}` : ""})` : "decimal",
  boolean: () => "boolean",
  date: () => "date",
  datetime: () => "timestamptz",
  timestamp: () => "timestamptz",
  time: () => "time",
  binary: () => "bytea",
  enum: () => "text",
  enu: () => "text",
  json: () => "json",
  jsonb: () => "jsonb",
  uuid: () => "uuid",
  geometry: () => "geometry",
  geography: () => "geography",
  point: () => "point",
  specificType: (args) => args[1] ?? "unknown"
};
var DATA_METHODS = {
  insert: "insert",
  update: "update",
  del: "delete",
  delete: "delete",
  truncate: "truncate",
  upsert: "insert"
};
var knexDialect = {
  name: "knex",
  async handle(chain, scope, walk) {
    const [first] = chain.links;
    if (chain.rootArgs !== null) return queryBuilder(chain, scope, chain.rootArgs[0]);
    if (!first) return false;
    const fromRoot = (link) => ({ ...link, start: chain.start });
    if (first.name === "schema") {
      const ops = chain.links.slice(1);
      const firstOp = ops.findIndex((link) => link.name !== "withSchema");
      if (firstOp >= 0) ops[firstOp] = fromRoot(ops[firstOp]);
      return schemaBuilder(ops, scope, walk);
    }
    if (first.name === "raw") return raw(fromRoot(first), scope);
    if (first.name === "transaction") {
      const callback = unwrap(first.args?.[0]);
      if (!isFunction(callback)) return false;
      const name = paramName(callback.params?.[0]);
      const receivers = new Set(scope.receivers);
      if (name) receivers.add(name);
      await walk(callback.body, { ...scope, receivers });
      return true;
    }
    if (first.name === "batchInsert") return data(scope, fromRoot(first), "insert", stringValue(first.args?.[0], scope.text));
    if (first.name === "table" || first.name === "from" || first.name === "into" || first.name === "insert" || first.name === "update") {
      return queryBuilder({ ...chain, links: chain.links.slice(first.name in DATA_METHODS ? 0 : 1) }, scope, first.args?.[0]);
    }
    if (first.name === "fn" || first.name === "ref" || first.name === "client") return true;
    return false;
  }
};
function queryBuilder(chain, scope, tableArg) {
  let table = stringValue(tableArg, scope.text);
  for (const link of chain.links) {
    if (link.name === "into" || link.name === "table" || link.name === "from") table = stringValue(link.args?.[0], scope.text) ?? table;
  }
  const verbLink = chain.links.find((link) => DATA_METHODS[link.name] && link.args !== null);
  const node = chain.node;
  const verb = verbLink ? DATA_METHODS[verbLink.name] : null;
  const action = verb ? { kind: "data", phase: "migrate", table, verb } : { kind: "other", phase: null, description: "SELECT" };
  scope.out.builder(`knex.${verb ?? "select"}`, scope.text, node.start, node.end, [action]);
  return true;
}
function data(scope, link, verb, table) {
  scope.out.builder(`knex.${link.name}`, scope.text, link.start, link.end, [{ kind: "data", phase: "migrate", table, verb }]);
  return true;
}
async function raw(link, scope) {
  const literal = literalText(link.args?.[0], scope.text);
  if (!literal) {
    scope.out.builder("knex.raw", scope.text, link.start, link.end, [{ kind: "other", phase: null, description: "raw SQL" }]);
    return true;
  }
  const bindings = unwrap(link.args?.[1]);
  if (bindings && bindings.type !== "ArrayExpression") {
    scope.out.builder("knex.raw", scope.text, link.start, link.end, [{ kind: "other", phase: null, description: "raw SQL" }]);
    return true;
  }
  await scope.out.sql(bindings ? maskPositionalBindings(literal) : literal);
  return true;
}
async function schemaBuilder(links, scope, walk) {
  let schema = null;
  const qualify = (name) => schema ? `${schema}.${name}` : name;
  for (const link of links) {
    if (link.args === null) continue;
    const text = scope.text;
    const name = stringValue(link.args[0], text);
    const statement = (actions) => scope.out.builder(`knex.${link.name}`, text, link.start, link.end, actions);
    switch (link.name) {
      case "withSchema":
        schema = name;
        continue;
      case "createTable":
      case "createTableIfNotExists":
      case "createTableLike":
        if (name === null) statement([dynamic(link.name)]);
        else {
          statement([{ kind: "create-table", phase: "expand", table: qualify(name) }]);
          await tableCallback(link.args.at(-1), qualify(name), true, scope);
        }
        continue;
      case "table":
      case "alterTable":
        if (name === null) statement([dynamic(link.name)]);
        else await tableCallback(link.args[1], qualify(name), false, scope);
        continue;
      case "dropTable":
      case "dropTableIfExists":
        statement([name === null ? dynamic(link.name) : { kind: "drop-table", phase: "contract", table: qualify(name) }]);
        continue;
      case "renameTable": {
        const to = stringValue(link.args[1], text);
        statement([name === null || to === null ? dynamic(link.name) : { kind: "rename-table", phase: "contract", table: qualify(name), newName: qualify(to) }]);
        continue;
      }
      case "raw":
        await raw(link, scope);
        continue;
      case "createSchema":
      case "createSchemaIfNotExists":
      case "createExtension":
      case "createExtensionIfNotExists":
      case "createView":
      case "createMaterializedView":
        statement([{ kind: "create-other", phase: "expand", objectType: objectType(link.name), name: name === null ? null : qualify(name) }]);
        continue;
      case "dropSchema":
      case "dropSchemaIfExists":
      case "dropExtension":
      case "dropExtensionIfExists":
      case "dropView":
      case "dropViewIfExists":
      case "dropMaterializedView":
      case "dropMaterializedViewIfExists":
        statement([name === null ? dynamic(link.name) : { kind: "drop-other", phase: "contract", objectType: objectType(link.name), name: qualify(name) }]);
        continue;
      case "hasTable":
      case "hasColumn":
      case "then":
      case "catch":
      case "finally":
        for (const arg of link.args) if (isFunction(unwrap(arg))) await walk(unwrap(arg).body, scope);
        continue;
      default:
        statement([{ kind: "other", phase: null, description: `knex.schema.${link.name}` }]);
    }
  }
  return true;
}
function objectType(method) {
  if (/MaterializedView/.test(method)) return "MATERIALIZED VIEW";
  if (/View/.test(method)) return "VIEW";
  if (/Extension/.test(method)) return "EXTENSION";
  return "SCHEMA";
}
function dynamic(method) {
  return { kind: "other", phase: null, description: `knex.schema.${method} of a computed name` };
}
async function tableCallback(callback, table, creating, scope) {
  const fn = unwrap(callback);
  if (!isFunction(fn)) return;
  const builder = paramName(fn.params?.[0]);
  if (!builder) return;
  const visit = async (node) => {
    if (!node || typeof node !== "object") return;
    if (node.type === "CallExpression") {
      const chain = toChain(node);
      if (chain && chain.root === builder && chain.rootArgs === null && chain.links.length > 0) {
        columnChain(chain, table, creating, scope);
        return;
      }
    }
    for (const key of Object.keys(node)) {
      if (key === "loc" || key === "extra" || /Comments$/.test(key)) continue;
      const value = node[key];
      if (Array.isArray(value)) for (const item of value) await visit(item);
      else if (value && typeof value === "object" && typeof value.type === "string") await visit(value);
    }
  };
  await visit(fn.body);
}
function knexName(table, columns, suffix) {
  const bare = table.split(".").at(-1);
  return `${bare}_${columns.join("_")}_${suffix}`.toLowerCase().replace(/[.-]/g, "_");
}
function columnList(node, text) {
  const n = unwrap(node);
  if (n?.type === "ArrayExpression") {
    const names = (n.elements ?? []).map((e) => stringValue(e, text));
    return names.every((x) => x !== null) ? names : null;
  }
  const single = stringValue(n, text);
  return single === null ? null : [single];
}
function explicitName(node, text) {
  const n = unwrap(node);
  if (n?.type === "ObjectExpression") {
    for (const p of n.properties ?? []) {
      const key = p.key?.name ?? p.key?.value;
      if (key === "indexName" || key === "constraintName") return stringValue(p.value, text);
    }
    return null;
  }
  return stringValue(n, text);
}
function columnChain(chain, table, creating, scope) {
  const { text, out } = scope;
  const [head, ...modifiers] = chain.links;
  const args = head.args ?? [];
  const start = chain.start;
  const end = chain.node.end;
  const emit = (actions2) => out.builder(`knex.${head.name}`, text, start, end, actions2);
  const strings = args.map((a) => stringValue(a, text));
  const other = () => ({ kind: "other", phase: null, description: `knex ${head.name} on ${table}` });
  switch (head.name) {
    case "dropColumn":
    case "dropColumns": {
      const names = args.flatMap((a) => columnList(a, text) ?? [null]);
      emit(names.map((column2) => column2 === null ? other() : { kind: "drop-column", phase: "contract", table, column: column2 }));
      return;
    }
    case "dropTimestamps":
      emit(["created_at", "updated_at"].map((column2) => ({ kind: "drop-column", phase: "contract", table, column: column2 })));
      return;
    case "renameColumn":
      emit([strings[0] && strings[1] ? { kind: "rename-column", phase: "contract", table, column: strings[0], newName: strings[1] } : other()]);
      return;
    case "dropForeign":
    case "dropUnique":
    case "dropPrimary":
    case "dropIndex": {
      const columns = head.name === "dropPrimary" ? [] : columnList(args[0], text);
      const given = head.name === "dropPrimary" ? strings[0] : explicitName(args[1], text);
      const suffix = { dropForeign: "foreign", dropUnique: "unique", dropIndex: "index", dropPrimary: "pkey" }[head.name];
      const name = given ?? (head.name === "dropPrimary" ? `${table.split(".").at(-1)}_pkey` : columns ? knexName(table, columns, suffix) : null);
      if (name === null) emit([other()]);
      else if (head.name === "dropIndex") emit([{ kind: "drop-index", phase: "contract", index: name, concurrently: false }]);
      else emit([{ kind: "drop-constraint", phase: "contract", table, constraint: name }]);
      return;
    }
    case "dropChecks": {
      const names = args.flatMap((a) => columnList(a, text) ?? []);
      emit(names.length ? names.map((constraint) => ({ kind: "drop-constraint", phase: "contract", table, constraint })) : [other()]);
      return;
    }
    case "index": {
      const columns = columnList(args[0], text);
      const index = explicitName(args[1], text) ?? (columns ? knexName(table, columns, "index") : null);
      emit([{ kind: "create-index", phase: "expand", table, index, concurrently: false, unique: false }]);
      return;
    }
    case "unique":
    case "primary": {
      const columns = columnList(args[0], text);
      const constraintType = head.name === "unique" ? "UNIQUE" : "PRIMARY KEY";
      const constraint = explicitName(args[1], text) ?? (columns ? knexName(table, columns, head.name === "unique" ? "unique" : "pkey") : null);
      emit([{ kind: "add-constraint", phase: "expand", table, constraint, constraintType, notValid: false }]);
      return;
    }
    case "foreign": {
      const columns = columnList(args[0], text);
      const constraint = stringValue(args[1], text) ?? (columns ? knexName(table, columns, "foreign") : null);
      emit([{ kind: "add-constraint", phase: "expand", table, constraint, constraintType: "FOREIGN KEY", notValid: false, ...referenceOf(modifiers, text) }]);
      return;
    }
    case "check":
      emit([{ kind: "add-constraint", phase: "expand", table, constraint: stringValue(args[2], text), constraintType: "CHECK", notValid: false }]);
      return;
    case "dropNullable":
      emit([strings[0] ? { kind: "set-not-null", phase: "contract", table, column: strings[0] } : other()]);
      return;
    case "timestamps": {
      if (creating) return;
      const defaultToNow = unwrap(args[1])?.type === "BooleanLiteral" && unwrap(args[1]).value === true;
      emit(
        ["created_at", "updated_at"].map((column2) => ({ kind: "add-column", phase: "expand", table, column: column2, notNull: defaultToNow, hasDefault: defaultToNow }))
      );
      return;
    }
  }
  const type = COLUMN_TYPES[head.name];
  if (!type) {
    emit([other()]);
    return;
  }
  const column = strings[0] ?? (head.name.endsWith("ncrements") ? "id" : null);
  if (column === null) {
    emit([other()]);
    return;
  }
  const literal = (node) => {
    const n = unwrap(node);
    return n?.type === "NumericLiteral" ? String(n.value) : stringValue(n, text);
  };
  const sqlType = type(args.map(literal));
  const called = (name) => modifiers.filter((m) => m.name === name && m.args !== null);
  const alter = called("alter")[0];
  const serial = head.name.endsWith("ncrements");
  const notNull = serial || called("notNullable").length > 0 || called("primary").length > 0;
  const defaults = called("defaultTo");
  const hasDefault = serial || defaults.some((d) => !(unwrap(d.args?.[0])?.type === "NullLiteral"));
  const actions = [];
  const key = `${table}.${column}`;
  const declared = scope.columns.get(key);
  scope.columns.set(key, { type: sqlType, notNull });
  if (alter) {
    const options = unwrap(alter.args?.[0]);
    const flag = (key2) => options?.type === "ObjectExpression" && (options.properties ?? []).some((p) => (p.key?.name ?? p.key?.value) === key2 && unwrap(p.value)?.type === "BooleanLiteral" && unwrap(p.value).value === false);
    if (!flag("alterType") && declared?.type !== sqlType) actions.push({ kind: "alter-column-type", phase: "contract", table, column, type: sqlType });
    if (notNull && !flag("alterNullable") && !declared?.notNull) actions.push({ kind: "set-not-null", phase: "contract", table, column });
    if (actions.length === 0) actions.push(other());
  } else if (!creating) {
    actions.push({ kind: "add-column", phase: "expand", table, column, notNull, hasDefault, ...serial ? { volatileDefault: true } : {} });
  }
  if (!alter) {
    if (called("unique").length) actions.push({ kind: "add-constraint", phase: "expand", table, constraint: knexName(table, [column], "unique"), constraintType: "UNIQUE", notValid: false });
    if (called("index").length) actions.push({ kind: "create-index", phase: "expand", table, index: knexName(table, [column], "index"), concurrently: false, unique: false });
    if (called("references").length) {
      actions.push({ kind: "add-constraint", phase: "expand", table, constraint: knexName(table, [column], "foreign"), constraintType: "FOREIGN KEY", notValid: false, ...referenceOf(modifiers, text) });
    }
  }
  if (actions.length) emit(actions);
}
function referenceOf(modifiers, text) {
  const inTable = modifiers.find((m) => m.name === "inTable");
  const table = inTable ? stringValue(inTable.args?.[0], text) : null;
  if (table) return { references: table };
  const reference = modifiers.find((m) => m.name === "references");
  const target = reference ? stringValue(reference.args?.[0], text) : null;
  if (target && target.includes(".")) return { references: target.slice(0, target.lastIndexOf(".")) };
  return {};
}
export {
  knexDialect
};
