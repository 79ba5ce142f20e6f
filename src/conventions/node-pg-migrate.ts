/** node-pg-migrate: `<epoch-ms>_<name>.{js,ts}` exporting `up(pgm)` and `down(pgm)`, or `down = false` for no way back. */
import type { Convention } from './types.js';
import { SCRIPT_EXTENSIONS, parseScriptName } from './knex.js';

export const nodePgMigrate = {
  id: 'node-pg-migrate',
  inFileRollback: true,
  // Each migration runs in a transaction unless the file opts out.
  wrapsInTransaction: true,
  checksummed: false,
  extensions: SCRIPT_EXTENSIONS,
  parseName: parseScriptName,
  async read(text, path, lines) {
    const [{ readJavaScriptMigration }, { nodePgMigrateDialect }] = await Promise.all([
      import('../orm/javascript.js'),
      import('../orm/node-pg-migrate.js'),
    ]);
    return readJavaScriptMigration(text, path, lines, nodePgMigrateDialect);
  },
} satisfies Convention;
