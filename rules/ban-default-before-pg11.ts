/** Before PostgreSQL 11, ADD COLUMN with any DEFAULT writes it into every row under an ACCESS EXCLUSIVE lock: the table is rewritten while every query waits. */
import { defineRule } from '../src/rule.js';
import { addPlainColumnSql, columnsAddedToExistingTables, defaultExpression, defaultThenBackfill, lockConsequence, postgresVersionOf } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-default-before-pg11',
    summary: 'Before PostgreSQL 11, add columns to existing tables without a DEFAULT; set it afterwards and backfill in batches.',
    severity: 'error',
    messages: {
      rewrite: 'ADD COLUMN {{column}} with a DEFAULT rewrites every row of "{{table}}" on PostgreSQL {{version}} under {{consequence}} until the rewrite ends.',
    },
  },
  async check(context) {
    const version = postgresVersionOf(context);
    // PostgreSQL 11 stores a non-volatile default once in the catalog: no row is touched.
    if (version >= 11) return;
    for (const added of columnsAddedToExistingTables(context)) {
      // A volatile default rewrites on every version: ban-volatile-default reports it.
      if (added.definition.fill !== 'default') continue;
      const { table, definition } = added;
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: 'rewrite',
        data: { column: definition.column, table, version, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
        help: [
          `1. Add the column without a default (a brief lock): ${await addPlainColumnSql(added)}`,
          ...(await defaultThenBackfill(added, defaultExpression(added.node)!)),
          `(From PostgreSQL 11 on, the DEFAULT in ADD COLUMN is free: set postgresVersion once every database runs 11 or later.)`,
        ].join('\n'),
      });
    }
  },
});
