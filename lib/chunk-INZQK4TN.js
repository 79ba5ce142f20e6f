import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/exact-length.ts
function exactLength(array) {
  return array.slice();
}

// src/sql/facts.ts
function createTable(relation) {
  const table = relationName(relation);
  return relation?.relpersistence === "t" ? { kind: "create-table", phase: null, table, temporary: true } : { kind: "create-table", phase: "expand", table };
}
function columnDefinitions(type, node) {
  if (node === null || typeof node !== "object") return [];
  if (type === "CreateStmt") {
    const table = relationName(node.relation);
    const columns = list(node.tableElts).flatMap(
      (e) => e.ColumnDef ? [{ table, definition: columnDefinition(e.ColumnDef), node: e.ColumnDef, by: "create-table" }] : []
    );
    for (const element of list(node.tableElts)) {
      if (element.Constraint?.contype !== "CONSTR_PRIMARY") continue;
      const keys = new Set(list(element.Constraint.keys).map(stringOf));
      for (const { definition } of columns) if (keys.has(definition.column)) definition.primaryKey = true;
    }
    return columns;
  }
  if (type === "AlterTableStmt" && (node.objtype === void 0 || node.objtype === "OBJECT_TABLE")) {
    const table = relationName(node.relation);
    return list(node.cmds).flatMap((item) => {
      const cmd = item.AlterTableCmd ?? {};
      if (!cmd.def?.ColumnDef) return [];
      if (cmd.subtype === "AT_AddColumn") return [{ table, definition: columnDefinition(cmd.def.ColumnDef), node: cmd.def.ColumnDef, by: "add-column" }];
      if (cmd.subtype !== "AT_AlterColumnType") return [];
      const definition = { ...columnDefinition(cmd.def.ColumnDef), column: typeof cmd.name === "string" ? cmd.name : "" };
      return [{ table, definition, node: cmd.def.ColumnDef, by: "alter-type" }];
    });
  }
  return [];
}
function columnDefinition(def) {
  const typeNames = list(def.typeName?.names).map(stringOf);
  const typeName = typeNames.at(-1) ?? "";
  let fill = typeNames.length === 1 && SERIAL_TYPES.has(typeName) ? "serial" : "null";
  let primaryKey = false;
  for (const item of list(def.constraints)) {
    const constraint = item.Constraint ?? {};
    if (constraint.contype === "CONSTR_PRIMARY") primaryKey = true;
    else if (constraint.contype === "CONSTR_IDENTITY") fill = "identity";
    else if (constraint.contype === "CONSTR_GENERATED" && constraint.generated_kind !== "v") fill = "stored-generated";
    else if (constraint.contype === "CONSTR_DEFAULT" && constraint.raw_expr?.A_Const?.isnull !== true && fill === "null") {
      fill = callsVolatileFunction(constraint.raw_expr) ? "volatile-default" : "default";
    }
  }
  return {
    column: typeof def.colname === "string" ? def.colname : "",
    type: formatType(def.typeName),
    typeName,
    hasTypmods: list(def.typeName?.typmods).length > 0,
    primaryKey,
    fill
  };
}
function actionsOf(type, node) {
  if (node === null || typeof node !== "object") return [other(describeStatement(type, {}))];
  switch (type) {
    case "CreateStmt":
      return [createTable(node.relation)];
    case "CreateTableAsStmt":
      if (node.objtype === "OBJECT_MATVIEW") return [createOther("MATERIALIZED VIEW", relationName(node.into?.rel))];
      return [createTable(node.into?.rel)];
    case "IndexStmt":
      return [
        {
          kind: "create-index",
          phase: "expand",
          table: relationName(node.relation),
          index: typeof node.idxname === "string" ? node.idxname : null,
          concurrently: node.concurrent === true,
          unique: node.unique === true
        }
      ];
    case "AlterTableStmt":
      return alterTableActions(node);
    case "DropStmt":
      return dropActions(node);
    case "RenameStmt":
      return [renameAction(node)];
    case "AlterObjectSchemaStmt":
      return [moveAction(node)];
    case "AlterEnumStmt":
      return [enumAction(node)];
    case "InsertStmt":
    case "UpdateStmt":
    case "DeleteStmt":
    case "MergeStmt":
    case "SelectStmt":
      return dataActions(type, node);
    case "CopyStmt":
      if (node.is_from !== true) return [other(node.relation ? `COPY ${relationName(node.relation)} TO` : "COPY TO")];
      return [data("copy", node.relation ? relationName(node.relation) : null)];
    case "TruncateStmt":
      return list(node.relations).map((r) => data("truncate", relationName(r.RangeVar)));
    default:
      return createActions(type, node) ?? dropOtherActions(type, node) ?? [other(describeStatement(type, node))];
  }
}
function alterTableActions(node) {
  const table = relationName(node.relation);
  const isTable = node.objtype === void 0 || node.objtype === "OBJECT_TABLE" || node.objtype === "OBJECT_FOREIGN_TABLE";
  const actions = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    const column = typeof cmd.name === "string" ? cmd.name : "";
    if (isTable) {
      switch (cmd.subtype) {
        case "AT_AddColumn":
          actions.push(...addColumnActions(table, cmd.def?.ColumnDef ?? {}));
          continue;
        case "AT_AddConstraint":
          actions.push(constraintAction(table, cmd.def?.Constraint ?? {}));
          continue;
        case "AT_DropColumn":
          actions.push({ kind: "drop-column", phase: "contract", table, column });
          continue;
        case "AT_DropConstraint":
          actions.push({ kind: "drop-constraint", phase: "contract", table, constraint: column });
          continue;
        case "AT_AlterColumnType":
          actions.push({
            kind: "alter-column-type",
            phase: "contract",
            table,
            column,
            type: formatType(cmd.def?.ColumnDef?.typeName),
            ...cmd.def?.ColumnDef?.raw_default ? { using: true } : {}
          });
          continue;
        case "AT_SetNotNull":
          actions.push({ kind: "set-not-null", phase: "contract", table, column });
          continue;
      }
    }
    actions.push(other(`ALTER ${objectWords(node.objtype ?? "OBJECT_TABLE")} ${table} ${describeSubcommand(cmd)}`));
  }
  return exactLength(actions);
}
var SERIAL_TYPES = /* @__PURE__ */ new Set(["smallserial", "serial2", "serial", "serial4", "bigserial", "serial8"]);
function addColumnActions(table, def) {
  const column = typeof def.colname === "string" ? def.colname : "";
  const typeNames = list(def.typeName?.names).map(stringOf);
  const serial = typeNames.length === 1 && SERIAL_TYPES.has(typeNames[0]);
  let notNull = def.is_not_null === true || serial;
  let hasDefault = serial;
  let volatileDefault = serial;
  const constraints = [];
  for (const item of list(def.constraints)) {
    const constraint = item.Constraint ?? {};
    switch (constraint.contype) {
      case "CONSTR_NOTNULL":
        notNull = true;
        break;
      case "CONSTR_DEFAULT":
        if (constraint.raw_expr?.A_Const?.isnull === true) break;
        hasDefault = true;
        volatileDefault ||= callsVolatileFunction(constraint.raw_expr);
        break;
      case "CONSTR_IDENTITY":
        notNull = hasDefault = volatileDefault = true;
        break;
      case "CONSTR_GENERATED":
        hasDefault = true;
        volatileDefault ||= constraint.generated_kind !== "v";
        break;
      case "CONSTR_PRIMARY":
        notNull = true;
        constraints.push(constraintAction(table, constraint));
        break;
      case "CONSTR_CHECK":
      case "CONSTR_UNIQUE":
      case "CONSTR_FOREIGN":
      case "CONSTR_EXCLUSION":
        constraints.push(constraintAction(table, constraint));
        break;
    }
  }
  return [{ kind: "add-column", phase: "expand", table, column, notNull, hasDefault, volatileDefault }, ...constraints];
}
var CONSTRAINT_TYPES = {
  CONSTR_CHECK: "CHECK",
  CONSTR_FOREIGN: "FOREIGN KEY",
  CONSTR_PRIMARY: "PRIMARY KEY",
  CONSTR_UNIQUE: "UNIQUE",
  CONSTR_EXCLUSION: "EXCLUDE",
  CONSTR_NOTNULL: "NOT NULL"
};
function constraintAction(table, constraint) {
  const constraintType = CONSTRAINT_TYPES[constraint.contype];
  if (constraintType === void 0) return other(`ALTER TABLE ${table} ADD CONSTRAINT`);
  const action = {
    kind: "add-constraint",
    phase: "expand",
    table,
    constraint: typeof constraint.conname === "string" ? constraint.conname : null,
    constraintType,
    // NOT VALID sets skip_validation; initially_valid is absent for UNIQUE and PRIMARY KEY even without it.
    notValid: constraint.skip_validation === true
  };
  if (typeof constraint.indexname === "string") action.usingIndex = constraint.indexname;
  if (constraint.pktable) action.references = relationName(constraint.pktable);
  return action;
}
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "clock_timestamp",
  "gen_random_bytes",
  "gen_random_uuid",
  "nextval",
  "random",
  "random_normal",
  "timeofday",
  "txid_current",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7"
]);
function callsVolatileFunction(expression) {
  const stack = [expression];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    const call = value.FuncCall;
    if (call) {
      const name = list(call.funcname).map(stringOf).at(-1);
      if (name !== void 0 && VOLATILE_FUNCTIONS.has(name)) return true;
    }
    for (const key in value) stack.push(value[key]);
  }
  return false;
}
function dropActions(node) {
  const objects = list(node.objects);
  switch (node.removeType) {
    case "OBJECT_TABLE":
      return objects.map((o) => ({ kind: "drop-table", phase: "contract", table: objectName(o) }));
    case "OBJECT_INDEX":
      return objects.map((o) => ({ kind: "drop-index", phase: "contract", index: objectName(o), concurrently: node.concurrent === true }));
    default: {
      const objectType = objectWords(node.removeType);
      const onTable = ON_TABLE.has(node.removeType);
      return objects.map((o) => ({ kind: "drop-other", phase: "contract", objectType, name: onTable ? onTableName(o) : objectName(o) }));
    }
  }
}
var ON_TABLE = /* @__PURE__ */ new Set(["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"]);
function onTableName(object) {
  const names = list(object.List?.items).map(stringOf);
  if (names.length < 2) return objectName(object);
  return `${names.at(-1)} ON ${names.slice(0, -1).join(".")}`;
}
function dropOtherActions(type, node) {
  const drop = (objectType, names) => names.map((name) => ({ kind: "drop-other", phase: "contract", objectType, name }));
  switch (type) {
    case "DropRoleStmt":
      return drop("ROLE", list(node.roles).map((r) => roleName(r.RoleSpec)));
    case "DropdbStmt":
      return drop("DATABASE", [String(node.dbname ?? "")]);
    case "DropTableSpaceStmt":
      return drop("TABLESPACE", [String(node.tablespacename ?? "")]);
    case "DropSubscriptionStmt":
      return drop("SUBSCRIPTION", [String(node.subname ?? "")]);
    default:
      return null;
  }
}
function renameAction(node) {
  const newName = String(node.newname ?? "");
  const subname = typeof node.subname === "string" ? node.subname : null;
  const relation = node.relation ? relationName(node.relation) : null;
  switch (node.renameType) {
    case "OBJECT_TABLE":
    case "OBJECT_FOREIGN_TABLE":
      return { kind: "rename-table", phase: "contract", table: relation ?? "", newName };
    case "OBJECT_COLUMN":
      if (node.relationType === "OBJECT_TABLE" || node.relationType === "OBJECT_FOREIGN_TABLE") {
        return { kind: "rename-column", phase: "contract", table: relation ?? "", column: subname ?? "", newName };
      }
      return { kind: "rename-other", phase: "contract", objectType: "COLUMN", name: `${relation}.${subname}`, newName };
  }
  const base = relation ?? (node.object ? objectName(node.object) : null);
  const name = subname !== null && base !== null ? `${subname} ON ${base}` : base ?? subname ?? "";
  return { kind: "rename-other", phase: "contract", objectType: objectWords(node.renameType), name, newName };
}
function moveAction(node) {
  const name = node.relation ? relationName(node.relation) : objectName(node.object);
  const newName = `${node.newschema}.${name.split(".").at(-1)}`;
  if (node.objectType === "OBJECT_TABLE") return { kind: "rename-table", phase: "contract", table: name, newName };
  return { kind: "rename-other", phase: "contract", objectType: objectWords(node.objectType), name, newName };
}
function enumAction(node) {
  const type = list(node.typeName).map(stringOf).join(".");
  if (typeof node.oldVal === "string") {
    return { kind: "rename-other", phase: "contract", objectType: "ENUM VALUE", name: `${type}.${node.oldVal}`, newName: String(node.newVal ?? "") };
  }
  return createOther("ENUM VALUE", `${type}.${node.newVal}`);
}
function dataActions(type, node) {
  const actions = [];
  for (const cte of list(node.withClause?.ctes)) {
    const query = cte.CommonTableExpr?.ctequery ?? {};
    const [queryType] = Object.keys(query);
    if (queryType !== void 0 && DATA_VERBS[queryType]) actions.push(...dataActions(queryType, query[queryType] ?? {}));
  }
  const verb = DATA_VERBS[type];
  if (verb) actions.push(data(verb, node.relation ? relationName(node.relation) : null));
  else if (node.intoClause) actions.push(createTable(node.intoClause.rel));
  else if (actions.length === 0) actions.push(other("SELECT"));
  return exactLength(actions);
}
var DATA_VERBS = {
  InsertStmt: "insert",
  UpdateStmt: "update",
  DeleteStmt: "delete",
  MergeStmt: "merge"
};
function createActions(type, node) {
  if (!type.startsWith("Create") && type !== "ViewStmt" && type !== "CompositeTypeStmt" && type !== "DefineStmt" && type !== "RuleStmt") {
    return null;
  }
  const [objectType, name] = createdObject(type, node);
  if (node.replace === true) return [other(`CREATE OR REPLACE ${objectType}${name ? ` ${name}` : ""}`)];
  return [createOther(objectType, name)];
}
function createdObject(type, node) {
  const names = (value) => list(value).map(stringOf).join(".") || null;
  switch (type) {
    case "ViewStmt":
      return ["VIEW", relationName(node.view)];
    case "CreateFunctionStmt":
      return [node.is_procedure ? "PROCEDURE" : "FUNCTION", names(node.funcname)];
    case "CreateTrigStmt":
      return [node.isconstraint ? "CONSTRAINT TRIGGER" : "TRIGGER", `${node.trigname} ON ${relationName(node.relation)}`];
    case "RuleStmt":
      return ["RULE", `${node.rulename} ON ${relationName(node.relation)}`];
    case "CreatePolicyStmt":
      return ["POLICY", `${node.policy_name} ON ${relationName(node.table)}`];
    case "CreateExtensionStmt":
      return ["EXTENSION", node.extname ?? null];
    case "CreateSchemaStmt":
      return ["SCHEMA", node.schemaname ?? (node.authrole ? roleName(node.authrole) : null)];
    case "CreateSeqStmt":
      return ["SEQUENCE", relationName(node.sequence)];
    case "CreateEnumStmt":
    case "CreateRangeStmt":
      return ["TYPE", names(node.typeName)];
    case "CompositeTypeStmt":
      return ["TYPE", relationName(node.typevar)];
    case "CreateDomainStmt":
      return ["DOMAIN", names(node.domainname)];
    case "DefineStmt":
      return [objectWords(node.kind), names(node.defnames)];
    case "CreateForeignTableStmt":
      return ["FOREIGN TABLE", relationName(node.base?.relation)];
    case "CreateRoleStmt":
      return ["ROLE", node.role ?? null];
    case "CreatedbStmt":
      return ["DATABASE", node.dbname ?? null];
    case "CreateEventTrigStmt":
      return ["EVENT TRIGGER", node.trigname ?? null];
    case "CreatePublicationStmt":
      return ["PUBLICATION", node.pubname ?? null];
    case "CreateSubscriptionStmt":
      return ["SUBSCRIPTION", node.subname ?? null];
    case "CreateStatsStmt":
      return ["STATISTICS", names(node.defnames)];
    default: {
      const kind = type.replace(/^Create|Stmt$/g, "");
      return [CREATE_WORDS[kind] ?? words(kind), null];
    }
  }
}
var CREATE_WORDS = {
  Am: "ACCESS METHOD",
  Fdw: "FOREIGN DATA WRAPPER",
  ForeignServer: "SERVER",
  OpClass: "OPERATOR CLASS",
  OpFamily: "OPERATOR FAMILY",
  PLang: "LANGUAGE"
};
function describeStatement(type, node) {
  switch (type) {
    case "VariableSetStmt": {
      const reset = String(node.kind ?? "").startsWith("VAR_RESET");
      return `${reset ? "RESET" : node.is_local ? "SET LOCAL" : "SET"} ${node.name ?? (reset ? "ALL" : "")}`.trim();
    }
    case "TransactionStmt":
      return String(node.kind ?? "TRANS_STMT_BEGIN").replace("TRANS_STMT_", "").replace(/_/g, " ");
    case "GrantStmt":
    case "GrantRoleStmt":
      return node.is_grant ? "GRANT" : "REVOKE";
    case "CommentStmt":
      return `COMMENT ON ${objectWords(node.objtype)}`;
    case "VacuumStmt":
      return node.is_vacuumcmd ? "VACUUM" : "ANALYZE";
    case "RefreshMatViewStmt":
      return `REFRESH MATERIALIZED VIEW ${relationName(node.relation)}`;
    case "AlterSeqStmt":
      return `ALTER SEQUENCE ${relationName(node.sequence)}`;
    case "LockStmt":
      return `LOCK TABLE ${list(node.relations).map((r) => relationName(r.RangeVar)).join(", ")}`;
    default:
      return words(type.replace(/Stmt$/, ""));
  }
}
function describeSubcommand(cmd) {
  const name = typeof cmd.name === "string" ? cmd.name : "";
  switch (cmd.subtype) {
    case "AT_ColumnDefault":
      return `ALTER COLUMN ${name} ${cmd.def ? "SET" : "DROP"} DEFAULT`;
    case "AT_DropNotNull":
      return `ALTER COLUMN ${name} DROP NOT NULL`;
    case "AT_ValidateConstraint":
      return `VALIDATE CONSTRAINT ${name}`;
    default:
      return `${words(String(cmd.subtype ?? "").replace(/^AT_/, ""))}${name ? ` ${name}` : ""}`;
  }
}
var OBJECT_WORDS = {
  OBJECT_MATVIEW: "MATERIALIZED VIEW",
  OBJECT_TABCONSTRAINT: "CONSTRAINT",
  OBJECT_DOMCONSTRAINT: "DOMAIN CONSTRAINT",
  OBJECT_FDW: "FOREIGN DATA WRAPPER",
  OBJECT_FOREIGN_SERVER: "SERVER",
  OBJECT_OPCLASS: "OPERATOR CLASS",
  OBJECT_OPFAMILY: "OPERATOR FAMILY",
  OBJECT_STATISTIC_EXT: "STATISTICS",
  OBJECT_LARGEOBJECT: "LARGE OBJECT",
  OBJECT_TSCONFIGURATION: "TEXT SEARCH CONFIGURATION",
  OBJECT_TSDICTIONARY: "TEXT SEARCH DICTIONARY",
  OBJECT_TSPARSER: "TEXT SEARCH PARSER",
  OBJECT_TSTEMPLATE: "TEXT SEARCH TEMPLATE"
};
function objectWords(objectType) {
  const key = String(objectType ?? "");
  return OBJECT_WORDS[key] ?? key.replace(/^OBJECT_/, "").replace(/_/g, " ");
}
function words(camel) {
  return camel.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toUpperCase().replace("TABLE SPACE", "TABLESPACE");
}
function relationName(rangeVar) {
  if (rangeVar === null || typeof rangeVar !== "object") return "";
  const { catalogname, schemaname, relname } = rangeVar;
  return [catalogname, schemaname, relname].filter((part) => typeof part === "string").join(".");
}
function objectName(object) {
  if (object === null || typeof object !== "object") return "";
  const o = object;
  if (o.String) return stringOf(o);
  if (o.List) {
    const items = list(o.List.items);
    return items.every((item) => item.String) ? items.map(stringOf).join(".") : items.map(objectName).join(", ");
  }
  if (o.TypeName) return formatType(o.TypeName);
  if (o.ObjectWithArgs) return list(o.ObjectWithArgs.objname).map(stringOf).join(".");
  if (o.RangeVar) return relationName(o.RangeVar);
  return "";
}
function roleName(role) {
  const spec = role ?? {};
  if (typeof spec.rolename === "string") return spec.rolename;
  return String(spec.roletype ?? "").replace(/^ROLESPEC_/, "").toLowerCase();
}
var CATALOG_TYPES = /* @__PURE__ */ new Map([
  ["int2", "smallint"],
  ["int4", "integer"],
  ["int8", "bigint"],
  ["float4", "real"],
  ["float8", "double precision"],
  ["bool", "boolean"],
  ["bpchar", "char"],
  ["varbit", "bit varying"]
]);
function formatType(typeName) {
  if (typeName === null || typeof typeName !== "object") return "";
  const t = typeName;
  const names = list(t.names).map(stringOf);
  let name = names.length === 2 && names[0] === "pg_catalog" ? CATALOG_TYPES.get(names[1]) ?? names[1] : names.join(".");
  const mods = list(t.typmods).map((m) => m.A_Const?.ival);
  if (mods.length > 0 && name !== "interval" && mods.every((m) => m !== void 0)) {
    name += `(${mods.map((m) => m.ival ?? 0).join(",")})`;
  }
  for (const bound of list(t.arrayBounds)) {
    const size = bound.Integer?.ival;
    name += typeof size === "number" && size >= 0 ? `[${size}]` : "[]";
  }
  if (t.pct_type) name += "%TYPE";
  return t.setof ? `SETOF ${name}` : name;
}
function list(value) {
  if (!Array.isArray(value)) return NO_NODES;
  for (const item of value) if (item === null || typeof item !== "object") return value.filter((node) => node !== null && typeof node === "object");
  return value;
}
var NO_NODES = Object.freeze([]);
function stringOf(value) {
  return typeof value.String?.sval === "string" ? value.String.sval : "";
}
function createOther(objectType, name) {
  return { kind: "create-other", phase: "expand", objectType, name: name || null };
}
function data(verb, table) {
  return { kind: "data", phase: "migrate", table, verb };
}
function other(description) {
  return { kind: "other", phase: null, description };
}

export {
  exactLength,
  columnDefinitions,
  actionsOf,
  SERIAL_TYPES,
  CONSTRAINT_TYPES,
  callsVolatileFunction,
  objectWords,
  relationName,
  objectName,
  formatType,
  list,
  stringOf
};
