import rule from '../../rules/ban-add-exclude-constraint.js';
import { testRule } from '../helpers/rule-tester.js';

const ADD = 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);';

testRule(rule, {
  valid: [
    'CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));',
    { name: 'table created in the same file', files: { '20260301000000_x.sql': `CREATE TABLE bookings (room int, during tstzrange);\n${ADD}` } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE bookings (room int, during tstzrange);', '20260302000000_b.sql': ADD },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: { '20260101000000_b.sql': 'CREATE TABLE bookings (room int, during tstzrange);' }, files: { '20260301000000_x.sql': ADD }, findings: ['20260301000000_x.sql 1:1 building'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': ADD }, findings: ['20260301000000_x.sql 1:1 building'] },
  ],
});
