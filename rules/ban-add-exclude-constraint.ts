/** ADD CONSTRAINT … EXCLUDE builds its index and checks every row under an ACCESS EXCLUSIVE lock, and unlike UNIQUE it cannot adopt an index built concurrently. */
import { defineRule } from '../src/rule.js';
import { addedConstraints, isExisting, lockConsequence, newStatements } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-add-exclude-constraint',
    summary: 'Add exclusion constraints only to tables created in the same change.',
    severity: 'error',
    messages: {
      building: 'ADD EXCLUDE on "{{table}}" builds its index while it holds {{consequence}} until the build ends, and there is no concurrent way to add it.',
    },
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      for (const { table, constraint } of addedConstraints(statement)) {
        if (constraint.contype !== 'CONSTR_EXCLUSION') continue;
        // A table created earlier in this change has no rows to index.
        if (!isExisting(context, table, statement)) continue;
        const name = typeof constraint.conname === 'string' ? constraint.conname : `${table}_excl`;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'building',
          data: { table, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
          help: [
            `An exclusion constraint cannot be added USING INDEX or NOT VALID. Either:`,
            `1. add ${name} in a maintenance window, with SET lock_timeout = '5s'; before it so it gives up rather than queue every query; or`,
            `2. build a new table with the constraint (CREATE TABLE … (LIKE ${table} INCLUDING ALL, EXCLUDE …)), copy the rows in batches, and swap the names.`,
          ].join('\n'),
        });
      }
    }
  },
});
