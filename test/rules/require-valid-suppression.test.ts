import rule from '../../rules/require-valid-suppression.js';
import { testRule } from '../helpers/rule-tester.js';

const on = { rules: { 'backward-incompatible': 'error' } };
const RENAME = 'ALTER TABLE users RENAME COLUMN email TO mail;';

testRule(rule, {
  valid: [
    { name: 'a rule and a reason', files: { '20260301000000_x.sql': `-- migration-lint-disable-next-statement backward-incompatible: no code reads email yet\n${RENAME}` }, config: on },
    { name: 'a block comment, several rules', files: { '20260301000000_x.sql': `/* migration-lint-disable-file backward-incompatible, ban-expand-and-contract: table unused */\n${RENAME}` }, config: on },
    { name: 'the words inside a string are not a comment', files: { '20260301000000_x.sql': "SELECT '-- migration-lint-disable-file nothing';" } },
    { name: 'nor inside a dollar-quoted body', files: { '20260301000000_x.sql': 'DO $$ BEGIN -- migration-lint-disable-file nothing\nEND $$;' } },
  ],
  invalid: [
    { name: 'no reason', files: { '20260301000000_x.sql': `-- migration-lint-disable-next-statement backward-incompatible\n${RENAME}` }, config: on, findings: ['20260301000000_x.sql 1:1 noReason'] },
    { name: 'an empty reason', files: { '20260301000000_x.sql': `\n  -- migration-lint-disable-file backward-incompatible:   \n${RENAME}` }, config: on, findings: ['20260301000000_x.sql 2:3 noReason'] },
    { name: 'an unknown rule', files: { '20260301000000_x.sql': `-- migration-lint-disable-next-statement require-concurrent-indexes: small table\n${RENAME}` }, findings: ['20260301000000_x.sql 1:1 unknownRule'] },
    { name: 'no rule at all', files: { '20260301000000_x.sql': `-- migration-lint-disable-file : why\n${RENAME}` }, findings: ['20260301000000_x.sql 1:1 noRule'] },
    { name: 'syntax-error cannot be silenced', files: { '20260301000000_x.sql': `-- migration-lint-disable-file syntax-error: legacy file\nSELECT 1;` }, findings: ['20260301000000_x.sql 1:1 unsuppressible'] },
    { name: 'an unknown directive', files: { '20260301000000_x.sql': `SELECT 1; -- migration-lint-disable-line backward-incompatible: x` }, findings: ['20260301000000_x.sql 1:11 unknownDirective'] },
  ],
});
