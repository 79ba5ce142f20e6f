import rule from '../../rules/require-validate-separately.js';
import { testRule } from '../helpers/rule-tester.js';

const ADD = 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;';
const VALIDATE = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;';
const goose = (up: string, options = '') => `-- +goose Up\n${options}${up}\n-- +goose Down\nALTER TABLE orders DROP CONSTRAINT orders_user_fk;\n`;

testRule(rule, {
  valid: [
    { name: 'validated in a later migration', commits: [{ '20260301000000_a.sql': goose(ADD) }, { '20260302000000_v.sql': goose(VALIDATE) }] },
    { name: 'goose without a transaction: the add commits first', files: { '20260301000000_a.sql': goose(`${ADD}\n${VALIDATE}`, '-- +goose NO TRANSACTION\n') } },
    { name: 'a tool whose transactions are unknown', files: { '20260301000000_a.sql': `${ADD}\n${VALIDATE}` } },
    { name: 'separate explicit transactions', files: { '20260301000000_a.sql': `BEGIN;\n${ADD}\nCOMMIT;\nBEGIN;\n${VALIDATE}\nCOMMIT;` } },
    {
      name: 'a table created earlier in the change',
      files: { '20260301000000_a.sql': goose(`CREATE TABLE orders (id bigint, user_id bigint);\n${ADD}\n${VALIDATE}`) },
    },
  ],
  invalid: [
    { name: 'goose wraps both in one transaction', files: { '20260301000000_a.sql': goose(`${ADD}\n${VALIDATE}`) }, findings: ['20260301000000_a.sql 3:1 sameTransaction'] },
    {
      name: 'a table created on the base',
      base: { '20260101000000_orders.sql': '-- +goose Up\nCREATE TABLE orders (id bigint, user_id bigint);\n-- +goose Down\nDROP TABLE orders;\n' },
      files: { '20260301000000_a.sql': goose(`${ADD}\n${VALIDATE}`) },
      findings: ['20260301000000_a.sql 3:1 sameTransaction'],
    },
    { name: 'one explicit transaction', files: { '20260301000000_a.sql': `BEGIN;\n${ADD}\n${VALIDATE}\nCOMMIT;` }, findings: ['20260301000000_a.sql 3:1 sameTransaction'] },
    {
      name: 'a CHECK in golang-migrate: one query, one implicit transaction',
      files: { '000002_check.up.sql': 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;' },
      findings: ['000002_check.up.sql 2:1 sameTransaction'],
    },
  ],
});
