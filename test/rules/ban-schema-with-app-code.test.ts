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
    {
      name: 'package.json and its lock changed only to add development tooling (what migration-lint init makes)',
      base: {
        './package.json': '{\n  "name": "shop",\n  "scripts": { "test": "node --test" },\n  "dependencies": { "pg": "^8.0.0" }\n}\n',
        './package-lock.json': '{"name":"shop","lockfileVersion":3,"packages":{"":{"name":"shop","dependencies":{"pg":"^8.0.0"}},"node_modules/pg":{"version":"8.0.0"}}}\n',
      },
      files: {
        '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;',
        'package.json':
          '{\n  "name": "shop",\n  "scripts": { "test": "node --test", "prepare": "husky" },\n  "dependencies": { "pg": "^8.0.0" },\n  "devDependencies": { "husky": "^9.1.7", "migration-lint": "^0.1.0" }\n}\n',
        'package-lock.json':
          '{"name":"shop","lockfileVersion":3,"packages":{"":{"name":"shop","dependencies":{"pg":"^8.0.0"},"devDependencies":{"husky":"^9.1.7","migration-lint":"^0.1.0"}},"node_modules/pg":{"version":"8.0.0"},"node_modules/husky":{"version":"9.1.7","dev":true},"node_modules/migration-lint":{"version":"0.1.0","dev":true}}}\n',
      },
    },
  ],
  invalid: [
    {
      name: 'names the application files, as ban-drop-with-app-code does',
      files: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;', 'src/user.ts': 'export {};\n', 'src/mail.ts': 'export {};\n' },
      findings: ['20260213010000_add_email_v2.sql 1:1 schemaWithCode'],
      messages: [/ships with application code changes \(src\/mail\.ts, src\/user\.ts\)/],
    },
    {
      name: 'a package.json change to runtime dependencies is application code',
      base: { './package.json': '{ "name": "shop", "dependencies": { "pg": "^8.0.0" } }\n' },
      files: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;', './package.json': '{ "name": "shop", "dependencies": { "pg": "^8.1.0" } }\n' },
      findings: ['20260213010000_add_email_v2.sql 1:1 schemaWithCode'],
      messages: [/\(package\.json\)/],
    },
    {
      name: 'add column with the code that uses it',
      files: { '20260213010000_add_email_v2.sql': 'ALTER TABLE users ADD COLUMN email_v2 text;\nCREATE INDEX CONCURRENTLY i ON users (email_v2);', 'src/user.ts': 'export {};\n' },
      findings: ['20260213010000_add_email_v2.sql 1:1 schemaWithCode'],
    },
  ],
});
