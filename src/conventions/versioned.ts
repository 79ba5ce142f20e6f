/**
 * Directory-versioned schemas: `…/versioned/v<major>.<minor>/*.sql`. A version directory is one release, applied in
 * version order; its files share the version and run in name order (or the order its `manifest.json` lists).
 */
import { posix } from 'node:path';
import type { Convention } from './types.js';
import { versionedName } from './names.js';

const VERSION_DIRECTORY = /^v(\d+(?:\.\d+)*)$/i;

export const versioned = {
  id: 'versioned',
  extensions: ['.sql'],
  inFileRollback: false,
  wrapsInTransaction: null,
  sendsFileAsOneQuery: false,
  checksummed: false,
  hasRollbacks: false,
  locate(path) {
    const parent = posix.dirname(path);
    const root = posix.dirname(parent);
    if (parent === '.' || posix.basename(root) !== 'versioned' || !VERSION_DIRECTORY.test(posix.basename(parent))) return null;
    return { directory: root, entry: `${posix.basename(parent)}/${posix.basename(path)}` };
  },
  parseName(entry) {
    const slash = entry.indexOf('/');
    const version = VERSION_DIRECTORY.exec(entry.slice(0, Math.max(slash, 0)))?.[1];
    const file = entry.slice(slash + 1);
    if (version === undefined) return null;
    // `v1.2/` stands for a release the change leaves alone.
    if (file === '') return { ...versionedName(version, '', 'up'), unit: entry };
    if (!/\.sql$/i.test(file) || /\.down\.sql$/i.test(file)) return null;
    return { ...versionedName(version, file.slice(0, -'.sql'.length), 'up'), unit: entry.slice(0, slash + 1) };
  },
  isRollbackOf() {
    // Releases roll forward: no tool of this layout runs a down script.
    return false;
  },
} satisfies Convention;
