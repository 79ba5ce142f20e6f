/** REINDEX without CONCURRENTLY blocks writes to the table and, through the ACCESS EXCLUSIVE lock on each index it rebuilds, the queries that would use it. */
import { defineRule } from '../src/rule.js';
import { isExisting, newStatements, outsideTransaction, postgresVersionOf, rewrittenSql } from '../src/lock-rules.js';
import { relationName } from '../src/sql/facts.js';

const TARGETS: Record<string, string> = {
  REINDEX_OBJECT_INDEX: 'INDEX',
  REINDEX_OBJECT_TABLE: 'TABLE',
  REINDEX_OBJECT_SCHEMA: 'SCHEMA',
  REINDEX_OBJECT_DATABASE: 'DATABASE',
  REINDEX_OBJECT_SYSTEM: 'SYSTEM',
};

export default defineRule({
  meta: {
    id: 'require-concurrent-reindex',
    summary: 'Rebuild indexes with REINDEX CONCURRENTLY (PostgreSQL 12+), or by building a replacement concurrently.',
    severity: 'error',
    messages: {
      blocking:
        'REINDEX {{target}} takes a SHARE lock on each table and an ACCESS EXCLUSIVE lock on each index it rebuilds: every INSERT/UPDATE/DELETE waits, and so does every query that would use those indexes, until the rebuild ends.',
    },
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      if (statement.type !== 'ReindexStmt') continue;
      if ((node.params ?? []).some((p: any) => p.DefElem?.defname === 'concurrently')) continue;
      const kind = TARGETS[node.kind] ?? 'INDEX';
      const name = node.relation ? relationName(node.relation) : String(node.name ?? '');
      // Objects this change created hold no rows worth waiting for.
      if (name !== '' && !isExisting(context, name, statement)) continue;
      const target = `${kind}${name ? ` ${name}` : ''}`;
      let help: string;
      if (postgresVersionOf(context) >= 12 && kind !== 'SYSTEM') {
        const sql = await rewrittenSql(statement, (copy) => {
          copy.params = [...(copy.params ?? []), { DefElem: { defname: 'concurrently', defaction: 'DEFELEM_UNSPEC' } }];
        });
        help = `Rebuild it without blocking, in ${outsideTransaction(migration.convention)}:\n   ${sql}`;
      } else if (kind === 'INDEX') {
        help = [
          `REINDEX CONCURRENTLY needs PostgreSQL 12 (postgresVersion is ${postgresVersionOf(context)}). Build a replacement instead, outside a transaction:`,
          `1. CREATE INDEX CONCURRENTLY ${name}_new ON <table> (<the columns of ${name}>);`,
          `2. DROP INDEX CONCURRENTLY ${name};`,
          `3. ALTER INDEX ${name}_new RENAME TO ${name};`,
        ].join('\n');
      } else {
        help = `Rebuild the indexes one at a time without blocking: for each, CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, and rename the replacement${kind === 'SYSTEM' ? ' (system catalogs cannot be rebuilt concurrently: do it in a maintenance window)' : ''}.`;
      }
      context.report({ file: migration.path, range: statement.range, messageId: 'blocking', data: { target }, help });
    }
  },
});
