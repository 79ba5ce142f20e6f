/**
 * Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`, marked by `migration_lock.toml`. Forward-only:
 * a rollback, where a project keeps one, is a `down.sql` in the same directory (what `prisma migrate diff` writes).
 */
import type { ParsedName } from '../types.js';
import type { Convention } from './types.js';
import { locateInMigrationDirectory, readMigrationDirectoryEntry } from './directories.js';
import { isSameVersion } from './versions.js';

const DIRECTORY = /^(\d{14})_(.+)$/s;
const FILES: Record<string, ParsedName['direction']> = { 'migration.sql': 'up', 'down.sql': 'down' };

export const prisma = {
  id: 'prisma',
  extensions: ['.sql'],
  inFileRollback: false,
  // Prisma opens no transaction of its own: it sends migration.sql as one query string, which PostgreSQL runs as one
  // implicit transaction when it holds several statements (so CREATE INDEX CONCURRENTLY needs a migration to itself).
  wrapsInTransaction: false,
  sendsFileAsOneQuery: true,
  // _prisma_migrations stores each applied file's checksum; `migrate dev` asks to reset the database when one differs.
  checksummed: true,
  forwardOnly: true,
  locate: (path) => locateInMigrationDirectory(path, DIRECTORY, FILES),
  parseName: (entry) => readMigrationDirectoryEntry(entry, DIRECTORY, FILES),
  isRollbackOf(candidate, up) {
    return candidate.direction === 'down' && up.direction === 'up' && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;
