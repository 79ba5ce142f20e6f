import rule from '../../rules/migration-fails.js';
import { testRule } from '../helpers/rule-tester.js';

const verify = { verifyRollback: true };
const base = { '001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n', '001_users.down.sql': 'DROP TABLE users;\n' };

testRule(rule, {
  valid: [
    {
      name: 'an up and a down that run',
      base,
      files: { '002_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n', '002_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;\n' },
      config: verify,
    },
    {
      name: 'nothing is run without verifyRollback',
      base,
      files: { '002_v2.up.sql': 'UPDATE users SET email = emali;\n', '002_v2.down.sql': 'SELECT 1;\n' },
    },
  ],
  invalid: [
    {
      name: 'an up that names a column the base does not have',
      base,
      files: { '002_v2.up.sql': '-- backfill\nUPDATE users SET email = emali;\n', '002_v2.down.sql': 'SELECT 1;\n' },
      config: verify,
      findings: ['002_v2.up.sql 2:1 up'],
    },
    {
      name: 'a down that drops what the up did not create',
      base,
      files: { '002_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\n', '002_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v3;\n' },
      config: verify,
      findings: ['002_v2.down.sql 1:1 down'],
    },
  ],
});
