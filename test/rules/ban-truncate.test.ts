import rule from '../../rules/ban-truncate.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);' };

testRule(rule, {
  valid: [
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\nTRUNCATE t;' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE t (id int);', '20260302000000_b.sql': 'TRUNCATE TABLE t CASCADE;' },
      config: { maxMigrationsPerPr: 5 },
    },
    'DELETE FROM users WHERE id IN (SELECT id FROM users LIMIT 5000);',
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': 'TRUNCATE orders;' }, findings: ['20260301000000_x.sql 1:1 truncate'] },
    { name: 'CASCADE, tables no migration mentions', files: { '20260301000000_x.sql': 'TRUNCATE TABLE events, logs CASCADE;' }, findings: ['20260301000000_x.sql 1:1 cascade', '20260301000000_x.sql 1:1 cascade'] },
  ],
});
