/** Code already deployed against the old schema breaks the moment this runs: renamed names vanish, types and NOT NULL reject its writes. */
import { addedUpMigrations, defineRule, describeAction, safeSequence, tableOf, typeChangeRewrites, upActions } from '../src/rule.js';
import { hasNotNullCheck } from '../src/schema/index.js';
import type { Action } from '../src/sql/parse.js';
import type { SqlStatement } from '../src/sql/parse.js';
import type { RuleContext } from '../src/rule.js';

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
        if (isHarmless(context, action, statement)) continue;
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

/**
 * What the replayed schema shows to be harmless for running code: a type change that keeps every value and needs no
 * rewrite (varchar(n) to varchar(m > n) or text), and SET NOT NULL on a column already NOT NULL or guarded by a
 * validated CHECK (col IS NOT NULL), which already rejects the writes SET NOT NULL would.
 */
function isHarmless(context: RuleContext, action: Action, statement: SqlStatement): boolean {
  if (action.kind === 'alter-column-type') return typeChangeRewrites(context, action, statement) === false;
  if (action.kind !== 'set-not-null') return false;
  const table = context.schema.before(statement).table(action.table);
  const column = table?.columns.get(action.column);
  return table !== undefined && column !== undefined && (column.notNull || hasNotNullCheck(table, action.column));
}
