/** diesel: a migration is a directory `<version>_<name>/` holding `up.sql` and `down.sql`; the version is the directory's prefix. */
import type { ParsedName } from '../types.js';
import type { Convention } from './types.js';
import { readMigrationDirectoryEntry, locateInMigrationDirectory } from './directories.js';
import { isSameVersion } from './versions.js';

/**
 * `2024-01-02-123456_x` (diesel 1), `2024-01-02-123456-0000_x` (diesel 2) or `20240102123456_x`; diesel records the
 * version without its dashes.
 */
const DIRECTORY = /^(\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?|\d+)_(.+)$/s;
const FILES: Record<string, ParsedName['direction']> = { 'up.sql': 'up', 'down.sql': 'down' };

export const diesel = {
  id: 'diesel',
  extensions: ['.sql'],
  inFileRollback: false,
  // diesel runs each migration in a transaction unless its metadata.toml sets run_in_transaction = false.
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  locate: (path) => locateInMigrationDirectory(path, DIRECTORY, FILES),
  parseName: (entry) => readMigrationDirectoryEntry(entry, DIRECTORY, FILES),
  isRollbackOf(candidate, up) {
    return candidate.direction === 'down' && up.direction === 'up' && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;
