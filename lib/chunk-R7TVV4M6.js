import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addedUpMigrations,
  assumedNote,
  breakingStatements,
  defineRule,
  describeAction,
  hasNotNullCheck,
  isHarmlessForRunningCode,
  knownColumn,
  removedNames,
  safeSequence,
  summarizeFiles,
  tableOf,
  transactionsIn,
  typeChangeRewrites,
  upActions,
  upStatements
} from "./chunk-NVOXKXSP.js";
import {
  SERIAL_TYPES,
  callsVolatileFunction,
  columnDefinitions,
  list,
  objectName,
  objectWords,
  relationName,
  stringOf
} from "./chunk-INZQK4TN.js";
import {
  compareVersions,
  conventions
} from "./chunk-4J5UB25P.js";

// rules/backward-incompatible.ts
var backward_incompatible_default = defineRule({
  meta: {
    id: "backward-incompatible",
    summary: "A migration keeps working for code already deployed: no renames, type changes, SET NOT NULL, or NOT NULL columns without a default on existing tables.",
    severity: "error",
    messages: {
      rename: "{{action}} breaks every running query that still uses the old name.",
      type: "{{action}} rewrites the table under an ACCESS EXCLUSIVE lock and can reject values running code still writes.",
      notNull: "{{action}} makes inserts from running code that leave {{column}} empty fail, and scans the whole table under an ACCESS EXCLUSIVE lock.",
      addNotNull: "{{action}} is NOT NULL without a DEFAULT: it fails on a table that has rows, and running code that does not write {{column}} breaks."
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        const table = tableOf(action);
        if (table && context.isNewInThisChange(table)) continue;
        let messageId;
        if (action.kind === "rename-table" || action.kind === "rename-column") messageId = "rename";
        else if (action.kind === "alter-column-type") messageId = "type";
        else if (action.kind === "set-not-null") messageId = "notNull";
        else if (action.kind === "add-column" && action.notNull && !action.hasDefault) messageId = "addNotNull";
        else continue;
        if (isHarmlessForRunningCode(context, action, statement)) continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId,
          data: { action: describeAction(action), column: "column" in action ? action.column : "" },
          help: safeSequence(action)
        });
      }
    }
  }
});

// src/sql/deparse.ts
var deparser = null;
async function deparseStatement(type, node) {
  deparser ??= import("./pgsql-deparser.js");
  const module = await deparser;
  const { deparseSync } = module.default ?? module;
  return deparseSync({ [type]: node }, { pretty: false }).replace(/;\s*$/, "");
}

