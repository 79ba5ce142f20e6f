import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MIGRATION_GLOBS,
  conventions,
  detectConvention,
  migrationDirectory,
} from '../../src/conventions/index.js';
import { createMigrationMatcher } from '../../src/conventions/glob-matcher.js';
import type { ConventionId } from '../../src/types.js';

describe('conventions', () => {
  it.each(Object.entries(conventions))('%s carries its own id', (id, convention) => {
    expect(convention.id).toBe(id);
  });

  it.each(Object.entries(conventions))('%s has either in-file sections or rollback pairing', (_, convention) => {
    if (convention.inFileRollback) {
      // Migrations written as code are read whole by the tool's reader, which finds the down function itself.
      expect(convention.sections ?? convention.read).toBeTypeOf('function');
      expect(convention.isRollbackOf).toBeUndefined();
    } else {
      expect(convention.isRollbackOf).toBeTypeOf('function');
      expect(convention.sections).toBeUndefined();
    }
  });
});

describe('detectConvention', () => {
  it.each<[string, string[], string[], ConventionId]>([
    ['golang-migrate pairs', ['000001_create_users.up.sql', '000001_create_users.down.sql'], [], 'golang-migrate'],
    ['golang-migrate, paths and case', ['db/migrations/1_x.UP.SQL'], [], 'golang-migrate'],
    ['flyway versioned', ['V1__init.sql', 'V2__add.sql'], [], 'flyway'],
    ['flyway repeatable only', ['R__views.sql'], [], 'flyway'],
    ['flyway undo only', ['U3__undo.sql'], [], 'flyway'],
    ['goose by its markers', ['00001_init.sql'], ['-- +goose Up\nCREATE TABLE t ();\n-- +goose Down\nDROP TABLE t;\n'], 'goose'],
    ['goose markers in another sample', ['00001_init.sql'], ['SELECT 1;', '--  +GOOSE  UP\r\nSELECT 1;'], 'goose'],
    ['dbmate by its markers', ['20260213010000_init.sql'], ['-- migrate:up\nCREATE TABLE t ();\n-- migrate:down\n'], 'dbmate'],
    ['dbmate with options', ['20260213010000_init.sql'], ['-- migrate:up transaction:false\nSELECT 1;'], 'dbmate'],
    ['plain timestamps', ['20260213010000_add_email.sql'], ['ALTER TABLE t ADD c int;'], 'timestamp'],
    ['plain files with down twins', ['001_x.sql', '001_x.down.sql'], [], 'timestamp'],
    ['a down marker alone is not goose', ['001_x.sql'], ['-- +goose Down\nSELECT 1;'], 'timestamp'],
    ['nothing to go on', [], [], 'timestamp'],
    ['lowercase v is not flyway', ['v1__init.sql'], [], 'timestamp'],
    ['sqitch by its plan', ['sqitch.plan', 'deploy/users.sql'], [], 'sqitch'],
    ['prisma by its lock file', ['migration_lock.toml', '20240101000000_init/'], [], 'prisma'],
    ['prisma by migration.sql', ['20240101000000_init/migration.sql'], [], 'prisma'],
    ['diesel by up.sql', ['20240101000000_init/up.sql', '20240101000000_init/down.sql'], [], 'diesel'],
    ['diesel by its dashed directories', ['2024-01-01-000000_init/'], [], 'diesel'],
    ['a directory-versioned release', ['v1.2/users.sql'], [], 'versioned'],
    ['postgrator', ['001.do.users.sql', '001.undo.users.sql'], [], 'postgrator'],
    ['sql-migrate by its markers', ['20240101.1-users.sql'], ['-- +migrate Up\nSELECT 1;\n-- +migrate Down\n'], 'sql-migrate'],
    ['node-pg-migrate by its markers', ['1704067200000_users.sql'], ['-- Up Migration\nSELECT 1;\n-- Down Migration\n'], 'node-pg-migrate'],
  ])('%s', (_, fileNames, sampleTexts, expected) => {
    expect(detectConvention(fileNames, sampleTexts)).toBe(expected);
  });
});

it('detects Supabase by its directory, and goose there by its markers', () => {
  expect(detectConvention(['20240101000000_users.sql'], ['SELECT 1;'], 'apps/web/supabase/migrations')).toBe('supabase');
  expect(detectConvention(['20240101000000_users.sql'], ['SELECT 1;'], 'db/migrations')).toBe('timestamp');
});

describe('createMigrationMatcher with the default globs', () => {
  const isMigration = createMigrationMatcher(DEFAULT_MIGRATION_GLOBS);
  it.each<[string, boolean]>([
    ['db/migrations/x.sql', true],
    ['migrations/001_x.sql', true],
    ['services/billing/migrations/001_x.sql', true],
    ['src/main/resources/db/migration/V1__x.sql', true],
    ['db/migrate/20260213010000_x.sql', true],
    ['db/migrations/nested/deeper/001_x.sql', true],
    ['db/migrations/001_x.SQL', true],
    ['db/migrations/.hidden/001_x.sql', true],
    ['app/models/user.rb', false],
    ['.github/x.sql', false],
    ['db/migrations/README.md', false],
    ['db/migrations/001_x.go', false],
    ['db/schema.sql', false],
    ['db/migrate/create_users.rb', false],
    ['migrations', false],
  ])('%s → %s', (path, expected) => {
    expect(isMigration(path)).toBe(expected);
  });
});

describe('createMigrationMatcher with configured globs', () => {
  it.each<[string, string[], string, boolean]>([
    ['a custom folder', ['sql/**'], 'sql/001_x.sql', true],
    ['outside the custom folder', ['sql/**'], 'db/migrations/001_x.sql', false],
    ['a dotted folder', ['.db/**'], '.db/001_x.sql', true],
    ['an exclusion', ['**/migrations/**', '!**/seeds/**'], 'db/migrations/seeds/s.sql', false],
    ['beside an exclusion', ['**/migrations/**', '!**/seeds/**'], 'db/migrations/001_x.sql', true],
    ['no globs', [], 'db/migrations/001_x.sql', false],
    ['only an exclusion', ['!**/seeds/**'], 'db/migrations/001_x.sql', false],
  ])('%s', (_, globs, path, expected) => {
    expect(createMigrationMatcher(globs)(path)).toBe(expected);
  });
});

describe('migrationDirectory', () => {
  it.each<[string, string]>([
    ['db/migrations/001_x.sql', 'db/migrations'],
    ['services/billing/migrations/001_x.up.sql', 'services/billing/migrations'],
    ['001_x.sql', '.'],
  ])('%s → %s', (path, expected) => {
    expect(migrationDirectory(path)).toBe(expected);
  });
});
