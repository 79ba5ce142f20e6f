/** ADD COLUMN … GENERATED ALWAYS AS (…) STORED computes and writes the value into every row under an ACCESS EXCLUSIVE lock: the table is rewritten while every query waits. */
import { defineRule } from '../src/rule.js';
import { columnsAddedToExistingTables, lockConsequence, postgresVersionOf } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-stored-generated-column',
    summary: 'Add stored generated columns only to tables created in the same change.',
    severity: 'error',
    messages: {
      rewrite: 'ADD COLUMN {{column}} GENERATED … STORED rewrites every row of "{{table}}" under {{consequence}} until the rewrite ends.',
    },
  },
  check(context) {
    for (const added of columnsAddedToExistingTables(context)) {
      if (added.definition.fill !== 'stored-generated') continue;
      const { table, definition } = added;
      const { column, type } = definition;
      const virtual = postgresVersionOf(context) >= 18;
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: 'rewrite',
        data: { column, table, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
        help: [
          ...(virtual ? [`On PostgreSQL 18, a VIRTUAL generated column is computed on read and needs no rewrite: ALTER TABLE ${table} ADD COLUMN ${column} ${type} GENERATED ALWAYS AS (…) VIRTUAL;`, 'Or keep it stored without the rewrite:'] : []),
          `1. Add a plain column (a brief lock): ALTER TABLE ${table} ADD COLUMN ${column} ${type};`,
          `2. Keep it current with a BEFORE INSERT OR UPDATE trigger that sets NEW.${column} from the same expression.`,
          `3. Fill the old rows in batches of a few thousand, each its own transaction, from a later migration or a job.`,
        ].join('\n'),
      });
    }
  },
});