// src/sql/locks.ts
var LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
var LOCK_BY_NUMBER = Object.fromEntries(LOCK_MODES.map((mode, index) => [index + 1, mode]));
function statementLocks(statement, postgresVersion) {
  const known = locksByStatement.get(statement);
  if (known?.postgresVersion === postgresVersion) return known.locks;
  const locks = locksOf(statement.type, statement.node, postgresVersion);
  locksByStatement.set(statement, { postgresVersion, locks });
  return locks;
}
var locksByStatement = /* @__PURE__ */ new WeakMap();
function locksOf(type, node, postgresVersion) {
  if (node === null || typeof node !== "object") return [];
  switch (type) {
    case "IndexStmt":
      return [
        lock(relationName(node.relation), node.concurrent === true ? "SHARE UPDATE EXCLUSIVE" : "SHARE", {
          scans: true,
          by: node.concurrent === true ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX"
        })
      ];
    case "CreateStmt":
      return createTableLocks(node);
    case "AlterTableStmt":
      return alterTableLocks(node, postgresVersion);
    case "DropStmt":
      return dropLocks(node);
    case "ReindexStmt":
      return reindexLocks(node);
    case "VacuumStmt": {
      const full = hasOption(node.options, "full");
      const by = node.is_vacuumcmd ? full ? "VACUUM FULL" : "VACUUM" : "ANALYZE";
      return list(node.rels).map(
        (r) => lock(relationName(r.VacuumRelation?.relation), full ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE", { rewrites: full, by })
      );
    }
    case "ClusterStmt":
      if (!node.relation) return [];
      return [lock(relationName(node.relation), "ACCESS EXCLUSIVE", { rewrites: true, by: "CLUSTER" })];
    case "LockStmt": {
      const mode = LOCK_BY_NUMBER[Number(node.mode)] ?? "ACCESS EXCLUSIVE";
      return list(node.relations).map((r) => lock(relationName(r.RangeVar), mode, { by: "LOCK TABLE" }));
    }
    case "TruncateStmt":
      return list(node.relations).map((r) => lock(relationName(r.RangeVar), "ACCESS EXCLUSIVE", { by: "TRUNCATE" }));
    case "RefreshMatViewStmt": {
      const concurrent = node.concurrent === true;
      return [
        lock(relationName(node.relation), concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE", {
          rewrites: !concurrent,
          scans: concurrent,
          by: concurrent ? "REFRESH MATERIALIZED VIEW CONCURRENTLY" : "REFRESH MATERIALIZED VIEW"
        })
      ];
    }
    case "RenameStmt":
      return renameLocks(node, postgresVersion);
    case "AlterObjectSchemaStmt":
      if (!node.relation) return [];
      return [lock(relationName(node.relation), "ACCESS EXCLUSIVE", { by: "SET SCHEMA" })];
    case "CreateTrigStmt":
      return [lock(relationName(node.relation), "SHARE ROW EXCLUSIVE", { by: "CREATE TRIGGER" })];
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      return [lock(relationName(node.table), "ACCESS EXCLUSIVE", { by: type === "CreatePolicyStmt" ? "CREATE POLICY" : "ALTER POLICY" })];
    case "RuleStmt":
      return [lock(relationName(node.relation), "ACCESS EXCLUSIVE", { by: "CREATE RULE" })];
    case "CommentStmt":
      return [];
    case "InsertStmt":
    case "UpdateStmt":
    case "DeleteStmt":
    case "MergeStmt":
      return node.relation ? [lock(relationName(node.relation), "ROW EXCLUSIVE", { by: type.replace(/Stmt$/, "").toUpperCase() })] : [];
    default:
      return [];
  }
}
function isAtLeast(mode, than) {
  return modeRank(mode) >= modeRank(than);
}
function blockedBy(mode, table) {
  switch (mode) {
    case "ACCESS EXCLUSIVE":
      return `every query on ${table}, reads included,`;
    case "EXCLUSIVE":
      return `every INSERT/UPDATE/DELETE and SELECT \u2026 FOR UPDATE on ${table}`;
    case "SHARE ROW EXCLUSIVE":
    case "SHARE":
      return `every INSERT/UPDATE/DELETE on ${table}`;
    case "SHARE UPDATE EXCLUSIVE":
      return `every other schema change, VACUUM and CREATE INDEX CONCURRENTLY on ${table}`;
    case "ROW EXCLUSIVE":
      return `every CREATE INDEX and other schema change on ${table}`;
    case "ROW SHARE":
      return `every LOCK TABLE \u2026 EXCLUSIVE and other schema change on ${table}`;
    case "ACCESS SHARE":
      return `every DROP, TRUNCATE and ALTER TABLE on ${table}`;
  }
}
function modeRank(mode) {
  return LOCK_MODES.indexOf(mode);
}
function lock(relation, mode, options) {
  return { relation, on: options.on ?? "table", mode, rewrites: options.rewrites ?? false, scans: options.scans ?? false, by: options.by };
}
function createTableLocks(node) {
  const locks = [];
  for (const element of list(node.tableElts)) {
    const constraints = element.Constraint ? [element.Constraint] : list(element.ColumnDef?.constraints).map((c) => c.Constraint ?? {});
    for (const constraint of constraints) {
      if (constraint.contype === "CONSTR_FOREIGN" && constraint.pktable) {
        locks.push(lock(relationName(constraint.pktable), "SHARE ROW EXCLUSIVE", { by: foreignKeyWords(constraint) }));
      }
    }
  }
  return locks;
}
function alterTableLocks(node, postgresVersion) {
  const relation = relationName(node.relation);
  const on = node.objtype === "OBJECT_INDEX" ? "index" : "table";
  const locks = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    const name = typeof cmd.name === "string" ? cmd.name : "";
    const at = (mode, by, extra = {}) => locks.push(lock(relation, mode, { by, on, ...extra }));
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const def = cmd.def?.ColumnDef ?? {};
        at("ACCESS EXCLUSIVE", `ADD COLUMN ${def.colname ?? ""}`.trim(), addColumnWork(def, postgresVersion));
        for (const c of list(def.constraints)) {
          const constraint = c.Constraint ?? {};
          if (constraint.contype === "CONSTR_FOREIGN" && constraint.pktable) {
            locks.push(lock(relationName(constraint.pktable), "SHARE ROW EXCLUSIVE", { by: foreignKeyWords(constraint) }));
          }
        }
        break;
      }
      case "AT_AddConstraint":
        locks.push(...addConstraintLocks(relation, cmd.def?.Constraint ?? {}));
        break;
      case "AT_AlterColumnType":
        at("ACCESS EXCLUSIVE", `ALTER COLUMN ${name} TYPE`, { rewrites: true });
        break;
      case "AT_SetNotNull":
        at("ACCESS EXCLUSIVE", `ALTER COLUMN ${name} SET NOT NULL`, { scans: true });
        break;
      case "AT_SetTableSpace":
        at("ACCESS EXCLUSIVE", `SET TABLESPACE ${name}`, { rewrites: true });
        break;
      case "AT_SetLogged":
      case "AT_SetUnLogged":
        at("ACCESS EXCLUSIVE", cmd.subtype === "AT_SetLogged" ? "SET LOGGED" : "SET UNLOGGED", { rewrites: true });
        break;
      case "AT_SetAccessMethod":
        at("ACCESS EXCLUSIVE", "SET ACCESS METHOD", { rewrites: true });
        break;
      case "AT_SetExpression":
        at("ACCESS EXCLUSIVE", `ALTER COLUMN ${name} SET EXPRESSION`, { rewrites: true });
        break;
      case "AT_ValidateConstraint":
        at(postgresVersion >= 9.4 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", `VALIDATE CONSTRAINT ${name}`, { scans: true });
        break;
      case "AT_SetStatistics":
      case "AT_SetOptions":
      case "AT_ResetOptions":
      case "AT_ClusterOn":
      case "AT_DropCluster":
      case "AT_DetachPartitionFinalize":
        at("SHARE UPDATE EXCLUSIVE", subcommandWords(cmd));
        break;
      case "AT_SetRelOptions":
      case "AT_ResetRelOptions":
        at(relOptionsLock(cmd.def), subcommandWords(cmd));
        break;
      case "AT_EnableTrig":
      case "AT_EnableAlwaysTrig":
      case "AT_EnableReplicaTrig":
      case "AT_EnableTrigAll":
      case "AT_EnableTrigUser":
      case "AT_DisableTrig":
      case "AT_DisableTrigAll":
      case "AT_DisableTrigUser":
        at("SHARE ROW EXCLUSIVE", subcommandWords(cmd));
        break;
      case "AT_AttachPartition": {
        const partition = relationName(cmd.def?.PartitionCmd?.name);
        at(postgresVersion >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", `ATTACH PARTITION ${partition}`);
        locks.push(lock(partition, "ACCESS EXCLUSIVE", { by: `ATTACH PARTITION ${partition}`, scans: true }));
        break;
      }
      case "AT_DetachPartition": {
        const partition = relationName(cmd.def?.PartitionCmd?.name);
        const concurrent = cmd.def?.PartitionCmd?.concurrent === true && postgresVersion >= 14;
        at(concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", `DETACH PARTITION ${partition}${concurrent ? " CONCURRENTLY" : ""}`);
        break;
      }
      default:
        at("ACCESS EXCLUSIVE", subcommandWords(cmd));
    }
  }
  return locks;
}
function addColumnWork(def, postgresVersion) {
  const typeNames = list(def.typeName?.names).map(stringOf);
  let rewrites = typeNames.length === 1 && SERIAL_TYPES.has(typeNames[0]);
  let scans = false;
  for (const c of list(def.constraints)) {
    const constraint = c.Constraint ?? {};
    switch (constraint.contype) {
      case "CONSTR_DEFAULT":
        if (constraint.raw_expr?.A_Const?.isnull === true) break;
        if (postgresVersion < 11 || callsVolatileFunction(constraint.raw_expr)) rewrites = true;
        break;
      case "CONSTR_IDENTITY":
        rewrites = true;
        break;
      case "CONSTR_GENERATED":
        if (constraint.generated_kind !== "v") rewrites = true;
        break;
      case "CONSTR_PRIMARY":
      case "CONSTR_UNIQUE":
      case "CONSTR_CHECK":
      case "CONSTR_FOREIGN":
      case "CONSTR_EXCLUSION":
        scans = true;
        break;
    }
  }
  return { rewrites, scans };
}
function addConstraintLocks(relation, constraint) {
  const name = typeof constraint.conname === "string" ? ` ${constraint.conname}` : "";
  const notValid = constraint.skip_validation === true;
  switch (constraint.contype) {
    case "CONSTR_FOREIGN": {
      const by = foreignKeyWords(constraint);
      return [
        lock(relation, "SHARE ROW EXCLUSIVE", { by, scans: !notValid }),
        lock(relationName(constraint.pktable), "SHARE ROW EXCLUSIVE", { by, scans: !notValid })
      ];
    }
    case "CONSTR_PRIMARY":
    case "CONSTR_UNIQUE":
    case "CONSTR_EXCLUSION": {
      const words = constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : "EXCLUDE";
      const adopts = typeof constraint.indexname === "string";
      return [lock(relation, "ACCESS EXCLUSIVE", { by: `ADD CONSTRAINT${name} ${words}${adopts ? " USING INDEX" : ""}`, scans: !adopts })];
    }
    case "CONSTR_CHECK":
      return [lock(relation, "ACCESS EXCLUSIVE", { by: `ADD CONSTRAINT${name} CHECK`, scans: !notValid })];
    default:
      return [lock(relation, "ACCESS EXCLUSIVE", { by: `ADD CONSTRAINT${name}` })];
  }
}
var LIGHT_REL_OPTIONS = /^(?:toast\.)?(?:autovacuum_\w+|fillfactor|parallel_workers|toast_tuple_target|log_autovacuum_min_duration|vacuum_index_cleanup|vacuum_truncate|vacuum_max_eager_freeze_failure_rate)$/;
function relOptionsLock(def) {
  const options = list(def?.List?.items ?? def).map((item) => {
    const elem = item.DefElem ?? {};
    return elem.defnamespace ? `${elem.defnamespace}.${elem.defname}` : String(elem.defname ?? "");
  });
  return options.length > 0 && options.every((option) => LIGHT_REL_OPTIONS.test(option)) ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
}
function dropLocks(node) {
  const concurrent = node.concurrent === true;
  const names = list(node.objects).map(objectName);
  switch (node.removeType) {
    case "OBJECT_INDEX":
      return names.map(
        (name) => lock(name, concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", { on: "index", by: concurrent ? "DROP INDEX CONCURRENTLY" : "DROP INDEX" })
      );
    case "OBJECT_TABLE":
    case "OBJECT_VIEW":
    case "OBJECT_MATVIEW":
    case "OBJECT_SEQUENCE":
    case "OBJECT_FOREIGN_TABLE":
      return names.map((name) => lock(name, "ACCESS EXCLUSIVE", { by: `DROP ${objectWords(node.removeType)}` }));
    case "OBJECT_TRIGGER":
    case "OBJECT_POLICY":
    case "OBJECT_RULE":
      return list(node.objects).map((object) => {
        const parts = list(object.List?.items).map(stringOf);
        return lock(parts.slice(0, -1).join("."), "ACCESS EXCLUSIVE", { by: `DROP ${objectWords(node.removeType)} ${parts.at(-1) ?? ""}`.trim() });
      });
    default:
      return [];
  }
}
function reindexLocks(node) {
  const concurrent = hasOption(node.params, "concurrently") || node.concurrent === true;
  const by = concurrent ? "REINDEX CONCURRENTLY" : "REINDEX";
  const mode = concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
  switch (node.kind) {
    case "REINDEX_OBJECT_INDEX":
      return [lock(relationName(node.relation), mode, { on: "index", by, scans: true })];
    case "REINDEX_OBJECT_TABLE":
      return [lock(relationName(node.relation), mode, { by, scans: true })];
    default:
      return [];
  }
}
function renameLocks(node, postgresVersion) {
  if (!node.relation) return [];
  const relation = relationName(node.relation);
  if (node.renameType === "OBJECT_INDEX") {
    return [lock(relation, postgresVersion >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", { on: "index", by: "RENAME" })];
  }
  return [lock(relation, "ACCESS EXCLUSIVE", { by: node.renameType === "OBJECT_COLUMN" ? `RENAME COLUMN ${node.subname}` : "RENAME" })];
}
function foreignKeyWords(constraint) {
  return `FOREIGN KEY${typeof constraint.conname === "string" ? ` ${constraint.conname}` : ""} REFERENCES ${relationName(constraint.pktable)}`;
}
function subcommandWords(cmd) {
  const name = typeof cmd.name === "string" ? ` ${cmd.name}` : "";
  return `${String(cmd.subtype ?? "").replace(/^AT_/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase()}${name}`;
}
function hasOption(options, name) {
  return list(options).some((o) => {
    const elem = o.DefElem ?? {};
    return elem.defname === name && !(elem.arg?.Boolean?.boolval === false || elem.arg?.String?.sval === "false" || elem.arg?.Integer?.ival === 0);
  });
}

// src/lock-rules.ts
function postgresVersionOf(context) {
  return context.postgresVersion;
}
function newStatements(context) {
  let statements = statementsOfRun.get(context.migrations);
  if (statements === void 0) {
    statements = addedUpMigrations(context).flatMap((migration) => upStatements(migration).map((statement) => ({ migration, statement })));
    statementsOfRun.set(context.migrations, statements);
  }
  return statements;
}
var statementsOfRun = /* @__PURE__ */ new WeakMap();
function isExisting(context, name, statement) {
  return name !== "" && !context.isNewInThisChange(name, statement);
}
function existingLocks(context, statement, which) {
  return statementLocks(statement, postgresVersionOf(context)).filter((lock2) => (!which || which(lock2)) && isExisting(context, lock2.relation, statement));
}
function lockConsequence(mode, table) {
  return `${article(mode)} ${mode} lock: ${blockedBy(mode, table)} waits`;
}
function article(mode) {
  return /^[AEIOU]/.test(mode) ? "an" : "a";
}
async function sqlOf(type, node) {
  return `${await deparseStatement(type, node)};`;
}
async function rewrittenSql(statement, edit) {
  const node = structuredClone(statement.node);
  edit(node);
  return sqlOf(statement.type, node);
}
function outsideTransaction(convention) {
  switch (convention) {
    case "goose":
      return "a migration of its own that starts with `-- +goose NO TRANSACTION`";
    case "dbmate":
      return "a migration of its own whose marker reads `-- migrate:up transaction:false`";
    case "flyway":
      return "a migration of its own that Flyway runs outside a transaction (`executeInTransaction=false` in its script config file)";
    case "golang-migrate":
      return "a migration of its own, with no BEGIN/COMMIT around it";
    case "knex":
      return "a migration of its own that exports `config = { transaction: false }`";
    case "alembic":
      return "a `with op.get_context().autocommit_block():` block";
    case "node-pg-migrate":
      return "a migration of its own that calls `pgm.noTransaction()`";
    default:
      return "a migration of its own that your tool runs outside a transaction";
  }
}
function addedConstraints(statement) {
  const { node } = statement;
  if (statement.type !== "AlterTableStmt" || node.objtype !== void 0 && node.objtype !== "OBJECT_TABLE") return [];
  const table = relationName(node.relation);
  const added = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    if (cmd.subtype === "AT_AddConstraint" && cmd.def?.Constraint) added.push({ table, constraint: cmd.def.Constraint });
    if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) {
      for (const c of list(cmd.def.ColumnDef.constraints)) if (c.Constraint) added.push({ table, constraint: c.Constraint, column: cmd.def.ColumnDef });
    }
  }
  return added;
}
async function alterTableSql(statement, cmd) {
  return rewrittenSql(statement, (node) => {
    node.cmds = [{ AlterTableCmd: cmd }];
  });
}
function bareName(name) {
  return name.split(".").at(-1) ?? name;
}
function* columnsAddedToExistingTables(context) {
  for (const added of addedColumns(context)) if (isExisting(context, added.table, added.statement)) yield added;
}
function addedColumns(context) {
  let columns = columnsOfRun.get(context.migrations);
  if (columns === void 0) {
    columns = [];
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== "AlterTableStmt") continue;
      for (const { by, ...column } of columnDefinitions(statement.type, statement.node)) if (by === "add-column") columns.push({ migration, statement, ...column });
    }
    columnsOfRun.set(context.migrations, columns);
  }
  return columns;
}
var columnsOfRun = /* @__PURE__ */ new WeakMap();
async function addPlainColumnSql(added, type) {
  const plain = { ...added.node, constraints: list(added.node.constraints).filter((c) => !FILLING.has(c.Constraint?.contype)) };
  if (type !== void 0) plain.typeName = { names: [{ String: { sval: "pg_catalog" } }, { String: { sval: type } }], typemod: -1 };
  return alterTableSql(added.statement, { subtype: "AT_AddColumn", def: { ColumnDef: plain }, behavior: "DROP_RESTRICT" });
}
var FILLING = /* @__PURE__ */ new Set(["CONSTR_DEFAULT", "CONSTR_NOTNULL", "CONSTR_IDENTITY", "CONSTR_GENERATED", "CONSTR_PRIMARY"]);
function defaultExpression(node) {
  return list(node.constraints).find((c) => c.Constraint?.contype === "CONSTR_DEFAULT")?.Constraint?.raw_expr ?? null;
}
async function defaultThenBackfill(added, expression) {
  const column = added.definition.column;
  const setDefault = await alterTableSql(added.statement, { subtype: "AT_ColumnDefault", name: column, def: expression, behavior: "DROP_RESTRICT" });
  const backfill = await sqlOf("UpdateStmt", {
    relation: added.statement.node.relation,
    targetList: [{ ResTarget: { name: column, val: expression } }],
    whereClause: { NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: column } }] } }, nulltesttype: "IS_NULL" } }
  });
  return [
    `2. Give new rows the value (a brief lock): ${setDefault}`,
    `3. Fill the old rows in batches of a few thousand, each its own transaction, from a later migration or a job: ${backfill.replace(/;$/, "")} AND <primary key> IN (SELECT <primary key> FROM ${added.table} WHERE ${column} IS NULL LIMIT 5000);`
  ];
}
function* columnTypeChoices(context) {
  for (const { migration, statement } of newStatements(context)) {
    for (const { table, definition } of columnDefinitions(statement.type, statement.node)) yield { migration, statement, table, definition };
  }
}

// rules/ban-add-exclude-constraint.ts
var ban_add_exclude_constraint_default = defineRule({
  meta: {
    id: "ban-add-exclude-constraint",
    summary: "Add exclusion constraints only to tables created in the same change.",
    severity: "error",
    messages: {
      building: 'ADD EXCLUDE on "{{table}}" builds its index while it holds {{consequence}} until the build ends, and there is no concurrent way to add it.'
    }
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      for (const { table, constraint } of addedConstraints(statement)) {
        if (constraint.contype !== "CONSTR_EXCLUSION") continue;
        if (!isExisting(context, table, statement)) continue;
        const name = typeof constraint.conname === "string" ? constraint.conname : `${table}_excl`;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "building",
          data: { table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
          help: [
            `An exclusion constraint cannot be added USING INDEX or NOT VALID. Either:`,
            `1. add ${name} in a maintenance window, with SET lock_timeout = '5s'; before it so it gives up rather than queue every query; or`,
            `2. build a new table with the constraint (CREATE TABLE \u2026 (LIKE ${table} INCLUDING ALL, EXCLUDE \u2026)), copy the rows in batches, and swap the names.`
          ].join("\n")
        });
      }
    }
  }
});

