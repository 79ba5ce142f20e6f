/** Each kind of statement yields the actions rules rely on, with names as PostgreSQL resolves them. */
import { describe, expect, test } from 'vitest';
import { actionsOf } from '../../src/sql/facts.js';
import type { Action } from '../../src/sql/facts.js';
import { parseSql } from '../../src/sql/parse.js';

/** The actions of SQL that must parse. */
async function actions(sql: string): Promise<Action[]> {
  const parsed = await parseSql(sql);
  expect(parsed.error).toBeNull();
  return parsed.statements.flatMap((s) => s.actions);
}

async function action(sql: string): Promise<Action> {
  const all = await actions(sql);
  expect(all).toHaveLength(1);
  return all[0]!;
}

describe('expand', () => {
  test('create-table, qualified as written, folded as PostgreSQL folds', async () => {
    expect(await actions('CREATE TABLE Users (id int); CREATE TABLE "App".Events (id int); CREATE TABLE IF NOT EXISTS s.t (a int)')).toEqual([
      { kind: 'create-table', phase: 'expand', table: 'users' },
      { kind: 'create-table', phase: 'expand', table: 'App.events' },
      { kind: 'create-table', phase: 'expand', table: 's.t' },
    ]);
  });

  test('CREATE TABLE AS and SELECT INTO create tables', async () => {
    expect(await actions('CREATE TABLE a AS SELECT 1; SELECT * INTO s.b FROM t')).toEqual([
      { kind: 'create-table', phase: 'expand', table: 'a' },
      { kind: 'create-table', phase: 'expand', table: 's.b' },
    ]);
  });

  test('temporary tables are no schema change: no phase', async () => {
    expect(await actions('CREATE TEMP TABLE a (id int); CREATE TEMPORARY TABLE b AS SELECT 1; SELECT 1 INTO TEMP c; CREATE UNLOGGED TABLE d (id int)')).toEqual([
      { kind: 'create-table', phase: null, table: 'a', temporary: true },
      { kind: 'create-table', phase: null, table: 'b', temporary: true },
      { kind: 'create-table', phase: null, table: 'c', temporary: true },
      { kind: 'create-table', phase: 'expand', table: 'd' },
    ]);
  });

  test('create-index', async () => {
    expect(await actions('CREATE INDEX ON t (a); CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON s.t (a) WHERE a > 0')).toEqual([
      { kind: 'create-index', phase: 'expand', table: 't', index: null, concurrently: false, unique: false },
      { kind: 'create-index', phase: 'expand', table: 's.t', index: 'i', concurrently: true, unique: true },
    ]);
  });

  test('add-column: NOT NULL, DEFAULT and volatility', async () => {
    const sql = `ALTER TABLE t
      ADD COLUMN a int,
      ADD COLUMN b int NOT NULL DEFAULT 0,
      ADD c int NOT NULL,
      ADD COLUMN d int DEFAULT NULL NOT NULL,
      ADD COLUMN e timestamptz DEFAULT now(),
      ADD COLUMN f timestamptz DEFAULT CURRENT_TIMESTAMP,
      ADD COLUMN g uuid DEFAULT gen_random_uuid(),
      ADD COLUMN h text DEFAULT lower(md5(random()::text))`;
    const columns = (await actions(sql)).map((a) => (a.kind === 'add-column' ? [a.column, a.notNull, a.hasDefault, a.volatileDefault] : a.kind));
    expect(columns).toEqual([
      ['a', false, false, false],
      ['b', true, true, false],
      ['c', true, false, false],
      ['d', true, false, false],
      ['e', false, true, false],
      ['f', false, true, false],
      ['g', false, true, true],
      ['h', false, true, true],
    ]);
  });

  test('add-column: values PostgreSQL fills in', async () => {
    const sql = `ALTER TABLE s.t
      ADD COLUMN id bigserial,
      ADD COLUMN i int GENERATED ALWAYS AS IDENTITY,
      ADD COLUMN g int GENERATED ALWAYS AS (a + 1) STORED,
      ADD COLUMN v int GENERATED ALWAYS AS (a + 1) VIRTUAL`;
    expect(await actions(sql)).toEqual([
      { kind: 'add-column', phase: 'expand', table: 's.t', column: 'id', notNull: true, hasDefault: true, volatileDefault: true },
      { kind: 'add-column', phase: 'expand', table: 's.t', column: 'i', notNull: true, hasDefault: true, volatileDefault: true },
      { kind: 'add-column', phase: 'expand', table: 's.t', column: 'g', notNull: false, hasDefault: true, volatileDefault: true },
      { kind: 'add-column', phase: 'expand', table: 's.t', column: 'v', notNull: false, hasDefault: true, volatileDefault: false },
    ]);
  });

  test('add-column with inline constraints: PRIMARY KEY is NOT NULL, and each constraint is an action too', async () => {
    expect(await actions('ALTER TABLE t ADD COLUMN id int PRIMARY KEY, ADD COLUMN r int REFERENCES s.x (id), ADD COLUMN u text UNIQUE')).toEqual([
      { kind: 'add-column', phase: 'expand', table: 't', column: 'id', notNull: true, hasDefault: false, volatileDefault: false },
      { kind: 'add-constraint', phase: 'expand', table: 't', constraint: null, constraintType: 'PRIMARY KEY', notValid: false },
      { kind: 'add-column', phase: 'expand', table: 't', column: 'r', notNull: false, hasDefault: false, volatileDefault: false },
      { kind: 'add-constraint', phase: 'expand', table: 't', constraint: null, constraintType: 'FOREIGN KEY', notValid: false, references: 's.x' },
      { kind: 'add-column', phase: 'expand', table: 't', column: 'u', notNull: false, hasDefault: false, volatileDefault: false },
      { kind: 'add-constraint', phase: 'expand', table: 't', constraint: null, constraintType: 'UNIQUE', notValid: false },
    ]);
  });

  test('add-constraint: NOT VALID, USING INDEX and every constraint type', async () => {
    const sql = `ALTER TABLE t
      ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES x (id) NOT VALID,
      ADD CONSTRAINT fk2 FOREIGN KEY (b) REFERENCES x (id),
      ADD CONSTRAINT c CHECK (a > 0) NOT VALID,
      ADD CHECK (a < 9),
      ADD CONSTRAINT u UNIQUE USING INDEX u_idx,
      ADD PRIMARY KEY (id),
      ADD CONSTRAINT ex EXCLUDE USING gist (r WITH &&),
      ADD CONSTRAINT nn NOT NULL a NOT VALID`;
    const found = (await actions(sql)).map((a) => (a.kind === 'add-constraint' ? [a.constraint, a.constraintType, a.notValid, a.usingIndex ?? null] : a.kind));
    expect(found).toEqual([
      ['fk', 'FOREIGN KEY', true, null],
      ['fk2', 'FOREIGN KEY', false, null],
      ['c', 'CHECK', true, null],
      [null, 'CHECK', false, null],
      ['u', 'UNIQUE', false, 'u_idx'],
      [null, 'PRIMARY KEY', false, null],
      ['ex', 'EXCLUDE', false, null],
      ['nn', 'NOT NULL', true, null],
    ]);
  });

  test('create-other', async () => {
    const sql = `CREATE TYPE mood AS ENUM ('a');
      CREATE TYPE s.pair AS (a int, b int);
      CREATE VIEW v AS SELECT 1;
      CREATE MATERIALIZED VIEW m AS SELECT 1;
      CREATE FUNCTION s.f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
      CREATE PROCEDURE p() AS $$ $$ LANGUAGE sql;
      CREATE SEQUENCE s.seq;
      CREATE EXTENSION IF NOT EXISTS pgcrypto;
      CREATE SCHEMA app;
      CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
      CREATE DOMAIN d AS int;
      CREATE POLICY pol ON t USING (true);
      ALTER TYPE mood ADD VALUE 'b'`;
    expect((await actions(sql)).map((a) => (a.kind === 'create-other' ? `${a.objectType} ${a.name}` : a.kind))).toEqual([
      'TYPE mood',
      'TYPE s.pair',
      'VIEW v',
      'MATERIALIZED VIEW m',
      'FUNCTION s.f',
      'PROCEDURE p',
      'SEQUENCE s.seq',
      'EXTENSION pgcrypto',
      'SCHEMA app',
      'TRIGGER tr ON t',
      'DOMAIN d',
      'POLICY pol ON t',
      'ENUM VALUE mood.b',
    ]);
  });

  test('CREATE OR REPLACE changes what exists: other', async () => {
    expect(await actions('CREATE OR REPLACE VIEW v AS SELECT 1; CREATE OR REPLACE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql')).toEqual([
      { kind: 'other', phase: null, description: 'CREATE OR REPLACE VIEW v' },
      { kind: 'other', phase: null, description: 'CREATE OR REPLACE FUNCTION f' },
    ]);
  });
});

