import rule from '../../rules/rollback-roundtrip.js';
import { testRule } from '../helpers/rule-tester.js';

const verify = { verifyRollback: true };
const base = { '001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n', '001_users.down.sql': 'DROP TABLE users;\n' };

testRule(rule, {
  valid: [
    {
      name: 'a down that undoes its up',
      base,
      files: { '002_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n', '002_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n' },
      config: verify,
    },
    {
      name: 'nothing is run without verifyRollback',
      base,
      files: { '002_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n', '002_v2.down.sql': 'SELECT 1;\n' },
    },
  ],
  invalid: [
    {
      name: 'a down that leaves a column',
      base,
      files: { '002_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n', '002_v2.down.sql': 'SELECT 1;\n' },
      config: verify,
      findings: ['002_v2.down.sql 1:1 leaves'],
    },
    {
      name: 'a down that does not restore a dropped default',
      base,
      files: { '002_d.up.sql': "ALTER TABLE users ALTER COLUMN email SET DEFAULT '';\n", '002_d.down.sql': 'SELECT 1;\n' },
      config: verify,
      findings: ['002_d.down.sql 1:1 changed'],
    },
    {
      name: 'a base history that cannot be replayed: one warning that it was skipped',
      base: { ...base, '002_ext.up.sql': 'CREATE EXTENSION no_such_extension;\n' },
      files: { '003_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n', '003_v2.down.sql': 'SELECT 1;\n' },
      config: verify,
      findings: ['002_ext.up.sql 1:1 skipped'],
    },
  ],
});