// rules/ban-concurrently-in-transaction.ts
var TOOL_NAMES = {
  goose: "goose",
  dbmate: "dbmate",
  flyway: "Flyway",
  "golang-migrate": "golang-migrate",
  diesel: "diesel",
  prisma: "Prisma Migrate",
  postgrator: "postgrator",
  "sql-migrate": "sql-migrate",
  sqitch: "sqitch",
  supabase: "the Supabase CLI",
  versioned: "the migration tool",
  "node-pg-migrate": "node-pg-migrate",
  knex: "Knex",
  alembic: "Alembic",
  timestamp: "the migration tool"
};
var ban_concurrently_in_transaction_default = defineRule({
  meta: {
    id: "ban-concurrently-in-transaction",
    summary: "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM and (before PostgreSQL 12) ALTER TYPE \u2026 ADD VALUE run outside any transaction.",
    severity: "error",
    messages: {
      inTransaction: "{{what}} (which takes a {{lock}} lock and must commit on its own) cannot run inside a transaction block, and {{why}}: the deploy fails at this statement and the migration stops.",
      flywayMixed: "{{what}} (which takes a {{lock}} lock and must commit on its own) cannot run inside a transaction, and Flyway refuses a migration that mixes it with statements that can: the deploy fails at this migration."
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      const transactions = transactionsIn(context, migration);
      const statements = upStatements(migration);
      for (const statement of statements) {
        const refused = refusedInTransaction(statement, context.postgresVersion);
        const transaction = transactions.get(statement);
        if (!refused || !transaction?.inTransaction) continue;
        const sql = `${statement.text};`;
        if (migration.convention === "flyway" && transaction.mode === "tool") {
          const others = statements.filter((s) => !refusedInTransaction(s, context.postgresVersion) && !isSessionSetting(s));
          if (others.length === 0) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "flywayMixed",
            data: { ...refused },
            help: `Move it to a migration of its own, with no other statement, so that Flyway runs that file outside a transaction:
${sql}`
          });
          continue;
        }
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "inTransaction",
          data: { ...refused, why: why(migration, transaction) },
          help: help(migration, transaction, sql)
        });
      }
    }
  }
});
function refusedInTransaction(statement, postgresVersion) {
  const node = statement.node;
  switch (statement.type) {
    case "IndexStmt":
      return node.concurrent === true ? { what: "CREATE INDEX CONCURRENTLY", lock: "SHARE UPDATE EXCLUSIVE" } : null;
    case "DropStmt":
      return node.removeType === "OBJECT_INDEX" && node.concurrent === true ? { what: "DROP INDEX CONCURRENTLY", lock: "SHARE UPDATE EXCLUSIVE" } : null;
    case "ReindexStmt": {
      const params = Array.isArray(node.params) ? node.params : [];
      const concurrently = params.some((p) => p?.DefElem?.defname === "concurrently" && p.DefElem.arg?.Boolean?.boolval !== false);
      return concurrently ? { what: "REINDEX CONCURRENTLY", lock: "SHARE UPDATE EXCLUSIVE" } : null;
    }
    case "VacuumStmt": {
      if (node.is_vacuumcmd !== true) return null;
      const options = Array.isArray(node.options) ? node.options : [];
      const full = options.some((o) => o?.DefElem?.defname === "full");
      return full ? { what: "VACUUM FULL", lock: "ACCESS EXCLUSIVE" } : { what: "VACUUM", lock: "SHARE UPDATE EXCLUSIVE" };
    }
    case "AlterEnumStmt":
      return typeof node.oldVal !== "string" && postgresVersion < 12 ? { what: "ALTER TYPE \u2026 ADD VALUE", lock: "EXCLUSIVE (on the type)" } : null;
    default:
      return null;
  }
}
function isSessionSetting(statement) {
  return statement.type === "VariableSetStmt" || statement.type === "TransactionStmt";
}
function why(migration, transaction) {
  const tool = TOOL_NAMES[migration.convention];
  switch (transaction.mode) {
    case "explicit":
      return "the file's own BEGIN opens a transaction around it";
    case "implicit":
      return `${tool} sends the file's SQL as one query, which PostgreSQL runs as one transaction when it holds several statements`;
    case "config":
      return "the config sets assumeInTransaction: true";
    default:
      return `${tool} runs each migration inside a transaction`;
  }
}
function help(migration, transaction, sql) {
  if (transaction.mode === "explicit") return `Remove the BEGIN and COMMIT around it, and run it as the only statement of its migration:
${sql}`;
  if (transaction.mode === "config") {
    return `Run it in a migration your tool runs outside a transaction, as its only statement (and set assumeInTransaction only for tools that always wrap):
${sql}`;
  }
  switch (migration.convention) {
    case "goose":
      return `Move it to a migration of its own that opts out of the transaction:
-- +goose Up
-- +goose NO TRANSACTION
${sql}`;
    case "dbmate":
      return transaction.mode === "implicit" ? `Move the other statements to another migration: with transaction:false, dbmate sends the up section as one query, so this must be its only statement:
-- migrate:up transaction:false
${sql}` : `Move it to a migration of its own that opts out of the transaction, as the only statement of its up section:
-- migrate:up transaction:false
${sql}`;
    default:
      return `Move it to a migration file of its own, as its only statement:
${sql}`;
  }
}

// rules/ban-default-before-pg11.ts
var ban_default_before_pg11_default = defineRule({
  meta: {
    id: "ban-default-before-pg11",
    summary: "Before PostgreSQL 11, add columns to existing tables without a DEFAULT; set it afterwards and backfill in batches.",
    severity: "error",
    messages: {
      rewrite: 'ADD COLUMN {{column}} with a DEFAULT rewrites every row of "{{table}}" on PostgreSQL {{version}} under {{consequence}} until the rewrite ends.'
    }
  },
  async check(context) {
    const version = postgresVersionOf(context);
    if (version >= 11) return;
    for (const added of columnsAddedToExistingTables(context)) {
      if (added.definition.fill !== "default") continue;
      const { table, definition } = added;
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: "rewrite",
        data: { column: definition.column, table, version, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
        help: [
          `1. Add the column without a default (a brief lock): ${await addPlainColumnSql(added)}`,
          ...await defaultThenBackfill(added, defaultExpression(added.node)),
          `(From PostgreSQL 11 on, the DEFAULT in ADD COLUMN is free: set postgresVersion once every database runs 11 or later.)`
        ].join("\n")
      });
    }
  }
});

// rules/ban-drop-database.ts
var ban_drop_database_default = defineRule({
  meta: {
    id: "ban-drop-database",
    summary: "No DROP DATABASE in migrations.",
    severity: "error",
    messages: {
      drop: "DROP DATABASE {{name}} destroys every table and row in it, and fails while the application is still connected."
    }
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== "DropdbStmt") continue;
      const name = String(statement.node.dbname ?? "");
      if (!isExisting(context, name, statement)) continue;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "drop",
        data: { name },
        help: `Drop databases by hand, after a backup and once nothing connects to ${name}, not from a migration that every environment runs.`
      });
    }
  }
});

// rules/ban-drop-schema.ts
var ban_drop_schema_default = defineRule({
  meta: {
    id: "ban-drop-schema",
    summary: "No DROP SCHEMA \u2026 CASCADE of an existing schema in migrations.",
    severity: "error",
    messages: {
      cascade: "DROP SCHEMA {{name}} CASCADE drops every table, view and function in it, with their rows, under ACCESS EXCLUSIVE locks on each."
    }
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      if (statement.type !== "DropStmt" || node.removeType !== "OBJECT_SCHEMA" || node.behavior !== "DROP_CASCADE") continue;
      for (const object of list(node.objects)) {
        const name = objectName(object);
        if (!isExisting(context, name, statement)) continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "cascade",
          data: { name },
          help: `Drop the schema's objects one by one, each a contract step the review can see (DROP TABLE ${name}.<table>; \u2026), then DROP SCHEMA ${name}; without CASCADE, which fails if anything was missed.`
        });
      }
    }
  }
});

// rules/ban-drop-still-referenced.ts
var SHOWN = 3;
var ban_drop_still_referenced_default = defineRule({
  meta: {
    id: "ban-drop-still-referenced",
    summary: "A DROP or RENAME of a table or column that application code at the head of the branch still mentions.",
    severity: "warning",
    messages: {
      referenced: '{{action}} takes an ACCESS EXCLUSIVE lock on "{{table}}" and removes a name application code still mentions ({{where}}): that code fails from the moment the migration runs.'
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        const removed = removedNames(action);
        const table = tableOf(action);
        if (!removed || !table) continue;
        if (context.isNewInThisChange(table, statement)) continue;
        const references = referencesOf(context.codeReferences, removed);
        if (references.length === 0) continue;
        const where = references.slice(0, SHOWN).map((r) => `${r.file}:${r.line}`).join(", ");
        const more = references.length > SHOWN ? ` and ${references.length - SHOWN} more` : "";
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "referenced",
          data: { action: describeAction(action), table, where: where + more },
          help: `${safeSequence(action)} If those lines name something else that shares the name, say so: -- migration-lint-disable-next-statement ban-drop-still-referenced: <what they name>`
        });
      }
    }
  }
});
function referencesOf(all, removed) {
  const table = all.get(removed.table.toLowerCase()) ?? [];
  if (removed.column === void 0) return [...table];
  const files = new Set(table.map((r) => r.file));
  return (all.get(removed.column.toLowerCase()) ?? []).filter((r) => files.has(r.file));
}

// rules/ban-measured-blocking-lock.ts
var ban_measured_blocking_lock_default = defineRule({
  meta: {
    id: "ban-measured-blocking-lock",
    summary: "With --verify-rollback: no statement is seen to take a blocking lock on, or to rewrite, a table that exists on the base.",
    severity: "warning",
    verifiesRollback: true,
    messages: {
      lock: "Took {{mode}} on {{table}}{{rewrite}} (measured): {{consequence}} until the transaction ends."
    }
  },
  // Where a static lock rule reports the same statement, its finding carries this measurement instead (src/verify/combine.ts).
  check(context) {
    for (const lock2 of context.verification?.locks ?? []) {
      const everything = lock2.mode === "ACCESS EXCLUSIVE";
      context.report({
        file: lock2.file,
        range: lock2.range,
        messageId: "lock",
        data: {
          mode: lock2.mode,
          table: lock2.table,
          rewrite: lock2.rewrote ? " and rewrote it" : "",
          consequence: everything ? `every query on ${lock2.table}, reads included, waits` : `every write to ${lock2.table} waits`
        },
        help: lock2.rewrote ? `Avoid the rewrite of ${lock2.table}: add columns without a volatile default, change a type by adding a new column and backfilling it in batches; put SET lock_timeout = '2s' first, and retry on timeout.` : everything ? `Keep the lock short and never queued behind a long query: SET lock_timeout = '2s'; before this statement (retry on timeout), and nothing slow after it in the same transaction.` : `Use the form that does not block writes: CREATE INDEX CONCURRENTLY (in a migration without a transaction), or ADD CONSTRAINT \u2026 NOT VALID, then VALIDATE CONSTRAINT in a later statement.`
      });
    }
  }
});

// rules/ban-drop-with-app-code.ts
var ban_drop_with_app_code_default = defineRule({
  meta: {
    id: "ban-drop-with-app-code",
    summary: "A contract change (DROP, RENAME, type change) never ships in the same pull request as application code.",
    severity: "error",
    messages: {
      dropWithCode: "{{action}} ships with application code changes ({{files}}): instances still running the old code will fail against it during the deploy."
    }
  },
  check(context) {
    if (context.appFiles.length === 0) return;
    const files = summarizeFiles(context.appFiles);
    for (const { migration, statement, action } of breakingStatements(context)) {
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "dropWithCode",
        data: { action: describeAction(action), files },
        help: `Move this migration to a pull request of its own. ${safeSequence(action)}`
      });
    }
  }
});

// rules/ban-expand-and-contract.ts
var ban_expand_and_contract_default = defineRule({
  meta: {
    id: "ban-expand-and-contract",
    summary: "One pull request either expands the schema or contracts it, never both.",
    severity: "error",
    messages: {
      mixed: "{{contract}} is in the same pull request as {{expand}}: old code breaks on the drop before new code can use the addition."
    }
  },
  check(context) {
    const migrations = addedUpMigrations(context);
    const expandsOf = (list2) => list2.flatMap((migration) => [...upActions(migration)].map(({ action }) => action).filter((action) => action.phase === "expand"));
    const changeExpands = context.isChange ? expandsOf(migrations) : [];
    for (const { migration, statement, action } of breakingStatements(context)) {
      const expands = context.isChange ? changeExpands : expandsOf([migration]);
      const table = tableOf(action);
      const expand = expands.find((candidate) => table !== null && tableOf(candidate) === table) ?? expands[0];
      if (!expand) continue;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "mixed",
        data: { contract: describeAction(action), expand: describeAction(expand) },
        help: `Ship the expand now and this contract step in a later pull request, once the code that uses the new schema is deployed. ${safeSequence(action)}`
      });
    }
  }
});

