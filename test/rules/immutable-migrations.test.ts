import rule from '../../rules/immutable-migrations.js';
import { testRule } from '../helpers/rule-tester.js';

const merged = { '20260101000000_users.sql': 'CREATE TABLE users (id int);' };

testRule(rule, {
  valid: [
    { name: 'a new migration next to merged ones', base: merged, files: { '20260301000000_x.sql': 'CREATE TABLE x (id int);' } },
    { name: 'app code changes only', base: merged, files: { 'src/app.ts': 'export {};\n' } },
  ],
  invalid: [
    {
      name: 'a merged migration edited',
      base: merged,
      files: { '20260101000000_users.sql': 'CREATE TABLE users (id bigint);' },
      findings: ['20260101000000_users.sql 1:1 modified'],
      severities: ['error'],
    },
    {
      name: 'a merged migration whose comments alone changed: a warning, no database changes',
      base: merged,
      files: { '20260101000000_users.sql': '-- Users of the shop.\nCREATE TABLE users (\n  id int\n);\n' },
      findings: ['20260101000000_users.sql 1:1 commentsOnly'],
      severities: ['warning'],
      messages: [/no database changes/],
    },
    {
      name: 'a comment edit where the tool checksums applied files (Flyway) stays an error',
      base: { 'V1__users.sql': 'CREATE TABLE users (id int);' },
      files: { 'V1__users.sql': '-- Users of the shop.\nCREATE TABLE users (id int);' },
      findings: ['V1__users.sql 1:1 checksummed'],
      severities: ['error'],
    },
    {
      name: 'a string literal changed is a statement change, not a comment',
      base: { '20260101000000_seed.sql': "INSERT INTO users VALUES ('a');" },
      files: { '20260101000000_seed.sql': "INSERT INTO users VALUES ('b');" },
      findings: ['20260101000000_seed.sql 1:1 modified'],
      severities: ['error'],
    },
    {
      name: 'a merged migration deleted',
      base: merged,
      files: { '20260101000000_users.sql': null },
      findings: ['20260101000000_users.sql 1:1 deleted'],
    },
    {
      name: 'a merged migration renamed',
      base: merged,
      files: { '20260101000000_users.sql': null, '20260301000000_users.sql': 'CREATE TABLE users (id int);' },
      findings: ['20260301000000_users.sql 1:1 renamed'],
    },
    {
      name: 'an edit only staged is caught by --staged',
      base: merged,
      staged: { '20260101000000_users.sql': 'CREATE TABLE users (id int, name text);' },
      findings: ['20260101000000_users.sql 1:1 modified'],
    },
  ],
});
