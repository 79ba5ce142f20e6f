import rule from '../../rules/require-check-before-set-not-null.js';
import { testRule } from '../helpers/rule-tester.js';

const base = { '20260101000000_users.sql': 'CREATE TABLE users (id integer PRIMARY KEY, email text, name text NOT NULL);' };
const guarded = {
  ...base,
  '20260102000000_check.sql': 'ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;',
  '20260103000000_validate.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;',
};
const SET = 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;';

testRule(rule, {
  valid: [
    { name: 'a validated CHECK on the base (PostgreSQL 12+)', base: guarded, files: { '20260301000000_x.sql': SET } },
    {
      name: 'validated in an earlier migration of the change',
      base: { ...base, '20260102000000_check.sql': guarded['20260102000000_check.sql'] },
      commits: [{ '20260301000000_v.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;' }, { '20260302000000_x.sql': SET }],
    },
    { name: 'already NOT NULL', base, files: { '20260301000000_x.sql': 'ALTER TABLE users ALTER COLUMN name SET NOT NULL;' } },
    { name: 'a table created earlier in the change', files: { '20260301000000_x.sql': 'CREATE TABLE accounts (id int, owner int);\nALTER TABLE accounts ALTER COLUMN owner SET NOT NULL;' } },
  ],
  invalid: [
    { name: 'no CHECK, table created on the base', base, files: { '20260301000000_x.sql': SET }, findings: ['20260301000000_x.sql 1:1 scan'] },
    { name: 'an unknown table', files: { '20260301000000_x.sql': SET }, findings: ['20260301000000_x.sql 1:1 scan'] },
    {
      name: 'a CHECK that is not validated yet',
      base: { ...base, '20260102000000_check.sql': guarded['20260102000000_check.sql'] },
      files: { '20260301000000_x.sql': SET },
      findings: ['20260301000000_x.sql 1:1 scan'],
    },
    { name: 'before PostgreSQL 12 the CHECK does not help', base: guarded, files: { '20260301000000_x.sql': SET }, config: { postgresVersion: 11 }, findings: ['20260301000000_x.sql 1:1 scanBefore12'] },
  ],
});
