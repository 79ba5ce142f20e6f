import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CONSTRAINT_TYPES,
  formatType,
  list
} from "./chunk-INZQK4TN.js";
import {
  compareVersions,
  conventions,
  lowerBound
} from "./chunk-4J5UB25P.js";

// src/schema/versioned-map.ts
var VersionedMap = class {
  /** Each key's writes, oldest first: the step, and the value (undefined for a delete). */
  writes = /* @__PURE__ */ new Map();
  /** The step writes are stamped with; raise it between steps. */
  step = 0;
  get(key) {
    const history = this.writes.get(key);
    return history?.values[history.values.length - 1];
  }
  has(key) {
    return this.get(key) !== void 0;
  }
  set(key, value) {
    this.write(key, value);
  }
  delete(key) {
    if (this.has(key)) this.write(key, void 0);
  }
  /** The current entries; writes made while iterating are seen as Map iteration sees them. */
  *[Symbol.iterator]() {
    for (const [key, history] of this.writes) {
      const value = history.values[history.values.length - 1];
      if (value !== void 0) yield [key, value];
    }
  }
  /** The value `key` had before `step`: the last write stamped with a smaller step. */
  at(key, step) {
    const history = this.writes.get(key);
    if (history === void 0) return void 0;
    const { steps, values } = history;
    if (steps[steps.length - 1] < step) return values[values.length - 1];
    const after = lowerBound(steps.length, (index) => steps[index] < step);
    return after === 0 ? void 0 : values[after - 1];
  }
  write(key, value) {
    const history = this.writes.get(key);
    if (history === void 0) {
      this.writes.set(key, { steps: [this.step], values: [value] });
      return;
    }
    const last = history.steps.length - 1;
    if (last >= 0 && history.steps[last] === this.step) history.values[last] = value;
    else {
      history.steps.push(this.step);
      history.values.push(value);
    }
  }
};