// rules/ban-lock-table.ts
var ban_lock_table_default = defineRule({
  meta: {
    id: "ban-lock-table",
    summary: "No explicit LOCK TABLE of existing tables in migrations: each statement takes the lock it needs, for as short a time as it can.",
    severity: "error",
    messages: {
      lock: `LOCK TABLE "{{table}}" IN {{mode}} MODE takes {{consequence}} until the migration's transaction ends.`
    }
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== "LockStmt") continue;
      for (const lock2 of existingLocks(context, statement)) {
        if (!isAtLeast(lock2.mode, "SHARE")) continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "lock",
          data: { table: lock2.relation, mode: lock2.mode, consequence: lockConsequence(lock2.mode, lock2.relation) },
          help: `Remove the LOCK TABLE: the statements that follow take the locks they need, each for as short a time as it can. If the migration must see ${lock2.relation} unchanged throughout, keep it short and start it with SET lock_timeout = '5s'; so the lock request gives up rather than queue every query behind it.`
        });
      }
    }
  }
});

// rules/ban-rewriting-type-change.ts
var ban_rewriting_type_change_default = defineRule({
  meta: {
    id: "ban-rewriting-type-change",
    summary: "A column type change on an existing table needs no rewrite (varchar(n) to varchar(m > n) or text, numeric(p, s) to numeric(p\u2032 > p, s)).",
    severity: "error",
    messages: {
      rewrite: 'ALTER COLUMN {{column}} TYPE {{type}} rewrites "{{table}}" and every index on it under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the rewrite ends.'
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        if (action.kind !== "alter-column-type") continue;
        if (context.isNewInThisChange(action.table, statement)) continue;
        const rewrites = typeChangeRewrites(context, action, statement);
        if (rewrites === false) continue;
        const column = knownColumn(context, statement, action.table, action.column)?.column;
        const known = column ? ` (${action.table}.${action.column} is ${column.type} now${action.using ? "; a USING expression always rewrites" : ""}.)` : assumedNote(context, action.table, statement) || ` (The current type of ${action.table}.${action.column} is unknown: assumed to need a rewrite.)`;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "rewrite",
          data: { table: action.table, column: action.column, type: action.type },
          help: `Add a new column and move to it without a rewrite:
ALTER TABLE ${action.table} ADD COLUMN ${action.column}_new ${action.type};
-- backfill in batches, with code writing both columns: UPDATE ${action.table} SET ${action.column}_new = ${action.column} WHERE \u2026;
-- then switch reads to ${action.column}_new and drop ${action.column} in a later migration.${known}`
        });
      }
    }
  }
});

// rules/ban-schema-with-app-code.ts
var ban_schema_with_app_code_default = defineRule({
  meta: {
    id: "ban-schema-with-app-code",
    summary: "Schema changes (expand DDL) ship before the application code that uses them, in their own pull request.",
    severity: "warning",
    messages: {
      schemaWithCode: "{{action}} ships with application code changes ({{files}}): if the code deploys before the migration runs, it meets the old schema."
    }
  },
  check(context) {
    if (context.appFiles.length === 0) return;
    const files = summarizeFiles(context.appFiles);
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        if (action.phase !== "expand") continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "schemaWithCode",
          data: { action: describeAction(action), files },
          help: `Merge and deploy ${migration.path} first, in a pull request of its own; then ship the code that uses it (a data backfill may ship with that code).`
        });
        break;
      }
    }
  }
});

// rules/ban-serial-column.ts
var SERIAL_INTEGER = { smallserial: "int2", serial2: "int2", serial: "int4", serial4: "int4", bigserial: "int8", serial8: "int8" };
var ban_serial_column_default = defineRule({
  meta: {
    id: "ban-serial-column",
    summary: "Add serial and identity columns only to tables created in the same change; on existing tables, fill a plain column in batches.",
    severity: "error",
    messages: {
      rewrite: 'ADD COLUMN {{column}} {{kind}} writes a sequence value into every row of "{{table}}" under {{consequence}} until the rewrite ends.'
    }
  },
  async check(context) {
    for (const added of columnsAddedToExistingTables(context)) {
      const { fill, column, typeName } = added.definition;
      if (fill !== "serial" && fill !== "identity") continue;
      const { table } = added;
      const sequence = `${bareName(table)}_${column}_seq`;
      const nextval = { FuncCall: { funcname: [{ String: { sval: "nextval" } }], args: [{ A_Const: { sval: { sval: sequence } } }], funcformat: "COERCE_EXPLICIT_CALL" } };
      const steps = [
        `1. Add a plain column and its sequence (brief locks): CREATE SEQUENCE ${sequence}; ${await addPlainColumnSql(added, SERIAL_INTEGER[typeName] ?? (typeName === "int2" || typeName === "int4" ? typeName : "int8"))}`,
        ...await defaultThenBackfill(added, nextval),
        `4. Once every row has a value: ALTER SEQUENCE ${sequence} OWNED BY ${table}.${column}; and make it NOT NULL (a validated CHECK (${column} IS NOT NULL) first, then SET NOT NULL).`
      ];
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: "rewrite",
        data: { column, kind: fill === "serial" ? typeName : "GENERATED \u2026 AS IDENTITY", table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
        help: steps.join("\n")
      });
    }
  }
});

// rules/ban-stored-generated-column.ts
var ban_stored_generated_column_default = defineRule({
  meta: {
    id: "ban-stored-generated-column",
    summary: "Add stored generated columns only to tables created in the same change.",
    severity: "error",
    messages: {
      rewrite: 'ADD COLUMN {{column}} GENERATED \u2026 STORED rewrites every row of "{{table}}" under {{consequence}} until the rewrite ends.'
    }
  },
  check(context) {
    for (const added of columnsAddedToExistingTables(context)) {
      if (added.definition.fill !== "stored-generated") continue;
      const { table, definition } = added;
      const { column, type } = definition;
      const virtual = postgresVersionOf(context) >= 18;
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: "rewrite",
        data: { column, table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
        help: [
          ...virtual ? [`On PostgreSQL 18, a VIRTUAL generated column is computed on read and needs no rewrite: ALTER TABLE ${table} ADD COLUMN ${column} ${type} GENERATED ALWAYS AS (\u2026) VIRTUAL;`, "Or keep it stored without the rewrite:"] : [],
          `1. Add a plain column (a brief lock): ALTER TABLE ${table} ADD COLUMN ${column} ${type};`,
          `2. Keep it current with a BEFORE INSERT OR UPDATE trigger that sets NEW.${column} from the same expression.`,
          `3. Fill the old rows in batches of a few thousand, each its own transaction, from a later migration or a job.`
        ].join("\n")
      });
    }
  }
});

// rules/ban-table-rewrite.ts
var HELP = {
  vacuumFull: "Plain VACUUM (no FULL) frees space for reuse without blocking; to give space back to the operating system online, use the pg_repack extension outside the migration.",
  cluster: "Reorder the table online with the pg_repack extension (pg_repack --table \u2026 --order-by \u2026) outside the migration, or leave the order to new writes.",
  tablespace: "Move it online with the pg_repack extension (pg_repack --table \u2026 --tablespace \u2026), or create a new table in the tablespace, copy the rows in batches and swap the names.",
  persistence: "There is no online way to change a table between LOGGED and UNLOGGED: do it in a maintenance window, or create a new table with the persistence you want, copy the rows in batches and swap the names."
};
function commandOf(by) {
  if (by === "VACUUM FULL") return "vacuumFull";
  if (by === "CLUSTER") return "cluster";
  if (by.startsWith("SET TABLESPACE")) return "tablespace";
  if (by === "SET LOGGED" || by === "SET UNLOGGED") return "persistence";
  return null;
}
var ban_table_rewrite_default = defineRule({
  meta: {
    id: "ban-table-rewrite",
    summary: "No VACUUM FULL, CLUSTER, SET TABLESPACE or SET LOGGED/UNLOGGED on existing tables in migrations.",
    severity: "error",
    messages: {
      vacuumFull: 'VACUUM FULL rewrites "{{table}}" under {{consequence}} until the copy ends.',
      cluster: 'CLUSTER rewrites "{{table}}" under {{consequence}} until the copy ends.',
      tablespace: '{{command}} copies "{{table}}" to the new tablespace under {{consequence}} until the copy ends.',
      persistence: '{{command}} rewrites "{{table}}" under {{consequence}} until the copy ends.'
    }
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { type, node } = statement;
      const reports = [];
      if (type === "VacuumStmt" && node.is_vacuumcmd && !node.rels && (node.options ?? []).some((o) => o.DefElem?.defname === "full")) {
        reports.push({ command: "vacuumFull", table: "every table of the database", by: "VACUUM FULL" });
      } else if (type === "ClusterStmt" && !node.relation) {
        reports.push({ command: "cluster", table: "every table clustered before", by: "CLUSTER" });
      } else if (type === "AlterTableMoveAllStmt") {
        reports.push({ command: "tablespace", table: `every table in tablespace ${node.orig_tablespacename}`, by: "SET TABLESPACE" });
      }
      for (const lock2 of existingLocks(context, statement, (l) => l.rewrites && commandOf(l.by) !== null)) {
        reports.push({ command: commandOf(lock2.by), table: lock2.relation, by: lock2.by });
      }
      for (const { command, table, by } of reports) {
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: command,
          data: { table, command: by.replace(/^SET TABLESPACE.*/, "SET TABLESPACE"), consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
          help: HELP[command]
        });
      }
    }
  }
});

// rules/ban-truncate.ts
var ban_truncate_default = defineRule({
  meta: {
    id: "ban-truncate",
    summary: "No TRUNCATE of existing tables in migrations; never TRUNCATE \u2026 CASCADE.",
    severity: "error",
    messages: {
      truncate: `TRUNCATE deletes every row of "{{table}}" and takes {{consequence}} until the migration's transaction ends.`,
      cascade: 'TRUNCATE \u2026 CASCADE deletes every row of "{{table}}" and of every table whose foreign keys reference it, under ACCESS EXCLUSIVE locks on all of them.'
    }
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== "TruncateStmt") continue;
      const cascade = statement.node.behavior === "DROP_CASCADE";
      for (const lock2 of existingLocks(context, statement)) {
        const table = lock2.relation;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: cascade ? "cascade" : "truncate",
          data: { table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
          help: cascade ? `Name every table to empty (TRUNCATE ${table}, <each referencing table>;) so the review sees them, or delete the rows in batches: DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000);` : `Delete the rows in batches, each its own transaction, from a job rather than the migration: DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000); or, if the data is truly disposable, run the TRUNCATE in a maintenance window.`
        });
      }
    }
  }
});

// rules/ban-unbounded-data-change.ts
var ban_unbounded_data_change_default = defineRule({
  meta: {
    id: "ban-unbounded-data-change",
    summary: "No UPDATE or DELETE without WHERE on an existing table in a migration that also changes the schema.",
    severity: "warning",
    messages: {
      unbounded: '{{verb}} without WHERE touches every row of "{{table}}" in the same migration as {{ddl}}: the transaction holds that lock and a lock on every row until the last row is written.'
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      const statements = upStatements(migration);
      const ddl = statements.flatMap((statement) => existingLocks(context, statement, (l) => isAtLeast(l.mode, "SHARE UPDATE EXCLUSIVE")))[0];
      if (!ddl) continue;
      for (const statement of statements) {
        const { type, node } = statement;
        if (type !== "UpdateStmt" && type !== "DeleteStmt" || node.whereClause) continue;
        const table = relationName(node.relation);
        if (!isExisting(context, table, statement)) continue;
        const verb = type === "UpdateStmt" ? "UPDATE" : "DELETE";
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "unbounded",
          data: { verb, table, ddl: `${ddl.by} (${ddl.mode} on ${ddl.relation})` },
          help: `Move the ${verb} to a migration (or job) of its own and run it in batches of a few thousand rows, each its own transaction: ${verb === "UPDATE" ? `UPDATE ${table} SET \u2026 WHERE <primary key> IN (SELECT <primary key> FROM ${table} WHERE <not yet done> LIMIT 5000);` : `DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000);`}`
        });
      }
    }
  }
});

