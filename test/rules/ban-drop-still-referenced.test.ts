import rule from '../../rules/ban-drop-still-referenced.js';
import { testRule } from '../helpers/rule-tester.js';

const base = {
  '20260101000000_users.sql': 'CREATE TABLE users (id int, email text, legacy_flag boolean);',
  'src/users.ts': 'const sql = "SELECT id, email FROM users";\n// email is shown\n',
  'src/other.ts': 'export const email = "unrelated file, no table";\n',
  'docs/schema.md': 'users.legacy_flag is deprecated\n',
};

testRule(rule, {
  valid: [
    { name: 'no code mentions the column', base, files: { '20260301000000_x.sql': 'ALTER TABLE users DROP COLUMN legacy_flag;' }, config: { nonCode: ['docs/**'] } },
    { name: 'a column name in a file that does not mention its table', base: { ...base, 'src/users.ts': 'nothing\n' }, files: { '20260301000000_x.sql': 'ALTER TABLE users DROP COLUMN email;' } },
    { name: 'a table created in the change', base, files: { '20260301000000_x.sql': 'CREATE TABLE users_v2 (id int);\nDROP TABLE users_v2;' } },
    { name: 'migrations do not count', base, files: { '20260301000000_x.sql': 'DROP TABLE accounts;', '20260301000001_y.sql': 'SELECT 1 FROM accounts;' } },
  ],
  invalid: [
    { name: 'a dropped column still read', base, files: { '20260301000000_x.sql': 'ALTER TABLE users DROP COLUMN email;' }, findings: ['20260301000000_x.sql 1:1 referenced'] },
    { name: 'a renamed table', base, files: { '20260301000000_x.sql': '\nALTER TABLE users RENAME TO accounts;' }, findings: ['20260301000000_x.sql 2:1 referenced'] },
    {
      name: 'code the branch itself changes counts, at its head',
      base,
      files: { '20260301000000_x.sql': 'DROP TABLE public.users;', 'src/new.ts': 'load("USERS");\n' },
      findings: ['20260301000000_x.sql 1:1 referenced'],
    },
    {
      name: 'staged code counts in the pre-commit hook',
      base: { ...base, 'src/users.ts': 'nothing\n' },
      files: { '20260301000000_x.sql': 'DROP TABLE users;' },
      staged: { 'src/again.ts': 'users\n' },
      findings: ['20260301000000_x.sql 1:1 referenced'],
    },
  ],
});
