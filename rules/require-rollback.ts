/** A migration without a rollback leaves a failed deploy with no way back but a hand-written fix under pressure. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'require-rollback',
    summary: 'Every new migration has a non-empty rollback (down) in the place its migration tool expects.',
    severity: 'error',
    messages: {
      missing: 'Migration {{path}} has no rollback: if the deploy goes wrong there is no tested way to undo it.',
      empty: 'The rollback of {{path}} is empty: running it would undo nothing.',
    },
  },
  check(context) {
    const byPath = new Map(context.migrations.map((m) => [m.path, m]));
    for (const migration of context.migrations) {
      if (migration.status !== 'added' || !migration.name || migration.text === null) continue;
      // A down file is the rollback itself; repeatable migrations are re-applied, never rolled back.
      if (migration.name.direction === 'down' || migration.name.kind === 'repeatable') continue;
      // A migration that runs nothing (empty, comments only, a placeholder for a version) has nothing to undo.
      if ((migration.up?.statements.length ?? 0) === 0 && !migration.up?.error) continue;
      const where = describeRollbackPlace(migration.convention, migration.path, migration.name.version ?? '');
      if (migration.rollback === null) {
        context.report({ file: migration.path, messageId: 'missing', data: { path: migration.path }, help: where });
        continue;
      }
      const rollback =
        migration.rollback === migration.path ? migration : byPath.get(migration.rollback);
      // A rollback file outside the change was already reviewed when it landed.
      if (!rollback?.down) continue;
      if (rollback.down.statements.length === 0 && !rollback.down.error) {
        // For an in-file rollback, point at its marker line (the line before the down section).
        const downStart = rollback.sections?.down?.start;
        const marker = downStart !== undefined && rollback.lines ? rollback.lines.positionAt(Math.max(0, downStart - 1)) : undefined;
        context.report({
          file: rollback.path,
          ...(marker ? { range: { start: { line: marker.line, column: 1 }, end: marker } } : {}),
          messageId: 'empty',
          data: { path: migration.path },
          help: `Write the SQL that reverts ${migration.path} (e.g. DROP what it creates, re-add what it drops).`,
        });
      }
    }
  },
});

/** The one line that turns the rule off, for teams whose tool or habit is forward-only. */
const OPT_OUT = 'To roll forward only instead, turn this rule off in the config: rules: { require-rollback: off }.';

function describeRollbackPlace(convention: string, path: string, version: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  // The Supabase CLI applies every `<timestamp>_<name>.sql` in the directory, a `.down.sql` too: no rollback may live there.
  if (/(?:^|\/)supabase\/migrations\//.test(path)) {
    return `The Supabase CLI runs no down migrations (it would apply a ${base.replace(/\.sql$/i, '.down.sql')} as one more migration): going back is a new migration that reverts ${base}. ${OPT_OUT}`;
  }
  switch (convention) {
    case 'goose':
      return `Add a "-- +goose Down" section to ${base} with the SQL that reverts it.`;
    case 'dbmate':
      return `Add a "-- migrate:down" section to ${base} with the SQL that reverts it.`;
    case 'flyway':
      return `Add an undo migration U${version}__${base.replace(/^V[^_]*__/, '')} beside it with the SQL that reverts it (Flyway Teams runs it with flyway undo; Flyway Community has no undo). ${OPT_OUT}`;
    default:
      return `Add ${base.replace(/(\.up)?\.sql$/i, '.down.sql')} beside it with the SQL that reverts it.`;
  }
}
