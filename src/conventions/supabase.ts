/**
 * Supabase CLI: `supabase/migrations/<timestamp>_<name>.sql`, forward-only. The CLI applies every such file in its
 * migrations directory, so a rollback cannot sit beside it: it is the file of the same name in the sibling
 * `supabase/rollbacks/` directory, which the CLI never reads.
 */
import { posix } from 'node:path';
import type { Convention } from './types.js';
import { versionedName } from './names.js';
import { isSameVersion } from './versions.js';

/** Where rollbacks live, relative to the migrations directory; entries there are `../rollbacks/<file>`. */
export const SUPABASE_ROLLBACKS = '../rollbacks';

export const supabase = {
  id: 'supabase',
  extensions: ['.sql'],
  inFileRollback: false,
  // The CLI runs each file in its own transaction.
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: false,
  forwardOnly: true,
  rollbackDirectory: SUPABASE_ROLLBACKS,
  locate(path) {
    const dir = posix.dirname(path);
    if (!isSupabaseDirectory(dir, 'rollbacks')) return null;
    return { directory: posix.join(posix.dirname(dir), 'migrations'), entry: `${SUPABASE_ROLLBACKS}/${posix.basename(path)}` };
  },
  parseName(entry) {
    const rollback = entry.startsWith(`${SUPABASE_ROLLBACKS}/`);
    const match = /^(\d+)_(.*)\.sql$/is.exec(rollback ? entry.slice(SUPABASE_ROLLBACKS.length + 1) : entry);
    if (!match) return null;
    return versionedName(match[1] ?? '', match[2] ?? '', rollback ? 'down' : 'up');
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === 'down' && up.direction === 'up' && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;

/** `supabase/<leaf>` at any depth (`apps/web/supabase/migrations`). */
export function isSupabaseDirectory(dir: string, leaf: 'migrations' | 'rollbacks'): boolean {
  return dir === `supabase/${leaf}` || dir.endsWith(`/supabase/${leaf}`);
}
