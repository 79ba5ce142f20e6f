import rule from '../../rules/require-not-valid-constraint.js';
import { testRule } from '../helpers/rule-tester.js';

const BASE = { '20260101000000_base.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, total int);' };
const FK = 'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);';

testRule(rule, {
  valid: [
    'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
    'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;',
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;',
    'ALTER TABLE orders ADD CONSTRAINT orders_id_key UNIQUE (id);',
    { name: 'a foreign key in CREATE TABLE', base: BASE, files: { '20260301000000_x.sql': 'CREATE TABLE payments (id bigint, order_id bigint REFERENCES orders (id), CHECK (id > 0));' } },
    { name: 'table created in the same file', files: { '20260301000000_x.sql': `CREATE TABLE orders (id bigint, user_id bigint, total int);\n${FK}\nALTER TABLE orders ADD CHECK (total >= 0);` } },
    {
      name: 'table created in an earlier migration of the same change',
      files: { '20260301000000_a.sql': 'CREATE TABLE orders (id bigint, user_id bigint);', '20260302000000_b.sql': FK },
      config: { maxMigrationsPerPr: 5 },
    },
  ],
  invalid: [
    { name: 'table created on the base', base: BASE, files: { '20260301000000_x.sql': FK }, findings: ['20260301000000_x.sql 1:1 foreignKey'] },
    { name: 'a table no migration mentions', files: { '20260301000000_x.sql': 'ALTER TABLE invoices ADD CHECK (amount > 0);' }, findings: ['20260301000000_x.sql 1:1 check'] },
    {
      name: 'each constraint of one statement, inline REFERENCES too',
      base: BASE,
      files: { '20260301000000_x.sql': 'ALTER TABLE orders\n  ADD CONSTRAINT orders_total_check CHECK (total >= 0),\n  ADD COLUMN buyer_id bigint REFERENCES users (id);' },
      findings: ['20260301000000_x.sql 1:1 check', '20260301000000_x.sql 1:1 foreignKey'],
    },
  ],
});
