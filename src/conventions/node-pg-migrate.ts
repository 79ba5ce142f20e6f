/**
 * node-pg-migrate: `<epoch-ms>_<name>.{js,ts,sql}`. JavaScript and TypeScript files export `up(pgm)` and `down(pgm)`
 * (`down = false` for no way back); SQL files hold both directions after `-- Up Migration` and `-- Down Migration`.
 */
import type { Convention } from './types.js';
import { SCRIPT_EXTENSIONS, parseScriptName } from './knex.js';
import { parseNumberedName } from './names.js';
import { splitAtMarkers, type Marker } from './sections.js';

export const nodePgMigrate = {
  id: 'node-pg-migrate',
  extensions: ['.sql', ...SCRIPT_EXTENSIONS],
  inFileRollback: true,
  // Each migration runs in a transaction unless it calls pgm.noTransaction() (the JavaScript form only).
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName: (fileName) => parseNumberedName(fileName) ?? parseScriptName(fileName),
  sections(text) {
    const { up, down } = splitAtMarkers(text, readNodePgMigrateMarker);
    return { up: up?.section ?? null, down: down?.section ?? null, transaction: true };
  },
  // The migrations table holds names without extensions: `x.js` converted to `x.ts` is the migration already run.
  isSameMigration: (oldPath, newPath) => oldPath.replace(/\.[^./]+$/, '') === newPath.replace(/\.[^./]+$/, ''),
  async read(text, path, lines) {
    const [{ readJavaScriptMigration }, { nodePgMigrateDialect }] = await Promise.all([
      import('../orm/javascript.js'),
      import('../orm/node-pg-migrate.js'),
    ]);
    return readJavaScriptMigration(text, path, lines, nodePgMigrateDialect);
  },
} satisfies Convention;

function readNodePgMigrateMarker(line: string): Marker | null {
  const match = /^\s*--\s*(up|down)\s+migration\s*$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === 'up' ? 'up' : 'down' };
}