// rules/ban-unused-suppression.ts
var ban_unused_suppression_default = defineRule({
  meta: {
    id: "ban-unused-suppression",
    summary: "Every migration-lint-disable comment silences a finding of each rule it names.",
    severity: "error",
    messages: {
      unusedStatement: "This suppression of {{rule}} silences nothing in the statement after it, and would hide a future finding there that nobody reviewed.",
      unusedFile: "This suppression of {{rule}} silences nothing in the file, and would hide a future finding in it that nobody reviewed."
    }
  },
  check() {
  }
});

// rules/ban-volatile-default.ts
var ban_volatile_default_default = defineRule({
  meta: {
    id: "ban-volatile-default",
    summary: "Add columns to existing tables without a volatile DEFAULT; set it afterwards and backfill in batches.",
    severity: "error",
    messages: {
      rewrite: 'ADD COLUMN {{column}} with a volatile DEFAULT rewrites every row of "{{table}}" under {{consequence}} until the rewrite ends.'
    }
  },
  async check(context) {
    for (const added of columnsAddedToExistingTables(context)) {
      if (added.definition.fill !== "volatile-default") continue;
      const { table, definition } = added;
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: "rewrite",
        data: { column: definition.column, table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
        help: [`1. Add the column without a default (a brief lock): ${await addPlainColumnSql(added)}`, ...await defaultThenBackfill(added, defaultExpression(added.node))].join(
          "\n"
        )
      });
    }
  }
});

// rules/immutable-migrations.ts
var immutable_migrations_default = defineRule({
  meta: {
    id: "immutable-migrations",
    summary: "A migration that exists on the base branch is never modified, deleted or renamed.",
    severity: "error",
    messages: {
      modified: "{{file}} is already merged: databases that ran it will never see this edit, while new ones will, so environments drift apart.",
      deleted: "{{file}} is already merged: deleting it leaves databases that ran it with changes no migration describes.",
      commentsOnly: "{{file}} is already merged: this edit leaves its statements as they were, so no database changes, but the file no longer matches what ran.",
      checksummed: "{{file}} is already merged: its tool checksums applied migrations, so even this edit of comments fails the next deploy of every database that ran it.",
      renamed: "{{from}} is already merged: renamed to {{to}}, the migration tool will run it a second time."
    }
  },
  check(context) {
    if (!context.isChange) return;
    for (const migration of context.migrations) {
      const help2 = "Revert this change to the merged migration and write a new migration that makes the change instead.";
      if (migration.status === "modified" && migration.reworked) continue;
      if (migration.status === "modified" && migration.sameStatements) continue;
      if (migration.status === "modified") {
        if (migration.unchangedStatements !== true) {
          context.report({ file: migration.path, messageId: "modified", data: { file: migration.path }, help: help2 });
        } else if (conventions[migration.convention].checksummed) {
          context.report({ file: migration.path, messageId: "checksummed", data: { file: migration.path }, help: "Revert this edit: a merged migration must stay byte for byte as it ran." });
        } else {
          context.report({
            file: migration.path,
            messageId: "commentsOnly",
            data: { file: migration.path },
            help: "Keep notes about a merged migration in a new migration or in the docs, and revert this edit if it was not meant.",
            severity: "warning"
          });
        }
      } else if (migration.status === "deleted") {
        context.report({ file: migration.path, messageId: "deleted", data: { file: migration.path }, help: help2 });
      } else if (migration.status === "renamed" && !migration.moved) {
        if (migration.oldPath && conventions[migration.convention].isSameMigration?.(migration.oldPath, migration.path)) {
          if (!migration.sameStatements) context.report({ file: migration.path, messageId: "modified", data: { file: migration.path }, help: help2 });
          continue;
        }
        context.report({
          file: migration.path,
          messageId: "renamed",
          data: { from: migration.oldPath ?? migration.path, to: migration.path },
          help: `Rename it back to ${migration.oldPath}; to change the order, write a new migration.`
        });
      }
    }
  }
});

// rules/migration-fails.ts
var migration_fails_default = defineRule({
  meta: {
    id: "migration-fails",
    summary: "With --verify-rollback: the up runs on the base schema and its down runs after it, in a real PostgreSQL.",
    severity: "error",
    verifiesRollback: true,
    messages: {
      up: "Up fails: ERROR: {{error}}; the deploy stops at this statement.",
      down: "Down fails: ERROR: {{error}}; the rollback stops at this statement when it is needed."
    }
  },
  check(context) {
    for (const failure of context.verification?.failures ?? []) {
      if (failure.direction === "up" && failure.rerun) continue;
      context.report({
        file: failure.file,
        range: failure.range,
        messageId: failure.direction,
        data: { error: failure.error },
        help: failure.direction === "up" ? "Fix the statement so that it runs on the schema the base migrations build; check it against a copy of that schema." : "Fix the statement so that it runs on the schema the up leaves (for example, drop dependent objects first, or use IF EXISTS)."
      });
    }
  }
});

// rules/one-migration-per-pr.ts
var one_migration_per_pr_default = defineRule({
  meta: {
    id: "one-migration-per-pr",
    summary: "A pull request adds at most one migration per migrations directory (an up and its down are one).",
    severity: "error",
    messages: {
      tooMany: "This pull request adds {{count}} migrations to {{directory}}: they can only be reviewed, deployed and reverted together."
    }
  },
  check(context) {
    if (!context.isChange) return;
    const byDirectory = /* @__PURE__ */ new Map();
    for (const migration of context.migrations) {
      if (migration.status !== "added" || !migration.name) continue;
      const units = byDirectory.get(migration.directory) ?? /* @__PURE__ */ new Map();
      byDirectory.set(migration.directory, units);
      const key = migration.name.version ?? `repeatable:${migration.name.name}`;
      const known = units.get(key);
      if (!known || known.name?.direction === "down" && migration.name.direction !== "down") units.set(key, migration);
    }
    for (const [directory, units] of byDirectory) {
      if (units.size <= context.maxMigrationsPerPr) continue;
      const ordered = [...units.values()].sort(
        (a, b) => compareVersions(a.name?.version ?? "0", b.name?.version ?? "0") || a.path.localeCompare(b.path)
      );
      const kept = ordered.slice(0, context.maxMigrationsPerPr).map((m) => m.path);
      for (const extra of ordered.slice(context.maxMigrationsPerPr)) {
        context.report({
          file: extra.path,
          messageId: "tooMany",
          data: { count: units.size, directory },
          help: `Keep ${kept.join(", ")} in this pull request and move ${extra.path} to a pull request of its own, merged after this one.`
        });
      }
    }
  }
});

// rules/prefer-bigint-ids.ts
var SMALL_INTEGERS = {
  int2: { max: "32,767", wider: "bigint" },
  int4: { max: "2,147,483,647", wider: "bigint" },
  smallserial: { max: "32,767", wider: "bigserial" },
  serial2: { max: "32,767", wider: "bigserial" },
  serial: { max: "2,147,483,647", wider: "bigserial" },
  serial4: { max: "2,147,483,647", wider: "bigserial" }
};
var prefer_bigint_ids_default = defineRule({
  meta: {
    id: "prefer-bigint-ids",
    summary: "Use bigint for primary keys and *_id columns.",
    severity: "off",
    messages: {
      small: "{{column}} is {{type}}: ids stop at {{max}}, and widening the column later rewrites the table under an ACCESS EXCLUSIVE lock."
    }
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      const small = SMALL_INTEGERS[definition.typeName];
      const { column, primaryKey } = definition;
      if (!small || !(primaryKey || column === "id" || column.endsWith("_id"))) continue;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "small",
        data: { column: `${table}.${column}`, type: definition.type, max: small.max },
        help: `Declare it ${small.wider} (${column} ${small.wider}${small.wider === "bigint" && primaryKey ? " GENERATED ALWAYS AS IDENTITY" : ""}); a column that references it needs bigint too.`
      });
    }
  }
});

// rules/prefer-identity.ts
var IDENTITY_TYPE = { smallserial: "smallint", serial2: "smallint", serial: "integer", serial4: "integer", bigserial: "bigint", serial8: "bigint" };
var prefer_identity_default = defineRule({
  meta: {
    id: "prefer-identity",
    summary: "Use GENERATED \u2026 AS IDENTITY columns instead of serial types.",
    severity: "off",
    messages: {
      serial: "{{column}} is {{type}}: its sequence is a separate object that needs its own grants, and CREATE TABLE \u2026 LIKE copies the column with a default pointing at the old table's sequence."
    }
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      const type = IDENTITY_TYPE[definition.typeName];
      if (type === void 0 || definition.fill !== "serial") continue;
      const { column } = definition;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "serial",
        data: { column: `${table}.${column}`, type: definition.typeName },
        help: `Declare ${column} ${type} GENERATED ALWAYS AS IDENTITY (BY DEFAULT if code inserts its own ids); the sequence then belongs to the column and follows it.`
      });
    }
  }
});

// rules/prefer-text-over-varchar.ts
var prefer_text_over_varchar_default = defineRule({
  meta: {
    id: "prefer-text-over-varchar",
    summary: "Use text, with a CHECK constraint where a length limit matters, instead of varchar(n).",
    severity: "off",
    messages: {
      varchar: "{{column}} is {{type}}: changing its limit later takes ALTER COLUMN \u2026 TYPE under an ACCESS EXCLUSIVE lock, where text with a CHECK constraint changes without blocking."
    }
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      if (definition.typeName !== "varchar" || !definition.hasTypmods) continue;
      const { column, type } = definition;
      const limit = /\((\d+)\)/.exec(type)?.[1] ?? "n";
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "varchar",
        data: { column: `${table}.${column}`, type },
        help: `Declare ${column} text, and if the limit matters add it as a constraint: CHECK (char_length(${column}) <= ${limit}); a new limit is then ADD CONSTRAINT \u2026 NOT VALID and VALIDATE, without blocking.`
      });
    }
  }
});

// rules/prefer-timestamptz.ts
var prefer_timestamptz_default = defineRule({
  meta: {
    id: "prefer-timestamptz",
    summary: "Use timestamptz (timestamp with time zone) instead of timestamp.",
    severity: "off",
    messages: {
      timestamp: "{{column}} is timestamp without time zone: it stores no offset, so sessions in other time zones read the wrong instant, and converting it later rewrites the table under an ACCESS EXCLUSIVE lock."
    }
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      if (definition.typeName !== "timestamp") continue;
      const { column } = definition;
      const precision = /\((\d+)\)/.exec(definition.type)?.[0] ?? "";
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "timestamp",
        data: { column: `${table}.${column}` },
        help: `Declare it timestamptz${precision}: ${column} timestamptz${precision}. It stores the instant (as UTC) and shows it in each session's time zone.`
      });
    }
  }
});

// rules/require-check-before-set-not-null.ts
var require_check_before_set_not_null_default = defineRule({
  meta: {
    id: "require-check-before-set-not-null",
    summary: "SET NOT NULL on an existing table comes after a validated CHECK (col IS NOT NULL), which PostgreSQL 12+ trusts instead of scanning.",
    severity: "error",
    messages: {
      scan: 'SET NOT NULL on "{{table}}".{{column}} scans the whole table under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan ends.',
      scanBefore12: 'SET NOT NULL on "{{table}}".{{column}} scans the whole table under an ACCESS EXCLUSIVE lock before PostgreSQL 12, whatever constraints exist: every read and write of the table waits until the scan ends.'
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        if (action.kind !== "set-not-null") continue;
        if (context.isNewInThisChange(action.table, statement)) continue;
        const known = knownColumn(context, statement, action.table, action.column);
        if (known?.column.notNull) continue;
        const guarded = known !== void 0 && hasNotNullCheck(known.table, action.column);
        if (guarded && context.postgresVersion >= 12) continue;
        const constraint = `${action.table.split(".").at(-1)}_${action.column}_not_null`;
        const note = assumedNote(context, action.table, statement);
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: context.postgresVersion >= 12 ? "scan" : "scanBefore12",
          data: { table: action.table, column: action.column },
          help: context.postgresVersion >= 12 ? `Prove it first, without blocking, then set it:
ALTER TABLE ${action.table} ADD CONSTRAINT ${constraint} CHECK (${action.column} IS NOT NULL) NOT VALID;
-- in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes go on):
ALTER TABLE ${action.table} VALIDATE CONSTRAINT ${constraint};
-- then, with no scan:
ALTER TABLE ${action.table} ALTER COLUMN ${action.column} SET NOT NULL;
ALTER TABLE ${action.table} DROP CONSTRAINT ${constraint};${note}` : `Keep a validated CHECK instead of SET NOT NULL until you run PostgreSQL 12:
ALTER TABLE ${action.table} ADD CONSTRAINT ${constraint} CHECK (${action.column} IS NOT NULL) NOT VALID;
-- in a later migration:
ALTER TABLE ${action.table} VALIDATE CONSTRAINT ${constraint};${note}`
        });
      }
    }
  }
});

