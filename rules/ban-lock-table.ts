/** LOCK TABLE holds its lock until the migration's transaction ends: in SHARE mode or stronger, writes (or every query) wait for the rest of the migration. */
import { defineRule } from '../src/rule.js';
import { existingLocks, isAtLeast, lockConsequence, newStatements } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-lock-table',
    summary: 'No explicit LOCK TABLE of existing tables in migrations: each statement takes the lock it needs, for as short a time as it can.',
    severity: 'error',
    messages: {
      lock: 'LOCK TABLE "{{table}}" IN {{mode}} MODE takes {{consequence}} until the migration\'s transaction ends.',
    },
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== 'LockStmt') continue;
      for (const lock of existingLocks(context, statement)) {
        // Weaker modes block only other schema changes and VACUUM, not the application's reads and writes.
        if (!isAtLeast(lock.mode, 'SHARE')) continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'lock',
          data: { table: lock.relation, mode: lock.mode, consequence: lockConsequence(lock.mode, lock.relation) },
          help: `Remove the LOCK TABLE: the statements that follow take the locks they need, each for as short a time as it can. If the migration must see ${lock.relation} unchanged throughout, keep it short and start it with SET lock_timeout = '5s'; so the lock request gives up rather than queue every query behind it.`,
        });
      }
    }
  },
});
