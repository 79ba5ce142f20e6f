import rule from '../../rules/ban-stored-generated-column.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, first text, last text);' };
const ADD = "ALTER TABLE users ADD COLUMN full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED;";

testRule(rule, {
  valid: [
    "ALTER TABLE users ADD COLUMN full_name text GENERATED ALWAYS AS (first || ' ' || last) VIRTUAL;",
    "CREATE TABLE people (first text, last text, full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED);",
    { name: 'table created in the same file', files: { '20260301000000_x.sql': `CREATE TABLE users (first text, last text);\n${ADD}` } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE users (first text, last text);', '20260302000000_b.sql': ADD },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': ADD }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': ADD }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'PostgreSQL 18 has VIRTUAL, but STORED still rewrites', base: BASE, files: { '20260301000000_x.sql': ADD }, config: { postgresVersion: 18 }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
  ],
});
