/**
 * What the statement-level lock rules share: the statements they judge, the PostgreSQL version they judge for, the
 * locks a statement takes (src/sql/locks.ts), and help that rewrites the user's own statement.
 */
import { addedUpMigrations, upStatements } from './rule.js';
import type { Migration, RuleContext } from './rule.js';
import { deparseStatement } from './sql/deparse.js';
import { columnDefinitions, list, relationName } from './sql/facts.js';
import type { ColumnDefinition } from './sql/facts.js';
import { blockedBy, statementLocks } from './sql/locks.js';
import type { Lock, LockMode } from './sql/locks.js';
import type { SqlStatement } from './sql/parse.js';
import type { ConventionId } from './types.js';

export { isAtLeast } from './sql/locks.js';
export type { Lock, LockMode } from './sql/locks.js';

/** The oldest PostgreSQL major version the migrations run on (config `postgresVersion`). */
export function postgresVersionOf(context: RuleContext): number {
  return context.postgresVersion;
}

/** Each statement the change's new migrations apply (up SQL only: a rollback's statements are what it is for), in file order. */
export function newStatements(context: RuleContext): ReadonlyArray<{ migration: Migration; statement: SqlStatement }> {
  // Every lock rule walks them: listed once per run (the migrations of a run do not change while its rules run).
  let statements = statementsOfRun.get(context.migrations);
  if (statements === undefined) {
    statements = addedUpMigrations(context).flatMap((migration) => upStatements(migration).map((statement) => ({ migration, statement })));
    statementsOfRun.set(context.migrations, statements);
  }
  return statements;
}

const statementsOfRun = new WeakMap<readonly Migration[], Array<{ migration: Migration; statement: SqlStatement }>>();

/**
 * Whether a table (or index…) may hold rows and serve traffic when `statement` runs: anything the change did not
 * create before it, including a name no migration mentions (the safe side).
 */
export function isExisting(context: RuleContext, name: string, statement: SqlStatement): boolean {
  return name !== '' && !context.isNewInThisChange(name, statement);
}

/**
 * The locks a statement takes on relations that exist: the ones that can make the application wait. `which` picks
 * the locks a rule asks about, before the schema is asked whether their relations exist.
 */
export function existingLocks(context: RuleContext, statement: SqlStatement, which?: (lock: Lock) => boolean): Lock[] {
  return statementLocks(statement, postgresVersionOf(context)).filter((lock) => (!which || which(lock)) && isExisting(context, lock.relation, statement));
}

/** `SHARE lock: every INSERT/UPDATE/DELETE on users waits` — the heart of each lock message. */
export function lockConsequence(mode: LockMode, table: string): string {
  return `${article(mode)} ${mode} lock: ${blockedBy(mode, table)} waits`;
}

function article(mode: LockMode): string {
  return /^[AEIOU]/.test(mode) ? 'an' : 'a';
}

/** A statement built for the help, as SQL with its semicolon. */
export async function sqlOf(type: string, node: Record<string, unknown>): Promise<string> {
  return `${await deparseStatement(type, node)};`;
}

/** The statement as SQL after `edit` changes a copy of its AST (the statement itself is left alone). */
export async function rewrittenSql(statement: SqlStatement, edit: (node: Record<string, any>) => void): Promise<string> {
  const node = structuredClone(statement.node);
  edit(node);
  return sqlOf(statement.type, node);
}

/** How a migration of this tool runs outside a transaction, which CONCURRENTLY requires. */
export function outsideTransaction(convention: ConventionId): string {
  switch (convention) {
    case 'goose':
      return 'a migration of its own that starts with `-- +goose NO TRANSACTION`';
    case 'dbmate':
      return 'a migration of its own whose marker reads `-- migrate:up transaction:false`';
    case 'flyway':
      return 'a migration of its own that Flyway runs outside a transaction (`executeInTransaction=false` in its script config file)';
    case 'golang-migrate':
      return 'a migration of its own, with no BEGIN/COMMIT around it';
    case 'knex':
      return 'a migration of its own that exports `config = { transaction: false }`';
    case 'alembic':
      return 'a `with op.get_context().autocommit_block():` block';
    case 'node-pg-migrate':
      return 'a migration of its own that calls `pgm.noTransaction()`';
    default:
      return 'a migration of its own that your tool runs outside a transaction';
  }
}

/** A constraint an ALTER TABLE adds: with ADD CONSTRAINT, or inline in ADD COLUMN (`column` is then that column's definition). */
export interface AddedConstraint {
  table: string;
  /** The Constraint node. */
  constraint: Record<string, any>;
  /** The ADD COLUMN's ColumnDef node, for an inline constraint. */
  column?: Record<string, any>;
}

