/** A statement seen to take ACCESS EXCLUSIVE or SHARE on a table in use makes its queries or writes wait until the migration's transaction ends. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ban-measured-blocking-lock',
    summary: 'With --verify-rollback: no statement is seen to take a blocking lock on, or to rewrite, a table that exists on the base.',
    severity: 'warning',
    verifiesRollback: true,
    messages: {
      lock: 'Took {{mode}} on {{table}}{{rewrite}} (measured): {{consequence}} until the transaction ends.',
    },
  },
  // Where a static lock rule reports the same statement, its finding carries this measurement instead (src/verify/combine.ts).
  check(context) {
    for (const lock of context.verification?.locks ?? []) {
      const everything = lock.mode === 'ACCESS EXCLUSIVE';
      context.report({
        file: lock.file,
        range: lock.range,
        messageId: 'lock',
        data: {
          mode: lock.mode,
          table: lock.table,
          rewrite: lock.rewrote ? ' and rewrote it' : '',
          consequence: everything ? `every query on ${lock.table}, reads included, waits` : `every write to ${lock.table} waits`,
        },
        help: lock.rewrote
          ? `Avoid the rewrite of ${lock.table}: add columns without a volatile default, change a type by adding a new column and backfilling it in batches; put SET lock_timeout = '2s' first, and retry on timeout.`
          : everything
            ? `Keep the lock short and never queued behind a long query: SET lock_timeout = '2s'; before this statement (retry on timeout), and nothing slow after it in the same transaction.`
            : `Use the form that does not block writes: CREATE INDEX CONCURRENTLY (in a migration without a transaction), or ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement.`,
      });
    }
  },
});
