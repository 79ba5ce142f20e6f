/** A suppression with no reason, or naming a rule that does not exist, hides a hazard from review or silences nothing. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'require-valid-suppression',
    summary: 'A migration-lint-disable comment names existing rules and says why, after a colon.',
    severity: 'error',
    messages: {
      noReason: 'This suppression of {{rules}} gives no reason, so it silences nothing: reviewers could not judge why the hazard is safe here.',
      noRule: 'This suppression names no rule, so it silences nothing.',
      unknownRule: '"{{rule}}" is not a migration-lint rule, so this suppression silences nothing for it.',
      unsuppressible: '{{rule}} cannot be suppressed: the finding stands whatever the comment says.',
      unknownDirective: '{{directive}} is not a migration-lint directive, so it silences nothing.',
    },
  },
  check() {
    // Reported by the suppression stage (src/suppressions.ts), which reads the comments after every rule has run.
  },
});
