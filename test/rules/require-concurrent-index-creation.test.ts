import rule from '../../rules/require-concurrent-index-creation.js';
import { testRule } from '../helpers/rule-tester.js';

const USERS = { '20260101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);' };

testRule(rule, {
  valid: [
    'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE accounts (id bigint, email text);\nCREATE INDEX accounts_email_idx ON accounts (email);' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE accounts (id bigint, email text);', '20260302000000_b.sql': 'CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);' },
      config: { maxMigrationsPerPr: 5 },
    },
    { name: 'a rollback is not judged', base: USERS, files: { '20260301000000_x.up.sql': 'SELECT 1;', '20260301000000_x.down.sql': 'CREATE INDEX users_email_idx ON users (email);' } },
    { name: 'a merged migration is not judged', base: { ...USERS, '20260102000000_i.sql': 'SELECT 1;' }, files: { '20260102000000_i.sql': 'CREATE INDEX users_email_idx ON users (email);' } },
  ],
  invalid: [
    { name: 'table created on the base', base: USERS, files: { '20260301000000_x.sql': 'CREATE INDEX users_email_idx ON users (email);' }, findings: ['20260301000000_x.sql 1:1 blocking'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': '\n  CREATE UNIQUE INDEX ON public.orders USING btree (lower(ref)) WHERE ref IS NOT NULL;' }, findings: ['20260301000000_x.sql 2:3 blocking'] },
    {
      name: 'the new table is exempt, the existing one is not',
      base: USERS,
      files: { '20260301000000_x.sql': 'CREATE TABLE accounts (id bigint);\nCREATE INDEX accounts_id_idx ON accounts (id);\nCREATE INDEX users_email_idx ON users (email);' },
      findings: ['20260301000000_x.sql 3:1 blocking'],
    },
  ],
});
