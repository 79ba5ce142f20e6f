/** postgrator: `<version>.do.<name>.sql`, undone by `<version>.undo.<name>.sql`; the name is optional. */
import type { Convention } from './types.js';
import { versionedName } from './names.js';
import { isSameVersion } from './versions.js';

export const postgrator = {
  id: 'postgrator',
  extensions: ['.sql'],
  inFileRollback: false,
  // postgrator runs a file as one query, with no transaction of its own.
  wrapsInTransaction: false,
  sendsFileAsOneQuery: true,
  // It stores each file's md5 and refuses to run when an applied file changed (validateChecksums, on by default).
  checksummed: true,
  parseName(fileName) {
    const match = /^(\d+)\.(do|undo)(?:\.(.*))?\.sql$/is.exec(fileName);
    if (!match) return null;
    const [, version = '', direction = '', name = ''] = match;
    return versionedName(version, name, direction.toLowerCase() === 'do' ? 'up' : 'down');
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === 'down' && up.direction === 'up' && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;
