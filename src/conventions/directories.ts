/** Reading layouts where a migration is a directory of files (diesel, Prisma): `<version>_<name>/<file>`. */
import { posix } from 'node:path';
import type { Direction, ParsedName } from '../types.js';
import { versionedName } from './names.js';
import type { MigrationPlace } from './types.js';

/** The place of `<dir>/<version>_<name>/<file>` when the directory and file names fit: the grandparent, entry `<version>_<name>/<file>`. */
export function locateInMigrationDirectory(path: string, directory: RegExp, files: Record<string, Direction>): MigrationPlace | null {
  const file = posix.basename(path);
  // Most paths are a plain migration's: its file name alone rules the layout out.
  if (files[file.toLowerCase()] === undefined) return null;
  const parent = posix.dirname(path);
  const unit = posix.basename(parent);
  if (parent === '.' || !directory.test(unit)) return null;
  return { directory: posix.dirname(parent), entry: `${unit}/${file}` };
}

/**
 * Reads an entry: `<version>_<name>/<file>` is that file's direction; `<version>_<name>/` (a migration directory the
 * change leaves alone) stands for its migration. The version drops separators, as the tools record it.
 */
export function readMigrationDirectoryEntry(entry: string, directory: RegExp, files: Record<string, Direction>): ParsedName | null {
  const slash = entry.indexOf('/');
  if (slash <= 0) return null;
  const match = directory.exec(entry.slice(0, slash));
  const file = entry.slice(slash + 1);
  const direction = file === '' ? 'up' : files[file.toLowerCase()];
  if (!match || direction === undefined) return null;
  return versionedName((match[1] ?? '').replaceAll('-', ''), match[2] ?? '', direction);
}
