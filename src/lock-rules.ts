/**
 * What the statement-level lock rules share: the statements they judge, the PostgreSQL version they judge for, the
 * locks a statement takes (src/sql/locks.ts), and help that rewrites the user's own statement.
 */
import { addedUpMigrations, upStatements } from './rule.js';
import type { Migration, RuleContext } from './rule.js';
import { deparseStatement } from './sql/deparse.js';
import { list, relationName } from './sql/facts.js';
import { blockedBy, statementLocks } from './sql/locks.js';
import type { Lock, LockMode } from './sql/locks.js';
import type { SqlStatement } from './sql/parse.js';
import type { ConventionId } from './types.js';

export type { Lock, LockMode } from './sql/locks.js';

/** The oldest PostgreSQL major version the migrations run on (config `postgresVersion`). */
export function postgresVersionOf(context: RuleContext): number {
  return context.postgresVersion;
}

/** Each statement the change's new migrations apply (up SQL only: a rollback's statements are what it is for), in file order. */
export function* newStatements(context: RuleContext): Generator<{ migration: Migration; statement: SqlStatement; index: number }> {
  for (const migration of addedUpMigrations(context)) {
    const statements = upStatements(migration);
    for (const [index, statement] of statements.entries()) yield { migration, statement, index };
  }
}

/**
 * Whether a table (or index…) may hold rows and serve traffic: anything the change did not create before this
 * point, including a name no migration mentions (the safe side).
 */
export function isExisting(context: RuleContext, name: string): boolean {
  return name !== '' && !context.isNewInThisChange(name);
}

/** The locks a statement takes on relations that exist: the ones that can make the application wait. */
export function existingLocks(context: RuleContext, statement: SqlStatement): Lock[] {
  return statementLocks(statement, postgresVersionOf(context)).filter((lock) => isExisting(context, lock.relation));
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
    case 'timestamp':
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
