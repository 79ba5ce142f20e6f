import rule from '../../rules/ban-measured-blocking-lock.js';
import { testRule } from '../helpers/rule-tester.js';

const verify = { verifyRollback: true };
const base = { '001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n', '001_users.down.sql': 'DROP TABLE users;\n' };

testRule(rule, {
  valid: [
    {
      name: 'locks on a table the change creates',
      base,
      files: { '002_o.up.sql': 'CREATE TABLE orders (id bigint);\nCREATE INDEX orders_id_idx ON orders (id);\n', '002_o.down.sql': 'DROP TABLE orders;\n' },
      config: verify,
    },
    {
      name: 'an index built concurrently, outside a transaction',
      base,
      files: { '002_i.up.sql': 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n', '002_i.down.sql': 'DROP INDEX CONCURRENTLY users_email_idx;\n' },
      config: verify,
    },
    {
      name: 'nothing is measured without verifyRollback',
      base,
      files: { '002_i.up.sql': 'CREATE INDEX users_email_idx ON users (email);\n', '002_i.down.sql': 'DROP INDEX users_email_idx;\n' },
    },
  ],
  invalid: [
    {
      name: 'an index build on a table of the base',
      base,
      files: { '002_i.up.sql': 'CREATE INDEX users_email_idx ON users (email);\n', '002_i.down.sql': 'DROP INDEX users_email_idx;\n' },
      config: verify,
      findings: ['002_i.up.sql 1:1 lock'],
    },
    {
      name: 'a rewrite',
      base,
      files: { '002_t.up.sql': 'ALTER TABLE users ALTER COLUMN id TYPE numeric;\n', '002_t.down.sql': 'ALTER TABLE users ALTER COLUMN id TYPE bigint;\n' },
      config: verify,
      findings: ['002_t.up.sql 1:1 lock'],
    },
  ],
});
