/** The migration conventions by tool, and how to find the migrations of a change and tell which tool wrote them. */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { ConventionId } from '../types.js';
import type { Convention } from './types.js';
import { alembic } from './alembic.js';
import { dbmate } from './dbmate.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { knex } from './knex.js';
import { nodePgMigrate } from './node-pg-migrate.js';
import { timestamp } from './timestamp.js';

export type { Convention, FileSections, Section } from './types.js';
export { compareVersions, versionKey } from './versions.js';

export const conventions: Record<ConventionId, Convention> = {
  'golang-migrate': golangMigrate,
  goose,
  dbmate,
  flyway,
  timestamp,
  knex,
  'node-pg-migrate': nodePgMigrate,
  alembic,
};

/** Extensions of migrations written as code, which some convention reads (`.js`, `.ts`, `.py`…). */
const SOURCE_EXTENSIONS = new Set(Object.values(conventions).flatMap((c: Convention) => c.extensions ?? []));

/** A file a migration may be written in: SQL, or a language one of the conventions reads. */
export function isMigrationSource(path: string): boolean {
  return isSqlFile(path) || SOURCE_EXTENSIONS.has(extensionOf(path));
}

/** Whether `convention` reads the file: SQL files, and code in the tool's own language. */
export function isReadBy(convention: Convention, path: string): boolean {
  return isSqlFile(path) || (convention.extensions ?? []).includes(extensionOf(path));
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
}

/**
 * Which tool wrote the migrations of one directory, from its file names (base names or paths)
 * and the texts of a few of its files.
 */
export function detectConvention(fileNames: string[], sampleTexts: string[]): ConventionId {
  const baseNames = fileNames.map((name) => posix.basename(name));
  const scripted = detectScriptConvention(baseNames, sampleTexts);
  if (scripted) return scripted;
  // A `.down.sql` without any `.up.sql` is a plain migration with a rollback twin, which `timestamp` reads.
  // The cheap tests first: a directory can hold 10,000 names, and most match neither tool.
  if (baseNames.some((name) => /\.up\.sql$/i.test(name) && golangMigrate.parseName(name)?.direction === 'up')) return 'golang-migrate';
  if (baseNames.some((name) => /^[VUR]/.test(name) && flyway.parseName(name) !== null)) return 'flyway';
  if (sampleTexts.some((text) => goose.sections(text).up !== null)) return 'goose';
  if (sampleTexts.some((text) => dbmate.sections(text).up !== null)) return 'dbmate';
  return 'timestamp';
}

/** Alembic, node-pg-migrate or Knex, from files written in their languages, by the calls each tool's API makes. */
function detectScriptConvention(baseNames: string[], sampleTexts: string[]): ConventionId | null {
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

/**
 * Whether a repository-relative path is a migration: a `.sql` file (any case) matched by one of the globs
 * and by none of the `!`-prefixed ones.
 */
export function createMigrationMatcher(globs: string[]): (path: string) => boolean {
  const isInMigrations = createGlobMatcher(globs);
  return (path) => isSqlFile(path) && isInMigrations(path);
}

/** A `.sql` file name or path, in any case. */
export function isSqlFile(path: string): boolean {
  return /\.sql$/i.test(path);
}

/** Whether a path is matched by one of the globs and by none of the `!`-prefixed ones; dot files included. */
export function createGlobMatcher(globs: string[]): (path: string) => boolean {
  const isIncluded = picomatch(globs.filter((glob) => !glob.startsWith('!')), { dot: true });
  const excluded = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  // picomatch matches nothing with an empty list: no exclusions, nothing excluded.
  const isExcluded = excluded.length ? picomatch(excluded, { dot: true }) : () => false;
  return (path) => isIncluded(path) && !isExcluded(path);
}

/** The directory a migration belongs to: its parent (`.` for a file at the repository root). */
export function migrationDirectory(path: string): string {
  return posix.dirname(path);
}
