import rule from '../../rules/require-concurrent-reindex.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email_idx ON users (email);' };

testRule(rule, {
  valid: [
    'REINDEX INDEX CONCURRENTLY users_email_idx;',
    'REINDEX (CONCURRENTLY, VERBOSE) TABLE users;',
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE accounts (email text);\nREINDEX TABLE accounts;' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE accounts (email text);', '20260302000000_b.sql': 'REINDEX TABLE accounts;' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': 'REINDEX TABLE users;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'an index no migration mentions', files: { '20260301000000_x.sql': 'REINDEX INDEX orders_ref_idx;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'a whole schema', files: { '20260301000000_x.sql': 'REINDEX SCHEMA public;' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'before PostgreSQL 12 there is no CONCURRENTLY: still a finding', base: BASE, files: { '20260301000000_x.sql': 'REINDEX INDEX users_email_idx;' }, config: { postgresVersion: 11 }, findings: ['20260301000000_x.sql 1:1 blocking'] },
  ],
});
