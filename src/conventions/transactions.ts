/** Whether each statement of a migration runs inside a transaction, as its tool runs the file. */
import type { SqlStatement } from '../sql/parse.js';
import type { Convention, FileSections } from './types.js';

/**
 * How a statement runs: `tool` (the migration tool wraps the file in a transaction), `explicit` (between the file's own
 * BEGIN and COMMIT), `implicit` (the file goes to PostgreSQL as one query string of several statements), `config`
 * (`assumeInTransaction` says so), `none` (on its own), `unknown` (a tool whose behaviour migration-lint does not know).
 */
export type TransactionMode = 'tool' | 'explicit' | 'implicit' | 'config' | 'none' | 'unknown';

export interface StatementTransaction {
  /** null when unknown. */
  inTransaction: boolean | null;
  mode: TransactionMode;
  /** Statements with the same block number share one transaction; null outside any. */
  block: number | null;
}

const OPENS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const CLOSES = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED']);

/**
 * The transaction of each statement of a migration's up SQL. `assume` (config `assumeInTransaction`) wins over the
 * tool's model, but not over the file's own BEGIN … COMMIT.
 */
export function transactionsOf(
  convention: Convention,
  sections: FileSections | null,
  statements: readonly SqlStatement[],
  assume?: boolean,
): Map<SqlStatement, StatementTransaction> {
  const outside = outsideMode(convention, sections, statements, assume);
  const result = new Map<SqlStatement, StatementTransaction>();
  let block = 0;
  let open = false;
  for (const statement of statements) {
    const kind = statement.type === 'TransactionStmt' ? String(statement.node.kind ?? '') : '';
    if (OPENS.has(kind) && !open) {
      open = true;
      block++;
    }
    if (open) result.set(statement, { inTransaction: true, mode: 'explicit', block });
    else result.set(statement, outside);
    if (CLOSES.has(kind)) open = false;
  }
  return result;
}

function outsideMode(
  convention: Convention,
  sections: FileSections | null,
  statements: readonly SqlStatement[],
  assume: boolean | undefined,
): StatementTransaction {
  if (assume !== undefined) return assume ? { inTransaction: true, mode: 'config', block: 0 } : { inTransaction: false, mode: 'config', block: null };
  if (convention.wrapsInTransaction === null) return { inTransaction: null, mode: 'unknown', block: null };
  if (convention.wrapsInTransaction && (sections?.transaction ?? true)) return { inTransaction: true, mode: 'tool', block: 0 };
  // One query string of several statements is one implicit transaction (PostgreSQL's simple query protocol).
  if (convention.sendsFileAsOneQuery && statements.length > 1) return { inTransaction: true, mode: 'implicit', block: 0 };
  return { inTransaction: false, mode: 'none', block: null };
}
