/** REFRESH MATERIALIZED VIEW without CONCURRENTLY recomputes the view under an ACCESS EXCLUSIVE lock: every query reading it waits until the refresh ends. */
import { defineRule } from '../src/rule.js';
import { isExisting, lockConsequence, newStatements, rewrittenSql } from '../src/lock-rules.js';
import { relationName } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'require-concurrent-refresh',
    summary: 'Refresh existing materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY.',
    severity: 'error',
    messages: {
      blocking: 'REFRESH MATERIALIZED VIEW "{{view}}" takes {{consequence}} until the view is recomputed.',
    },
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      // WITH NO DATA only empties the view, at once; CONCURRENTLY cannot do that.
      if (statement.type !== 'RefreshMatViewStmt' || node.concurrent === true || node.skipData === true) continue;
      const view = relationName(node.relation);
      // A view created in this change has no readers yet.
      if (!isExisting(context, view, statement)) continue;
      const sql = await rewrittenSql(statement, (copy) => {
        copy.concurrent = true;
      });
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'blocking',
        data: { view, consequence: lockConsequence('ACCESS EXCLUSIVE', view) },
        help: `Refresh it while reads go on (it needs a unique index on the view, e.g. CREATE UNIQUE INDEX CONCURRENTLY ${view.split('.').at(-1)}_key ON ${view} (<columns that identify a row>);):\n   ${sql}`,
      });
    }
  },
});