describe('migrate', () => {
  test('data', async () => {
    const sql = `INSERT INTO s.t (a) VALUES (1);
      UPDATE t SET a = 1;
      DELETE FROM t;
      COPY t FROM stdin;
      MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE;
      TRUNCATE a, s.b`;
    expect((await actions(sql)).map((a) => (a.kind === 'data' ? `${a.verb} ${a.table}` : a.kind))).toEqual([
      'insert s.t',
      'update t',
      'delete t',
      'copy t',
      'merge t',
      'truncate a',
      'truncate s.b',
    ]);
    expect((await actions(sql)).every((a) => a.phase === 'migrate')).toBe(true);
  });

  test('data-modifying WITH queries count', async () => {
    expect(await actions('WITH gone AS (DELETE FROM old RETURNING *) INSERT INTO archive SELECT * FROM gone')).toEqual([
      { kind: 'data', phase: 'migrate', table: 'old', verb: 'delete' },
      { kind: 'data', phase: 'migrate', table: 'archive', verb: 'insert' },
    ]);
  });

  test('COPY TO only reads', async () => {
    expect(await action('COPY t TO stdout')).toEqual({ kind: 'other', phase: null, description: 'COPY t TO' });
  });
});

describe('contract', () => {
  test('drop-table, one per table', async () => {
    expect(await actions('DROP TABLE IF EXISTS s.a, b CASCADE')).toEqual([
      { kind: 'drop-table', phase: 'contract', table: 's.a' },
      { kind: 'drop-table', phase: 'contract', table: 'b' },
    ]);
  });

  test('drop-column and drop-constraint', async () => {
    expect(await actions('ALTER TABLE s.t DROP COLUMN IF EXISTS a CASCADE, DROP CONSTRAINT c')).toEqual([
      { kind: 'drop-column', phase: 'contract', table: 's.t', column: 'a' },
      { kind: 'drop-constraint', phase: 'contract', table: 's.t', constraint: 'c' },
    ]);
  });

  test('drop-index, CONCURRENTLY or not', async () => {
    expect(await actions('DROP INDEX CONCURRENTLY IF EXISTS s.i; DROP INDEX a, b')).toEqual([
      { kind: 'drop-index', phase: 'contract', index: 's.i', concurrently: true },
      { kind: 'drop-index', phase: 'contract', index: 'a', concurrently: false },
      { kind: 'drop-index', phase: 'contract', index: 'b', concurrently: false },
    ]);
  });

  test('drop-other', async () => {
    const sql = `DROP TYPE IF EXISTS s.mood, x;
      DROP VIEW v; DROP MATERIALIZED VIEW m;
      DROP FUNCTION s.f(int); DROP SEQUENCE seq; DROP SCHEMA app CASCADE; DROP EXTENSION e;
      DROP TRIGGER tr ON s.t; DROP POLICY p ON t; DROP DOMAIN d; DROP ROLE r`;
    expect((await actions(sql)).map((a) => (a.kind === 'drop-other' ? `${a.objectType} ${a.name}` : a.kind))).toEqual([
      'TYPE s.mood',
      'TYPE x',
      'VIEW v',
      'MATERIALIZED VIEW m',
      'FUNCTION s.f',
      'SEQUENCE seq',
      'SCHEMA app',
      'EXTENSION e',
      'TRIGGER tr ON s.t',
      'POLICY p ON t',
      'DOMAIN d',
      'ROLE r',
    ]);
  });

  test('rename-table, rename-column and rename-other', async () => {
    const sql = `ALTER TABLE s.t RENAME TO u;
      ALTER TABLE t RENAME COLUMN a TO b;
      ALTER TABLE t RENAME c TO d;
      ALTER INDEX s.i RENAME TO j;
      ALTER TABLE t RENAME CONSTRAINT k TO l;
      ALTER VIEW v RENAME TO w;
      ALTER TYPE mood RENAME VALUE 'a' TO 'z';
      ALTER TABLE t SET SCHEMA archive`;
    expect(await actions(sql)).toEqual([
      { kind: 'rename-table', phase: 'contract', table: 's.t', newName: 'u' },
      { kind: 'rename-column', phase: 'contract', table: 't', column: 'a', newName: 'b' },
      { kind: 'rename-column', phase: 'contract', table: 't', column: 'c', newName: 'd' },
      { kind: 'rename-other', phase: 'contract', objectType: 'INDEX', name: 's.i', newName: 'j' },
      { kind: 'rename-other', phase: 'contract', objectType: 'CONSTRAINT', name: 'k ON t', newName: 'l' },
      { kind: 'rename-other', phase: 'contract', objectType: 'VIEW', name: 'v', newName: 'w' },
      { kind: 'rename-other', phase: 'contract', objectType: 'ENUM VALUE', name: 'mood.a', newName: 'z' },
      { kind: 'rename-table', phase: 'contract', table: 't', newName: 'archive.t' },
    ]);
  });

  test('alter-column-type, as the user would write the type', async () => {
    const sql = `ALTER TABLE t
      ALTER COLUMN a TYPE bigint USING a::bigint,
      ALTER COLUMN b SET DATA TYPE varchar(20),
      ALTER COLUMN c TYPE numeric(10, 2),
      ALTER COLUMN d TYPE int[],
      ALTER COLUMN e TYPE timestamp with time zone,
      ALTER COLUMN f TYPE "MyType"`;
    expect((await actions(sql)).map((a) => (a.kind === 'alter-column-type' ? `${a.table}.${a.column} ${a.type}` : a.kind))).toEqual([
      't.a bigint',
      't.b varchar(20)',
      't.c numeric(10,2)',
      't.d integer[]',
      't.e timestamptz',
      't.f MyType',
    ]);
  });

  test('set-not-null', async () => {
    expect(await action('ALTER TABLE ONLY s.t ALTER COLUMN a SET NOT NULL')).toEqual({ kind: 'set-not-null', phase: 'contract', table: 's.t', column: 'a' });
  });
});

