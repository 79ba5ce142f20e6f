/** The registry of rules, sorted by id. */
import backwardIncompatible from './backward-incompatible.js';
import banConcurrentlyInTransaction from './ban-concurrently-in-transaction.js';
import banDropWithAppCode from './ban-drop-with-app-code.js';
import banExpandAndContract from './ban-expand-and-contract.js';
import banSchemaWithAppCode from './ban-schema-with-app-code.js';
import banUnusedSuppression from './ban-unused-suppression.js';
import immutableMigrations from './immutable-migrations.js';
import oneMigrationPerPr from './one-migration-per-pr.js';
import requireRollback from './require-rollback.js';
import requireValidSuppression from './require-valid-suppression.js';
import requireValidateSeparately from './require-validate-separately.js';
import syntaxError from './syntax-error.js';
import timestampOrder from './timestamp-order.js';
import type { Rule } from '../src/rule.js';

export const rules: Rule[] = [
  backwardIncompatible,
  banConcurrentlyInTransaction,
  banDropWithAppCode,
  banExpandAndContract,
  banSchemaWithAppCode,
  banUnusedSuppression,
  immutableMigrations,
  oneMigrationPerPr,
  requireRollback,
  requireValidSuppression,
  requireValidateSeparately,
  syntaxError,
  timestampOrder,
];
