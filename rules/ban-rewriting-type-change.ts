/** ALTER COLUMN … TYPE that is not binary-compatible rewrites the table and its indexes under ACCESS EXCLUSIVE: reads and writes wait throughout. */
import { addedUpMigrations, assumedNote, defineRule, knownColumn, typeChangeRewrites, upActions } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ban-rewriting-type-change',
    summary: 'A column type change on an existing table needs no rewrite (varchar(n) to varchar(m > n) or text, numeric(p, s) to numeric(p′ > p, s)).',
    severity: 'error',
    messages: {
      rewrite:
        'ALTER COLUMN {{column}} TYPE {{type}} rewrites "{{table}}" and every index on it under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the rewrite ends.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        if (action.kind !== 'alter-column-type') continue;
        // A table created earlier in this change has no rows to rewrite and nobody waiting on it.
        if (context.isNewInThisChange(action.table, statement)) continue;
        const rewrites = typeChangeRewrites(context, action, statement);
        if (rewrites === false) continue;
        const column = knownColumn(context, statement, action.table, action.column)?.column;
        const known = column
          ? ` (${action.table}.${action.column} is ${column.type} now${action.using ? '; a USING expression always rewrites' : ''}.)`
          : assumedNote(context, action.table, statement) || ` (The current type of ${action.table}.${action.column} is unknown: assumed to need a rewrite.)`;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'rewrite',
          data: { table: action.table, column: action.column, type: action.type },
          help:
            `Add a new column and move to it without a rewrite:\nALTER TABLE ${action.table} ADD COLUMN ${action.column}_new ${action.type};\n` +
            `-- backfill in batches, with code writing both columns: UPDATE ${action.table} SET ${action.column}_new = ${action.column} WHERE …;\n` +
            `-- then switch reads to ${action.column}_new and drop ${action.column} in a later migration.${known}`,
        });
      }
    }
  },
});