describe('other', () => {
  test.each([
    ['SET lock_timeout = 1000', 'SET lock_timeout'],
    ['SET LOCAL statement_timeout = 0', 'SET LOCAL statement_timeout'],
    ['RESET ALL', 'RESET ALL'],
    ['BEGIN', 'BEGIN'],
    ['COMMIT', 'COMMIT'],
    ['GRANT SELECT ON t TO r', 'GRANT'],
    ['REVOKE SELECT ON t FROM r', 'REVOKE'],
    ["COMMENT ON TABLE t IS 'x'", 'COMMENT ON TABLE'],
    ['SELECT 1', 'SELECT'],
    ['DO $$ BEGIN END $$', 'DO'],
    ['ALTER TABLE t ALTER COLUMN a SET DEFAULT 0', 'ALTER TABLE t ALTER COLUMN a SET DEFAULT'],
    ['ALTER TABLE t ALTER COLUMN a DROP NOT NULL', 'ALTER TABLE t ALTER COLUMN a DROP NOT NULL'],
    ['ALTER TABLE t VALIDATE CONSTRAINT c', 'ALTER TABLE t VALIDATE CONSTRAINT c'],
    ['ALTER INDEX i SET TABLESPACE fast', 'ALTER INDEX i SET TABLESPACE fast'],
    ['REFRESH MATERIALIZED VIEW CONCURRENTLY m', 'REFRESH MATERIALIZED VIEW m'],
    ['LOCK TABLE t IN ACCESS EXCLUSIVE MODE', 'LOCK TABLE t'],
    ['VACUUM t', 'VACUUM'],
    ['REINDEX INDEX CONCURRENTLY i', 'REINDEX'],
  ])('%s', async (sql, description) => {
    expect(await action(sql)).toEqual({ kind: 'other', phase: null, description });
  });
});

