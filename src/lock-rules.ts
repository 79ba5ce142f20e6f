/**
 * What the statement-level lock rules share: the statements they judge, the PostgreSQL version they judge for, the
 * locks a statement takes (src/sql/locks.ts), and help that rewrites the user's own statement.
 */
import { addedUpMigrations, upStatements } from './rule.js';
import type { Migration, RuleContext } from './rule.js';
import { deparseStatement } from './sql/deparse.js';
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

/** The statement as SQL after `edit` changes a copy of its AST (the statement itself is left alone). */
export async function rewrittenSql(statement: SqlStatement, edit: (node: Record<string, any>) => void): Promise<string> {
  const node = structuredClone(statement.node);
  edit(node);
  return `${await deparseStatement(statement.type, node)};`;
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
