/** The lock each statement takes, as PostgreSQL's docs and tablecmds.c give them, on the real parser's output. */
import { describe, expect, test } from 'vitest';
import { blockedBy, isAtLeast, statementLocks, strongestMode } from '../../src/sql/locks.js';
import { columnDefinitions } from '../../src/sql/facts.js';
import { parseSql } from '../../src/sql/parse.js';

/** `relation mode [rewrites] [scans]` for each lock of the one statement in `sql`. */
async function locks(sql: string, version = 15): Promise<string[]> {
  const parsed = await parseSql(sql);
  expect(parsed.error).toBeNull();
  expect(parsed.statements).toHaveLength(1);
  return statementLocks(parsed.statements[0]!, version).map(
    (l) => `${l.on === 'index' ? 'index ' : ''}${l.relation} ${l.mode}${l.rewrites ? ' rewrites' : ''}${l.scans ? ' scans' : ''}`,
  );
}

describe('statementLocks', () => {
  test.each([
    ['CREATE INDEX i ON users (email)', ['users SHARE scans']],
    ['CREATE INDEX CONCURRENTLY i ON users (email)', ['users SHARE UPDATE EXCLUSIVE scans']],
    ['DROP INDEX a.i, j', ['index a.i ACCESS EXCLUSIVE', 'index j ACCESS EXCLUSIVE']],
    ['DROP INDEX CONCURRENTLY i', ['index i SHARE UPDATE EXCLUSIVE']],
    ['REINDEX INDEX i', ['index i ACCESS EXCLUSIVE scans']],
    ['REINDEX (CONCURRENTLY) TABLE t', ['t SHARE UPDATE EXCLUSIVE scans']],
    ['REINDEX SCHEMA s', []],
    ['CREATE TABLE t (id int)', []],
    ['CREATE TABLE t (u bigint REFERENCES users)', ['users SHARE ROW EXCLUSIVE']],
    ['ALTER TABLE t ADD COLUMN c int', ['t ACCESS EXCLUSIVE']],
    ["ALTER TABLE t ADD COLUMN c text DEFAULT 'x'", ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()', ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t ADD COLUMN c bigserial', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS IDENTITY', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) STORED', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) VIRTUAL', ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t ADD COLUMN u bigint REFERENCES users', ['t ACCESS EXCLUSIVE scans', 'users SHARE ROW EXCLUSIVE']],
    ['ALTER TABLE t ADD FOREIGN KEY (u) REFERENCES users', ['t SHARE ROW EXCLUSIVE scans', 'users SHARE ROW EXCLUSIVE scans']],
    ['ALTER TABLE t ADD FOREIGN KEY (u) REFERENCES users NOT VALID', ['t SHARE ROW EXCLUSIVE', 'users SHARE ROW EXCLUSIVE']],
    ['ALTER TABLE t ADD CHECK (a > 0)', ['t ACCESS EXCLUSIVE scans']],
    ['ALTER TABLE t ADD CHECK (a > 0) NOT VALID', ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t ADD PRIMARY KEY (id)', ['t ACCESS EXCLUSIVE scans']],
    ['ALTER TABLE t ADD CONSTRAINT k UNIQUE USING INDEX k', ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t VALIDATE CONSTRAINT c', ['t SHARE UPDATE EXCLUSIVE scans']],
    ['ALTER TABLE t ALTER COLUMN c TYPE bigint', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t ALTER COLUMN c SET NOT NULL', ['t ACCESS EXCLUSIVE scans']],
    ['ALTER TABLE t ALTER COLUMN c SET DEFAULT 0', ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t ALTER COLUMN c SET STATISTICS 500', ['t SHARE UPDATE EXCLUSIVE']],
    ['ALTER TABLE t SET (autovacuum_enabled = false, fillfactor = 70)', ['t SHARE UPDATE EXCLUSIVE']],
    ['ALTER TABLE t SET (user_catalog_table = true)', ['t ACCESS EXCLUSIVE']],
    ['ALTER TABLE t SET TABLESPACE fast', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t SET LOGGED', ['t ACCESS EXCLUSIVE rewrites']],
    ['ALTER TABLE t DISABLE TRIGGER ALL', ['t SHARE ROW EXCLUSIVE']],
    ['ALTER TABLE t ATTACH PARTITION p FOR VALUES IN (1)', ['t SHARE UPDATE EXCLUSIVE', 'p ACCESS EXCLUSIVE scans']],
    ['ALTER TABLE t DETACH PARTITION p CONCURRENTLY', ['t SHARE UPDATE EXCLUSIVE']],
    ['ALTER INDEX i RENAME TO j', ['index i SHARE UPDATE EXCLUSIVE']],
    ['ALTER TABLE t RENAME COLUMN a TO b', ['t ACCESS EXCLUSIVE']],
    ['VACUUM FULL t', ['t ACCESS EXCLUSIVE rewrites']],
    ['VACUUM (ANALYZE) t', ['t SHARE UPDATE EXCLUSIVE']],
    ['CLUSTER t USING i', ['t ACCESS EXCLUSIVE rewrites']],
    ['LOCK TABLE a, b IN SHARE MODE', ['a SHARE', 'b SHARE']],
    ['LOCK a', ['a ACCESS EXCLUSIVE']],
    ['TRUNCATE a CASCADE', ['a ACCESS EXCLUSIVE']],
    ['REFRESH MATERIALIZED VIEW mv', ['mv ACCESS EXCLUSIVE rewrites']],
    ['REFRESH MATERIALIZED VIEW CONCURRENTLY mv', ['mv EXCLUSIVE scans']],
    ['CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()', ['t SHARE ROW EXCLUSIVE']],
    ['DROP TRIGGER tr ON s.t', ['s.t ACCESS EXCLUSIVE']],
    ["UPDATE t SET a = 1 WHERE id = 2", ['t ROW EXCLUSIVE']],
    ["SET lock_timeout = '5s'", []],
  ])('%s', async (sql, expected) => {
    expect(await locks(sql)).toEqual(expected);
  });

  test('version-dependent answers', async () => {
    expect(await locks("ALTER TABLE t ADD COLUMN c text DEFAULT 'x'", 10)).toEqual(['t ACCESS EXCLUSIVE rewrites']);
    expect(await locks('ALTER TABLE t ATTACH PARTITION p FOR VALUES IN (1)', 11)).toEqual(['t ACCESS EXCLUSIVE', 'p ACCESS EXCLUSIVE scans']);
    expect(await locks('ALTER INDEX i RENAME TO j', 11)).toEqual(['index i ACCESS EXCLUSIVE']);
    expect(await locks('ALTER TABLE t DETACH PARTITION p CONCURRENTLY', 13)).toEqual(['t ACCESS EXCLUSIVE']);
  });

  test('odd nodes never throw', () => {
    expect(statementLocks({ type: 'AlterTableStmt', node: { cmds: [null, {}, { AlterTableCmd: {} }] } }, 15)).toHaveLength(2);
    expect(statementLocks({ type: 'IndexStmt', node: null as never }, 15)).toEqual([]);
  });
});

describe('lock modes', () => {
  test('order and what each blocks', () => {
    expect(strongestMode([{ mode: 'SHARE' }, { mode: 'ACCESS EXCLUSIVE' }, { mode: 'ROW EXCLUSIVE' }])).toBe('ACCESS EXCLUSIVE');
    expect(strongestMode([])).toBeNull();
    expect(isAtLeast('SHARE ROW EXCLUSIVE', 'SHARE')).toBe(true);
    expect(isAtLeast('SHARE UPDATE EXCLUSIVE', 'SHARE')).toBe(false);
    expect(blockedBy('SHARE', 'users')).toBe('every INSERT/UPDATE/DELETE on users');
    expect(blockedBy('ACCESS EXCLUSIVE', 'users')).toBe('every query on users, reads included,');
  });
});

describe('columnDefinitions', () => {
  test('types, primary keys and how old rows are filled', async () => {
    const parsed = await parseSql(
      "CREATE TABLE t (id serial, code varchar(20), at timestamp, b int DEFAULT 1, u uuid DEFAULT gen_random_uuid(), PRIMARY KEY (id));",
    );
    const [statement] = parsed.statements;
    expect(columnDefinitions(statement!.type, statement!.node).map(({ definition: d }) => `${d.column} ${d.type} ${d.typeName} ${d.hasTypmods} ${d.primaryKey} ${d.fill}`)).toEqual([
      'id serial serial false true serial',
      'code varchar(20) varchar true false null',
      'at timestamp timestamp false false null',
      'b integer int4 false false default',
      'u uuid uuid false false volatile-default',
    ]);
  });
});
