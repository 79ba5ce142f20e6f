/** A statement PostgreSQL rejects stops the deploy halfway, or leaves a rollback that cannot run when it is needed. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'migration-fails',
    summary: 'With --verify-rollback: the up runs on the base schema and its down runs after it, in a real PostgreSQL.',
    severity: 'error',
    verifiesRollback: true,
    messages: {
      up: 'Up fails: ERROR: {{error}}; the deploy stops at this statement.',
      down: 'Down fails: ERROR: {{error}}; the rollback stops at this statement when it is needed.',
    },
  },
  check(context) {
    for (const failure of context.verification?.failures ?? []) {
      // The up failing when run again is the round trip's failure: rollback-roundtrip reports it.
      if (failure.direction === 'up' && failure.rerun) continue;
      context.report({
        file: failure.file,
        range: failure.range,
        messageId: failure.direction,
        data: { error: failure.error },
        help:
          failure.direction === 'up'
            ? 'Fix the statement so that it runs on the schema the base migrations build; check it against a copy of that schema.'
            : 'Fix the statement so that it runs on the schema the up leaves (for example, drop dependent objects first, or use IF EXISTS).',
      });
    }
  },
});
