/** Dropping or renaming a table or column that application code still names breaks that code the moment the migration runs. */
import { addedUpMigrations, defineRule, describeAction, removedNames, safeSequence, tableOf, upActions } from '../src/rule.js';
import type { CodeReference } from '../src/rule.js';

const SHOWN = 3;

export default defineRule({
  meta: {
    id: 'ban-drop-still-referenced',
    summary: 'A DROP or RENAME of a table or column that application code at the head of the branch still mentions.',
    severity: 'warning',
    messages: {
      referenced:
        '{{action}} takes an ACCESS EXCLUSIVE lock on "{{table}}" and removes a name application code still mentions ({{where}}): that code fails from the moment the migration runs.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      for (const { action, statement } of upActions(migration)) {
        const removed = removedNames(action);
        const table = tableOf(action);
        if (!removed || !table) continue;
        // A table this change creates is not used by any code deployed before it.
        if (context.isNewInThisChange(table, statement)) continue;
        const references = referencesOf(context.codeReferences, removed);
        if (references.length === 0) continue;
        const where = references.slice(0, SHOWN).map((r) => `${r.file}:${r.line}`).join(', ');
        const more = references.length > SHOWN ? ` and ${references.length - SHOWN} more` : '';
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'referenced',
          data: { action: describeAction(action), table, where: where + more },
          help: `${safeSequence(action)} If those lines name something else that shares the name, say so: -- migration-lint-disable-next-statement ban-drop-still-referenced: <what they name>`,
        });
      }
    }
  },
});

/** A table's references; a column's, only in files that also mention its table (`id` alone matches everything). */
function referencesOf(all: ReadonlyMap<string, readonly CodeReference[]>, removed: { table: string; column?: string }): CodeReference[] {
  const table = all.get(removed.table.toLowerCase()) ?? [];
  if (removed.column === undefined) return [...table];
  const files = new Set(table.map((r) => r.file));
  return (all.get(removed.column.toLowerCase()) ?? []).filter((r) => files.has(r.file));
}
