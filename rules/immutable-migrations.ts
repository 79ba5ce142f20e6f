/** Databases that already ran a merged migration never run it again: editing, deleting or renaming it splits environments apart. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'immutable-migrations',
    summary: 'A migration that exists on the base branch is never modified, deleted or renamed.',
    severity: 'error',
    messages: {
      modified: '{{file}} is already merged: databases that ran it will never see this edit, while new ones will, so environments drift apart.',
      deleted: '{{file}} is already merged: deleting it leaves databases that ran it with changes no migration describes.',
      renamed: '{{from}} is already merged: renamed to {{to}}, the migration tool will run it a second time.',
    },
  },
  check(context) {
    if (!context.isChange) return;
    for (const migration of context.migrations) {
      const help = 'Revert this change to the merged migration and write a new migration that makes the change instead.';
      // A sqitch rework keeps the deployed script as <change>@<tag>.sql and records the new one in the plan.
      if (migration.status === 'modified' && migration.reworked) continue;
      if (migration.status === 'modified') {
        context.report({ file: migration.path, messageId: 'modified', data: { file: migration.path }, help });
      } else if (migration.status === 'deleted') {
        context.report({ file: migration.path, messageId: 'deleted', data: { file: migration.path }, help });
      } else if (migration.status === 'renamed' && !migration.moved) {
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
