/** Databases that already ran a merged migration never run it again: editing, deleting or renaming it splits environments apart. */
import { conventions } from '../src/conventions/index.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'immutable-migrations',
    summary: 'A migration that exists on the base branch is never modified, deleted or renamed.',
    severity: 'error',
    messages: {
      modified: '{{file}} is already merged: databases that ran it will never see this edit, while new ones will, so environments drift apart.',
      deleted: '{{file}} is already merged: deleting it leaves databases that ran it with changes no migration describes.',
      commentsOnly:
        '{{file}} is already merged: this edit leaves its statements as they were, so no database changes, but the file no longer matches what ran.',
      checksummed:
        '{{file}} is already merged: its tool checksums applied migrations, so even this edit of comments fails the next deploy of every database that ran it.',
      renamed: '{{from}} is already merged: renamed to {{to}}, the migration tool will run it a second time.',
    },
  },
  check(context) {
    if (!context.isChange) return;
    for (const migration of context.migrations) {
      const help = 'Revert this change to the merged migration and write a new migration that makes the change instead.';
      // A sqitch rework keeps the deployed script as <change>@<tag>.sql and records the new one in the plan.
      if (migration.status === 'modified' && migration.reworked) continue;
      // Refactored code that runs the same statements as the merged version leaves every database as it was.
      if (migration.status === 'modified' && migration.sameStatements) continue;
      if (migration.status === 'modified') {
        if (migration.unchangedStatements !== true) {
          context.report({ file: migration.path, messageId: 'modified', data: { file: migration.path }, help });
        } else if (conventions[migration.convention].checksummed) {
          context.report({ file: migration.path, messageId: 'checksummed', data: { file: migration.path }, help: 'Revert this edit: a merged migration must stay byte for byte as it ran.' });
        } else {
          // Comments and layout only: every database ends the same, so it is worth a look, not a blocked merge.
          context.report({
            file: migration.path,
            messageId: 'commentsOnly',
            data: { file: migration.path },
            help: 'Keep notes about a merged migration in a new migration or in the docs, and revert this edit if it was not meant.',
            severity: 'warning',
          });
        }
      } else if (migration.status === 'deleted') {
        context.report({ file: migration.path, messageId: 'deleted', data: { file: migration.path }, help });
      } else if (migration.status === 'renamed' && !migration.moved) {
        // node-pg-migrate knows `x.js` and `x.ts` as one migration: a conversion that runs the same statements changes nothing.
        if (migration.oldPath && conventions[migration.convention].isSameMigration?.(migration.oldPath, migration.path)) {
          if (!migration.sameStatements) context.report({ file: migration.path, messageId: 'modified', data: { file: migration.path }, help });
          continue;
        }
        context.report({
          file: migration.path,
          messageId: 'renamed',
          data: { from: migration.oldPath ?? migration.path, to: migration.path },
          help: `Rename it back to ${migration.oldPath}; to change the order, write a new migration.`,
        });
      }
    }
  },
});
