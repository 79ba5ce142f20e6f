/** Knex: `<timestamp>_<name>.{js,ts,cjs,mjs}` exporting `up` and `down` functions that call the schema builder. */
import type { Convention } from './types.js';
import { versionedName } from './names.js';

/** The extensions Knex and node-pg-migrate load migrations from. */
export const SCRIPT_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'];

/** `<digits>_<name>.<js|ts…>` (or `-`): the version is the number; declaration files are not migrations. */
export function parseScriptName(fileName: string): ReturnType<Convention['parseName']> {
  if (/\.d\.[cm]?ts$/i.test(fileName)) return null;
  const match = /^(\d+)(?:[_-](.*?))?\.[cm]?[jt]s$/is.exec(fileName);
  if (!match) return null;
  return versionedName(match[1]!, match[2] ?? '', 'both');
}

export const knex = {
  id: 'knex',
  inFileRollback: true,
  // Each migration runs in a transaction unless the file opts out.
  wrapsInTransaction: true,
  // Each builder call is a query of its own; only a raw SQL string with several statements goes as one.
  sendsFileAsOneQuery: false,
  checksummed: false,
  extensions: SCRIPT_EXTENSIONS,
  parseName: parseScriptName,
  async read(text, path, lines) {
    const [{ readJavaScriptMigration }, { knexDialect }] = await Promise.all([import('../orm/javascript.js'), import('../orm/knex.js')]);
    return readJavaScriptMigration(text, path, lines, knexDialect);
  },
} satisfies Convention;
