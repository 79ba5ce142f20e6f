/** During a deploy, instances still running the old code query what this migration drops or renames, and fail. */
import { breakingStatements, defineRule, describeAction, safeSequence, summarizeFiles } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ban-drop-with-app-code',
    summary: 'A contract change (DROP, RENAME, type change) never ships in the same pull request as application code.',
    severity: 'error',
    messages: {
      dropWithCode:
        '{{action}} ships with application code changes ({{files}}): instances still running the old code will fail against it during the deploy.',
    },
  },
  check(context) {
    if (context.appFiles.length === 0) return;
    const files = summarizeFiles(context.appFiles);
    for (const { migration, statement, action } of breakingStatements(context)) {
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'dropWithCode',
        data: { action: describeAction(action), files },
        help: `Move this migration to a pull request of its own. ${safeSequence(action)}`,
      });
    }
  },
});
