import rule from '../../rules/ban-unbounded-data-change.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);' };
const DDL = 'ALTER TABLE users ADD COLUMN plan text;';

testRule(rule, {
  valid: [
    "UPDATE users SET plan = 'free';",
    `${DDL}\nUPDATE users SET plan = 'free' WHERE id < 1000;`,
    `${DDL}\nDELETE FROM sessions WHERE expires_at < now();`,
    { name: 'with CREATE TABLE only, no lock on an existing table', files: { '20260301000000_x.sql': "CREATE TABLE plans (name text);\nUPDATE users SET plan = 'free';" } },
    { name: 'a table created in the same file', files: { '20260301000000_x.sql': "CREATE TABLE t (id int, x int);\nINSERT INTO t VALUES (1, 1);\nALTER TABLE users ADD COLUMN y int;\nUPDATE t SET x = 2;" } },
    {
      name: 'a table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE t (id int, x int);', '20260302000000_b.sql': `${DDL}\nDELETE FROM t;` },
      config: { maxMigrationsPerPr: 5 },
    },
    { name: 'DDL in another migration', files: { '20260301000000_a.sql': DDL, '20260302000000_b.sql': "UPDATE users SET plan = 'free';" }, config: { maxMigrationsPerPr: 5 } },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': `${DDL}\nUPDATE users SET plan = 'free';` }, findings: ['20260301000000_x.sql 2:1 unbounded'] },
    { name: 'a table no migration mentions, DDL after it', files: { '20260301000000_x.sql': 'DELETE FROM sessions;\nCREATE INDEX users_plan_idx ON users (plan);' }, findings: ['20260301000000_x.sql 1:1 unbounded'] },
  ],
});
