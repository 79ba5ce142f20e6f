import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/schema/index.js';
import type { ReplayMigration } from '../../src/schema/index.js';
import { parseSql } from '../../src/sql/parse.js';

async function migration(path: string, sql: string): Promise<ReplayMigration> {
  const version = /^(\d+)/.exec(path.split('/').at(-1)!)?.[1] ?? null;
  return { path, directory: 'db/migrations', name: { version, name: path, direction: 'up', kind: 'versioned' }, up: await parseSql(sql) };
}

describe('schema model', () => {
  it('replays tables, columns, defaults, constraints and indexes of the base', async () => {
    const base = [
      await migration('db/migrations/2_alter.sql', [
        'ALTER TABLE users ADD COLUMN nickname varchar(50) DEFAULT \'x\';',
        'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
        'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;',
        'CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);',
        'ALTER TABLE users RENAME COLUMN nickname TO handle;',
      ].join('\n')),
      await migration('db/migrations/1_users.sql', 'CREATE TABLE public.users (id serial PRIMARY KEY, email text, age int NOT NULL, CHECK (age > 0));'),
    ];
    const schema = buildSchema({ base, change: [] });
    const users = schema.after.table('users')!;
    expect(users.complete).toBe(true);
    expect([...users.columns.values()]).toEqual([
      { name: 'id', type: 'integer', notNull: true, hasDefault: true },
      { name: 'email', type: 'text', notNull: false, hasDefault: false },
      { name: 'age', type: 'integer', notNull: true, hasDefault: false },
      { name: 'handle', type: 'varchar(50)', notNull: false, hasDefault: true },
    ]);
    expect(users.constraints).toEqual([
      { name: 'users_pkey', type: 'PRIMARY KEY', validated: true },
      { name: 'users_age_check', type: 'CHECK', validated: true },
      { name: 'users_email_nn', type: 'CHECK', validated: true, notNullColumn: 'email' },
    ]);
    expect(schema.after.index('users_email_idx')).toEqual({ name: 'users_email_idx', table: 'users', unique: true, columns: ['email'] });
    expect(schema.after.index('users_pkey')?.table).toBe('users');
    expect(schema.after.isNew('users')).toBe(false);
    expect(schema.baseRead).toBe(true);
  });

  it('answers per statement: the state before it, and what the change created by then', async () => {
    const first = await migration('db/migrations/3_orders.sql', 'CREATE TABLE orders (id bigint);\nALTER TABLE orders ADD COLUMN total numeric(10,2);');
    const second = await migration('db/migrations/4_more.sql', 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);\nCREATE INDEX orders_total_idx ON orders (total);');
    const schema = buildSchema({ base: [], change: [second, first] });
    const [create, add] = first.up!.statements;
    const [alter, index] = second.up!.statements;
    expect(schema.before(create!).table('orders')).toBeUndefined();
    expect(schema.before(create!).isNew('orders')).toBe(true);
    expect(schema.before(add!).table('orders')?.columns.has('total')).toBe(false);
    expect(schema.before(alter!).table('orders')?.columns.get('total')?.type).toBe('numeric(10,2)');
    expect(schema.before(index!).table('orders')?.columns.get('total')?.type).toBe('numeric(12,2)');
    expect(schema.before(index!).isNew('orders_total_idx')).toBe(true);
    expect(schema.before(alter!).isNew('orders_total_idx')).toBe(false);
  });

  it('does not take a table the change touches before creating it again as new', async () => {
    const change = await migration('db/migrations/5_swap.sql', 'DROP TABLE users;\nCREATE TABLE users (id bigint);\nCREATE INDEX users_id_idx ON users (id);');
    const schema = buildSchema({ base: null, change: [change] });
    const [, , index] = change.up!.statements;
    expect(schema.before(index!).isNew('users')).toBe(false);
    expect(schema.before(index!).table('users')?.columns.has('id')).toBe(true);
    expect(schema.baseRead).toBe(false);
  });

  it('knows a renamed unknown table exists, but not its columns; a failed file leaves its tables incomplete', async () => {
    const base = [
      await migration('db/migrations/1_a.sql', 'ALTER TABLE legacy RENAME TO accounts;'),
      await migration('db/migrations/2_b.sql', 'CREATE TABLE payments (id int);\nALTER TABLE payments ADD COLUMN x int;\nALTER TABLE payments SELEC;'),
    ];
    const schema = buildSchema({ base, change: [] });
    expect(schema.after.table('accounts')).toMatchObject({ complete: false });
    expect(schema.after.table('accounts')?.columns.size).toBe(0);
    expect(schema.after.table('payments')).toMatchObject({ complete: false });
    expect(schema.after.table('payments')?.columns.has('x')).toBe(true);
    expect(schema.after.table('legacy')).toBeUndefined();
  });

  it('follows drops and renames of tables and indexes', async () => {
    const base = [
      await migration('db/migrations/1_a.sql', 'CREATE TABLE a (id int);\nCREATE INDEX a_id ON a (id);\nALTER INDEX a_id RENAME TO a_id_idx;\nALTER TABLE a RENAME TO b;\nCREATE TABLE gone (id int);\nDROP TABLE gone;'),
    ];
    const schema = buildSchema({ base, change: [] });
    expect(schema.after.table('a')).toBeUndefined();
    expect(schema.after.table('b')?.columns.has('id')).toBe(true);
    expect(schema.after.index('a_id_idx')?.table).toBe('b');
    expect(schema.after.index('a_id')).toBeUndefined();
    expect(schema.after.table('gone')).toBeUndefined();
  });
});
