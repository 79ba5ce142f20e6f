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
      // A migration that runs nothing (empty, comments only, a placeholder for a version) has nothing to undo.
      if ((migration.up?.statements.length ?? 0) === 0 && !migration.up?.error) continue;
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
      // A migration that does nothing (an Alembic merge revision) has nothing to undo.
      const upDoesNothing = migration.up !== null && migration.up.statements.length === 0 && !migration.up.error;
      if (rollback.down.statements.length === 0 && !rollback.down.error && !upDoesNothing) {
        // For an in-file rollback, point at its marker line (the line before the down section).
        const downStart = rollback.sections?.down?.start;
        const marker = downStart !== undefined && rollback.lines ? rollback.lines.positionAt(Math.max(0, downStart - 1)) : undefined;
        context.report({
          file: rollback.path,
          ...(marker ? { range: { start: { line: marker.line, column: 1 }, end: marker } } : {}),
          messageId: 'empty',
          data: { path: migration.path },
          help: describeRevert(rollback.convention, migration.path),
        });
      }
    }
  },
});

function describeRevert(convention: string, path: string): string {
  if (convention === 'alembic') return `Write the op calls that revert ${path} in its downgrade() (e.g. drop what upgrade() creates, re-add what it drops).`;
  if (convention === 'knex' || convention === 'node-pg-migrate') return `Write the calls that revert ${path} in its down function (e.g. drop what up creates, re-add what it drops).`;
  return `Write the SQL that reverts ${path} (e.g. DROP what it creates, re-add what it drops).`;
}

/** The one line that turns the rule off, for teams whose tool or habit is forward-only. */
const OPT_OUT = 'To roll forward only instead, turn this rule off in the config: rules: { require-rollback: off }.';

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
      if (!/\.sql$/i.test(base)) {
        return `Export a down function from ${base} that reverts it (exports.down = false declares it irreversible), e.g. exports.down = (pgm) => { pgm.dropTable('<table>'); };`;
      }
      return `Add a "-- Down Migration" section to ${base} with the SQL that reverts it.`;
    case 'sqitch':
      return `Add ${path.replace(/(^|\/)deploy\//, '$1revert/')} with the SQL that reverts it (sqitch add creates it with the deploy and verify scripts).`;
    case 'supabase':
      return `The Supabase CLI is forward-only: keep the SQL that reverts it in ${path.replace(/(^|\/)migrations\/([^/]*)$/, '$1rollbacks/$2')}, where the CLI never applies it, and run it with psql when you must roll back. ${OPT_OUT}`;
    case 'goose':
      return `Add a "-- +goose Down" section to ${base} with the SQL that reverts it.`;
    case 'dbmate':
      return `Add a "-- migrate:down" section to ${base} with the SQL that reverts it.`;
    case 'flyway':
      return `Add an undo migration U${version}__${base.replace(/^V[^_]*__/, '')} beside it with the SQL that reverts it (Flyway Teams runs it with flyway undo; Flyway Community has no undo). ${OPT_OUT}`;
    case 'knex':
      return `Export a down function from ${base} that reverts it, e.g. exports.down = (knex) => knex.schema.dropTable('<table>');`;
    case 'alembic':
      return `Write a downgrade() in ${base} with the op calls that revert upgrade(), e.g. op.drop_column('<table>', '<column>').`;
    default:
      return `Add ${base.replace(/(\.up)?\.sql$/i, '.down.sql')} beside it with the SQL that reverts it.`;
  }
}
