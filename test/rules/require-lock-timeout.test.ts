import rule from '../../rules/require-lock-timeout.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);' };
const DROP = 'ALTER TABLE users DROP COLUMN email;';

testRule(rule, {
  valid: [
    `SET lock_timeout = '5s';\n${DROP}`,
    `BEGIN;\nSET LOCAL lock_timeout = '2s';\n${DROP}\nCOMMIT;`,
    `SELECT set_config('lock_timeout', '3s', false);\n${DROP}`,
    'CREATE INDEX CONCURRENTLY users_name_idx ON users (name);',
    'ALTER TABLE users VALIDATE CONSTRAINT users_email_check;',
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE t (id int, x int);\nALTER TABLE t DROP COLUMN x;' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE t (id int, x int);', '20260302000000_b.sql': 'ALTER TABLE t DROP COLUMN x;' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': DROP }, findings: ['20260301000000_x.sql 1:1 missing'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': 'ALTER TABLE invoices ADD COLUMN note text;' }, findings: ['20260301000000_x.sql 1:1 missing'] },
    { name: 'one finding per file, at the first such statement', base: BASE, files: { '20260301000000_x.sql': `SELECT 1;\nDROP INDEX users_email_idx;\n${DROP}` }, findings: ['20260301000000_x.sql 2:1 missing'] },
    { name: 'the timeout set after the statement', base: BASE, files: { '20260301000000_x.sql': `${DROP}\nSET lock_timeout = '5s';` }, findings: ['20260301000000_x.sql 1:1 missing'] },
    { name: 'a zero timeout waits forever', base: BASE, files: { '20260301000000_x.sql': `SET lock_timeout = 0;\n${DROP}` }, findings: ['20260301000000_x.sql 2:1 missing'] },
    { name: 'RESET undoes it', base: BASE, files: { '20260301000000_x.sql': `SET lock_timeout TO '1s';\nRESET lock_timeout;\n${DROP}` }, findings: ['20260301000000_x.sql 3:1 missing'] },
    { name: 'SET LOCAL ends with its transaction', base: BASE, files: { '20260301000000_x.sql': `BEGIN;\nSET LOCAL lock_timeout = '1s';\nCOMMIT;\n${DROP}` }, findings: ['20260301000000_x.sql 4:1 missing'] },
    { name: 'TRUNCATE', base: BASE, files: { '20260301000000_x.sql': 'TRUNCATE users;' }, findings: ['20260301000000_x.sql 1:1 missing'] },
  ],
});
