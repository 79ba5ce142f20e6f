import rule from '../../rules/timestamp-order.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'newer than everything on the base',
      base: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      files: { '20260215010000_drop_old_email.sql': 'ALTER TABLE users DROP COLUMN email;' },
    },
    {
      name: 'sequence numbers compare as numbers: 10 follows 9',
      base: { '9_a.up.sql': 'CREATE TABLE a (id int);', '9_a.down.sql': 'DROP TABLE a;' },
      files: { '10_b.up.sql': 'CREATE TABLE b (id int);', '10_b.down.sql': 'DROP TABLE b;' },
    },
    {
      name: 'flyway dotted versions',
      base: { 'src/main/resources/db/migration/V1.2.9__a.sql': 'CREATE TABLE a (id int);' },
      files: { 'src/main/resources/db/migration/V1.2.10__b.sql': 'CREATE TABLE b (id int);' },
    },
    {
      name: 'another directory has newer versions',
      base: { 'services/a/migrations/20260301000000_x.sql': 'CREATE TABLE x (id int);' },
      files: { 'services/b/migrations/20260201000000_y.sql': 'CREATE TABLE y (id int);' },
    },
    {
      name: 'a directory of names no convention reads is skipped, not judged file by file',
      files: { 'add_email.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;', 'add_phone.sql': 'ALTER TABLE users ADD COLUMN phone text;' },
    },
  ],
  invalid: [
    {
      name: 'older than a merged migration',
      base: { '20260215010000_drop_old_email.sql': 'ALTER TABLE users DROP COLUMN email;' },
      files: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      findings: ['20260213010000_add_email_v2.sql 1:1 outOfOrder'],
    },
    {
      name: 'string order would pass, numeric order does not',
      base: { '10_a.up.sql': 'CREATE TABLE a (id int);', '10_a.down.sql': 'DROP TABLE a;' },
      files: { '9_b.up.sql': 'CREATE TABLE b (id int);', '9_b.down.sql': 'DROP TABLE b;' },
      findings: ['9_b.up.sql 1:1 outOfOrder'],
    },
    {
      name: 'same version as a file added alongside',
      files: {
        '20260301000000_a.sql': 'CREATE TABLE a (id int);',
        '20260301000000_b.sql': 'CREATE TABLE b (id int);',
      },
      findings: ['20260301000000_a.sql 1:1 duplicate', '20260301000000_b.sql 1:1 duplicate'],
    },
    {
      name: 'a file name the convention cannot read, among names it reads',
      base: { '20260213010000_users.sql': 'CREATE TABLE users (id int);' },
      files: { 'add_email.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      findings: ['add_email.sql 1:1 unreadable'],
    },
    {
      name: 'a typo among Flyway names',
      base: { 'V1__users.sql': 'CREATE TABLE users (id int);', 'V2__orders.sql': 'CREATE TABLE orders (id int);' },
      files: { '20260101_email.sql': 'ALTER TABLE users ADD COLUMN email text;' },
      findings: ['20260101_email.sql 1:1 unreadable'],
    },
  ],
});
