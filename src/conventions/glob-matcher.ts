/** Glob matching with picomatch, for globs a config names (the defaults come compiled: see globs.ts). */
import picomatch from 'picomatch';
import { isMigrationFile } from './index.js';

/** The options every glob is read with: dot files included, and `*` matching a line break in a file name (`s`). */
export const GLOB_OPTIONS = { dot: true, flags: 's' } as const;

/** Whether a path is matched by one of the globs and by none of the `!`-prefixed ones; dot files included. */
export function createGlobMatcher(globs: string[]): (path: string) => boolean {
  const isIncluded = picomatch(globs.filter((glob) => !glob.startsWith('!')), GLOB_OPTIONS);
  const excluded = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  // picomatch matches nothing with an empty list: no exclusions, nothing excluded.
  const isExcluded = excluded.length ? picomatch(excluded, GLOB_OPTIONS) : () => false;
  return (path) => isIncluded(path) && !isExcluded(path);
}

/**
 * Whether a repository-relative path is a migration: a file some convention reads (`.sql`, any case) matched by one
 * of the globs and by none of the `!`-prefixed ones.
 */
export function createMigrationMatcher(globs: string[]): (path: string) => boolean {
  const isInMigrations = createGlobMatcher(globs);
  return (path) => isMigrationFile(path) && isInMigrations(path);
}
