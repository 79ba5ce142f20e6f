/** Code already deployed against the old schema breaks the moment this runs: renamed names vanish, types and NOT NULL reject its writes. */
import { addedUpMigrations, defineRule, describeAction, isHarmlessForRunningCode, safeSequence, tableOf, upActions } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'backward-incompatible',
    summary: 'A migration keeps working for code already deployed: no renames, type changes, SET NOT NULL, or NOT NULL columns without a default on existing tables.',
    severity: 'error',
    messages: {
      rename: '{{action}} breaks every running query that still uses the old name.',
      type: '{{action}} rewrites the table under an ACCESS EXCLUSIVE lock and can reject values running code still writes.',
      notNull: '{{action}} makes inserts from running code that leave {{column}} empty fail, and scans the whole table under an ACCESS EXCLUSIVE lock.',
      addNotNull: '{{action}} is NOT NULL without a DEFAULT: it fails on a table that has rows, and running code that does not write {{column}} breaks.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        const table = tableOf(action);
        // A table this change creates has no running code that depends on it yet.
        if (table && context.isNewInThisChange(table)) continue;
        let messageId: 'rename' | 'type' | 'notNull' | 'addNotNull';
        if (action.kind === 'rename-table' || action.kind === 'rename-column') messageId = 'rename';
        else if (action.kind === 'alter-column-type') messageId = 'type';
        else if (action.kind === 'set-not-null') messageId = 'notNull';
        else if (action.kind === 'add-column' && action.notNull && !action.hasDefault) messageId = 'addNotNull';
        else continue;
        if (isHarmlessForRunningCode(context, action, statement)) continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId,
          data: { action: describeAction(action), column: 'column' in action ? action.column : '' },
          help: safeSequence(action),
        });
      }
    }
  },
});

