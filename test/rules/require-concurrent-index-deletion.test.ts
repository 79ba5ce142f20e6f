import rule from '../../rules/require-concurrent-index-deletion.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);' };

testRule(rule, {
  valid: [
    'DROP INDEX CONCURRENTLY users_email_idx;',
    'DROP INDEX CONCURRENTLY IF EXISTS public.users_email_idx;',
    { name: 'index created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE accounts (email text);\nCREATE INDEX accounts_email_idx ON accounts (email);\nDROP INDEX accounts_email_idx;' } },
    {
      name: 'index created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE accounts (email text);\nCREATE INDEX accounts_email_idx ON accounts (email);', '20260302000000_b.sql': 'DROP INDEX accounts_email_idx;' },
      config: { maxMigrationsPerPr: 5 },
    },
    { name: 'a rollback is not judged', base: BASE, files: { '20260301000000_x.up.sql': 'SELECT 1;', '20260301000000_x.down.sql': 'DROP INDEX users_email_idx;' } },
  ],
  invalid: [
    { name: 'index created on the base', base: BASE, files: { '20260301000000_x.sql': 'DROP INDEX users_email_idx;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'an index no migration mentions', files: { '20260301000000_x.sql': 'DROP INDEX IF EXISTS orders_ref_idx CASCADE;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'one finding per index dropped', base: BASE, files: { '20260301000000_x.sql': 'DROP INDEX users_email_idx, users_name_idx;' }, findings: ['20260301000000_x.sql 1:1 blocking', '20260301000000_x.sql 1:1 blocking'] },
  ],
});