/** The constraints an ALTER TABLE statement adds to a table, in order; none for any other statement. */
export function addedConstraints(statement: SqlStatement): AddedConstraint[] {
  const { node } = statement;
  if (statement.type !== 'AlterTableStmt' || (node.objtype !== undefined && node.objtype !== 'OBJECT_TABLE')) return [];
  const table = relationName(node.relation);
  const added: AddedConstraint[] = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    if (cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint) added.push({ table, constraint: cmd.def.Constraint });
    if (cmd.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) {
      for (const c of list(cmd.def.ColumnDef.constraints)) if (c.Constraint) added.push({ table, constraint: c.Constraint, column: cmd.def.ColumnDef });
    }
  }
  return added;
}

/** `ALTER TABLE <table> <one subcommand>;` as SQL, the subcommand given as an AlterTableCmd body. */
export async function alterTableSql(statement: SqlStatement, cmd: Record<string, any>): Promise<string> {
  return rewrittenSql(statement, (node) => {
    node.cmds = [{ AlterTableCmd: cmd }];
  });
}

/** The table's own name, without its schema: what PostgreSQL builds default constraint and index names from. */
export function bareName(name: string): string {
  return name.split('.').at(-1) ?? name;
}

/** A column the change's new migrations add to a table that exists, with its ADD COLUMN statement. */
export interface AddedColumn {
  migration: Migration;
  statement: SqlStatement;
  table: string;
  definition: ColumnDefinition;
  /** The ColumnDef node. */
  node: Record<string, any>;
}

/** Each ADD COLUMN of the change's new migrations on a table the change did not create (those have no rows to fill). */
export function* columnsAddedToExistingTables(context: RuleContext): Generator<AddedColumn> {
  for (const added of addedColumns(context)) if (isExisting(context, added.table, added.statement)) yield added;
}

/** Each ADD COLUMN of the change's new migrations, on any table: read once per run for the rules that ask. */
function addedColumns(context: RuleContext): readonly AddedColumn[] {
  let columns = columnsOfRun.get(context.migrations);
  if (columns === undefined) {
    columns = [];
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== 'AlterTableStmt') continue;
      for (const { by, ...column } of columnDefinitions(statement.type, statement.node)) if (by === 'add-column') columns.push({ migration, statement, ...column });
    }
    columnsOfRun.set(context.migrations, columns);
  }
  return columns;
}

const columnsOfRun = new WeakMap<readonly Migration[], AddedColumn[]>();

/** The help's first step for a column whose value must not be written into every row at once: the column alone, nullable, without its default. */
export async function addPlainColumnSql(added: AddedColumn, type?: string): Promise<string> {
  const plain: Record<string, unknown> = { ...added.node, constraints: list(added.node.constraints).filter((c) => !FILLING.has(c.Constraint?.contype)) };
  if (type !== undefined) plain.typeName = { names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: type } }], typemod: -1 };
  return alterTableSql(added.statement, { subtype: 'AT_AddColumn', def: { ColumnDef: plain }, behavior: 'DROP_RESTRICT' });
}

/** Column constraints that fill or require a value in every row. */
const FILLING = new Set(['CONSTR_DEFAULT', 'CONSTR_NOTNULL', 'CONSTR_IDENTITY', 'CONSTR_GENERATED', 'CONSTR_PRIMARY']);

/** The default expression of a column definition (a raw expression node), if it has one. */
export function defaultExpression(node: Record<string, any>): Record<string, any> | null {
  return list(node.constraints).find((c) => c.Constraint?.contype === 'CONSTR_DEFAULT')?.Constraint?.raw_expr ?? null;
}

/** Steps 2-3 of adding a filled column without a rewrite: the default for new rows, then the old rows backfilled in batches. */
export async function defaultThenBackfill(added: AddedColumn, expression: Record<string, any>): Promise<string[]> {
  const column = added.definition.column;
  const setDefault = await alterTableSql(added.statement, { subtype: 'AT_ColumnDefault', name: column, def: expression, behavior: 'DROP_RESTRICT' });
  const backfill = await sqlOf('UpdateStmt', {
    relation: added.statement.node.relation,
    targetList: [{ ResTarget: { name: column, val: expression } }],
    whereClause: { NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: column } }] } }, nulltesttype: 'IS_NULL' } },
  });
  return [
    `2. Give new rows the value (a brief lock): ${setDefault}`,
    `3. Fill the old rows in batches of a few thousand, each its own transaction, from a later migration or a job: ${backfill.replace(/;$/, '')} AND <primary key> IN (SELECT <primary key> FROM ${added.table} WHERE ${column} IS NULL LIMIT 5000);`,
  ];
}

/** A column type choice in the change's new migrations: CREATE TABLE, ADD COLUMN or ALTER COLUMN … TYPE, on any table. */
export function* columnTypeChoices(context: RuleContext): Generator<Omit<AddedColumn, 'node'>> {
  for (const { migration, statement } of newStatements(context)) {
    for (const { table, definition } of columnDefinitions(statement.type, statement.node)) yield { migration, statement, table, definition };
  }
}
