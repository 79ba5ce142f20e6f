import rule from '../../rules/prefer-bigint-ids.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'CREATE TABLE users (id bigint PRIMARY KEY, org_id bigint, age int);',
    'CREATE TABLE users (id bigserial PRIMARY KEY);',
    'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, rank integer);',
    'ALTER TABLE orders ALTER COLUMN user_id TYPE bigint;',
  ],
  invalid: [
    { name: 'an integer primary key', files: { '20260301000000_x.sql': 'CREATE TABLE users (id integer PRIMARY KEY);' }, findings: ['20260301000000_x.sql 1:1 small'] },
    { name: 'serial, and a table-level primary key', files: { '20260301000000_x.sql': 'CREATE TABLE a (id serial);\nCREATE TABLE b (code int2, PRIMARY KEY (code));' }, findings: ['20260301000000_x.sql 1:1 small', '20260301000000_x.sql 2:1 small'] },
    { name: 'a *_id column added', files: { '20260301000000_x.sql': 'ALTER TABLE orders ADD COLUMN user_id int REFERENCES users;' }, findings: ['20260301000000_x.sql 1:1 small'] },
  ],
});
