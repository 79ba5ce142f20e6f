import rule from '../../rules/ban-expand-and-contract.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'ALTER TABLE users ADD COLUMN email_v2 text;',
    'ALTER TABLE users DROP COLUMN email;',
    { name: 'backfill and drop', files: { '20260301000000_x.sql': "UPDATE users SET email_v2 = email;\nDROP INDEX users_email_idx;" } },
    {
      name: 'swapping an index: running code never names an index',
      files: { '20260301000000_x.sql': 'CREATE INDEX CONCURRENTLY users_email_lower_idx ON users (lower(email));\nDROP INDEX CONCURRENTLY users_email_idx;' },
    },
    { name: 'a scratch table created and dropped in the same change', files: { '20260301000000_x.sql': 'CREATE TABLE tmp_ids (id int);\nDROP TABLE tmp_ids;' } },
  ],
  invalid: [
    {
      name: 'add email_v2 and drop email in one migration',
      files: { '20260301000000_swap_email.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\nALTER TABLE users DROP COLUMN email;\n' },
      findings: ['20260301000000_swap_email.sql 2:1 mixed'],
    },
    {
      name: 'add and drop in one ALTER TABLE',
      files: { '20260301000000_swap.sql': 'ALTER TABLE users ADD COLUMN email_v2 text, DROP COLUMN email;' },
      findings: ['20260301000000_swap.sql 1:1 mixed'],
    },
    {
      name: 'expand and contract split across two migrations of one PR',
      files: {
        '20260301000000_add.sql': 'CREATE TABLE accounts (id int);',
        '20260302000000_drop.sql': 'DROP TABLE legacy_accounts;',
      },
      findings: ['20260302000000_drop.sql 1:1 mixed'],
    },
  ],
});
