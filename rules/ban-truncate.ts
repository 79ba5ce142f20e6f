/** TRUNCATE empties an existing table under an ACCESS EXCLUSIVE lock, and with CASCADE every table that references it too. */
import { defineRule } from '../src/rule.js';
import { existingLocks, lockConsequence, newStatements } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-truncate',
    summary: 'No TRUNCATE of existing tables in migrations; never TRUNCATE … CASCADE.',
    severity: 'error',
    messages: {
      truncate: 'TRUNCATE deletes every row of "{{table}}" and takes {{consequence}} until the migration\'s transaction ends.',
      cascade: 'TRUNCATE … CASCADE deletes every row of "{{table}}" and of every table whose foreign keys reference it, under ACCESS EXCLUSIVE locks on all of them.',
    },
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== 'TruncateStmt') continue;
      const cascade = statement.node.behavior === 'DROP_CASCADE';
      for (const lock of existingLocks(context, statement)) {
        const table = lock.relation;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: cascade ? 'cascade' : 'truncate',
          data: { table, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
          help: cascade
            ? `Name every table to empty (TRUNCATE ${table}, <each referencing table>;) so the review sees them, or delete the rows in batches: DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000);`
            : `Delete the rows in batches, each its own transaction, from a job rather than the migration: DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000); or, if the data is truly disposable, run the TRUNCATE in a maintenance window.`,
        });
      }
    }
  },
});
