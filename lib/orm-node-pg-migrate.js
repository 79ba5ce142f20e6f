import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  literalText,
  stringValue,
  unwrap
} from "./chunk-CJN3WSEG.js";
import "./chunk-CKOGTWOE.js";
import "./chunk-N4RVEWD4.js";
import "./chunk-HG2KG6FS.js";
import "./chunk-INZQK4TN.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";

// src/orm/node-pg-migrate.ts
var REVERSIBLE = /* @__PURE__ */ new Set([
  "createTable",
  "addColumns",
  "addColumn",
  "renameColumn",
  "renameTable",
  "createIndex",
  "addIndex",
  "addConstraint",
  "createConstraint",
  "renameConstraint",
  "createType",
  "addType",
  "renameType",
  "renameTypeAttribute",
  "renameTypeValue",
  "createExtension",
  "addExtension",
  "createSchema",
  "renameSchema",
  "createFunction",
  "renameFunction",
  "createTrigger",
  "renameTrigger",
  "createView",
  "renameView",
  "createMaterializedView",
  "renameMaterializedView",
  "createSequence",
  "renameSequence",
  "createPolicy",
  "renamePolicy",
  "createRole",
  "renameRole",
  "createDomain",
  "renameDomain",
  "createOperator",
  "addTypeAttribute",
  "createCast",
  "createIndexIfNotExists"
]);
var CREATES = {
  createType: "TYPE",
  addType: "TYPE",
  createExtension: "EXTENSION",
  addExtension: "EXTENSION",
  createSchema: "SCHEMA",
  createFunction: "FUNCTION",
  createTrigger: "TRIGGER",
  createView: "VIEW",
  createMaterializedView: "MATERIALIZED VIEW",
  createSequence: "SEQUENCE",
  createPolicy: "POLICY",
  createRole: "ROLE",
  createDomain: "DOMAIN",
  createOperator: "OPERATOR",
  addTypeValue: "ENUM VALUE",
  createCast: "CAST"
};
var DROPS = {
  dropType: "TYPE",
  dropExtension: "EXTENSION",
  dropSchema: "SCHEMA",
  dropFunction: "FUNCTION",
  dropTrigger: "TRIGGER",
  dropView: "VIEW",
  dropMaterializedView: "MATERIALIZED VIEW",
  dropSequence: "SEQUENCE",
  dropPolicy: "POLICY",
  dropRole: "ROLE",
  dropDomain: "DOMAIN",
  dropOperator: "OPERATOR",
  dropCast: "CAST"
};
var nodePgMigrateDialect = {
  name: "node-pg-migrate",
  async handle(chain, scope) {
    const [first, second] = chain.links;
    if (!first || first.args === null) {
      if (first?.name === "db" && second?.name === "query" && second.args) return sql(second, scope);
      return false;
    }
    if (first.name === "noTransaction") {
      scope.noTransaction = true;
      return true;
    }
    if (first.name === "func") return true;
    if (first.name === "sql") return sql({ ...first, start: chain.start }, scope);
    scope.out.builder(`node-pg-migrate.${first.name}`, scope.text, chain.start, first.end, actionsOf(first, scope.text));
    return true;
  },
  derivesDown(up) {
    return up.statements.length > 0 && up.statements.every((s) => REVERSIBLE.has(s.type.replace(/^node-pg-migrate\./, "")));
  }
};
async function sql(link, scope) {
  const literal = literalText(link.args?.[0], scope.text);
  if (!literal || (link.args?.length ?? 0) > 1) {
    scope.out.builder("node-pg-migrate.sql", scope.text, link.start, link.end, [{ kind: "other", phase: null, description: "SQL" }]);
  } else {
    await scope.out.sql(literal);
  }
  return true;
}
function tableName(node, text) {
  const n = unwrap(node);
  if (n?.type === "ObjectExpression") {
    const name = stringValue(property(n, "name"), text);
    const schema = stringValue(property(n, "schema"), text);
    return name === null ? null : schema ? `${schema}.${name}` : name;
  }
  return stringValue(n, text);
}
function property(object, key) {
  const n = unwrap(object);
  if (n?.type !== "ObjectExpression") return void 0;
  const found = (n.properties ?? []).find((p) => p.type === "ObjectProperty" && (p.key?.name ?? p.key?.value) === key);
  return found ? unwrap(found.value) : void 0;
}
function isTrue(node) {
  return node?.type === "BooleanLiteral" && node.value === true;
}
function names(node, text) {
  const n = unwrap(node);
  if (n?.type === "ArrayExpression") {
    const all = (n.elements ?? []).map((e) => stringValue(e, text) ?? stringValue(property(e, "name"), text));
    return all.every((x) => x !== null) ? all : null;
  }
  if (n?.type === "ObjectExpression") {
    const keys = (n.properties ?? []).map((p) => p.type === "ObjectProperty" && !p.computed ? p.key?.name ?? p.key?.value ?? null : null);
    return keys.every((x) => typeof x === "string") ? keys : null;
  }
  const single = stringValue(n, text);
  return single === null ? null : [single];
}
function actionsOf(link, text) {
  const args = link.args ?? [];
  const table = tableName(args[0], text);
  const other = { kind: "other", phase: null, description: `pgm.${link.name}` };
  const objectType = CREATES[link.name];
  if (objectType) return [{ kind: "create-other", phase: "expand", objectType, name: objectType === "ENUM VALUE" ? null : tableName(args[0], text) }];
  const dropped = DROPS[link.name];
  if (dropped) return table === null ? [other] : [{ kind: "drop-other", phase: "contract", objectType: dropped, name: table }];
  if (table === null) return [other];
  switch (link.name) {
    case "createTable":
      return [{ kind: "create-table", phase: "expand", table }];
    case "dropTable":
      return [{ kind: "drop-table", phase: "contract", table }];
    case "renameTable": {
      const to = stringValue(args[1], text);
      return to === null ? [other] : [{ kind: "rename-table", phase: "contract", table, newName: to }];
    }
    case "addColumns":
    case "addColumn":
      return addColumns(table, unwrap(args[1]), text) ?? [other];
    case "dropColumns":
    case "dropColumn": {
      const columns = names(args[1], text);
      return columns ? columns.map((column) => ({ kind: "drop-column", phase: "contract", table, column })) : [other];
    }
    case "renameColumn": {
      const [from, to] = [stringValue(args[1], text), stringValue(args[2], text)];
      return from && to ? [{ kind: "rename-column", phase: "contract", table, column: from, newName: to }] : [other];
    }
    case "alterColumn": {
      const column = stringValue(args[1], text);
      if (column === null) return [other];
      const options = unwrap(args[2]);
      const actions = [];
      const type = property(options, "type");
      if (type) actions.push({ kind: "alter-column-type", phase: "contract", table, column, type: stringValue(type, text) ?? text.slice(type.start, type.end) });
      if (isTrue(property(options, "notNull"))) actions.push({ kind: "set-not-null", phase: "contract", table, column });
      return actions.length ? actions : [other];
    }
    case "createIndex":
    case "addIndex":
    case "dropIndex": {
      const columns = names(args[1], text);
      const options = unwrap(args[2]);
      const unique = isTrue(property(options, "unique"));
      const bare = table.split(".").at(-1);
      const index = stringValue(property(options, "name"), text) ?? (columns ? `${bare}_${columns.join("_")}${unique ? "_unique" : ""}_index` : null);
      const concurrently = isTrue(property(options, "concurrently"));
      if (link.name === "dropIndex") return index === null ? [other] : [{ kind: "drop-index", phase: "contract", index, concurrently }];
      return [{ kind: "create-index", phase: "expand", table, index, concurrently, unique }];
    }
    case "addConstraint":
    case "createConstraint": {
      const expression = unwrap(args[2]);
      const constraint = stringValue(args[1], text);
      const spelled = stringValue(expression, text);
      return [{ kind: "add-constraint", phase: "expand", table, constraint, constraintType: constraintType(expression, spelled), notValid: /\bNOT\s+VALID\b/i.test(spelled ?? "") }];
    }
    case "dropConstraint": {
      const constraint = stringValue(args[1], text);
      return constraint === null ? [other] : [{ kind: "drop-constraint", phase: "contract", table, constraint }];
    }
    case "renameConstraint": {
      const [from, to] = [stringValue(args[1], text), stringValue(args[2], text)];
      return from && to ? [{ kind: "rename-other", phase: "contract", objectType: "CONSTRAINT", name: `${from} ON ${table}`, newName: to }] : [other];
    }
    default:
      return [other];
  }
}
function constraintType(expression, spelled) {
  const words = spelled?.trim().toUpperCase() ?? "";
  if (words.startsWith("UNIQUE") || property(expression, "unique")) return "UNIQUE";
  if (words.startsWith("PRIMARY KEY") || property(expression, "primaryKey")) return "PRIMARY KEY";
  if (words.startsWith("FOREIGN KEY") || property(expression, "foreignKeys")) return "FOREIGN KEY";
  if (words.startsWith("EXCLUDE") || property(expression, "exclude")) return "EXCLUDE";
  return "CHECK";
}
function addColumns(table, columns, text) {
  if (columns?.type !== "ObjectExpression") return null;
  const actions = [];
  for (const p of columns.properties ?? []) {
    const column = p.type === "ObjectProperty" && !p.computed ? p.key?.name ?? p.key?.value : null;
    if (typeof column !== "string") return null;
    const definition = unwrap(p.value);
    const type = stringValue(definition, text) ?? stringValue(property(definition, "type"), text) ?? "";
    const serial = /serial$/i.test(type) || property(definition, "sequenceGenerated") !== void 0;
    const defaultValue = property(definition, "default");
    const notNull = isTrue(property(definition, "notNull")) || isTrue(property(definition, "primaryKey")) || serial;
    const hasDefault = serial || defaultValue !== void 0 && defaultValue.type !== "NullLiteral";
    actions.push({ kind: "add-column", phase: "expand", table, column, notNull, hasDefault, ...serial ? { volatileDefault: true } : {} });
  }
  return actions;
}
export {
  nodePgMigrateDialect
};
