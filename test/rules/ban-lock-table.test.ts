import rule from '../../rules/ban-lock-table.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);' };

testRule(rule, {
  valid: [
    'LOCK TABLE users IN ACCESS SHARE MODE;',
    'LOCK TABLE users IN SHARE UPDATE EXCLUSIVE MODE;',
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE t (id int);\nLOCK TABLE t;' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE t (id int);', '20260302000000_b.sql': 'LOCK t IN EXCLUSIVE MODE;' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base, default ACCESS EXCLUSIVE', base: BASE, files: { '20260301000000_x.sql': 'BEGIN;\nLOCK TABLE users;\nCOMMIT;' }, findings: ['20260301000000_x.sql 2:1 lock'] },
    { name: 'tables no migration mentions, SHARE', files: { '20260301000000_x.sql': 'LOCK TABLE events, logs IN SHARE MODE NOWAIT;' }, findings: ['20260301000000_x.sql 1:1 lock', '20260301000000_x.sql 1:1 lock'] },
  ],
});
