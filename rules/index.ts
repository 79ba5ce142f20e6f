/** The registry of rules, sorted by id. */
import backwardIncompatible from './backward-incompatible.js';
import banAddExcludeConstraint from './ban-add-exclude-constraint.js';
import banConcurrentlyInTransaction from './ban-concurrently-in-transaction.js';
import banDefaultBeforePg11 from './ban-default-before-pg11.js';
import banDropDatabase from './ban-drop-database.js';
import banDropSchema from './ban-drop-schema.js';
import banDropStillReferenced from './ban-drop-still-referenced.js';
import banMeasuredBlockingLock from './ban-measured-blocking-lock.js';
import banDropWithAppCode from './ban-drop-with-app-code.js';
import banExpandAndContract from './ban-expand-and-contract.js';
import banLockTable from './ban-lock-table.js';
import banRewritingTypeChange from './ban-rewriting-type-change.js';
import banSchemaWithAppCode from './ban-schema-with-app-code.js';
import banSerialColumn from './ban-serial-column.js';
import banStoredGeneratedColumn from './ban-stored-generated-column.js';
import banTableRewrite from './ban-table-rewrite.js';
import banTruncate from './ban-truncate.js';
import banUnboundedDataChange from './ban-unbounded-data-change.js';
import banUnusedSuppression from './ban-unused-suppression.js';
import banVolatileDefault from './ban-volatile-default.js';
import immutableMigrations from './immutable-migrations.js';
import migrationFails from './migration-fails.js';
import oneMigrationPerPr from './one-migration-per-pr.js';
import preferBigintIds from './prefer-bigint-ids.js';
import preferIdentity from './prefer-identity.js';
import preferTextOverVarchar from './prefer-text-over-varchar.js';
import preferTimestamptz from './prefer-timestamptz.js';
import requireCheckBeforeSetNotNull from './require-check-before-set-not-null.js';
import requireConcurrentIndexCreation from './require-concurrent-index-creation.js';
import requireConcurrentIndexDeletion from './require-concurrent-index-deletion.js';
import requireConcurrentRefresh from './require-concurrent-refresh.js';
import requireConcurrentReindex from './require-concurrent-reindex.js';
import requireLockTimeout from './require-lock-timeout.js';
import requireNotValidConstraint from './require-not-valid-constraint.js';
import requireRollback from './require-rollback.js';
import requireUniqueUsingIndex from './require-unique-using-index.js';
import requireValidSuppression from './require-valid-suppression.js';
import requireValidateSeparately from './require-validate-separately.js';
import rollbackRoundtrip from './rollback-roundtrip.js';
import syntaxError from './syntax-error.js';
import timestampOrder from './timestamp-order.js';
import type { Rule } from '../src/rule.js';

export const rules: Rule[] = [
  backwardIncompatible,
  banAddExcludeConstraint,
  banConcurrentlyInTransaction,
  banDefaultBeforePg11,
  banDropDatabase,
  banDropSchema,
  banDropStillReferenced,
  banDropWithAppCode,
  banExpandAndContract,
  banLockTable,
  banMeasuredBlockingLock,
  banRewritingTypeChange,
  banSchemaWithAppCode,
  banSerialColumn,
  banStoredGeneratedColumn,
  banTableRewrite,
  banTruncate,
  banUnboundedDataChange,
  banUnusedSuppression,
  banVolatileDefault,
  immutableMigrations,
  migrationFails,
  oneMigrationPerPr,
  preferBigintIds,
  preferIdentity,
  preferTextOverVarchar,
  preferTimestamptz,
  requireCheckBeforeSetNotNull,
  requireConcurrentIndexCreation,
  requireConcurrentIndexDeletion,
  requireConcurrentRefresh,
  requireConcurrentReindex,
  requireLockTimeout,
  requireNotValidConstraint,
  requireRollback,
  requireUniqueUsingIndex,
  requireValidSuppression,
  requireValidateSeparately,
  rollbackRoundtrip,
  syntaxError,
  timestampOrder,
];
