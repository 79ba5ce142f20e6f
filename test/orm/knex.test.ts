import { describe as group, expect, it } from 'vitest';
import { describe, read } from './read.js';

const path = 'db/migrations/20260301000000_change.js';

group('Knex reader', () => {
  it('reads CommonJS exports: schema builder calls become actions at their own lines', async () => {
    const source = await read(
      'knex',
      path,
      [
        'exports.up = async function (knex) {',
        "  await knex.schema.alterTable('users', (t) => {",
        "    t.dropColumn('email');",
        "    t.renameColumn('name', 'full_name');",
        "    t.string('nick', 40).notNullable().alter();",
        "    t.integer('age').notNullable().defaultTo(0);",
        "    t.dropForeign(['org_id']);",
        "    t.dropIndex('age', 'users_age_idx');",
        "    t.index(['org_id']);",
        '  });',
        "  await knex.schema.dropTableIfExists('legacy');",
        "  await knex.schema.renameTable('a', 'b');",
        '};',
        "exports.down = async (knex) => { await knex.schema.createTable('legacy', () => {}); };",
        '',
      ].join('\n'),
    );
    expect(describe(source.up)).toEqual([
      '3:5 DROP COLUMN users.email',
      '4:5 RENAME COLUMN users.name TO full_name',
      '5:5 ALTER COLUMN users.nick TYPE varchar(40); SET NOT NULL on users.nick',
      '6:5 ADD COLUMN users.age',
      '7:5 DROP CONSTRAINT users_org_id_foreign ON users',
      '8:5 DROP INDEX users_age_idx',
      '9:5 CREATE INDEX users_org_id_index ON users',
      '11:9 DROP TABLE legacy',
      '12:9 RENAME TABLE a TO b',
    ]);
    expect(source.up.statements[3]!.actions[0]).toMatchObject({ kind: 'add-column', notNull: true, hasDefault: true });
    expect(source.up.statements.every((s) => s.type.startsWith('knex.'))).toBe(true);
    expect(describe(source.down)).toEqual(['14:40 CREATE TABLE legacy']);
    expect(source.hasRollback).toBe(true);
  });

  it('reads TypeScript ESM, module.exports objects, withSchema and chained builders', async () => {
    const ts = await read(
      'knex',
      'db/migrations/20260301000000_change.ts',
      [
        "import type { Knex } from 'knex';",
        'export async function up(knex: Knex): Promise<void> {',
        "  await knex.schema.withSchema('app').createTable('a', (t) => { t.increments(); }).dropTable('b');",
        '}',
        'export async function down(knex: Knex): Promise<void> {}',
      ].join('\n'),
    );
    expect(describe(ts.up)).toEqual(['3:9 CREATE TABLE app.a', '3:84 DROP TABLE app.b']);
    expect(ts.down?.statements).toEqual([]);

    const object = await read('knex', path, "async function up(db) { await db.schema.dropTable('t'); }\nfunction down() {}\nmodule.exports = { up, down };\n");
    expect(describe(object.up)).toEqual(['1:31 DROP TABLE t']);
    expect(object.hasRollback).toBe(true);

    const arrow = await read('knex', path, "export const up = (knex) => knex.schema.table('t', (t) => t.dropColumns('a', 'b'));\n");
    expect(describe(arrow.up)).toEqual(['1:59 DROP COLUMN t.a; DROP COLUMN t.b']);
    expect(arrow.hasRollback).toBe(false);
  });

  it('parses knex.raw SQL with positions in the JavaScript file, bindings masked, escapes decoded', async () => {
    const source = await read(
      'knex',
      path,
      [
        'exports.up = async (knex) => {',
        '  await knex.raw(`',
        '    ALTER TABLE users DROP COLUMN email;',
        '    CREATE INDEX CONCURRENTLY i ON users (id);`);',
        "  await knex.raw('UPDATE users SET a = ? WHERE b = ?', [1, 2]);",
        "  await knex.raw('UPDATE t SET s = \\'it\\'\\'s\\'');",
        "  await knex.schema.raw('DROP TABLE t2');",
        '  await knex.raw(`DROP TABLE ${name}`);',
        '};',
      ].join('\n'),
    );
    expect(describe(source.up)).toEqual([
      '3:5 DROP COLUMN users.email',
      '4:5 CREATE INDEX i ON users',
      '5:19 UPDATE users',
      '6:19 UPDATE t',
      '7:26 DROP TABLE t2',
      '8:9 raw SQL',
    ]);
    expect(source.up.statements.map((s) => s.type)).toEqual(['AlterTableStmt', 'IndexStmt', 'UpdateStmt', 'UpdateStmt', 'DropStmt', 'knex.raw']);
    expect(source.up.statements[3]!.text).toBe("UPDATE t SET s = 'it''s'");
    expect(source.up.error).toBeNull();
  });

  it('reports a syntax error in embedded SQL at its place in the file, and one in the JavaScript at Babel\'s', async () => {
    const sql = await read('knex', path, "exports.up = (knex) =>\n  knex.raw('ALTER TABLE t DROPP COLUMN c');\n");
    expect(sql.up.error).toMatchObject({ message: 'syntax error at or near "DROPP"', range: { start: { line: 2, column: 27 } } });
    expect(sql.up.error?.language).toBeUndefined();

    const js = await read('knex', path, 'exports.up = (knex) => {\n  knex.schema.dropTable("t"\n};\n');
    expect(js.up.error).toMatchObject({ language: 'JavaScript', range: { start: { line: 3, column: 1 } } });
    expect(js.up.statements).toEqual([]);
    expect(js.hasRollback).toBe(true);
  });

  it('reads data changes, transactions and helpers called with knex; a down that only throws is no rollback', async () => {
    const source = await read(
      'knex',
      path,
      [
        'async function backfill(k) { await k("users").update({ a: 1 }); }',
        'exports.up = (knex) => knex.transaction(async (trx) => {',
        "  await trx('orders').where('x', 1).del();",
        '  await backfill(trx);',
        '  await someLibrary(trx);',
        '});',
        "exports.down = () => { throw new Error('irreversible'); };",
      ].join('\n'),
    );
    expect(describe(source.up)).toEqual(['3:9 DELETE orders', '1:36 UPDATE users', '5:9 someLibrary(…)']);
    expect(source.hasRollback).toBe(false);
    expect(source.down).toBeNull();
  });

  it('skips computed names instead of guessing them', async () => {
    const source = await read('knex', path, "exports.up = (knex) => knex.schema.dropTable(tableName).table(t, (x) => x.dropColumn('c'));\n");
    expect(source.up.statements.flatMap((s) => s.actions.map((a) => a.kind))).toEqual(['other', 'other']);
  });

  it('an alter() that restates what the file declared just before changes nothing', async () => {
    const source = await read(
      'knex',
      path,
      [
        "exports.up = async (knex) => {",
        "  await knex.schema.table('items', (t) => { t.string('owner', 32).defaultTo('').notNullable(); });",
        "  await knex.raw('UPDATE items SET owner = 1');",
        "  await knex.schema.table('items', (t) => { t.string('owner', 32).notNullable().alter(); t.text('note').alter(); });",
        '};',
      ].join('\n'),
    );
    expect(describe(source.up)).toEqual(['2:45 ADD COLUMN items.owner', '3:19 UPDATE items', '4:45 knex string on items', '4:90 ALTER COLUMN items.note TYPE text']);
  });
});
