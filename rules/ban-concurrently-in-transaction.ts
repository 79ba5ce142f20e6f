/** PostgreSQL refuses CONCURRENTLY, VACUUM and (before 12) ALTER TYPE … ADD VALUE inside a transaction block: the deploy stops at the statement. */
import type { StatementTransaction } from '../src/conventions/transactions.js';
import { addedUpMigrations, defineRule, transactionsIn, upStatements } from '../src/rule.js';
import type { Migration } from '../src/rule.js';
import type { SqlStatement } from '../src/sql/parse.js';
import type { ConventionId } from '../src/types.js';

/** What PostgreSQL will not run in a transaction block, and the lock it takes when it does run. */
interface Refused {
  what: string;
  lock: string;
}

const TOOL_NAMES: Record<ConventionId, string> = {
  goose: 'goose',
  dbmate: 'dbmate',
  flyway: 'Flyway',
  'golang-migrate': 'golang-migrate',
  diesel: 'diesel',
  prisma: 'Prisma Migrate',
  postgrator: 'postgrator',
  'sql-migrate': 'sql-migrate',
  sqitch: 'sqitch',
  supabase: 'the Supabase CLI',
  versioned: 'the migration tool',
  'node-pg-migrate': 'node-pg-migrate',
  timestamp: 'the migration tool',
};

export default defineRule({
  meta: {
    id: 'ban-concurrently-in-transaction',
    summary: 'CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM and (before PostgreSQL 12) ALTER TYPE … ADD VALUE run outside any transaction.',
    severity: 'error',
    messages: {
      inTransaction:
        '{{what}} (which takes a {{lock}} lock and must commit on its own) cannot run inside a transaction block, and {{why}}: the deploy fails at this statement and the migration stops.',
      flywayMixed:
        '{{what}} (which takes a {{lock}} lock and must commit on its own) cannot run inside a transaction, and Flyway refuses a migration that mixes it with statements that can: the deploy fails at this migration.',
    },
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
        if (migration.convention === 'flyway' && transaction.mode === 'tool') {
          // Flyway runs a migration of such statements only without a transaction; alone in its file, this one is fine.
          const others = statements.filter((s) => !refusedInTransaction(s, context.postgresVersion) && !isSessionSetting(s));
          if (others.length === 0) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: 'flywayMixed',
            data: { ...refused },
            help: `Move it to a migration of its own, with no other statement, so that Flyway runs that file outside a transaction:\n${sql}`,
          });
          continue;
        }
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'inTransaction',
          data: { ...refused, why: why(migration, transaction) },
          help: help(migration, transaction, sql),
        });
      }
    }
  },
});

function refusedInTransaction(statement: SqlStatement, postgresVersion: number): Refused | null {
  const node = statement.node;
  switch (statement.type) {
    case 'IndexStmt':
      return node.concurrent === true ? { what: 'CREATE INDEX CONCURRENTLY', lock: 'SHARE UPDATE EXCLUSIVE' } : null;
    case 'DropStmt':
      return node.removeType === 'OBJECT_INDEX' && node.concurrent === true ? { what: 'DROP INDEX CONCURRENTLY', lock: 'SHARE UPDATE EXCLUSIVE' } : null;
    case 'ReindexStmt': {
      const params: Array<Record<string, any>> = Array.isArray(node.params) ? node.params : [];
      const concurrently = params.some((p) => p?.DefElem?.defname === 'concurrently' && p.DefElem.arg?.Boolean?.boolval !== false);
      return concurrently ? { what: 'REINDEX CONCURRENTLY', lock: 'SHARE UPDATE EXCLUSIVE' } : null;
    }
    case 'VacuumStmt': {
      if (node.is_vacuumcmd !== true) return null;
      const options: Array<Record<string, any>> = Array.isArray(node.options) ? node.options : [];
      const full = options.some((o) => o?.DefElem?.defname === 'full');
      return full ? { what: 'VACUUM FULL', lock: 'ACCESS EXCLUSIVE' } : { what: 'VACUUM', lock: 'SHARE UPDATE EXCLUSIVE' };
    }
    case 'AlterEnumStmt':
      // PostgreSQL 12 lets ADD VALUE run in a transaction (the new value is usable once it commits).
      return typeof node.oldVal !== 'string' && postgresVersion < 12 ? { what: 'ALTER TYPE … ADD VALUE', lock: 'EXCLUSIVE (on the type)' } : null;
    default:
      return null;
  }
}

/** SET and RESET change the session, not the schema: Flyway runs them with either kind of statement. */
function isSessionSetting(statement: SqlStatement): boolean {
  return statement.type === 'VariableSetStmt' || statement.type === 'TransactionStmt';
}

function why(migration: Migration, transaction: StatementTransaction): string {
  const tool = TOOL_NAMES[migration.convention];
  switch (transaction.mode) {
    case 'explicit':
      return "the file's own BEGIN opens a transaction around it";
    case 'implicit':
      return `${tool} sends the file's SQL as one query, which PostgreSQL runs as one transaction when it holds several statements`;
    case 'config':
      return 'the config sets assumeInTransaction: true';
    default:
      return `${tool} runs each migration inside a transaction`;
  }
}

function help(migration: Migration, transaction: StatementTransaction, sql: string): string {
  if (transaction.mode === 'explicit') return `Remove the BEGIN and COMMIT around it, and run it as the only statement of its migration:\n${sql}`;
  if (transaction.mode === 'config') {
    return `Run it in a migration your tool runs outside a transaction, as its only statement (and set assumeInTransaction only for tools that always wrap):\n${sql}`;
  }
  switch (migration.convention) {
    case 'goose':
      return `Move it to a migration of its own that opts out of the transaction:\n-- +goose Up\n-- +goose NO TRANSACTION\n${sql}`;
    case 'dbmate':
      return transaction.mode === 'implicit'
        ? `Move the other statements to another migration: with transaction:false, dbmate sends the up section as one query, so this must be its only statement:\n-- migrate:up transaction:false\n${sql}`
        : `Move it to a migration of its own that opts out of the transaction, as the only statement of its up section:\n-- migrate:up transaction:false\n${sql}`;
    default:
      return `Move it to a migration file of its own, as its only statement:\n${sql}`;
  }
}
