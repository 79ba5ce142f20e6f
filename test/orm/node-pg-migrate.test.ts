import { describe as group, expect, it } from 'vitest';
import { describe, read } from './read.js';

const path = 'migrations/1700000000000_change.js';

group('node-pg-migrate reader', () => {
  it('reads MigrationBuilder calls as actions, with names, schemas and options', async () => {
    const source = await read(
      'node-pg-migrate',
      path,
      [
        'exports.up = (pgm) => {',
        "  pgm.addColumns('users', { email: { type: 'text', notNull: true }, bio: 'text' });",
        "  pgm.dropColumns({ schema: 'app', name: 'users' }, ['a', 'b']);",
        "  pgm.renameColumn('users', 'name', 'full_name');",
        "  pgm.alterColumn('users', 'age', { type: 'bigint', notNull: true });",
        "  pgm.createIndex('users', ['email'], { concurrently: true, unique: true });",
        "  pgm.dropIndex('users', 'bio', { name: 'users_bio_idx' });",
        "  pgm.addConstraint('users', 'users_age_check', 'CHECK (age > 0) NOT VALID');",
        "  pgm.dropConstraint('users', 'users_org_fk');",
        "  pgm.renameTable('a', 'b');",
        "  pgm.dropTable('legacy');",
        '};',
        'exports.down = false;',
      ].join('\n'),
    );
    expect(describe(source.up)).toEqual([
      '2:3 ADD COLUMN users.email; ADD COLUMN users.bio',
      '3:3 DROP COLUMN app.users.a; DROP COLUMN app.users.b',
      '4:3 RENAME COLUMN users.name TO full_name',
      '5:3 ALTER COLUMN users.age TYPE bigint; SET NOT NULL on users.age',
      '6:3 CREATE INDEX users_email_unique_index ON users',
      '7:3 DROP INDEX users_bio_idx',
      '8:3 ADD CONSTRAINT users_age_check ON users',
      '9:3 DROP CONSTRAINT users_org_fk ON users',
      '10:3 RENAME TABLE a TO b',
      '11:3 DROP TABLE legacy',
    ]);
    expect(source.up.statements[0]!.actions.map((a) => a.kind === 'add-column' && a.notNull)).toEqual([true, false]);
    expect(source.up.statements[4]!.actions[0]).toMatchObject({ concurrently: true, unique: true });
    expect(source.up.statements[6]!.actions[0]).toMatchObject({ constraintType: 'CHECK', notValid: true });
    // `exports.down = false` is node-pg-migrate's mark of a migration with no way back.
    expect(source.hasRollback).toBe(false);
    expect(source.down).toBeNull();
  });

  it('parses pgm.sql with positions in the file; noTransaction leaves the transaction', async () => {
    const source = await read(
      'node-pg-migrate',
      'migrations/1700000000000_change.ts',
      [
        "import type { MigrationBuilder } from 'node-pg-migrate';",
        'export async function up(pgm: MigrationBuilder): Promise<void> {',
        '  pgm.noTransaction();',
        '  pgm.sql(`',
        '    CREATE INDEX CONCURRENTLY users_email ON users (email);',
        '  `);',
        '}',
        'export async function down(pgm: MigrationBuilder): Promise<void> {',
        "  pgm.sql('DROP INDEX CONCURRENTLY users_email');",
        '}',
      ].join('\n'),
    );
    expect(describe(source.up)).toEqual(['5:5 CREATE INDEX users_email ON users']);
    expect(describe(source.down)).toEqual(['9:12 DROP INDEX users_email']);
    expect(source.sections.transaction).toBe(false);
  });

  it('without a down, the rollback is derived when every up operation can be reversed', async () => {
    const reversible = await read('node-pg-migrate', path, "exports.up = (pgm) => { pgm.createTable('t', { id: 'id' }); pgm.addColumns('u', { a: 'text' }); };\n");
    expect(reversible.hasRollback).toBe(true);
    const irreversible = await read('node-pg-migrate', path, "exports.up = (pgm) => { pgm.dropColumns('u', 'a'); };\n");
    expect(irreversible.hasRollback).toBe(false);
    const sql = await read('node-pg-migrate', path, "exports.up = (pgm) => { pgm.sql('SELECT 1'); };\n");
    expect(sql.hasRollback).toBe(false);
  });
});
