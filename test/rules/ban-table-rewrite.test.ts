import rule from '../../rules/ban-table-rewrite.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);' };

testRule(rule, {
  valid: [
    'VACUUM users;',
    'VACUUM (ANALYZE) users;',
    'ANALYZE users;',
    'ALTER TABLE users CLUSTER ON users_pkey;',
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE t (id int);\nVACUUM FULL t;\nCLUSTER t USING t_pkey;\nALTER TABLE t SET TABLESPACE fast;\nALTER TABLE t SET UNLOGGED;' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE t (id int);', '20260302000000_b.sql': 'ALTER TABLE t SET LOGGED;' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'VACUUM FULL of a table created on the base', base: BASE, files: { '20260301000000_x.sql': 'VACUUM FULL users;' }, findings: ['20260301000000_x.sql 1:1 vacuumFull'] },
    { name: 'VACUUM (FULL) of two tables no migration mentions', files: { '20260301000000_x.sql': 'VACUUM (FULL, ANALYZE) events, logs;' }, findings: ['20260301000000_x.sql 1:1 vacuumFull', '20260301000000_x.sql 1:1 vacuumFull'] },
    { name: 'VACUUM FULL of the whole database', files: { '20260301000000_x.sql': 'VACUUM FULL;' }, findings: ['20260301000000_x.sql 1:1 vacuumFull'] },
    { name: 'CLUSTER', base: BASE, files: { '20260301000000_x.sql': 'CLUSTER users USING users_pkey;\nCLUSTER;' }, findings: ['20260301000000_x.sql 1:1 cluster', '20260301000000_x.sql 2:1 cluster'] },
    {
      name: 'SET TABLESPACE of a table, an index and a whole tablespace',
      base: BASE,
      files: { '20260301000000_x.sql': 'ALTER TABLE users SET TABLESPACE fast;\nALTER INDEX users_pkey SET TABLESPACE fast;\nALTER TABLE ALL IN TABLESPACE slow SET TABLESPACE fast;' },
      findings: ['20260301000000_x.sql 1:1 tablespace', '20260301000000_x.sql 2:1 tablespace', '20260301000000_x.sql 3:1 tablespace'],
    },
    { name: 'SET LOGGED and SET UNLOGGED', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users SET UNLOGGED;\nALTER TABLE orders SET LOGGED;' }, findings: ['20260301000000_x.sql 1:1 persistence', '20260301000000_x.sql 2:1 persistence'] },
  ],
});
