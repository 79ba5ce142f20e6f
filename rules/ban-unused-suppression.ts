/** A suppression that silences nothing would silently hide the next finding of its rule, one nobody reviewed. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ban-unused-suppression',
    summary: 'Every migration-lint-disable comment silences a finding of each rule it names.',
    severity: 'error',
    messages: {
      unusedStatement: 'This suppression of {{rule}} silences nothing in the statement after it, and would hide a future finding there that nobody reviewed.',
      unusedFile: 'This suppression of {{rule}} silences nothing in the file, and would hide a future finding in it that nobody reviewed.',
    },
  },
  check() {
    // Reported by the suppression stage (src/suppressions.ts), which alone sees the findings a suppression silenced.
  },
});
