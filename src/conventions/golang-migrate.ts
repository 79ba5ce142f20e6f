/** golang-migrate: `<version>_<name>.up.sql` beside `<version>_<name>.down.sql`, paired by version. */
import type { Convention } from './types.js';
import { stripSqlExtension, versionedName } from './names.js';
import { isSameVersion } from './versions.js';

export const golangMigrate = {
  id: 'golang-migrate',
  extensions: ['.sql'],
  inFileRollback: false,
  wrapsInTransaction: false,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName(fileName) {
    const match = stripSqlExtension(fileName)?.match(/^(\d+)_(.*)\.(up|down)$/is);
    if (!match) return null;
    const [, version = '', name = '', direction = ''] = match;
    return versionedName(version, name, direction.toLowerCase() === 'up' ? 'up' : 'down');
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === 'down' && up.direction === 'up' && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;
