import rule from '../../rules/ban-volatile-default.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, first text, last text);' };

testRule(rule, {
  valid: [
    'ALTER TABLE users ADD COLUMN token uuid;',
    "ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';",
    { name: 'now() is stable, not volatile', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT now();\nALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP;' } },
    'ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();',
    { name: 'CREATE TABLE with a volatile default', files: { '20260301000000_x.sql': 'CREATE TABLE tokens (id uuid PRIMARY KEY DEFAULT gen_random_uuid());' } },
    { name: 'table created in the same file', files: { '20260301000000_x.sql': 'CREATE TABLE tokens (id bigint);\nALTER TABLE tokens ADD COLUMN value uuid DEFAULT gen_random_uuid();' } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE tokens (id bigint);', '20260302000000_b.sql': 'ALTER TABLE tokens ADD COLUMN value float8 DEFAULT random();' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': 'ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();' }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': 'ALTER TABLE events ADD COLUMN at timestamptz DEFAULT clock_timestamp();' }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
    { name: 'volatile inside an expression', base: BASE, files: { '20260301000000_x.sql': "ALTER TABLE users ADD COLUMN code text DEFAULT md5(random()::text);" }, findings: ['20260301000000_x.sql 1:1 rewrite'] },
  ],
});