// src/schema/model.ts
function tableKey(name) {
  return name.startsWith("public.") ? name.slice("public.".length) : name;
}
var SchemaState = class {
  tables = new VersionedMap();
  indexes = new VersionedMap();
  /** The step the next changes belong to; earlier steps' states stay readable. */
  set step(step) {
    this.tables.step = step;
    this.indexes.step = step;
  }
  tableAt(key, step) {
    return this.tables.at(key, step);
  }
  indexAt(key, step) {
    return this.indexes.at(key, step);
  }
  /** Marks a table as only partly known (a migration mentioning it could not be read). */
  markIncomplete(name) {
    const table = this.tables.get(tableKey(name));
    if (table) this.tables.set(table.name, { ...table, complete: false });
  }
  /** Replays one statement. Statements about objects the state does not hold change nothing (or add what they tell). */
  apply(statement) {
    const node = statement.node;
    switch (statement.type) {
      case "CreateStmt":
        this.createTable(node);
        return;
      case "CreateTableAsStmt":
        if (node.objtype !== "OBJECT_MATVIEW") this.putOpaqueTable(relationName(node.into?.rel), node.into?.rel?.relpersistence === "t");
        return;
      case "SelectStmt":
        if (node.intoClause) this.putOpaqueTable(relationName(node.intoClause.rel), node.intoClause.rel?.relpersistence === "t");
        return;
      case "AlterTableStmt":
        if (node.objtype === void 0 || node.objtype === "OBJECT_TABLE" || node.objtype === "OBJECT_FOREIGN_TABLE") this.alterTable(node);
        return;
      case "IndexStmt":
        this.createIndex(node);
        return;
      case "DropStmt":
        this.drop(node);
        return;
      case "RenameStmt":
        this.rename(node);
        return;
      case "AlterObjectSchemaStmt":
        if (node.objectType === "OBJECT_TABLE" && node.relation) {
          const from = relationName(node.relation);
          this.renameTable(from, `${node.newschema}.${from.split(".").at(-1)}`);
        }
        return;
    }
    if (statement.type.includes(".")) for (const action of statement.actions) this.applyAction(action);
  }
  applyAction(action) {
    switch (action.kind) {
      case "create-table":
        this.putOpaqueTable(action.table, action.temporary === true);
        return;
      case "drop-table":
        this.drop({ removeType: "OBJECT_TABLE", objects: [{ String: { sval: action.table } }] });
        return;
      case "rename-table":
        this.renameTable(action.table, action.newName);
        return;
      case "drop-index":
        this.indexes.delete(tableKey(action.index));
        return;
      case "create-index": {
        const table2 = tableKey(action.table);
        const name = tableKey(action.index ?? `${table2.split(".").at(-1)}_idx`);
        this.indexes.set(name, { name, table: table2, unique: action.unique, columns: [] });
        return;
      }
    }
    if (!("table" in action) || action.table === null) return;
    const table = this.edit(action.table);
    if (!table) return;
    const column = "column" in action ? table.columns.get(action.column) : void 0;
    switch (action.kind) {
      case "add-column":
        table.columns.set(action.column, { name: action.column, type: "", notNull: action.notNull, hasDefault: action.hasDefault });
        return;
      case "drop-column":
        table.columns.delete(action.column);
        table.constraints = table.constraints.filter((c) => c.notNullColumn !== action.column);
        return;
      case "rename-column":
        if (column) table.columns = new Map([...table.columns].map(([key, value]) => key === column.name ? [action.newName, { ...value, name: action.newName }] : [key, value]));
        return;
      case "alter-column-type":
        if (column) table.columns.set(column.name, { ...column, type: action.type });
        return;
      case "set-not-null":
        if (column) table.columns.set(column.name, { ...column, notNull: true });
        return;
      case "add-constraint":
        if (action.constraint) table.constraints.push({ name: action.constraint, type: action.constraintType, validated: !action.notValid });
        return;
      case "drop-constraint":
        table.constraints = table.constraints.filter((c) => c.name !== action.constraint);
        return;
    }
  }
  createTable(node) {
    const name = tableKey(relationName(node.relation));
    if (!name) return;
    const table = {
      name,
      columns: /* @__PURE__ */ new Map(),
      constraints: [],
      complete: list(node.inhRelations).length === 0 && !list(node.tableElts).some((e) => e.TableLikeClause) && !node.partbound,
      temporary: node.relation?.relpersistence === "t"
    };
    for (const element of list(node.tableElts)) {
      if (element.ColumnDef) addColumn(table, element.ColumnDef, this.indexes);
      else if (element.Constraint) addConstraint(table, element.Constraint, this.indexes);
    }
    this.tables.set(name, table);
  }
  putOpaqueTable(rawName, temporary) {
    const name = tableKey(rawName);
    if (name) this.tables.set(name, { name, columns: /* @__PURE__ */ new Map(), constraints: [], complete: false, temporary });
  }
  /** A copy of the table to change, put in place of the original (other snapshots keep the original). */
  edit(rawName) {
    const table = this.tables.get(tableKey(rawName));
    if (!table) return null;
    const copy = { ...table, columns: new Map(table.columns), constraints: [...table.constraints] };
    this.tables.set(copy.name, copy);
    return copy;
  }
  alterTable(node) {
    const table = this.edit(relationName(node.relation));
    if (!table) return;
    for (const item of list(node.cmds)) {
      const cmd = item.AlterTableCmd ?? {};
      const name = typeof cmd.name === "string" ? cmd.name : "";
      const column = table.columns.get(name);
      switch (cmd.subtype) {
        case "AT_AddColumn":
          addColumn(table, cmd.def?.ColumnDef ?? {}, this.indexes);
          break;
        case "AT_DropColumn":
          table.columns.delete(name);
          table.constraints = table.constraints.filter((c) => c.notNullColumn !== name);
          break;
        case "AT_AlterColumnType":
          if (column) table.columns.set(name, { ...column, type: columnType(cmd.def?.ColumnDef?.typeName) });
          break;
        case "AT_SetNotNull":
          if (column) table.columns.set(name, { ...column, notNull: true });
          break;
        case "AT_DropNotNull":
          if (column) table.columns.set(name, { ...column, notNull: false });
          break;
        case "AT_ColumnDefault":
          if (column) table.columns.set(name, { ...column, hasDefault: Boolean(cmd.def) && cmd.def?.A_Const?.isnull !== true });
          break;
        case "AT_AddConstraint":
          addConstraint(table, cmd.def?.Constraint ?? {}, this.indexes);
          break;
        case "AT_DropConstraint":
          table.constraints = table.constraints.filter((c) => c.name !== name);
          break;
        case "AT_ValidateConstraint":
          table.constraints = table.constraints.map((c) => c.name === name ? { ...c, validated: true } : c);
          break;
      }
    }
  }
  createIndex(node) {
    const table = tableKey(relationName(node.relation));
    const columns = list(node.indexParams).map((p) => typeof p.IndexElem?.name === "string" ? p.IndexElem.name : "expr");
    const name = typeof node.idxname === "string" ? node.idxname : `${table.split(".").at(-1)}_${columns.join("_")}_idx`;
    const schema = table.includes(".") ? `${table.split(".")[0]}.` : "";
    this.indexes.set(tableKey(schema + name), { name: tableKey(schema + name), table, unique: node.unique === true, columns });
  }
  drop(node) {
    for (const object of list(node.objects)) {
      const name = tableKey(objectName(object));
      if (node.removeType === "OBJECT_TABLE") {
        this.tables.delete(name);
        for (const [key, index] of this.indexes) if (index.table === name) this.indexes.delete(key);
      } else if (node.removeType === "OBJECT_INDEX") {
        this.indexes.delete(name);
      }
    }
  }
  rename(node) {
    const relation = node.relation ? tableKey(relationName(node.relation)) : "";
    const newName = String(node.newname ?? "");
    switch (node.renameType) {
      case "OBJECT_TABLE":
      case "OBJECT_FOREIGN_TABLE": {
        const schema = relation.includes(".") ? `${relation.split(".")[0]}.` : "";
        this.renameTable(relation, schema + newName);
        return;
      }
      case "OBJECT_COLUMN": {
        const table = this.edit(relation);
        const column = table?.columns.get(String(node.subname ?? ""));
        if (!table || !column) return;
        table.columns = new Map([...table.columns].map(([key, value]) => key === column.name ? [newName, { ...value, name: newName }] : [key, value]));
        table.constraints = table.constraints.map((c) => c.notNullColumn === column.name ? { ...c, notNullColumn: newName } : c);
        return;
      }
      case "OBJECT_TABCONSTRAINT": {
        const table = this.edit(relation);
        if (table) table.constraints = table.constraints.map((c) => c.name === node.subname ? { ...c, name: newName } : c);
        return;
      }
      case "OBJECT_INDEX": {
        const index = this.indexes.get(relation);
        if (!index) return;
        const schema = relation.includes(".") ? `${relation.split(".")[0]}.` : "";
        this.indexes.delete(relation);
        this.indexes.set(tableKey(schema + newName), { ...index, name: tableKey(schema + newName) });
        return;
      }
    }
  }
  renameTable(rawFrom, rawTo) {
    const from = tableKey(rawFrom);
    const to = tableKey(rawTo);
    const table = this.tables.get(from);
    this.tables.delete(from);
    this.tables.set(to, table ? { ...table, name: to } : { name: to, columns: /* @__PURE__ */ new Map(), constraints: [], complete: false, temporary: false });
    for (const [key, index] of this.indexes) if (index.table === from) this.indexes.set(key, { ...index, table: to });
  }
};
var SERIAL_TYPES = /* @__PURE__ */ new Map([
  ["smallserial", "smallint"],
  ["serial2", "smallint"],
  ["serial", "integer"],
  ["serial4", "integer"],
  ["bigserial", "bigint"],
  ["serial8", "bigint"]
]);
function columnType(typeName) {
  const type = formatType(typeName);
  return SERIAL_TYPES.get(type) ?? type;
}
function addColumn(table, def, indexes) {
  const name = typeof def.colname === "string" ? def.colname : "";
  if (!name) return;
  const written = formatType(def.typeName);
  const serial = SERIAL_TYPES.has(written);
  const column = { name, type: columnType(def.typeName), notNull: def.is_not_null === true || serial, hasDefault: serial };
  for (const item of list(def.constraints)) {
    const constraint = item.Constraint ?? {};
    switch (constraint.contype) {
      case "CONSTR_NOTNULL":
      case "CONSTR_PRIMARY":
        column.notNull = true;
        break;
      case "CONSTR_DEFAULT":
        if (constraint.raw_expr?.A_Const?.isnull !== true) column.hasDefault = true;
        break;
      case "CONSTR_IDENTITY":
        column.notNull = column.hasDefault = true;
        break;
      case "CONSTR_GENERATED":
        column.hasDefault = true;
        break;
    }
    if (CONSTRAINT_TYPES[constraint.contype] && constraint.contype !== "CONSTR_NOTNULL") {
      addConstraint(table, { ...constraint, keys: constraint.keys ?? [{ String: { sval: name } }] }, indexes);
    }
  }
  table.columns.set(name, column);
}
var NAME_SUFFIXES = {
  CONSTR_CHECK: "check",
  CONSTR_FOREIGN: "fkey",
  CONSTR_UNIQUE: "key",
  CONSTR_EXCLUSION: "excl",
  CONSTR_NOTNULL: "not_null"
};
function addConstraint(table, constraint, indexes) {
  const type = CONSTRAINT_TYPES[constraint.contype];
  if (type === void 0) return;
  const keys = list(constraint.keys ?? constraint.fk_attrs).map(stringOf);
  const notNullColumn = type === "CHECK" ? notNullCheckColumn(constraint.raw_expr) : void 0;
  const shortTable = table.name.split(".").at(-1);
  const firstColumn = keys[0] ?? (type === "CHECK" ? firstColumnRef(constraint.raw_expr) : void 0);
  const name = typeof constraint.conname === "string" ? constraint.conname : constraint.contype === "CONSTR_PRIMARY" ? `${shortTable}_pkey` : `${shortTable}${firstColumn ? `_${firstColumn}` : ""}_${NAME_SUFFIXES[constraint.contype]}`;
  const info = { name, type, validated: constraint.skip_validation !== true };
  if (notNullColumn !== void 0) info.notNullColumn = notNullColumn;
  table.constraints.push(info);
  if (type === "PRIMARY KEY") {
    for (const key of keys) {
      const column = table.columns.get(key);
      if (column) table.columns.set(key, { ...column, notNull: true });
    }
  }
  if (type === "PRIMARY KEY" || type === "UNIQUE") {
    const adopted = typeof constraint.indexname === "string" ? constraint.indexname : null;
    if (adopted) indexes.delete(tableKey(adopted));
    indexes.set(name, { name, table: table.name, unique: true, columns: keys });
  }
}
function firstColumnRef(expression) {
  const stack = [expression];
  while (stack.length > 0) {
    const value = stack.shift();
    if (value === null || typeof value !== "object") continue;
    const fields = list(value.ColumnRef?.fields);
    if (fields.length > 0) return stringOf(fields.at(-1)) || void 0;
    for (const key in value) stack.push(value[key]);
  }
  return void 0;
}
function notNullCheckColumn(expression) {
  const test = expression?.NullTest;
  if (!test || test.nulltesttype !== "IS_NOT_NULL") return void 0;
  const fields = list(test.arg?.ColumnRef?.fields);
  return fields.length === 1 ? stringOf(fields[0]) || void 0 : void 0;
}
function relationName(rangeVar) {
  if (rangeVar === null || typeof rangeVar !== "object") return "";
  const { schemaname, relname } = rangeVar;
  return [schemaname, relname].filter((part) => typeof part === "string").join(".");
}
function objectName(object) {
  if (object.List) return list(object.List.items).map(stringOf).join(".");
  if (object.String) return stringOf(object);
  return "";
}
function stringOf(value) {
  return typeof value.String?.sval === "string" ? value.String.sval : "";
}

