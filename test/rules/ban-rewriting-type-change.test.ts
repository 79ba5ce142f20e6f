import rule from '../../rules/ban-rewriting-type-change.js';
import { testRule } from '../helpers/rule-tester.js';

const base = { '20260101000000_users.sql': 'CREATE TABLE users (id integer PRIMARY KEY, email varchar(50), total numeric(10,2), note text);' };
const change = (sql: string) => ({ '20260301000000_x.sql': sql });

testRule(rule, {
  valid: [
    { name: 'varchar(50) to varchar(100)', base, files: change('ALTER TABLE users ALTER COLUMN email TYPE varchar(100);') },
    { name: 'varchar(50) to text', base, files: change('ALTER TABLE users ALTER COLUMN email TYPE text;') },
    { name: 'numeric(10,2) to numeric(14,2)', base, files: change('ALTER TABLE public.users ALTER COLUMN total TYPE numeric(14, 2);') },
    {
      name: 'a widening after an earlier widening in the same change',
      base,
      commits: [change('ALTER TABLE users ALTER COLUMN email TYPE varchar(80);'), { '20260302000000_y.sql': 'ALTER TABLE users ALTER COLUMN email TYPE varchar(90);' }],
    },
    {
      name: 'a table created in an earlier migration of the change',
      commits: [change('CREATE TABLE accounts (id integer);'), { '20260302000000_y.sql': 'ALTER TABLE accounts ALTER COLUMN id TYPE bigint;' }],
    },
  ],
  invalid: [
    { name: 'integer to bigint on a table created on the base', base, files: change('ALTER TABLE users ALTER COLUMN id TYPE bigint;'), findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'a narrower varchar', base, files: change('ALTER TABLE users ALTER COLUMN email TYPE varchar(20);'), findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'a USING expression', base, files: change('ALTER TABLE users ALTER COLUMN email TYPE text USING lower(email);'), findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'an unknown table: assumed to rewrite', files: change('ALTER TABLE orders ALTER COLUMN note TYPE text;'), findings: ['20260301000000_x.sql 1:1 rewrite'] },
    {
      name: 'a scale change of numeric',
      base,
      files: change('\nALTER TABLE users ALTER COLUMN total TYPE numeric(12,3);'),
      findings: ['20260301000000_x.sql 2:1 rewrite'],
    },
  ],
});