// rules/require-concurrent-index-creation.ts
var require_concurrent_index_creation_default = defineRule({
  meta: {
    id: "require-concurrent-index-creation",
    summary: "Build indexes on existing tables with CREATE INDEX CONCURRENTLY.",
    severity: "error",
    messages: {
      blocking: 'CREATE INDEX on "{{table}}" takes {{consequence}} until the index is built.'
    }
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== "IndexStmt" || statement.node.concurrent === true) continue;
      const table = relationName(statement.node.relation);
      if (!isExisting(context, table, statement)) continue;
      const sql = await rewrittenSql(statement, (node) => {
        node.concurrent = true;
      });
      const name = typeof statement.node.idxname === "string" ? statement.node.idxname : null;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "blocking",
        data: { table, consequence: lockConsequence("SHARE", table) },
        help: [
          `1. Build it without blocking writes, in ${outsideTransaction(migration.convention)}:`,
          `   ${sql}`,
          `2. If the build fails it leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY IF EXISTS ${name ?? "<index>"};) and run step 1 again.`
        ].join("\n")
      });
    }
  }
});

// rules/require-concurrent-index-deletion.ts
var require_concurrent_index_deletion_default = defineRule({
  meta: {
    id: "require-concurrent-index-deletion",
    summary: "Drop indexes of existing tables with DROP INDEX CONCURRENTLY.",
    severity: "error",
    messages: {
      blocking: 'DROP INDEX "{{index}}" takes {{consequence}} until the drop ends, and it cannot start before every running query on the table has finished.'
    }
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      if (statement.type !== "DropStmt" || node.removeType !== "OBJECT_INDEX" || node.concurrent === true) continue;
      for (const object of list(node.objects)) {
        const index = objectName(object);
        if (!isExisting(context, index, statement)) continue;
        const sql = await rewrittenSql(statement, (copy) => {
          copy.objects = [object];
          copy.concurrent = true;
          copy.behavior = "DROP_RESTRICT";
        });
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "blocking",
          data: { index, consequence: lockConsequence("ACCESS EXCLUSIVE", "its table") },
          help: [
            `Drop it without blocking queries, in ${outsideTransaction(migration.convention)}:`,
            `   ${sql}`,
            ...node.behavior === "DROP_CASCADE" ? ["CONCURRENTLY cannot CASCADE: drop the constraints that depend on it first."] : []
          ].join("\n")
        });
      }
    }
  }
});

// rules/require-concurrent-refresh.ts
var require_concurrent_refresh_default = defineRule({
  meta: {
    id: "require-concurrent-refresh",
    summary: "Refresh existing materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY.",
    severity: "error",
    messages: {
      blocking: 'REFRESH MATERIALIZED VIEW "{{view}}" takes {{consequence}} until the view is recomputed.'
    }
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      if (statement.type !== "RefreshMatViewStmt" || node.concurrent === true || node.skipData === true) continue;
      const view = relationName(node.relation);
      if (!isExisting(context, view, statement)) continue;
      const sql = await rewrittenSql(statement, (copy) => {
        copy.concurrent = true;
      });
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: "blocking",
        data: { view, consequence: lockConsequence("ACCESS EXCLUSIVE", view) },
        help: `Refresh it while reads go on (it needs a unique index on the view, e.g. CREATE UNIQUE INDEX CONCURRENTLY ${view.split(".").at(-1)}_key ON ${view} (<columns that identify a row>);):
   ${sql}`
      });
    }
  }
});

// rules/require-concurrent-reindex.ts
var TARGETS = {
  REINDEX_OBJECT_INDEX: "INDEX",
  REINDEX_OBJECT_TABLE: "TABLE",
  REINDEX_OBJECT_SCHEMA: "SCHEMA",
  REINDEX_OBJECT_DATABASE: "DATABASE",
  REINDEX_OBJECT_SYSTEM: "SYSTEM"
};
var require_concurrent_reindex_default = defineRule({
  meta: {
    id: "require-concurrent-reindex",
    summary: "Rebuild indexes with REINDEX CONCURRENTLY (PostgreSQL 12+), or by building a replacement concurrently.",
    severity: "error",
    messages: {
      blocking: "REINDEX {{target}} takes a SHARE lock on each table and an ACCESS EXCLUSIVE lock on each index it rebuilds: every INSERT/UPDATE/DELETE waits, and so does every query that would use those indexes, until the rebuild ends."
    }
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      if (statement.type !== "ReindexStmt") continue;
      if ((node.params ?? []).some((p) => p.DefElem?.defname === "concurrently")) continue;
      const kind = TARGETS[node.kind] ?? "INDEX";
      const name = node.relation ? relationName(node.relation) : String(node.name ?? "");
      if (name !== "" && !isExisting(context, name, statement)) continue;
      const target = `${kind}${name ? ` ${name}` : ""}`;
      let help2;
      if (postgresVersionOf(context) >= 12 && kind !== "SYSTEM") {
        const sql = await rewrittenSql(statement, (copy) => {
          copy.params = [...copy.params ?? [], { DefElem: { defname: "concurrently", defaction: "DEFELEM_UNSPEC" } }];
        });
        help2 = `Rebuild it without blocking, in ${outsideTransaction(migration.convention)}:
   ${sql}`;
      } else if (kind === "INDEX") {
        help2 = [
          `REINDEX CONCURRENTLY needs PostgreSQL 12 (postgresVersion is ${postgresVersionOf(context)}). Build a replacement instead, outside a transaction:`,
          `1. CREATE INDEX CONCURRENTLY ${name}_new ON <table> (<the columns of ${name}>);`,
          `2. DROP INDEX CONCURRENTLY ${name};`,
          `3. ALTER INDEX ${name}_new RENAME TO ${name};`
        ].join("\n");
      } else {
        help2 = `Rebuild the indexes one at a time without blocking: for each, CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, and rename the replacement${kind === "SYSTEM" ? " (system catalogs cannot be rebuilt concurrently: do it in a maintenance window)" : ""}.`;
      }
      context.report({ file: migration.path, range: statement.range, messageId: "blocking", data: { target }, help: help2 });
    }
  }
});

// rules/require-lock-timeout.ts
var require_lock_timeout_default = defineRule({
  meta: {
    id: "require-lock-timeout",
    summary: "Set lock_timeout before a statement that takes an ACCESS EXCLUSIVE lock on an existing table.",
    severity: "warning",
    messages: {
      missing: "{{by}} needs an ACCESS EXCLUSIVE lock on {{target}} and no lock_timeout is set: while it waits for a running query to finish, every new query on it, reads included, queues behind it."
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      let session = false;
      let local = false;
      for (const statement of upStatements(migration)) {
        const setting = lockTimeoutSetting(statement);
        if (setting) {
          if (setting.local) local = setting.on;
          else session = local = setting.on;
          continue;
        }
        if (statement.type === "TransactionStmt" && /COMMIT|ROLLBACK|PREPARE/.test(String(statement.node.kind))) local = session;
        if (local) continue;
        const lock2 = existingLocks(context, statement, (l) => l.mode === "ACCESS EXCLUSIVE")[0];
        if (!lock2) continue;
        const table = lock2.on === "index" ? `the table of index ${lock2.relation}` : lock2.relation;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "missing",
          data: { by: lock2.by, target: lock2.on === "index" ? `the table of index "${lock2.relation}"` : `"${lock2.relation}"` },
          help: `Start the migration with SET lock_timeout = '5s'; (SET LOCAL inside its transaction) so the lock request gives up instead of stalling ${table}, and deploy again if it does. One setting at the top covers every statement of the file.`
        });
        break;
      }
    }
  }
});
function lockTimeoutSetting(statement) {
  const { type, node } = statement;
  if (type === "VariableSetStmt") {
    if (node.kind === "VAR_RESET_ALL") return { on: false, local: false };
    if (node.name !== "lock_timeout") return null;
    const local = node.is_local === true;
    if (node.kind !== "VAR_SET_VALUE") return { on: false, local };
    return { on: !isZero(list(node.args)[0]?.A_Const), local };
  }
  if (type === "SelectStmt") {
    for (const target of list(node.targetList)) {
      const call = target.ResTarget?.val?.FuncCall;
      if (!call || list(call.funcname).map(stringOf).at(-1) !== "set_config") continue;
      const [name, value, isLocal] = list(call.args).map((a) => a.A_Const);
      if (name?.sval?.sval !== "lock_timeout") continue;
      return { on: !isZero(value), local: isLocal?.boolval?.boolval === true };
    }
  }
  return null;
}
function isZero(constant) {
  if (!constant) return true;
  if ("ival" in constant) return !constant.ival?.ival;
  if ("fval" in constant) return Number(constant.fval?.fval) === 0;
  const text = String(constant.sval?.sval ?? "").trim();
  return /^0*(?:\.0*)?\s*(?:us|ms|s|min|h|d)?$/i.test(text);
}

// rules/require-not-valid-constraint.ts
var require_not_valid_constraint_default = defineRule({
  meta: {
    id: "require-not-valid-constraint",
    summary: "Add foreign keys and CHECK constraints to existing tables NOT VALID, then VALIDATE them in a later migration.",
    severity: "error",
    messages: {
      foreignKey: 'ADD FOREIGN KEY on "{{table}}" checks every row while it holds SHARE ROW EXCLUSIVE locks on {{table}} and {{references}}: every INSERT/UPDATE/DELETE on both tables waits until the scan ends.',
      check: 'ADD CHECK on "{{table}}" checks every row while it holds {{consequence}} until the scan ends.'
    }
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      for (const { table, constraint, column } of addedConstraints(statement)) {
        const isForeignKey = constraint.contype === "CONSTR_FOREIGN";
        if (!isForeignKey && constraint.contype !== "CONSTR_CHECK" || constraint.skip_validation === true) continue;
        if (!isExisting(context, table, statement)) continue;
        const columns = column ? [String(column.colname)] : list(constraint.fk_attrs).map(stringOf);
        const name = typeof constraint.conname === "string" ? constraint.conname : defaultName(table, columns, isForeignKey ? "fkey" : "check");
        const notValid = { ...constraint, conname: name, skip_validation: true, initially_valid: false };
        if (column) notValid.fk_attrs = [{ String: { sval: String(column.colname) } }];
        const add = await alterTableSql(statement, { subtype: "AT_AddConstraint", def: { Constraint: notValid }, behavior: "DROP_RESTRICT" });
        const validate = await alterTableSql(statement, { subtype: "AT_ValidateConstraint", name, behavior: "DROP_RESTRICT" });
        const steps = [
          ...column ? [`Add the column ${column.colname} without the constraint, then:`] : [],
          `1. Add the constraint without checking the rows that exist (a brief lock; new writes are checked from now on):`,
          `   ${add}`,
          `2. In the next migration, check the existing rows without blocking reads or writes (SHARE UPDATE EXCLUSIVE):`,
          `   ${validate}`
        ];
        const references = isForeignKey ? relationName(constraint.pktable) : "";
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: isForeignKey ? "foreignKey" : "check",
          data: { table, references, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
          help: steps.join("\n")
        });
      }
    }
  }
});
function defaultName(table, columns, suffix) {
  return [bareName(table), ...columns, suffix].join("_");
}

