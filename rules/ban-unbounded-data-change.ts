/** An UPDATE or DELETE of every row in a migration that also changes the schema keeps the schema change's locks, and a lock on every row, for as long as it runs. */
import { addedUpMigrations, defineRule, upStatements } from '../src/rule.js';
import { existingLocks, isAtLeast, isExisting } from '../src/lock-rules.js';
import { relationName } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'ban-unbounded-data-change',
    summary: 'No UPDATE or DELETE without WHERE on an existing table in a migration that also changes the schema.',
    severity: 'warning',
    messages: {
      unbounded:
        '{{verb}} without WHERE touches every row of "{{table}}" in the same migration as {{ddl}}: the transaction holds that lock and a lock on every row until the last row is written.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      const statements = upStatements(migration);
      // A lock that blocks writes, or schema changes, on a table that exists: what the long statement keeps held.
      const ddl = statements.flatMap((statement) => existingLocks(context, statement, (l) => isAtLeast(l.mode, 'SHARE UPDATE EXCLUSIVE')))[0];
      if (!ddl) continue;
      for (const statement of statements) {
        const { type, node } = statement;
        if ((type !== 'UpdateStmt' && type !== 'DeleteStmt') || node.whereClause) continue;
        const table = relationName(node.relation);
        // A table the change created holds only what the migration itself put there.
        if (!isExisting(context, table, statement)) continue;
        const verb = type === 'UpdateStmt' ? 'UPDATE' : 'DELETE';
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'unbounded',
          data: { verb, table, ddl: `${ddl.by} (${ddl.mode} on ${ddl.relation})` },
          help: `Move the ${verb} to a migration (or job) of its own and run it in batches of a few thousand rows, each its own transaction: ${verb === 'UPDATE' ? `UPDATE ${table} SET … WHERE <primary key> IN (SELECT <primary key> FROM ${table} WHERE <not yet done> LIMIT 5000);` : `DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000);`}`,
        });
      }
    }
  },
});
