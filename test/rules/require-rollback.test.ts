import rule from '../../rules/require-rollback.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'golang-migrate pair',
      files: {
        '000002_add_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;',
        '000002_add_email_v2.down.sql': 'ALTER TABLE users DROP COLUMN email_v2;',
      },
    },
    {
      name: 'goose down section',
      files: {
        '20260301000000_add_email_v2.sql':
          '-- +goose Up\nALTER TABLE users ADD COLUMN email_v2 text;\n\n-- +goose Down\nALTER TABLE users DROP COLUMN email_v2;\n',
      },
    },
    {
      name: 'dbmate down section',
      files: {
        '20260301000000_add_email_v2.sql':
          '-- migrate:up\nALTER TABLE users ADD COLUMN email_v2 text;\n\n-- migrate:down\nALTER TABLE users DROP COLUMN email_v2;\n',
      },
    },
    {
      name: 'flyway undo migration',
      files: {
        'src/main/resources/db/migration/V2__add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;',
        'src/main/resources/db/migration/U2__add_email_v2.sql': 'ALTER TABLE users DROP COLUMN email_v2;',
      },
    },
    {
      name: 'flyway repeatable migrations are re-applied, not rolled back',
      files: { 'src/main/resources/db/migration/R__views.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1;' },
    },
    {
      name: 'a migration that runs nothing has nothing to undo: its empty down is right',
      files: {
        '000002_placeholder.up.sql': '-- kept for the numbering: this version was squashed\n',
        '000002_placeholder.down.sql': '\n',
      },
    },
    {
      name: 'an empty migration needs no rollback',
      files: { '20260301000000_placeholder.sql': '-- squashed into 20260101000000_init.sql\n' },
    },
    {
      name: 'goose file whose up and down are both comments only',
      files: { '20260301000000_noop.sql': '-- +goose Up\n-- nothing yet\n-- +goose Down\n-- nothing to undo\n' },
    },
  ],
  invalid: [
    {
      name: 'Supabase, in a project that keeps rollbacks: the help says where they go and how to opt out',
      base: {
        'supabase/migrations/20260101000000_users.sql': 'CREATE TABLE users (id int);',
        'supabase/rollbacks/20260101000000_users.sql': 'DROP TABLE users;',
      },
      files: { 'supabase/migrations/20260301000000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      findings: ['supabase/migrations/20260301000000_add_email_v2.sql 1:1 missing'],
      helps: [/supabase\/rollbacks\/20260301000000_add_email_v2\.sql.*rules: \{ require-rollback: off \}/],
    },
    {
      name: 'Flyway: undo migrations need Flyway Teams; the help says so and how to opt out',
      files: { 'src/main/resources/db/migration/V2__add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      findings: ['src/main/resources/db/migration/V2__add_email_v2.sql 1:1 missing'],
      helps: [/U2__add_email_v2\.sql.*Flyway Community has no undo.*rules: \{ require-rollback: off \}/],
    },
    {
      name: 'golang-migrate up without its down',
      files: { '000002_add_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      findings: ['000002_add_email_v2.up.sql 1:1 missing'],
    },
    {
      name: 'plain timestamp file without a rollback',
      files: { '20260301000000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;' },
      findings: ['20260301000000_add_email_v2.sql 1:1 missing'],
    },
    {
      name: 'goose file without a Down section',
      files: { '20260301000000_add_email_v2.sql': '-- +goose Up\nALTER TABLE users ADD COLUMN email_v2 text;\n' },
      findings: ['20260301000000_add_email_v2.sql 1:1 missing'],
    },
    {
      name: 'goose Down section with only a comment',
      files: {
        '20260301000000_add_email_v2.sql': '-- +goose Up\nALTER TABLE users ADD COLUMN email_v2 text;\n-- +goose Down\n-- nothing to do\n',
      },
      findings: ['20260301000000_add_email_v2.sql 3:1 empty'],
    },
    {
      name: 'empty down file',
      files: {
        '000002_add_email_v2.up.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;',
        '000002_add_email_v2.down.sql': '\n',
      },
      findings: ['000002_add_email_v2.down.sql 1:1 empty'],
    },
  ],
});
