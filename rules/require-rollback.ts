/** A migration without a rollback leaves a failed deploy with no way back but a hand-written fix under pressure. */
import { conventions } from '../src/conventions/index.js';
import { defineRule } from '../src/rule.js';
import type { MigrationDirectory } from '../src/rule.js';

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
      const convention = conventions[migration.convention];
      // Directory-versioned releases roll forward: the layout has no place for a rollback.
      if (convention.hasRollbacks === false) continue;
      // A forward-only tool's project that keeps no rollback anywhere chose to roll forward.
      if (convention.forwardOnly && !keepsRollbacks(context.directories.get(migration.directory))) continue;
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

/** Whether a directory holds a rollback on the base (or, for plain files, at all). */
function keepsRollbacks(directory: MigrationDirectory | undefined): boolean {
  if (!directory) return false;
  const index = directory.baseIndex ?? directory.index;
  return index.files.some((entry) => index.nameOf(entry)?.direction === 'down');
}

function describeRollbackPlace(convention: string, path: string, version: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const folder = path.slice(0, Math.max(path.lastIndexOf('/'), 0));
  switch (convention) {
    case 'diesel':
      return `Add ${folder}/down.sql with the SQL that reverts up.sql.`;
    case 'prisma':
      return `Prisma Migrate is forward-only: write the SQL that reverts it to ${folder}/down.sql, as Prisma documents, with npx prisma migrate diff --from-schema-datamodel prisma/schema.prisma --to-schema-datasource prisma/schema.prisma --script > ${folder}/down.sql (run before applying the migration), and apply it with prisma db execute --file ${folder}/down.sql when you must roll back.`;
    case 'postgrator':
      return `Add ${base.replace(/\.do\./i, '.undo.')} beside it with the SQL that reverts it.`;
    case 'sql-migrate':
      return `Add a "-- +migrate Down" section to ${base} with the SQL that reverts it.`;
    case 'node-pg-migrate':
      return `Add a "-- Down Migration" section to ${base} with the SQL that reverts it.`;
    case 'sqitch':
      return `Add ${path.replace(/(^|\/)deploy\//, '$1revert/')} with the SQL that reverts it (sqitch add creates it with the deploy and verify scripts).`;
    case 'supabase':
      return `The Supabase CLI is forward-only: keep the SQL that reverts it in ${path.replace(/(^|\/)migrations\/([^/]*)$/, '$1rollbacks/$2')}, where the CLI never applies it, and run it with psql when you must roll back.`;
    case 'goose':
      return `Add a "-- +goose Down" section to ${base} with the SQL that reverts it.`;
    case 'dbmate':
      return `Add a "-- migrate:down" section to ${base} with the SQL that reverts it.`;
    case 'flyway':
      return `Add an undo migration U${version}__${base.replace(/^V[^_]*__/, '')} beside it with the SQL that reverts it.`;
    default:
      return `Add ${base.replace(/(\.up)?\.sql$/i, '.down.sql')} beside it with the SQL that reverts it.`;
  }
}
