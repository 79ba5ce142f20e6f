import rule from '../../rules/ban-default-before-pg11.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, first text, last text);' };
const ADD = "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';";

testRule(rule, {
  valid: [
    { name: 'PostgreSQL 11 and later store the default once', base: BASE, files: { '20260301000000_x.sql': ADD }, config: { postgresVersion: 11 } },
    { name: 'the default version (15)', base: BASE, files: { '20260301000000_x.sql': ADD } },
    { name: 'no default', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN status text;' }, config: { postgresVersion: 10 } },
    { name: 'DEFAULT NULL fills nothing', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN status text DEFAULT NULL;' }, config: { postgresVersion: 10 } },
    { name: 'a volatile default is ban-volatile-default', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid();' }, config: { postgresVersion: 10 } },
    { name: 'table created in the same file', files: { '20260301000000_x.sql': `CREATE TABLE users (id bigint);\n${ADD}` }, config: { postgresVersion: 10 } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE users (id bigint);', '20260302000000_b.sql': ADD },
      config: { postgresVersion: 10, maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base, PostgreSQL 10', base: BASE, files: { '20260301000000_x.sql': ADD }, config: { postgresVersion: 10 }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': 'ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT now();' }, config: { postgresVersion: 9 }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
  ],
});
