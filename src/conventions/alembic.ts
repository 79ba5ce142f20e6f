/**
 * Alembic: `versions/*.py`, each declaring its `revision` and the `down_revision` it follows, with `upgrade()` and
 * `downgrade()`. The order is the revision graph, not the file names.
 */
import type { Convention } from './types.js';

export const alembic = {
  id: 'alembic',
  inFileRollback: true,
  // Each migration runs in a transaction unless the file opts out.
  wrapsInTransaction: true,
  // Each builder call is a query of its own; only a raw SQL string with several statements goes as one.
  sendsFileAsOneQuery: false,
  checksummed: false,
  extensions: ['.py'],
  parseName(fileName) {
    // Alembic skips `__init__.py` and editor files; the version is the revision id, read from the file.
    const match = /^(?!__init__|\.#)(.+)\.py$/s.exec(fileName);
    return match ? { version: null, name: match[1]!, direction: 'both', kind: 'versioned' } : null;
  },
  async read(text, _path, lines) {
    const { readAlembicMigration } = await import('../orm/alembic.js');
    return readAlembicMigration(text, lines);
  },
  async revisionOf(text) {
    const { readAlembicRevision } = await import('../orm/alembic.js');
    return readAlembicRevision(text);
  },
} satisfies Convention;
