/** The schema model replays builder calls from their facts, as it replays SQL. */
import { expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.js';
import type { ReplayMigration } from '../../src/schema/index.js';
import type { ConventionId } from '../../src/types.js';
import { read } from './read.js';

async function migration(convention: ConventionId, path: string, version: string, text: string): Promise<ReplayMigration> {
  const { up } = await read(convention, path, text);
  return { path, directory: 'db/migrations', name: { version, name: 'x', direction: 'both', kind: 'versioned' }, up };
}

it('Knex and Alembic calls build the same tables, columns, indexes and constraints', async () => {
  const base = [
    await migration('knex', 'db/migrations/1_users.js', '1', "exports.up = (knex) => knex.schema.createTable('users', (t) => { t.increments(); });\n"),
  ];
  const change = [
    await migration(
      'knex',
      'db/migrations/2_email.js',
      '2',
      "exports.up = (knex) => knex.schema.table('users', (t) => { t.string('email').notNullable().defaultTo(''); t.string('nick'); t.index(['email'], 'users_email'); t.unique(['nick']); });\n",
    ),
    await migration(
      'alembic',
      'db/migrations/3_rename.py',
      '3',
      "revision = 'c'\ndef upgrade():\n    op.drop_column('users', 'nick')\n    op.rename_table('users', 'accounts')\n    op.create_table('audit')\n",
    ),
  ];
  const model = buildSchema({ base, change });
  const before = model.before(change[1]!.up!.statements[0]!);
  expect([...before.table('users')!.columns.values()].map((c) => [c.name, c.notNull, c.hasDefault])).toEqual([
    ['email', true, true],
    ['nick', false, false],
  ]);
  expect(before.table('users')!.constraints.map((c) => `${c.type} ${c.name}`)).toEqual(['UNIQUE users_nick_unique']);
  expect(before.index('users_email')).toMatchObject({ table: 'users' });
  expect(before.isNew('users')).toBe(false);

  const after = model.after;
  expect(after.table('users')).toBeUndefined();
  expect([...after.table('accounts')!.columns.keys()]).toEqual(['email']);
  expect(after.index('users_email')).toMatchObject({ table: 'accounts' });
  expect(after.isNew('audit')).toBe(true);
  expect(after.table('audit')!.complete).toBe(false);
});
