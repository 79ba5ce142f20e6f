/** The fallback: `<digits>_<name>.sql` or `<digits>-<name>.sql`, with rollbacks in `.down`, `.rollback` or `.undo` twins. */
import type { Convention } from './types.js';
import { stripSqlExtension, versionedName } from './names.js';
import { isSameVersion } from './versions.js';

export const timestamp = {
  id: 'timestamp',
  extensions: ['.sql'],
  inFileRollback: false,
  wrapsInTransaction: null,
  sendsFileAsOneQuery: false,
  checksummed: false,
  parseName(fileName) {
    const match = stripSqlExtension(fileName)?.match(/^(\d{1,17})(?:[_-](.*?))?(?:\.(up|down|rollback|undo))?$/is);
    if (!match) return null;
    const [, version = '', name = '', suffix = 'up'] = match;
    return versionedName(version, name, suffix.toLowerCase() === 'up' ? 'up' : 'down');
  },
  isRollbackOf(candidate, up) {
    // Two migrations may share a timestamp; the name tells whose rollback this is.
    return (
      candidate.direction === 'down' &&
      up.direction === 'up' &&
      candidate.name === up.name &&
      isSameVersion(candidate.version, up.version)
    );
  },
} satisfies Convention;