// src/schema/types.ts
var ALIASES = /* @__PURE__ */ new Map([
  ["character varying", "varchar"],
  ["bit varying", "varbit"],
  ["decimal", "numeric"],
  ["int", "integer"],
  ["int4", "integer"],
  ["int8", "bigint"],
  ["int2", "smallint"],
  ["timestamp with time zone", "timestamptz"],
  ["timestamp without time zone", "timestamp"]
]);
function parseType(type) {
  const match = /^([a-z_][a-z0-9_ .]*?)(?:\(([\d,\s]+)\))?((?:\[\d*\])*)$/i.exec(type.trim());
  if (!match) return null;
  const raw = match[1].toLowerCase().replace(/^pg_catalog\./, "");
  return {
    name: ALIASES.get(raw) ?? raw,
    mods: match[2] ? match[2].split(",").map((m) => Number(m.trim())) : [],
    array: match[3] !== ""
  };
}
function isRewriteFree(from, to) {
  const a = parseType(from);
  const b = parseType(to);
  if (!a || !b || a.array !== b.array) return false;
  if (a.name === b.name && a.mods.join() === b.mods.join()) return true;
  const widens = (limit, next) => next === void 0 || limit !== void 0 && next >= limit;
  if ((a.name === "varchar" || a.name === "text") && (b.name === "varchar" || b.name === "text")) {
    if (b.name === "text") return true;
    return a.name === "varchar" ? widens(a.mods[0], b.mods[0]) : b.mods.length === 0;
  }
  if (a.name === "varbit" && b.name === "varbit") return widens(a.mods[0], b.mods[0]);
  if (a.name === "numeric" && b.name === "numeric") {
    if (b.mods.length === 0) return true;
    if (a.mods.length === 0) return false;
    return b.mods[0] >= a.mods[0] && (b.mods[1] ?? 0) === (a.mods[1] ?? 0);
  }
  return a.name === "cidr" && b.name === "inet";
}

