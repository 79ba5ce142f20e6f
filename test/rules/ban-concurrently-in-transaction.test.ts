import rule from '../../rules/ban-concurrently-in-transaction.js';
import { testRule } from '../helpers/rule-tester.js';

const CIC = 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);';
const goose = (up: string, options = '') => `-- +goose Up\n${options}${up}\n-- +goose Down\nDROP INDEX CONCURRENTLY users_email_idx;\n`;

testRule(rule, {
  valid: [
    { name: 'goose with NO TRANSACTION', files: { '20260301000000_i.sql': goose(CIC, '-- +goose NO TRANSACTION\n') } },
    { name: 'dbmate with transaction:false, one statement', files: { '20260301000000_i.sql': `-- migrate:up transaction:false\n${CIC}\n-- migrate:down\nDROP INDEX users_email_idx;\n` } },
    { name: 'golang-migrate, one statement and no BEGIN', files: { '000002_i.up.sql': CIC } },
    { name: 'Flyway, alone in its migration (Flyway runs it without a transaction)', files: { 'V2__index.sql': `SET lock_timeout = '5s';\n${CIC}` } },
    { name: 'a tool whose transactions are unknown', files: { '20260301000000_i.sql': `${CIC}\nALTER TABLE users ADD COLUMN x int;` } },
    { name: 'ADD VALUE runs in a transaction since PostgreSQL 12', files: { '20260301000000_e.sql': goose("ALTER TYPE mood ADD VALUE 'meh';") } },
    { name: 'assumeInTransaction: false wins over the tool', files: { '20260301000000_i.sql': goose(CIC) }, config: { assumeInTransaction: false } },
    { name: 'a plain CREATE INDEX is not this rule', files: { '20260301000000_i.sql': goose('CREATE INDEX users_email_idx ON users (email);') } },
    { name: 'ANALYZE runs in a transaction', files: { '20260301000000_i.sql': goose('ANALYZE users;') } },
  ],
  invalid: [
    { name: 'goose without NO TRANSACTION', files: { '20260301000000_i.sql': goose(CIC) }, findings: ['20260301000000_i.sql 2:1 inTransaction'] },
    {
      name: 'goose: DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and VACUUM',
      files: { '20260301000000_i.sql': goose('DROP INDEX CONCURRENTLY old_idx;\nREINDEX INDEX CONCURRENTLY users_pkey;\nVACUUM users;') },
      findings: ['20260301000000_i.sql 2:1 inTransaction', '20260301000000_i.sql 3:1 inTransaction', '20260301000000_i.sql 4:1 inTransaction'],
    },
    { name: 'dbmate by default', files: { '20260301000000_i.sql': `-- migrate:up\n${CIC}\n-- migrate:down\nDROP INDEX users_email_idx;\n` }, findings: ['20260301000000_i.sql 2:1 inTransaction'] },
    {
      name: 'dbmate with transaction:false but two statements: one query, one implicit transaction',
      files: { '20260301000000_i.sql': `-- migrate:up transaction:false\nALTER TABLE users ADD COLUMN x int;\n${CIC}\n-- migrate:down\nDROP INDEX users_email_idx;\n` },
      findings: ['20260301000000_i.sql 3:1 inTransaction'],
    },
    { name: 'golang-migrate with BEGIN and COMMIT', files: { '000002_i.up.sql': `BEGIN;\n${CIC}\nCOMMIT;` }, findings: ['000002_i.up.sql 2:1 inTransaction'] },
    { name: 'golang-migrate with two statements', files: { '000002_i.up.sql': `ALTER TABLE users ADD COLUMN x int;\n${CIC}` }, findings: ['000002_i.up.sql 2:1 inTransaction'] },
    { name: 'Flyway mixing it with other DDL', files: { 'V2__index.sql': `ALTER TABLE users ADD COLUMN x int;\n${CIC}` }, findings: ['V2__index.sql 2:1 flywayMixed'] },
    { name: 'an explicit BEGIN in a file of unknown tool', files: { '20260301000000_i.sql': `BEGIN;\n\n${CIC}\nEND;` }, findings: ['20260301000000_i.sql 3:1 inTransaction'] },
    { name: 'assumeInTransaction: true for an unknown tool', files: { '20260301000000_i.sql': CIC }, config: { assumeInTransaction: true }, findings: ['20260301000000_i.sql 1:1 inTransaction'] },
    {
      name: 'ADD VALUE in a transaction before PostgreSQL 12',
      files: { '20260301000000_e.sql': goose("ALTER TYPE mood ADD VALUE 'meh';") },
      config: { postgresVersion: 11 },
      findings: ['20260301000000_e.sql 2:1 inTransaction'],
    },
    {
      name: 'even on a table created earlier in the change: the statement fails all the same',
      files: { '20260301000000_t.sql': goose(`CREATE TABLE accounts (id int);\nCREATE INDEX CONCURRENTLY accounts_id_idx ON accounts (id);`) },
      findings: ['20260301000000_t.sql 3:1 inTransaction'],
    },
  ],
});
