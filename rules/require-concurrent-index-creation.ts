/** CREATE INDEX without CONCURRENTLY holds a SHARE lock for the whole build: every write to the table waits until it ends. */
import { defineRule } from '../src/rule.js';
import { isExisting, lockConsequence, newStatements, outsideTransaction, rewrittenSql } from '../src/lock-rules.js';
import { relationName } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'require-concurrent-index-creation',
    summary: 'Build indexes on existing tables with CREATE INDEX CONCURRENTLY.',
    severity: 'error',
    messages: {
      blocking: 'CREATE INDEX on "{{table}}" takes {{consequence}} until the index is built.',
    },
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== 'IndexStmt' || statement.node.concurrent === true) continue;
      const table = relationName(statement.node.relation);
      // A table created earlier in this change has no rows and no traffic: locking it costs nothing.
      if (!isExisting(context, table, statement)) continue;
      const sql = await rewrittenSql(statement, (node) => {
        node.concurrent = true;
      });
      const name = typeof statement.node.idxname === 'string' ? statement.node.idxname : null;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'blocking',
        data: { table, consequence: lockConsequence('SHARE', table) },
        help: [
          `1. Build it without blocking writes, in ${outsideTransaction(migration.convention)}:`,
          `   ${sql}`,
          `2. If the build fails it leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY IF EXISTS ${name ?? '<index>'};) and run step 1 again.`,
        ].join('\n'),
      });
    }
  },
});
