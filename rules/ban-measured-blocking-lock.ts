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
  check(context) {
    for (const lock of context.verification?.locks ?? []) {
      // A static lock rule that already reported this statement carries the measurement instead (see src/verify/locks.ts).
      if (lock.confirms) continue;
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
          ? `Avoid the rewrite of ${lock.table}: add columns without a volatile default, change types by adding a new column and backfilling it in batches; run lock-taking steps with SET lock_timeout = '2s' and retry.`
          : `Use the non-blocking form where one exists (CREATE INDEX CONCURRENTLY, ADD CONSTRAINT … NOT VALID then VALIDATE CONSTRAINT), and put SET lock_timeout = '2s' before statements that must lock ${lock.table}.`,
      });
    }
  },
});
