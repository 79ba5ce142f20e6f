/** SQL that PostgreSQL rejects fails the deploy halfway, or leaves a rollback that cannot run when it is needed. */
import { defineRule } from '../src/rule.js';

const UNREADABLE_HELP = {
  binary: 'Remove it from the migrations directory, or match migrations more narrowly with the "migrations" globs in the config.',
  encoding: 'Save the file as UTF-8.',
  symlink: 'A migration must be a regular file: replace the link with a copy of the file it points to, or move it out of the migrations directory.',
};

export default defineRule({
  meta: {
    id: 'syntax-error',
    summary: 'Every migration and rollback is SQL that PostgreSQL can parse (and a JavaScript or Python migration file parses), in UTF-8 text, in a regular file.',
    severity: 'error',
    messages: {
      syntax: 'PostgreSQL cannot parse this: {{message}}.',
      source: 'The migration tool cannot load this {{language}} file: {{message}}.',
      binary: '{{file}} is a binary file, not SQL: the migration tool will fail on it.',
      encoding: '{{file}} is not valid UTF-8: PostgreSQL will reject it or store garbled text.',
      symlink: '{{file}} is a symbolic link, not a regular file: git stores only the path it points to, so what runs depends on the checkout.',
    },
  },
  check(context) {
    for (const migration of context.migrations) {
      if (migration.unreadable) {
        context.report({
          file: migration.path,
          messageId: migration.unreadable,
          data: { file: migration.path },
          help: UNREADABLE_HELP[migration.unreadable],
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
