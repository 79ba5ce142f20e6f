/** Reading the parts of migration file names that several tools share. */
import type { Direction, ParsedName } from '../types.js';

/** The name without its `.sql` extension (any case), or null for any other file. */
export function stripSqlExtension(fileName: string): string | null {
  return /\.sql$/i.test(fileName) ? fileName.slice(0, -'.sql'.length) : null;
}

/** A versioned migration's parsed name. */
export function versionedName(version: string, name: string, direction: Direction): ParsedName {
  return { version, name, direction, kind: 'versioned' };
}

/** `<digits>_<name>.sql`, the layout goose and dbmate share; both keep up and down in the one file. */
export function parseNumberedName(fileName: string): ParsedName | null {
  const match = stripSqlExtension(fileName)?.match(/^(\d+)_(.*)$/s);
  if (!match) return null;
  const [, version = '', name = ''] = match;
  return versionedName(version, name, 'both');
}
