/** Flyway: versioned `V<ver>__<desc>.sql`, undo `U<ver>__<desc>.sql`, repeatable `R__<desc>.sql`; prefixes are uppercase. */
import type { Convention } from './types.js';
import { stripSqlExtension, versionedName } from './names.js';
import { isSameVersion } from './versions.js';

export const flyway = {
  id: 'flyway',
  extensions: ['.sql'],
  inFileRollback: false,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: true,
  parseName(fileName) {
    const stem = stripSqlExtension(fileName);
    if (stem === null) return null;
    const repeatable = /^R__(.*)$/s.exec(stem);
    if (repeatable) return { version: null, name: repeatable[1] ?? '', direction: 'up', kind: 'repeatable' };
    const match = /^([VU])(\d+(?:[._]\d+)*)__(.*)$/s.exec(stem);
    if (!match) return null;
    const [, prefix, version = '', name = ''] = match;
    return versionedName(version.replaceAll('_', '.'), name, prefix === 'V' ? 'up' : 'down');
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === 'down' && up.direction === 'up' && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;
