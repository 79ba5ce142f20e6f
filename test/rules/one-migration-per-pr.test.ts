import rule from '../../rules/one-migration-per-pr.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'ALTER TABLE users ADD COLUMN email_v2 text;',
    {
      name: 'an up and its down are one migration',
      files: {
        '20260301000000_add_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;',
        '20260301000000_add_email_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;',
      },
    },
    {
      name: 'one migration in each of two directories (two databases)',
      files: {
        'services/billing/migrations/20260301000000_a.sql': 'CREATE TABLE invoices (id int);',
        'services/users/migrations/20260301000000_b.sql': 'CREATE TABLE profiles (id int);',
      },
    },
    {
      name: 'maxMigrationsPerPr raises the limit',
      config: { maxMigrationsPerPr: 2 },
      files: { '20260301000000_a.sql': 'CREATE TABLE a (id int);', '20260302000000_b.sql': 'CREATE TABLE b (id int);' },
    },
    {
      name: '"!" globs in the config leave files out of the migrations',
      config: { migrations: ['db/migrations/**', '!**/*_seed.sql'] },
      files: { '20260301000000_a.sql': 'CREATE TABLE a (id int);', '20260302000000_demo_seed.sql': "INSERT INTO a VALUES (1);" },
    },
    {
      name: 'editing an existing migration adds none',
      base: { '20260101000000_a.sql': 'CREATE TABLE a (id int);' },
      files: { '20260101000000_a.sql': 'CREATE TABLE a (id bigint);', '20260301000000_b.sql': 'CREATE TABLE b (id int);' },
    },
  ],
  invalid: [
    {
      name: 'two migrations in one directory: the later one is reported',
      files: { '20260301000000_a.sql': 'CREATE TABLE a (id int);', '20260302000000_b.sql': 'CREATE TABLE b (id int);' },
      findings: ['20260302000000_b.sql 1:1 tooMany'],
    },
    {
      name: 'numeric, not string, order decides which is later',
      files: {
        '9_a.up.sql': 'CREATE TABLE a (id int);',
        '9_a.down.sql': 'DROP TABLE a;',
        '10_b.up.sql': 'CREATE TABLE b (id int);',
        '10_b.down.sql': 'DROP TABLE b;',
      },
      findings: ['10_b.up.sql 1:1 tooMany'],
    },
    {
      name: 'a second migration staged on a branch that committed one',
      files: { '20260301000000_a.sql': 'CREATE TABLE a (id int);' },
      staged: { '20260302000000_b.sql': 'CREATE TABLE b (id int);' },
      findings: ['20260302000000_b.sql 1:1 tooMany'],
    },
  ],
});
