/** SQL that PostgreSQL rejects fails the deploy halfway, or leaves a rollback that cannot run when it is needed. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'syntax-error',
    summary: 'Every migration and rollback is SQL that PostgreSQL can parse (and a JavaScript or Python migration file parses), in UTF-8 text.',
    severity: 'error',
    messages: {
      syntax: 'PostgreSQL cannot parse this: {{message}}.',
      source: 'The migration tool cannot load this {{language}} file: {{message}}.',
      binary: '{{file}} is a binary file, not SQL: the migration tool will fail on it.',
      encoding: '{{file}} is not valid UTF-8: PostgreSQL will reject it or store garbled text.',
    },
  },
  check(context) {
    for (const migration of context.migrations) {
      if (migration.unreadable) {
        context.report({
          file: migration.path,
          messageId: migration.unreadable,
          data: { file: migration.path },
          help:
            migration.unreadable === 'binary'
              ? 'Remove it from the migrations directory, or match migrations more narrowly with the "migrations" globs in the config.'
              : 'Save the file as UTF-8.',
        });
        continue;
      }
      for (const sql of [migration.up, migration.down]) {
        if (!sql?.error) continue;
        const { language, message, range } = sql.error;
        context.report({
          file: migration.path,
          range,
          messageId: language ? 'source' : 'syntax',
          data: language ? { language, message } : { message },
          help: language
            ? `Fix the ${language} at this position; run the migration against a scratch database before merging.`
            : 'Fix the SQL at this position; check it with psql against a scratch database before merging.',
        });
      }
    }
  },
});
