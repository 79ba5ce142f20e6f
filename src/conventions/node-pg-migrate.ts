/** node-pg-migrate, SQL form: `<epoch-ms>_<name>.sql` with both directions after `-- Up Migration` and `-- Down Migration`. */
import type { Convention } from './types.js';
import { parseNumberedName } from './names.js';
import { splitAtMarkers, type Marker } from './sections.js';

export const nodePgMigrate = {
  id: 'node-pg-migrate',
  extensions: ['.sql'],
  inFileRollback: true,
  // Each migration runs in a transaction unless it calls pgm.noTransaction() (the JavaScript form only).
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName: parseNumberedName,
  sections(text) {
    const { up, down } = splitAtMarkers(text, readNodePgMigrateMarker);
    return { up: up?.section ?? null, down: down?.section ?? null, transaction: true };
  },
} satisfies Convention;

function readNodePgMigrateMarker(line: string): Marker | null {
  const match = /^\s*--\s*(up|down)\s+migration\s*$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === 'up' ? 'up' : 'down' };
}