describe('actionsOf', () => {
  test('odd or missing nodes never throw', () => {
    expect(actionsOf('AlterTableStmt', {})).toEqual([]);
    expect(actionsOf('DropStmt', { objects: [null, 3] })).toEqual([]);
    expect(actionsOf('CreateStmt', {})).toEqual([{ kind: 'create-table', phase: 'expand', table: '' }]);
    expect(actionsOf('UnknownStmt', null as never)).toEqual([{ kind: 'other', phase: null, description: 'UNKNOWN' }]);
  });

  test('a huge ARRAY default is walked without recursion', () => {
    const elements = Array.from({ length: 150_000 }, (_, ival) => ({ A_Const: { ival: { ival } } }));
    const def = { colname: 'a', constraints: [{ Constraint: { contype: 'CONSTR_DEFAULT', raw_expr: { A_ArrayExpr: { elements } } } }] };
    const node = { relation: { relname: 't' }, cmds: [{ AlterTableCmd: { subtype: 'AT_AddColumn', def: { ColumnDef: def } } }], objtype: 'OBJECT_TABLE' };
    expect(actionsOf('AlterTableStmt', node)).toEqual([
      { kind: 'add-column', phase: 'expand', table: 't', column: 'a', notNull: false, hasDefault: true, volatileDefault: false },
    ]);
  });
});
