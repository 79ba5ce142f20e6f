import rule from '../../rules/require-unique-using-index.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint, email text);' };

testRule(rule, {
  valid: [
    'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;',
    'ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;',
    { name: 'UNIQUE and PRIMARY KEY in CREATE TABLE', files: { '20260301000000_x.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text UNIQUE);' } },
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE accounts (id bigint, email text);\nALTER TABLE accounts ADD PRIMARY KEY (id);' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE accounts (id bigint, email text);', '20260302000000_b.sql': 'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD PRIMARY KEY (id);' }, findings: ['20260301000000_x.sql 1:1 building'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);' }, findings: ['20260301000000_x.sql 1:1 building'] },
    { name: 'inline UNIQUE on an added column', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN handle text UNIQUE;' }, findings: ['20260301000000_x.sql 1:1 building'] },
  ],
});