// src/schema/index.ts
function hasNotNullCheck(table, column) {
  return table.constraints.some((c) => c.type === "CHECK" && c.validated && c.notNullColumn === column);
}
function compareMigrations(a, b) {
  if (a.directory !== b.directory) return a.directory < b.directory ? -1 : 1;
  const va = a.name?.version ?? null;
  const vb = b.name?.version ?? null;
  if (va !== null && vb !== null) {
    const order = compareVersions(va, vb);
    if (order !== 0) return order;
  } else if (va !== vb) {
    return va === null ? 1 : -1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function namesToLookUp(change, onlyFor) {
  const names = /* @__PURE__ */ new Set();
  for (const migration of change) {
    for (const statement of migration.up?.statements ?? []) {
      for (const action of statement.actions) {
        if (onlyFor && !onlyFor(action)) continue;
        for (const name of namesOf(action)) {
          const bare = name.split(".").at(-1);
          if (/^[A-Za-z_][A-Za-z0-9_$]*$/.test(bare)) names.add(bare.toLowerCase());
        }
      }
    }
  }
  return [...names].sort();
}
function dependsOnBase(action) {
  return action.kind === "alter-column-type" || action.kind === "set-not-null";
}
function namesOf(action) {
  const names = [];
  if ("table" in action && typeof action.table === "string") names.push(action.table);
  if ((action.kind === "create-index" || action.kind === "drop-index") && action.index) names.push(action.index);
  if (action.kind === "add-constraint" && action.references) names.push(action.references);
  if ((action.kind === "create-other" || action.kind === "drop-other" || action.kind === "rename-other") && action.name) {
    names.push(action.name.split(" ON ").at(-1));
  }
  return names;
}
var BASE_STEP = -1;
function buildSchema(input) {
  const state = new SchemaState();
  state.step = BASE_STEP;
  for (const migration of [...input.base ?? []].sort(compareMigrations)) {
    for (const statement of migration.up?.statements ?? []) state.apply(statement);
    if (migration.unreadable || migration.up?.error) {
      for (const statement of migration.up?.statements ?? []) for (const action of statement.actions) if ("table" in action) state.markIncomplete(action.table);
    }
  }
  const createdAt = /* @__PURE__ */ new Map();
  const tracker = newObjectTracker(createdAt);
  const positions = /* @__PURE__ */ new Map();
  let position = 0;
  for (const migration of [...input.change].sort(compareMigrations)) {
    for (const statement of migration.up?.statements ?? []) {
      positions.set(statement, position);
      tracker(statement, position);
      state.step = position;
      state.apply(statement);
      position++;
    }
  }
  const searched = input.searched && input.base !== null ? new Set(input.searched) : null;
  const unsearched = /* @__PURE__ */ new Set();
  const note = (name, found) => {
    const bare = name.split(".").at(-1).toLowerCase();
    if (found === void 0 && searched && !searched.has(bare)) unsearched.add(bare);
    return found;
  };
  const replay = { state, createdAt, note };
  const view = (step, newUpTo) => new View(replay, step, newUpTo);
  const baseView = view(0, -1);
  return {
    before(statement) {
      const at = positions.get(statement);
      return at === void 0 ? baseView : view(at, at);
    },
    after: view(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
    baseRead: input.base !== null,
    unsearched: () => [...unsearched].sort()
  };
}
var View = class {
  constructor(replay, step, newUpTo) {
    this.replay = replay;
    this.step = step;
    this.newUpTo = newUpTo;
  }
  replay;
  step;
  newUpTo;
  table(name) {
    return this.replay.note(name, this.replay.state.tableAt(tableKey(name), this.step));
  }
  index(name) {
    return this.replay.note(name, this.replay.state.indexAt(tableKey(name), this.step));
  }
  isNew(name) {
    const position = this.replay.createdAt.get(tableKey(name));
    return position !== void 0 && position <= this.newUpTo;
  }
};
function newObjectTracker(createdAt) {
  const seen = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Set();
  const create = (object, position) => {
    if (!createdAt.has(object)) createdAt.set(object, position);
  };
  return (statement, position) => {
    for (const action of statement.actions) {
      const object = objectKey(action);
      if (object === null) continue;
      const isCreate = action.kind === "create-table" || action.kind === "create-index" || action.kind === "create-other";
      if (!seen.has(object) && isCreate || action.kind === "create-table" && action.temporary) create(object, position);
      if (action.kind === "create-other" && dropped.has(object)) create(object, position);
      if (action.kind === "drop-other") dropped.add(object);
      if ((action.kind === "rename-table" || action.kind === "rename-other") && createdAt.has(object)) create(tableKey(action.newName), position);
      seen.add(object);
    }
  };
}
function objectKey(action) {
  if (action.kind === "create-index" || action.kind === "drop-index") return action.index === null ? null : tableKey(action.index);
  if ("table" in action && typeof action.table === "string") return tableKey(action.table);
  if ("name" in action && typeof action.name === "string") return tableKey(action.name);
  return null;
}

// src/conventions/transactions.ts
var OPENS = /* @__PURE__ */ new Set(["TRANS_STMT_BEGIN", "TRANS_STMT_START"]);
var CLOSES = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"]);
function transactionsOf(convention, sections, statements, assume) {
  const outside = outsideMode(convention, sections, statements, assume);
  const result = /* @__PURE__ */ new Map();
  let block = 0;
  let open = false;
  for (const statement of statements) {
    const kind = statement.type === "TransactionStmt" ? String(statement.node.kind ?? "") : "";
    if (OPENS.has(kind) && !open) {
      open = true;
      block++;
    }
    if (open) result.set(statement, { inTransaction: true, mode: "explicit", block });
    else result.set(statement, outside);
    if (CLOSES.has(kind)) open = false;
  }
  return result;
}
function outsideMode(convention, sections, statements, assume) {
  if (assume !== void 0) return assume ? { inTransaction: true, mode: "config", block: 0 } : { inTransaction: false, mode: "config", block: null };
  if (convention.wrapsInTransaction === null) return { inTransaction: null, mode: "unknown", block: null };
  if (convention.wrapsInTransaction && (sections?.transaction ?? true)) return { inTransaction: true, mode: "tool", block: 0 };
  if (convention.sendsFileAsOneQuery && statements.length > 1) return { inTransaction: true, mode: "implicit", block: 0 };
  return { inTransaction: false, mode: "none", block: null };
}

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? escapeControlCharacters(String(data[key])) : whole);
}
function escapeControlCharacters(text) {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (char) => {
    const named = { "\n": "\\n", "	": "\\t", "\r": "\\r" };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
function upStatements(migration) {
  return migration.up?.statements ?? [];
}
function* upActions(migration) {
  for (const statement of upStatements(migration)) {
    for (const action of statement.actions) yield { action, statement };
  }
}
function addedUpMigrations(context) {
  let added = addedOfRun.get(context.migrations);
  if (added === void 0) {
    added = context.migrations.filter((m) => isNewUpMigration(m) || isChangedRename(m));
    addedOfRun.set(context.migrations, added);
  }
  return added;
}
var addedOfRun = /* @__PURE__ */ new WeakMap();
function isNewUpMigration(migration) {
  return migration.status === "added" && migration.name?.direction !== "down" && migration.up !== null;
}
function transactionsIn(context, migration) {
  const sections = migration.sections ?? (migration.transaction === void 0 ? null : { up: null, down: null, transaction: migration.transaction });
  return transactionsOf(conventions[migration.convention], sections, upStatements(migration), context.assumeInTransaction);
}
function typeChangeRewrites(context, action, at) {
  if (action.using) return true;
  const column = knownColumn(context, at, action.table, action.column)?.column;
  return column ? !isRewriteFree(column.type, action.type) : null;
}
function knownColumn(context, at, table, column) {
  const info = context.schema.before(at).table(table);
  const found = info?.complete ? info.columns.get(column) : void 0;
  return info && found ? { table: info, column: found } : void 0;
}
function isChangedRename(migration) {
  return migration.status === "renamed" && migration.unchangedStatements === false && migration.name?.direction !== "down" && migration.up !== null;
}
function summarizeFiles(files) {
  const shown = files.slice(0, 3).join(", ");
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}
function assumedNote(context, table, at) {
  const view = at ? context.schema.before(at) : context.schema.after;
  if (view.table(table) || view.isNew(table)) return "";
  return ` ("${table}" is not created by any migration migration-lint read: assumed to exist and hold rows.)`;
}
function breaksRunningCode(action) {
  if (action.phase !== "contract" || action.kind === "drop-index" || action.kind === "drop-constraint") return false;
  return !(action.kind === "rename-other" && action.objectType === "INDEX");
}
function isHarmlessForRunningCode(context, action, statement) {
  if (action.kind === "alter-column-type") return typeChangeRewrites(context, action, statement) === false;
  if (action.kind !== "set-not-null") return false;
  const known = knownColumn(context, statement, action.table, action.column);
  return known !== void 0 && (known.column.notNull || hasNotNullCheck(known.table, action.column));
}
function* breakingStatements(context) {
  for (const migration of addedUpMigrations(context)) {
    for (const statement of upStatements(migration)) {
      const action = statement.actions.find((a) => {
        const object = objectOf(a);
        return breaksRunningCode(a) && !(object && context.isNewInThisChange(object)) && !isHarmlessForRunningCode(context, a, statement);
      });
      if (action) yield { migration, statement, action };
    }
  }
}
function removedNames(action) {
  const bare = (name) => name.split(".").at(-1);
  if (action.kind === "drop-table" || action.kind === "rename-table") return { table: bare(action.table) };
  if (action.kind === "drop-column" || action.kind === "rename-column") return { table: bare(action.table), column: action.column };
  return null;
}
var objectOf = objectKey;
function tableOf(action) {
  return "table" in action && typeof action.table === "string" ? action.table : null;
}
function describeAction(action) {
  switch (action.kind) {
    case "create-table":
      return `CREATE TABLE ${action.table}`;
    case "create-index":
      return `CREATE INDEX${action.index ? ` ${action.index}` : ""} ON ${action.table}`;
    case "add-column":
      return `ADD COLUMN ${action.table}.${action.column}`;
    case "add-constraint":
      return `ADD CONSTRAINT${action.constraint ? ` ${action.constraint}` : ""} ON ${action.table}`;
    case "create-other":
      return `CREATE ${action.objectType}${action.name ? ` ${action.name}` : ""}`;
    case "data":
      return `${action.verb.toUpperCase()}${action.table ? ` ${action.table}` : ""}`;
    case "drop-table":
      return `DROP TABLE ${action.table}`;
    case "drop-column":
      return `DROP COLUMN ${action.table}.${action.column}`;
    case "drop-index":
      return `DROP INDEX ${action.index}`;
    case "drop-constraint":
      return `DROP CONSTRAINT ${action.constraint} ON ${action.table}`;
    case "drop-other":
      return `DROP ${action.objectType} ${action.name}`;
    case "rename-table":
      return `RENAME TABLE ${action.table} TO ${action.newName}`;
    case "rename-column":
      return `RENAME COLUMN ${action.table}.${action.column} TO ${action.newName}`;
    case "rename-other":
      return `RENAME ${action.objectType} ${action.name} TO ${action.newName}`;
    case "alter-column-type":
      return `ALTER COLUMN ${action.table}.${action.column} TYPE ${action.type}`;
    case "set-not-null":
      return `SET NOT NULL on ${action.table}.${action.column}`;
    case "other":
      return action.description;
  }
}
function safeSequence(action) {
  switch (action.kind) {
    case "drop-column":
      return `Deploy code that no longer reads or writes ${action.table}.${action.column} first; then drop it alone in a later pull request: ALTER TABLE ${action.table} DROP COLUMN ${action.column};`;
    case "drop-table":
      return `Deploy code that no longer uses ${action.table} first; then drop it alone in a later pull request: DROP TABLE ${action.table};`;
    case "rename-column":
      return `Expand and contract instead: ALTER TABLE ${action.table} ADD COLUMN ${action.newName} <type>; deploy code that writes both and backfill ${action.newName} from ${action.column}; switch reads to ${action.newName}; drop ${action.column} in a later pull request.`;
    case "rename-table":
      return `Expand and contract instead: CREATE TABLE ${action.newName} (\u2026) (or a view named ${action.newName}); deploy code that writes both and backfill; switch reads; drop ${action.table} in a later pull request.`;
    case "alter-column-type":
      return `Expand and contract instead: ALTER TABLE ${action.table} ADD COLUMN ${action.column}_new ${action.type}; deploy code that writes both and backfill it; switch reads; drop ${action.column} in a later pull request.`;
    case "set-not-null":
      return `Add a check constraint first, without blocking: ALTER TABLE ${action.table} ADD CONSTRAINT ${action.table}_${action.column}_not_null CHECK (${action.column} IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT it once the code always writes ${action.column} and old rows are backfilled.`;
    case "add-column":
      return `Add it nullable or with a default: ALTER TABLE ${action.table} ADD COLUMN ${action.column} <type> DEFAULT <value> NOT NULL; or add it nullable, backfill, then add NOT NULL in a later pull request.`;
    default:
      return `Deploy code that no longer depends on it first; then make this change alone in a later pull request: ${describeAction(action)};`;
  }
}

export {
  hasNotNullCheck,
  namesToLookUp,
  dependsOnBase,
  buildSchema,
  defineRule,
  formatMessage,
  escapeControlCharacters,
  upStatements,
  upActions,
  addedUpMigrations,
  isNewUpMigration,
  transactionsIn,
  typeChangeRewrites,
  knownColumn,
  summarizeFiles,
  assumedNote,
  isHarmlessForRunningCode,
  breakingStatements,
  removedNames,
  tableOf,
  describeAction,
  safeSequence
};
