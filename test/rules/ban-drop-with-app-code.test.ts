import rule from '../../rules/ban-drop-with-app-code.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'SET NOT NULL and a widening the base schema shows to be harmless, with code',
      base: { '20260101000000_users.sql': 'CREATE TABLE users (id int, created_at timestamptz NOT NULL, email varchar(50));' },
      files: {
        '20260215010000_x.sql': 'ALTER TABLE users ALTER COLUMN created_at SET NOT NULL;\nALTER TABLE users ALTER COLUMN email TYPE text;',
        'src/users.ts': 'export {};\n',
      },
    },
    { name: 'a drop alone (phase 3 of the seed)', files: { '20260215010000_drop_old_email.sql': 'ALTER TABLE users DROP COLUMN email;' } },
    {
      name: 'a drop with docs and CI changes only',
      files: {
        '20260215010000_drop_old_email.sql': 'ALTER TABLE users DROP COLUMN email;',
        'docs/schema.md': '# schema\n',
        '.github/workflows/ci.yml': 'on: push\n',
        'CHANGELOG.md': 'dropped email\n',
      },
    },
    {
      name: 'an expand with app code is not this rule\'s business',
      files: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;', 'src/user.ts': 'export {};\n' },
    },
    {
      name: 'a down file\'s drop is what a rollback is for',
      files: {
        '20260213010000_add_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;',
        '20260213010000_add_email_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;',
        'src/user.ts': 'export {};\n',
      },
    },
    {
      name: 'nonCode globs from the config',
      config: { nonCode: ['deploy/**'] },
      files: { '20260215010000_drop.sql': 'DROP TABLE legacy;', 'deploy/values.yaml': 'a: 1\n' },
    },
  ],
  invalid: [
    {
      name: 'drop column with application code',
      files: { '20260215010000_drop_old_email.sql': '-- contract\nALTER TABLE users DROP COLUMN email;', 'src/user.ts': 'export {};\n' },
      findings: ['20260215010000_drop_old_email.sql 2:1 dropWithCode'],
    },
    {
      name: 'drop with the deletion of the code that used it',
      base: { 'src/legacy/email-sync.ts': "export const q = 'SELECT email FROM users';\n" },
      files: { '20260215010000_drop.sql': 'ALTER TABLE users DROP COLUMN email;', 'src/legacy/email-sync.ts': null },
      findings: ['20260215010000_drop.sql 1:1 dropWithCode'],
    },
    {
      name: 'rename with application code',
      files: { '20260215010000_rename.sql': 'ALTER TABLE users RENAME COLUMN email TO mail;', 'app/models/user.rb': 'class User; end\n' },
      findings: ['20260215010000_rename.sql 1:1 dropWithCode'],
    },
    {
      name: 'goose up section drop with code, goose down ignored',
      files: {
        '20260215010000_drop.sql': '-- +goose Up\nDROP TABLE legacy;\n-- +goose Down\nCREATE TABLE legacy (id int);\n',
        'cmd/server/main.go': 'package main\n',
      },
      findings: ['20260215010000_drop.sql 2:1 dropWithCode'],
    },
  ],
});
