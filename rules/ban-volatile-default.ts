/** ADD COLUMN with a volatile DEFAULT (gen_random_uuid(), random(), clock_timestamp()…) writes a value into every row under an ACCESS EXCLUSIVE lock: the table is rewritten while every query waits. */
import { defineRule } from '../src/rule.js';
import { addPlainColumnSql, columnsAddedToExistingTables, defaultExpression, defaultThenBackfill, lockConsequence } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-volatile-default',
    summary: 'Add columns to existing tables without a volatile DEFAULT; set it afterwards and backfill in batches.',
    severity: 'error',
    messages: {
      rewrite: 'ADD COLUMN {{column}} with a volatile DEFAULT rewrites every row of "{{table}}" under {{consequence}} until the rewrite ends.',
    },
  },
  async check(context) {
    for (const added of columnsAddedToExistingTables(context)) {
      if (added.definition.fill !== 'volatile-default') continue;
      const { table, definition } = added;
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: 'rewrite',
        data: { column: definition.column, table, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
        help: [`1. Add the column without a default (a brief lock): ${await addPlainColumnSql(added)}`, ...(await defaultThenBackfill(added, defaultExpression(added.node)!))].join(
          '\n',
        ),
      });
    }
  },
});