// rules/require-rollback.ts
var require_rollback_default = defineRule({
  meta: {
    id: "require-rollback",
    summary: "Every new migration has a non-empty rollback (down) in the place its migration tool expects.",
    severity: "error",
    messages: {
      missing: "Migration {{path}} has no rollback: if the deploy goes wrong there is no tested way to undo it.",
      empty: "The rollback of {{path}} is empty: running it would undo nothing."
    }
  },
  check(context) {
    const byPath = new Map(context.migrations.map((m) => [m.path, m]));
    for (const migration of context.migrations) {
      if (migration.status !== "added" || !migration.name || migration.text === null) continue;
      if (migration.name.direction === "down" || migration.name.kind === "repeatable") continue;
      if ((migration.up?.statements.length ?? 0) === 0 && !migration.up?.error) continue;
      const convention = conventions[migration.convention];
      if (convention.hasRollbacks === false) continue;
      if (convention.forwardOnly && !keepsRollbacks(context.directories.get(migration.directory))) continue;
      const where = describeRollbackPlace(migration.convention, migration.path, migration.name.version ?? "");
      if (migration.rollback === null) {
        context.report({ file: migration.path, messageId: "missing", data: { path: migration.path }, help: where });
        continue;
      }
      const rollback = migration.rollback === migration.path ? migration : byPath.get(migration.rollback);
      if (!rollback?.down) continue;
      const upDoesNothing = migration.up !== null && migration.up.statements.length === 0 && !migration.up.error;
      if (rollback.down.statements.length === 0 && !rollback.down.error && !upDoesNothing) {
        const downStart = rollback.sections?.down?.start;
        const marker = downStart !== void 0 && rollback.lines ? rollback.lines.positionAt(Math.max(0, downStart - 1)) : void 0;
        context.report({
          file: rollback.path,
          ...marker ? { range: { start: { line: marker.line, column: 1 }, end: marker } } : {},
          messageId: "empty",
          data: { path: migration.path },
          help: describeRevert(rollback.convention, migration.path)
        });
      }
    }
  }
});
function describeRevert(convention, path) {
  if (convention === "alembic") return `Write the op calls that revert ${path} in its downgrade() (e.g. drop what upgrade() creates, re-add what it drops).`;
  if (convention === "knex" || convention === "node-pg-migrate") return `Write the calls that revert ${path} in its down function (e.g. drop what up creates, re-add what it drops).`;
  return `Write the SQL that reverts ${path} (e.g. DROP what it creates, re-add what it drops).`;
}
var OPT_OUT = "To roll forward only instead, turn this rule off in the config: rules: { require-rollback: off }.";
function keepsRollbacks(directory) {
  if (!directory) return false;
  const index = directory.baseIndex ?? directory.index;
  return index.files.some((entry) => index.nameOf(entry)?.direction === "down");
}
function describeRollbackPlace(convention, path, version) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const folder = path.slice(0, Math.max(path.lastIndexOf("/"), 0));
  switch (convention) {
    case "diesel":
      return `Add ${folder}/down.sql with the SQL that reverts up.sql.`;
    case "prisma":
      return `Prisma Migrate is forward-only: write the SQL that reverts it to ${folder}/down.sql, as Prisma documents, with npx prisma migrate diff --from-schema-datamodel prisma/schema.prisma --to-schema-datasource prisma/schema.prisma --script > ${folder}/down.sql (run before applying the migration), and apply it with prisma db execute --file ${folder}/down.sql when you must roll back.`;
    case "postgrator":
      return `Add ${base.replace(/\.do\./i, ".undo.")} beside it with the SQL that reverts it.`;
    case "sql-migrate":
      return `Add a "-- +migrate Down" section to ${base} with the SQL that reverts it.`;
    case "node-pg-migrate":
      if (!/\.sql$/i.test(base)) {
        return `Export a down function from ${base} that reverts it (exports.down = false declares it irreversible), e.g. exports.down = (pgm) => { pgm.dropTable('<table>'); };`;
      }
      return `Add a "-- Down Migration" section to ${base} with the SQL that reverts it.`;
    case "sqitch":
      return `Add ${path.replace(/(^|\/)deploy\//, "$1revert/")} with the SQL that reverts it (sqitch add creates it with the deploy and verify scripts).`;
    case "supabase":
      return `The Supabase CLI is forward-only: keep the SQL that reverts it in ${path.replace(/(^|\/)migrations\/([^/]*)$/, "$1rollbacks/$2")}, where the CLI never applies it, and run it with psql when you must roll back. ${OPT_OUT}`;
    case "goose":
      return `Add a "-- +goose Down" section to ${base} with the SQL that reverts it.`;
    case "dbmate":
      return `Add a "-- migrate:down" section to ${base} with the SQL that reverts it.`;
    case "flyway":
      return `Add an undo migration U${version}__${base.replace(/^V[^_]*__/, "")} beside it with the SQL that reverts it (Flyway Teams runs it with flyway undo; Flyway Community has no undo). ${OPT_OUT}`;
    case "knex":
      return `Export a down function from ${base} that reverts it, e.g. exports.down = (knex) => knex.schema.dropTable('<table>');`;
    case "alembic":
      return `Write a downgrade() in ${base} with the op calls that revert upgrade(), e.g. op.drop_column('<table>', '<column>').`;
    default:
      return `Add ${base.replace(/(\.up)?\.sql$/i, ".down.sql")} beside it with the SQL that reverts it.`;
  }
}

// rules/require-unique-using-index.ts
var require_unique_using_index_default = defineRule({
  meta: {
    id: "require-unique-using-index",
    summary: "Add PRIMARY KEY and UNIQUE constraints to existing tables USING INDEX of an index built concurrently.",
    severity: "error",
    messages: {
      building: 'ADD {{kind}} on "{{table}}" builds its index while it holds {{consequence}} until the index is built.'
    }
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      for (const { table, constraint, column } of addedConstraints(statement)) {
        const kind = constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : null;
        if (kind === null || typeof constraint.indexname === "string") continue;
        if (!isExisting(context, table, statement)) continue;
        const keys = column ? [{ String: { sval: String(column.colname) } }] : list(constraint.keys);
        const columns = keys.map((k) => String(k.String?.sval ?? ""));
        const name = typeof constraint.conname === "string" ? constraint.conname : `${bareName(table)}_${kind === "PRIMARY KEY" ? "pkey" : `${columns.join("_")}_key`}`;
        const index = await sqlOf("IndexStmt", {
          idxname: name,
          relation: statement.node.relation,
          accessMethod: "btree",
          indexParams: keys.map((k) => ({ IndexElem: { name: k.String?.sval, ordering: "SORTBY_DEFAULT", nulls_ordering: "SORTBY_NULLS_DEFAULT" } })),
          ...list(constraint.including).length ? { indexIncludingParams: list(constraint.including).map((k) => ({ IndexElem: { name: k.String?.sval } })) } : {},
          unique: true,
          ...constraint.nulls_not_distinct ? { nulls_not_distinct: true } : {},
          concurrent: true
        });
        const adopt = await alterTableSql(statement, {
          subtype: "AT_AddConstraint",
          def: { Constraint: { contype: constraint.contype, conname: name, indexname: name } },
          behavior: "DROP_RESTRICT"
        });
        const steps = [
          ...column ? [`Add the column ${column.colname} without the constraint, then:`] : [],
          `1. Build the index without blocking writes, in ${outsideTransaction(migration.convention)}:`,
          `   ${index}`,
          `2. In the next migration, make it the constraint (a brief lock${kind === "PRIMARY KEY" ? `; the columns must already be NOT NULL, or this scans the table to set it` : ""}):`,
          `   ${adopt}`
        ];
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: "building",
          data: { kind, table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
          help: steps.join("\n")
        });
      }
    }
  }
});

// rules/require-valid-suppression.ts
var require_valid_suppression_default = defineRule({
  meta: {
    id: "require-valid-suppression",
    summary: "A migration-lint-disable comment names existing rules and says why, after a colon.",
    severity: "error",
    messages: {
      noReason: "This suppression of {{rules}} gives no reason, so it silences nothing: reviewers could not judge why the hazard is safe here.",
      noRule: "This suppression names no rule, so it silences nothing.",
      unknownRule: '"{{rule}}" is not a migration-lint rule, so this suppression silences nothing for it.',
      unsuppressible: "{{rule}} cannot be suppressed: the finding stands whatever the comment says.",
      unknownDirective: "{{directive}} is not a migration-lint directive, so it silences nothing."
    }
  },
  check() {
  }
});

// rules/require-validate-separately.ts
var require_validate_separately_default = defineRule({
  meta: {
    id: "require-validate-separately",
    summary: "VALIDATE CONSTRAINT runs in a later migration than the ADD CONSTRAINT \u2026 NOT VALID it validates.",
    severity: "error",
    messages: {
      sameTransaction: 'VALIDATE CONSTRAINT {{constraint}} runs in the same transaction as its NOT VALID add, whose {{lock}} lock on "{{table}}" is held until commit: {{blocked}} of the table waits for the whole validation scan.'
    }
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      const transactions = transactionsIn(context, migration);
      const adds = /* @__PURE__ */ new Map();
      for (const statement of upStatements(migration)) {
        if (statement.type !== "AlterTableStmt") continue;
        const table = relationName2(statement.node.relation);
        const block = transactions.get(statement)?.block ?? null;
        for (const item of Array.isArray(statement.node.cmds) ? statement.node.cmds : []) {
          const cmd = item?.AlterTableCmd ?? {};
          const constraint = cmd.def?.Constraint;
          if (cmd.subtype === "AT_AddConstraint" && constraint?.skip_validation === true && typeof constraint.conname === "string") {
            adds.set(`${table}\0${constraint.conname}`, { statement, block, foreignKey: constraint.contype === "CONSTR_FOREIGN" });
            continue;
          }
          if (cmd.subtype !== "AT_ValidateConstraint" || typeof cmd.name !== "string") continue;
          const add = adds.get(`${table}\0${cmd.name}`);
          if (!add || add.block === null || add.block !== block) continue;
          if (context.isNewInThisChange(table, statement)) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "sameTransaction",
            data: {
              constraint: cmd.name,
              table,
              lock: add.foreignKey ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE",
              blocked: add.foreignKey ? "every write" : "every read and write"
            },
            help: `Keep the NOT VALID add in this migration and validate in the next one, once the add has committed:
${add.statement.text};
-- in a later migration:
ALTER TABLE ${table} VALIDATE CONSTRAINT ${cmd.name};`
          });
        }
      }
    }
  }
});
function relationName2(rangeVar) {
  return [rangeVar?.schemaname, rangeVar?.relname].filter((part) => typeof part === "string").join(".");
}

// rules/rollback-roundtrip.ts
var rollback_roundtrip_default = defineRule({
  meta: {
    id: "rollback-roundtrip",
    summary: "With --verify-rollback: in a real PostgreSQL, the down gives back the schema from before the up, and the up runs again after it.",
    severity: "error",
    verifiesRollback: true,
    messages: {
      leaves: "Down leaves {{object}}: after a rollback the schema is not what it was before the up.",
      notRestored: "Down does not restore {{object}}: after a rollback the schema is not what it was before the up.",
      changed: "Down leaves {{object}} changed ({{after}}; before the up: {{before}}): after a rollback the schema is not what it was.",
      redeployMissing: "The up run again after its down does not create {{object}}: a redeploy after a rollback gives another schema.",
      redeployExtra: "The up run again after its down leaves {{object}}, which its first run did not: a redeploy gives another schema.",
      redeployChanged: "The up run again after its down gives {{object}} as {{after}}, its first run as {{before}}: a redeploy gives another schema.",
      redeployFails: "The up fails when run again after its down: ERROR: {{error}}; the migration cannot be deployed again after a rollback.",
      skipped: "Rollback verification skipped: {{reason}}."
    }
  },
  check(context) {
    const verification = context.verification;
    if (!verification) return;
    for (const skip of verification.skipped) {
      context.report({
        file: skip.file ?? skip.directory,
        messageId: "skipped",
        data: { reason: skip.reason },
        severity: "warning",
        help: "Nothing was judged here: run --verify-rollback with --database-url against a server that has what the base history needs (its extensions), or turn verifyRollback off for this repository."
      });
    }
    for (const failure of verification.failures) {
      if (!(failure.direction === "up" && failure.rerun)) continue;
      context.report({
        file: failure.file,
        range: failure.range,
        messageId: "redeployFails",
        data: { error: failure.error },
        help: "Make the down undo everything the up creates (or make the up tolerate what the down keeps: CREATE \u2026 IF NOT EXISTS), so that deploy, rollback, deploy works."
      });
    }
    for (const { file, range, phase, difference } of verification.mismatches) {
      const object = difference.label;
      const data = { object, before: difference.before ?? "", after: difference.after ?? "" };
      if (phase === "down") {
        const messageId = difference.kind === "extra" ? "leaves" : difference.kind === "missing" ? "notRestored" : "changed";
        const help2 = difference.kind === "extra" ? `Drop it in the down: ${dropStatement(object)}` : difference.kind === "missing" ? `Create it again in the down, as it was before the up${difference.before ? ` (${difference.before})` : ""}.` : `Restore it in the down as it was before the up: ${difference.before}.`;
        context.report({ file, range, messageId, data, help: help2 });
      } else {
        const messageId = difference.kind === "extra" ? "redeployExtra" : difference.kind === "missing" ? "redeployMissing" : "redeployChanged";
        context.report({
          file,
          range,
          messageId,
          data,
          help: "Make the down undo exactly what the up does, so that the up finds the same schema each time it runs."
        });
      }
    }
  }
});
function dropStatement(label) {
  const column = /^column (.+)\.([^.]+)$/.exec(label);
  if (column) return `ALTER TABLE ${column[1]} DROP COLUMN ${column[2]};`;
  const constraint = /^constraint (\S+) on (.+)$/.exec(label);
  if (constraint) return `ALTER TABLE ${constraint[2]} DROP CONSTRAINT ${constraint[1]};`;
  const trigger = /^trigger (\S+) on (.+)$/.exec(label);
  if (trigger) return `DROP TRIGGER ${trigger[1]} ON ${trigger[2]};`;
  const value = /^enum (.+) value '(.*)'$/.exec(label);
  if (value) return `PostgreSQL cannot drop an enum value: in the down, create the type again without '${value[2]}' (ALTER TYPE ${value[1]} RENAME TO ${value[1]}_old; CREATE TYPE ${value[1]} AS ENUM (\u2026); ALTER TABLE \u2026 ALTER COLUMN \u2026 TYPE ${value[1]} USING \u2026::text::${value[1]}; DROP TYPE ${value[1]}_old;).`;
  const object = /^(table|view|materialized view|foreign table|index|sequence|enum|domain|type|range type|function|procedure|aggregate|schema|extension) (.+)$/.exec(label);
  if (object) {
    const kind = object[1] === "enum" || object[1] === "range type" ? "TYPE" : object[1].toUpperCase();
    return `DROP ${kind} ${object[2]};`;
  }
  return `drop ${label}.`;
}

