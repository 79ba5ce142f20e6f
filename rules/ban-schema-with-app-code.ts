/** If the code deploys before the migration runs, new code meets the old schema and fails. */
import { addedUpMigrations, defineRule, describeAction, summarizeFiles, upActions } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ban-schema-with-app-code',
    summary: 'Schema changes (expand DDL) ship before the application code that uses them, in their own pull request.',
    severity: 'warning',
    messages: {
      schemaWithCode:
        '{{action}} ships with application code changes ({{files}}): if the code deploys before the migration runs, it meets the old schema.',
    },
  },
  check(context) {
    if (context.appFiles.length === 0) return;
    const files = summarizeFiles(context.appFiles);
    for (const migration of addedUpMigrations(context)) {
      // One finding a migration: the whole migration is what moves to its own pull request.
      for (const { action, statement } of upActions(migration)) {
        if (action.phase !== 'expand') continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'schemaWithCode',
          data: { action: describeAction(action), files },
          help: `Merge and deploy ${migration.path} first, in a pull request of its own; then ship the code that uses it (a data backfill may ship with that code).`,
        });
        break;
      }
    }
  },
});
