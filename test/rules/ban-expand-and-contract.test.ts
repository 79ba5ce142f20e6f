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
    {
      name: 'a view replaced (dropped and created again) next to a new column',
      files: { '20260301000000_x.sql': 'ALTER TABLE charges ADD COLUMN tax_code text;\nDROP VIEW charges_search;\nCREATE VIEW charges_search AS SELECT id, tax_code FROM charges;' },
    },
    {
      name: 'a scratch sequence created and dropped, an index renamed',
      files: { '20260301000000_x.sql': 'CREATE SEQUENCE tmp_seq;\nCREATE TABLE invoices (id int);\nDROP SEQUENCE tmp_seq;\nALTER INDEX users_email_idx RENAME TO users_email_key;' },
    },
    {
      name: 'a temporary table for a backfill, dropped first if a previous run left it',
      files: {
        '20260301000000_x.sql':
          'DROP TABLE IF EXISTS _dedup;\nCREATE TEMP TABLE _dedup AS SELECT id FROM tax_codes;\nALTER TABLE invoices ADD COLUMN tax_code_id bigint;\nUPDATE invoices SET tax_code_id = 1 FROM _dedup;\nDROP TABLE _dedup;',
      },
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
      name: 'a table dropped and created again is not new: its rows are gone',
      files: { '20260301000000_x.sql': 'DROP TABLE audit;\nCREATE TABLE audit (id bigint);' },
      findings: ['20260301000000_x.sql 1:1 mixed'],
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