// rules/syntax-error.ts
var UNREADABLE_HELP = {
  binary: 'Remove it from the migrations directory, or match migrations more narrowly with the "migrations" globs in the config.',
  encoding: "Save the file as UTF-8.",
  symlink: "A migration must be a regular file: replace the link with a copy of the file it points to, or move it out of the migrations directory."
};
var syntax_error_default = defineRule({
  meta: {
    id: "syntax-error",
    summary: "Every migration and rollback is SQL that PostgreSQL can parse (and a JavaScript or Python migration file parses), in UTF-8 text, in a regular file.",
    severity: "error",
    messages: {
      syntax: "PostgreSQL cannot parse this: {{message}}.",
      source: "The migration tool cannot load this {{language}} file: {{message}}.",
      binary: "{{file}} is a binary file, not SQL: the migration tool will fail on it.",
      encoding: "{{file}} is not valid UTF-8: PostgreSQL will reject it or store garbled text.",
      symlink: "{{file}} is a symbolic link, not a regular file: git stores only the path it points to, so what runs depends on the checkout."
    }
  },
  check(context) {
    for (const migration of context.migrations) {
      if (migration.unreadable) {
        context.report({
          file: migration.path,
          messageId: migration.unreadable,
          data: { file: migration.path },
          help: UNREADABLE_HELP[migration.unreadable]
        });
        continue;
      }
      for (const sql of [migration.up, migration.down]) {
        if (!sql?.error) continue;
        const { language, message, range } = sql.error;
        context.report({
          file: migration.path,
          range,
          messageId: language ? "source" : "syntax",
          data: language ? { language, message } : { message },
          help: language ? `Fix the ${language} at this position; run the migration against a scratch database before merging.` : "Fix the SQL at this position; check it with psql against a scratch database before merging."
        });
      }
    }
  }
});

// rules/timestamp-order.ts
var timestamp_order_default = defineRule({
  meta: {
    id: "timestamp-order",
    summary: "A new migration's version is greater than every version on the base branch, unique, and readable from its file name.",
    severity: "error",
    messages: {
      outOfOrder: "Version {{version}} is not newer than {{latest}}, already on the base branch: databases that ran {{latest}} will skip it or apply it out of order.",
      duplicate: "Version {{version}} is also used by {{other}}: the migration tool will refuse to run, or run only one of them.",
      unreadable: "The file name {{file}} is not a {{convention}} migration name, so its place in the order is unknown.",
      secondHead: 'Revisions {{revision}} and {{other}} both follow {{parent}}: the history gets a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
      secondRoot: 'Revision {{revision}} follows no revision while {{root}} already starts the history: it is a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
      unknownParent: "Revision {{revision}} follows {{parent}}, which no migration in {{directory}} declares: alembic cannot place it and refuses to run.",
      noRevision: "{{file}} declares no revision, so alembic cannot load the migrations of {{directory}}."
    }
  },
  check(context) {
    if (!context.isChange) return;
    for (const migration of context.migrations) {
      if (migration.status !== "added") continue;
      const directory = context.directories.get(migration.directory);
      if (!directory) continue;
      const base = migration.entry;
      if (directory.revisions) {
        checkGraph(context, migration, directory, directory.revisions);
        continue;
      }
      if (!migration.name) {
        context.report({
          file: migration.path,
          messageId: "unreadable",
          data: { file: base, convention: migration.convention },
          help: `Rename it to ${exampleName(migration.convention)}, with a timestamp newer than every merged migration.`
        });
        continue;
      }
      const version = migration.name.version;
      if (version === null) continue;
      if (migration.name.direction === "down") continue;
      const latest = directory.baseIndex?.latestVersion() ?? null;
      if (latest !== null && compareVersions(version, latest) <= 0) {
        context.report({
          file: migration.path,
          messageId: "outOfOrder",
          data: { version, latest },
          help: migration.convention === "sqitch" ? `Move ${migration.name.name} to the end of sqitch.plan, after every change already merged: sqitch deploys the plan in order.` : `Rename it with a version newer than ${latest}, e.g. ${renameWithVersion(base, version, nowTimestamp(latest))}.`
        });
        continue;
      }
      const { direction, unit } = migration.name;
      const twin = directory.index.withVersion(version).find((other) => other.file !== base && other.name.direction === direction && (unit === void 0 || other.name.unit !== unit));
      if (twin) {
        context.report({
          file: migration.path,
          messageId: "duplicate",
          data: { version, other: twin.file },
          help: `Give ${base} a version of its own, newer than every other migration in ${directory.path}.`
        });
      }
    }
  }
});
function checkGraph(context, migration, directory, graph) {
  const file = migration.path.slice(migration.path.lastIndexOf("/") + 1);
  const revision = migration.revision;
  if (!revision) {
    if (migration.up?.error?.language) return;
    context.report({
      file: migration.path,
      messageId: "noRevision",
      data: { file, directory: directory.path },
      help: `Declare revision = '<id>' and down_revision = '<the id it follows>' at the top of ${file}.`
    });
    return;
  }
  const heads = baseHeads(graph.base);
  const moveTo = heads.length === 1 ? `Set down_revision = '${heads[0]}' in ${file} (the head of the base branch)` : `Point down_revision in ${file} at the head it continues`;
  const twin = graph.head.find((node) => node.path !== migration.path && node.revision.id === revision.id);
  if (twin) {
    context.report({
      file: migration.path,
      messageId: "duplicate",
      data: { version: revision.id, other: twin.path.slice(twin.path.lastIndexOf("/") + 1) },
      help: `Give ${file} a revision id of its own (alembic revision generates one), and follow it from the head.`
    });
    return;
  }
  const known = new Set(graph.head.map((node) => node.revision.id));
  for (const parent of revision.parents) {
    if (known.has(parent)) continue;
    context.report({
      file: migration.path,
      messageId: "unknownParent",
      data: { revision: revision.id, parent, directory: directory.path },
      help: `${moveTo}.`
    });
    return;
  }
  const isEarlierOrMerged = (node) => isMerged(context, node) || node.path < migration.path;
  if (revision.parents.length === 0) {
    const root = graph.head.find((node) => node.path !== migration.path && node.revision.parents.length === 0 && isEarlierOrMerged(node));
    if (root && !revision.labeled) {
      context.report({
        file: migration.path,
        messageId: "secondRoot",
        data: { revision: revision.id, root: root.revision.id },
        help: `${moveTo}; a separate history on purpose needs branch_labels = ('<label>',).`
      });
    }
    return;
  }
  for (const parent of revision.parents) {
    const sibling = graph.head.find((node) => node.path !== migration.path && node.revision.parents.includes(parent) && isEarlierOrMerged(node));
    if (!sibling) continue;
    context.report({
      file: migration.path,
      messageId: "secondHead",
      data: { revision: revision.id, other: sibling.revision.id, parent },
      help: `${isMerged(context, sibling) ? moveTo : `Set down_revision = '${sibling.revision.id}' in ${file}, so the two run one after the other`}, or, when both must stay, add a merge revision: alembic merge -m "merge heads" ${sibling.revision.id} ${revision.id}`
    });
    return;
  }
}
function isMerged(context, node) {
  return context.migrations.find((m) => m.path === node.path)?.status !== "added";
}
function baseHeads(base) {
  const followed = new Set(base.flatMap((node) => node.revision.parents));
  return base.map((node) => node.revision.id).filter((id) => !followed.has(id));
}
function exampleName(convention) {
  switch (convention) {
    case "golang-migrate":
      return "<version>_<name>.up.sql and <version>_<name>.down.sql";
    case "flyway":
      return "V<version>__<description>.sql";
    case "diesel":
      return "<timestamp>_<name>/up.sql and down.sql (diesel migration generate <name>)";
    case "prisma":
      return "<timestamp>_<name>/migration.sql (prisma migrate dev --name <name>)";
    case "postgrator":
      return "<version>.do.<name>.sql and <version>.undo.<name>.sql";
    case "sqitch":
      return "a change listed in sqitch.plan (sqitch add <name>)";
    case "versioned":
      return "v<major>.<minor>/<name>.sql";
    default:
      return "<timestamp>_<name>.sql (e.g. 20260213010000_add_email_v2.sql)";
  }
}
function nowTimestamp(latest) {
  const now = (/* @__PURE__ */ new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  if (/^\d{8,17}$/.test(latest) && latest.length <= 14) return now.slice(0, latest.length);
  const digits = latest.split(".");
  digits[0] = String(BigInt(digits[0] ?? "0") + 1n).padStart(digits[0]?.length ?? 1, "0");
  return digits.slice(0, 1).join(".");
}
function renameWithVersion(file, version, next) {
  const index = file.indexOf(version);
  return index < 0 ? `${next}_${file}` : file.slice(0, index) + next + file.slice(index + version.length);
}

// rules/index.ts
var rules = [
  backward_incompatible_default,
  ban_add_exclude_constraint_default,
  ban_concurrently_in_transaction_default,
  ban_default_before_pg11_default,
  ban_drop_database_default,
  ban_drop_schema_default,
  ban_drop_still_referenced_default,
  ban_drop_with_app_code_default,
  ban_expand_and_contract_default,
  ban_lock_table_default,
  ban_measured_blocking_lock_default,
  ban_rewriting_type_change_default,
  ban_schema_with_app_code_default,
  ban_serial_column_default,
  ban_stored_generated_column_default,
  ban_table_rewrite_default,
  ban_truncate_default,
  ban_unbounded_data_change_default,
  ban_unused_suppression_default,
  ban_volatile_default_default,
  immutable_migrations_default,
  migration_fails_default,
  one_migration_per_pr_default,
  prefer_bigint_ids_default,
  prefer_identity_default,
  prefer_text_over_varchar_default,
  prefer_timestamptz_default,
  require_check_before_set_not_null_default,
  require_concurrent_index_creation_default,
  require_concurrent_index_deletion_default,
  require_concurrent_refresh_default,
  require_concurrent_reindex_default,
  require_lock_timeout_default,
  require_not_valid_constraint_default,
  require_rollback_default,
  require_unique_using_index_default,
  require_valid_suppression_default,
  require_validate_separately_default,
  rollback_roundtrip_default,
  syntax_error_default,
  timestamp_order_default
];

export {
  rules
};
