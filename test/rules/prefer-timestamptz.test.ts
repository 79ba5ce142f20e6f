import rule from '../../rules/prefer-timestamptz.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'CREATE TABLE events (at timestamptz, day date, at2 timestamp with time zone);',
    'ALTER TABLE events ALTER COLUMN at TYPE timestamptz;',
  ],
  invalid: [
    { name: 'CREATE TABLE', files: { '20260301000000_x.sql': 'CREATE TABLE events (at timestamp, at2 timestamp(3) without time zone);' }, findings: ['20260301000000_x.sql 1:1 timestamp', '20260301000000_x.sql 1:1 timestamp'] },
    { name: 'ADD COLUMN', files: { '20260301000000_x.sql': 'ALTER TABLE events ADD COLUMN seen_at timestamp DEFAULT now();' }, findings: ['20260301000000_x.sql 1:1 timestamp'] },
  ],
});
