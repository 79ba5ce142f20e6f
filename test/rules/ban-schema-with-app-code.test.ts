import rule from '../../rules/ban-schema-with-app-code.js';
import { testRule } from '../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    'ALTER TABLE users ADD COLUMN email_v2 text;',
    {
      name: 'backfill with the code that writes the new column (phase 2)',
      files: { '20260214010000_backfill_email_v2.sql': 'UPDATE users SET email_v2 = email WHERE email_v2 IS NULL;', 'src/user.ts': 'export {};\n' },
    },
    {
      name: 'a backfill through a temporary table is still data, not schema',
      files: {
        '20260214010000_backfill.sql': 'CREATE TEMP TABLE pairs AS SELECT id, email FROM users;\nUPDATE users SET email_v2 = pairs.email FROM pairs WHERE pairs.id = users.id;',
        'src/user.ts': 'export {};\n',
      },
    },
  ],
  invalid: [
    {
      name: 'add column with the code that uses it',
      files: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\nCREATE INDEX CONCURRENTLY i ON users (email_v2);', 'src/user.ts': 'export {};\n' },
      findings: ['20260213010000_add_email_v2.sql 1:1 schemaWithCode'],
    },
  ],
});
