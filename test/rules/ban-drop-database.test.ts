import rule from '../../rules/ban-drop-database.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'DROP TABLE users;',
    { name: 'a database created in the same change', files: { '20260301000000_x.sql': 'CREATE DATABASE scratch;\nDROP DATABASE scratch;' } },
  ],
  invalid: [
    { name: 'a database no migration mentions', files: { '20260301000000_x.sql': 'DROP DATABASE IF EXISTS analytics;' }, findings: ['20260301000000_x.sql 1:1 drop'] },
    { name: 'a database created on the base', base: { '20260101000000_db.sql': 'CREATE DATABASE analytics;' }, files: { '20260301000000_x.sql': 'DROP DATABASE analytics WITH (FORCE);' }, findings: ['20260301000000_x.sql 1:1 drop'] },
  ],
});
