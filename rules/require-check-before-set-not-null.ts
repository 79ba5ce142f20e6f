/** SET NOT NULL scans the whole table under ACCESS EXCLUSIVE unless (PostgreSQL 12+) a validated CHECK (col IS NOT NULL) already proves it. */
import { addedUpMigrations, assumedNote, defineRule, knownColumn, upActions } from '../src/rule.js';
import { hasNotNullCheck } from '../src/schema/index.js';

export default defineRule({
  meta: {
    id: 'require-check-before-set-not-null',
    summary: 'SET NOT NULL on an existing table comes after a validated CHECK (col IS NOT NULL), which PostgreSQL 12+ trusts instead of scanning.',
    severity: 'error',
    messages: {
      scan: 'SET NOT NULL on "{{table}}".{{column}} scans the whole table under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan ends.',
      scanBefore12:
        'SET NOT NULL on "{{table}}".{{column}} scans the whole table under an ACCESS EXCLUSIVE lock before PostgreSQL 12, whatever constraints exist: every read and write of the table waits until the scan ends.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        if (action.kind !== 'set-not-null') continue;
        // A table created earlier in this change has no rows to scan.
        if (context.isNewInThisChange(action.table, statement)) continue;
        const known = knownColumn(context, statement, action.table, action.column);
        // Already NOT NULL: PostgreSQL has nothing to check.
        if (known?.column.notNull) continue;
        const guarded = known !== undefined && hasNotNullCheck(known.table, action.column);
        if (guarded && context.postgresVersion >= 12) continue;
        const constraint = `${action.table.split('.').at(-1)}_${action.column}_not_null`;
        const note = assumedNote(context, action.table, statement);
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: context.postgresVersion >= 12 ? 'scan' : 'scanBefore12',
          data: { table: action.table, column: action.column },
          help:
            context.postgresVersion >= 12
              ? `Prove it first, without blocking, then set it:\nALTER TABLE ${action.table} ADD CONSTRAINT ${constraint} CHECK (${action.column} IS NOT NULL) NOT VALID;\n` +
                `-- in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes go on):\nALTER TABLE ${action.table} VALIDATE CONSTRAINT ${constraint};\n` +
                `-- then, with no scan:\nALTER TABLE ${action.table} ALTER COLUMN ${action.column} SET NOT NULL;\nALTER TABLE ${action.table} DROP CONSTRAINT ${constraint};${note}`
              : `Keep a validated CHECK instead of SET NOT NULL until you run PostgreSQL 12:\nALTER TABLE ${action.table} ADD CONSTRAINT ${constraint} CHECK (${action.column} IS NOT NULL) NOT VALID;\n` +
                `-- in a later migration:\nALTER TABLE ${action.table} VALIDATE CONSTRAINT ${constraint};${note}`,
        });
      }
    }
  },
});
