import rule from '../../rules/ban-drop-schema.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'DROP SCHEMA legacy;',
    'DROP SCHEMA IF EXISTS legacy RESTRICT;',
    { name: 'a schema created in the same change', files: { '20260301000000_x.sql': 'CREATE SCHEMA staging;\nCREATE TABLE staging.t (id int);\nDROP SCHEMA staging CASCADE;' } },
    {
      name: 'a schema created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE SCHEMA staging;', '20260302000000_b.sql': 'DROP SCHEMA staging CASCADE;' },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'a schema created on the base', base: { '20260101000000_s.sql': 'CREATE SCHEMA legacy;' }, files: { '20260301000000_x.sql': 'DROP SCHEMA legacy CASCADE;' }, findings: ['20260301000000_x.sql 1:1 cascade'] },
    { name: 'schemas no migration mentions', files: { '20260301000000_x.sql': 'DROP SCHEMA IF EXISTS a, b CASCADE;' }, findings: ['20260301000000_x.sql 1:1 cascade', '20260301000000_x.sql 1:1 cascade'] },
  ],
});
