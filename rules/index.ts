/** The registry of rules, sorted by id. */
import backwardIncompatible from './backward-incompatible.js';
import banMeasuredBlockingLock from './ban-measured-blocking-lock.js';
import banDropWithAppCode from './ban-drop-with-app-code.js';
import banExpandAndContract from './ban-expand-and-contract.js';
import banSchemaWithAppCode from './ban-schema-with-app-code.js';
import immutableMigrations from './immutable-migrations.js';
import migrationFails from './migration-fails.js';
import oneMigrationPerPr from './one-migration-per-pr.js';
import requireRollback from './require-rollback.js';
import rollbackRoundtrip from './rollback-roundtrip.js';
import syntaxError from './syntax-error.js';
import timestampOrder from './timestamp-order.js';
import type { Rule } from '../src/rule.js';

export const rules: Rule[] = [
  backwardIncompatible,
  banDropWithAppCode,
  banExpandAndContract,
  banMeasuredBlockingLock,
  banSchemaWithAppCode,
  immutableMigrations,
  migrationFails,
  oneMigrationPerPr,
  requireRollback,
  rollbackRoundtrip,
  syntaxError,
  timestampOrder,
];
