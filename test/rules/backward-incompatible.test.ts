import rule from '../../rules/backward-incompatible.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'a widening that needs no rewrite, on a table created on the base',
      base: { '20260101000000_users.sql': 'CREATE TABLE users (id int, email varchar(50));' },
      files: { '20260301000000_x.sql': 'ALTER TABLE users ALTER COLUMN email TYPE varchar(100);\nALTER TABLE users ALTER COLUMN email TYPE text;' },
    },
    {
      name: 'SET NOT NULL on a column a validated CHECK already guards',
      base: {
        '20260101000000_users.sql': 'CREATE TABLE users (id int, email text);',
        '20260102000000_check.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL);',
      },
      files: { '20260301000000_x.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
    },
    'ALTER TABLE users ADD COLUMN email_v2 text;',
    'ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;',
    'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
    {
      name: 'a table created in this change',
      files: { '20260301000000_x.sql': 'CREATE TABLE accounts (id int);\nALTER TABLE accounts ADD COLUMN owner int NOT NULL;\nALTER TABLE accounts RENAME COLUMN id TO account_id;' },
    },
  ],
  invalid: [
    {
      name: 'a widening of a column whose type is unknown, and a CHECK not yet validated',
      base: {
        '20260101000000_users.sql': 'CREATE TABLE users (id int, email text);',
        '20260102000000_check.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;',
      },
      files: { '20260301000000_x.sql': 'ALTER TABLE users ALTER COLUMN nickname TYPE text;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;' },
      findings: ['20260301000000_x.sql 1:1 type', '20260301000000_x.sql 2:1 notNull'],
    },
    {
      name: 'a table created in this change is still new after a rename, an existing one is not',
      files: {
        '20260301000000_x.sql':
          'CREATE TABLE accounts_new (id bigint PRIMARY KEY);\nALTER TABLE accounts_new RENAME TO accounts;\nALTER TABLE accounts ADD COLUMN owner_id bigint NOT NULL;\nALTER TABLE users ADD COLUMN owner_id bigint NOT NULL;',
      },
      findings: ['20260301000000_x.sql 4:1 addNotNull'],
    },
    { name: 'rename column', files: { '20260301000000_x.sql': 'ALTER TABLE users RENAME COLUMN email TO mail;' }, findings: ['20260301000000_x.sql 1:1 rename'] },
    { name: 'rename table', files: { '20260301000000_x.sql': 'ALTER TABLE users RENAME TO accounts;' }, findings: ['20260301000000_x.sql 1:1 rename'] },
    { name: 'change a column type', files: { '20260301000000_x.sql': 'ALTER TABLE users ALTER COLUMN id TYPE bigint;' }, findings: ['20260301000000_x.sql 1:1 type'] },
    { name: 'set not null', files: { '20260301000000_x.sql': '\n\n  ALTER TABLE users ALTER COLUMN email SET NOT NULL;' }, findings: ['20260301000000_x.sql 3:3 notNull'] },
    {
      name: 'not null column without default on an existing table',
      files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN tenant_id int NOT NULL;' },
      findings: ['20260301000000_x.sql 1:1 addNotNull'],
    },
  ],
});
