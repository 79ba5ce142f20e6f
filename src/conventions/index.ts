/** The migration conventions by tool, and how to find the migrations of a change and tell which tool wrote them. */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { ConventionId } from '../types.js';
import type { Convention } from './types.js';
import { dbmate } from './dbmate.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { timestamp } from './timestamp.js';

export type { Convention, FileSections, Section } from './types.js';
export { compareVersions, versionKey } from './versions.js';

export const conventions: Record<ConventionId, Convention> = {
  'golang-migrate': golangMigrate,
  goose,
  dbmate,
  flyway,
  timestamp,
};

/**
 * Which tool wrote the migrations of one directory, from its file names (base names or paths)
 * and the texts of a few of its files.
 */
export function detectConvention(fileNames: string[], sampleTexts: string[]): ConventionId {
  const baseNames = fileNames.map((name) => posix.basename(name));
  // A `.down.sql` without any `.up.sql` is a plain migration with a rollback twin, which `timestamp` reads.
  // The cheap tests first: a directory can hold 10,000 names, and most match neither tool.
  if (baseNames.some((name) => /\.up\.sql$/i.test(name) && golangMigrate.parseName(name)?.direction === 'up')) return 'golang-migrate';
  if (baseNames.some((name) => /^[VUR]/.test(name) && flyway.parseName(name) !== null)) return 'flyway';
  if (sampleTexts.some((text) => goose.sections(text).up !== null)) return 'goose';
  if (sampleTexts.some((text) => dbmate.sections(text).up !== null)) return 'dbmate';
  return 'timestamp';
}

/** Where migrations live when the config does not say. */
export const DEFAULT_MIGRATION_GLOBS: string[] = [
  '**/migrations/**',
  '**/migration/**',
  'db/migrate/**',
  'src/main/resources/db/migration/**',
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
  // `s`: a file name may hold a line break, and `*` must match it as any other character.
  const isIncluded = picomatch(globs.filter((glob) => !glob.startsWith('!')), { dot: true, flags: 's' });
  const excluded = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  // picomatch matches nothing with an empty list: no exclusions, nothing excluded.
  const isExcluded = excluded.length ? picomatch(excluded, { dot: true, flags: 's' }) : () => false;
  return (path) => isIncluded(path) && !isExcluded(path);
}

/** The directory a migration belongs to: its parent (`.` for a file at the repository root). */
export function migrationDirectory(path: string): string {
  return posix.dirname(path);
}
