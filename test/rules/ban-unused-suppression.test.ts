import rule from '../../rules/ban-unused-suppression.js';
import { testRule } from '../helpers/rule-tester.js';

const on = { rules: { 'backward-incompatible': 'error' } };
const RENAME = 'ALTER TABLE users RENAME COLUMN email TO mail;';

testRule(rule, {
  valid: [
    { name: 'it silences the next statement', files: { '20260301000000_x.sql': `-- migration-lint-disable-next-statement backward-incompatible: no code reads email yet\n${RENAME}` }, config: on },
    { name: 'it silences the file', files: { '20260301000000_x.sql': `-- migration-lint-disable-file backward-incompatible: nothing uses users yet\nSELECT 1;\n${RENAME}` }, config: on },
    { name: 'the rule it names is off', files: { '20260301000000_x.sql': `-- migration-lint-disable-next-statement backward-incompatible: renamed before release\n${RENAME}` } },
  ],
  invalid: [
    {
      name: 'the next statement is not the one with the finding',
      files: { '20260301000000_x.sql': `-- migration-lint-disable-next-statement backward-incompatible: renamed before release\nSELECT 1;\n${RENAME}` },
      config: on,
      findings: ['20260301000000_x.sql 1:1 unusedStatement'],
    },
    {
      name: 'one of two rules silences nothing',
      files: { '20260301000000_x.sql': `-- migration-lint-disable-file backward-incompatible, ban-expand-and-contract: legacy table\n${RENAME}` },
      config: { rules: { 'backward-incompatible': 'error', 'ban-expand-and-contract': 'error' } },
      findings: ['20260301000000_x.sql 1:1 unusedFile'],
    },
    {
      name: 'no statement follows',
      files: { '20260301000000_x.sql': `${RENAME} -- migration-lint-disable-next-statement backward-incompatible: renamed before release` },
      config: on,
      findings: ['20260301000000_x.sql 1:48 unusedStatement'],
    },
  ],
});
