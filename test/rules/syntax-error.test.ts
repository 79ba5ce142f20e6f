import rule from '../../rules/syntax-error.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'ALTER TABLE users ADD COLUMN email_v2 text;',
    { name: 'an empty migration', files: { '20260301000000_x.sql': '' } },
    { name: 'a comment-only migration', files: { '20260301000000_x.sql': '-- nothing yet\n/* later */\n' } },
    {
      name: 'goose ENVSUB placeholders stand for values goose fills in',
      files: {
        '20260301000000_x.sql':
          '-- +goose ENVSUB ON\n-- +goose Up\nCREATE TABLE ${SCHEMA}.audit (id int, $COLUMN text DEFAULT \'${NOTE:-none}\');\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 $body$ LANGUAGE sql;\n-- +goose Down\nDROP TABLE ${SCHEMA}.audit;\n',
      },
    },
    { name: 'dollar-quoted function body', files: { '20260301000000_x.sql': "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;" } },
  ],
  invalid: [
    {
      name: 'a typo, at its line and column',
      files: { '20260301000000_x.sql': '-- héllo wörld\nALTER TABLE users ADD COLUMN email_v2 text;\nALTR TABLE users DROP COLUMN email;\n' },
      findings: ['20260301000000_x.sql 3:1 syntax'],
    },
    {
      name: 'an error in a goose down section is found too',
      files: { '20260301000000_x.sql': '-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLEE a;\n' },
      findings: ['20260301000000_x.sql 4:6 syntax'],
    },
    {
      name: 'placeholders without ENVSUB ON are not substituted by goose',
      files: { '20260301000000_x.sql': '-- +goose Up\nCREATE TABLE ${SCHEMA}.audit (id int);\n-- +goose Down\nDROP TABLE audit;\n' },
      findings: ['20260301000000_x.sql 2:14 syntax'],
    },
    {
      name: 'a binary file',
      files: { '20260301000000_x.sql': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
      findings: ['20260301000000_x.sql 1:1 binary'],
    },
    {
      name: 'not UTF-8',
      files: { '20260301000000_x.sql': Buffer.from([0x2d, 0x2d, 0x20, 0xe9, 0x0a]) },
      findings: ['20260301000000_x.sql 1:1 encoding'],
    },
  ],
});
