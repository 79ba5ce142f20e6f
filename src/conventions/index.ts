/** The migration conventions by tool, and how to find the migrations of a change and tell which tool wrote them. */
import { posix } from 'node:path';
import type { ConventionId } from '../types.js';
import type { Convention, MigrationPlace } from './types.js';
import { sampleNames } from './name-index.js';
import { alembic } from './alembic.js';
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { knex } from './knex.js';
import { nodePgMigrate } from './node-pg-migrate.js';
import { postgrator } from './postgrator.js';
import { prisma } from './prisma.js';
import { SQITCH_PLAN, sqitch } from './sqitch.js';
import { sqlMigrate } from './sql-migrate.js';
import { isSupabaseDirectory, supabase } from './supabase.js';
import { timestamp } from './timestamp.js';
import { versioned } from './versioned.js';

export type { Convention, FileSections, MigrationPlace, MigrationRead, Section } from './types.js';
export { compareVersions, versionKey } from './versions.js';

export const conventions: Record<ConventionId, Convention> = {
  'golang-migrate': golangMigrate,
  goose,
  dbmate,
  flyway,
  diesel,
  prisma,
  postgrator,
  'sql-migrate': sqlMigrate,
  sqitch,
  supabase,
  versioned,
  'node-pg-migrate': nodePgMigrate,
  timestamp,
  knex,
  alembic,
};

/**
 * Which tool wrote the migrations of one directory, from its entries (file names, `<subdirectory>/…`; see
 * MigrationPlace), the texts of a few of its files, and its path (Supabase's is `supabase/migrations`).
 */
export function detectConvention(fileNames: string[], sampleTexts: string[], directory = ''): ConventionId {
  // Tool markers first, among every name; then layouts and names, in a sample: a directory can hold 10,000 names.
  if (fileNames.includes(SQITCH_PLAN)) return 'sqitch';
  if (fileNames.includes('migration_lock.toml')) return 'prisma';
  const entries = sampleNames(fileNames).map((name) => (name.includes('/') && !name.startsWith('../') && /^\d|^v\d/i.test(name) ? name : posix.basename(name)));
  if (entries.some((name) => /\/migration\.sql$/i.test(name))) return 'prisma';
  if (entries.some((name) => /\/(?:up|down)\.sql$/i.test(name) || /^\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?_[^/]*\/$/.test(name))) return 'diesel';
  if (entries.some((name) => name.endsWith('/') && prisma.parseName(name) !== null)) return 'prisma';
  if (entries.some((name) => name.endsWith('/') && diesel.parseName(name) !== null)) return 'diesel';
  if (entries.some((name) => /^v\d/i.test(name) && name.includes('/') && versioned.parseName(name) !== null)) return 'versioned';
  const scripted = detectScriptConvention(entries, sampleTexts);
  if (scripted) return scripted;
  // A `.down.sql` without any `.up.sql` is a plain migration with a rollback twin, which `timestamp` reads.
  if (entries.some((name) => /\.up\.sql$/i.test(name) && golangMigrate.parseName(name)?.direction === 'up')) return 'golang-migrate';
  if (entries.some((name) => /^\d+\.(?:do|undo)\./i.test(name) && postgrator.parseName(name) !== null)) return 'postgrator';
  if (entries.some((name) => /^[VUR]/.test(name) && flyway.parseName(name) !== null)) return 'flyway';
  if (isSupabaseDirectory(directory, 'migrations')) return 'supabase';
  if (sampleTexts.some((text) => goose.sections(text).up !== null)) return 'goose';
  if (sampleTexts.some((text) => dbmate.sections(text).up !== null)) return 'dbmate';
  if (sampleTexts.some((text) => sqlMigrate.sections(text).up !== null)) return 'sql-migrate';
  if (sampleTexts.some((text) => nodePgMigrate.sections(text).up !== null)) return 'node-pg-migrate';
  return 'timestamp';
}

/** Alembic, node-pg-migrate or Knex, from files written in their languages, by the calls each tool's API makes. */
function detectScriptConvention(baseNames: readonly string[], sampleTexts: string[]): ConventionId | null {
  const python = baseNames.some((name) => /\.py$/i.test(name));
  const script = baseNames.some((name) => knex.parseName(name) !== null);
  if (!python && !script) return null;
  if (python && sampleTexts.some((text) => /^down_revision\b/m.test(text) && /^revision\b/m.test(text))) return 'alembic';
  if (!script) return null;
  if (sampleTexts.some((text) => /\bpgm\.\w+\(|\bMigrationBuilder\b|\bexports\.shorthands\b|\bnode-pg-migrate\b/.test(text))) return 'node-pg-migrate';
  if (sampleTexts.some((text) => /\.schema\s*\.|\bknex\b|\bKnex\b/.test(text))) return 'knex';
  if (sampleTexts.length > 0) return null;
  // Only deleted files: their names tell the tools apart, epoch milliseconds (13 digits) from Knex's 14-digit timestamps.
  if (baseNames.some((name) => /^\d{13}_.*\.[cm]?[jt]s$/i.test(name))) return 'node-pg-migrate';
  if (baseNames.some((name) => /^\d{14}_.*\.[cm]?[jt]s$/i.test(name))) return 'knex';
  return null;
}

/** Where migrations live when the config does not say. */
export const DEFAULT_MIGRATION_GLOBS: string[] = [
  '**/migrations/**',
  '**/migration/**',
  'db/migrate/**',
  'src/main/resources/db/migration/**',
  '**/alembic/versions/**',
];

/** Every file name ending some convention reads, lowercase. */
const MIGRATION_EXTENSIONS = [...new Set(Object.values(conventions).flatMap((convention) => convention.extensions))];

/** A file name or path with an ending some convention reads (`.sql`, in any case). */
export function isMigrationFile(path: string): boolean {
  return hasExtension(path, MIGRATION_EXTENSIONS);
}

/** A file name or path ending in one of `extensions` (lowercase, with the dot), in any case. */
export function hasExtension(path: string, extensions: readonly string[]): boolean {
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}

/** The conventions whose migrations are directories of files, which must place a path before its parent is taken. */
const NESTED = Object.values(conventions).filter((convention) => convention.locate !== undefined);

/**
 * Where a migration file belongs, from its path alone: the place a nested layout (diesel's `<version>_<name>/up.sql`)
 * gives it, else its parent directory (`.` for a file at the repository root) with its file name as the entry.
 */
export function locateMigration(path: string): MigrationPlace {
  for (const convention of NESTED) {
    const place = convention.locate!(path);
    if (place !== null) return place;
  }
  return { directory: posix.dirname(path), entry: posix.basename(path) };
}

/** The directory a migration belongs to (see locateMigration). */
export function migrationDirectory(path: string): string {
  return locateMigration(path).directory;
}
