/** goose: `<version>_<name>.sql` holding both directions after `-- +goose Up` and `-- +goose Down` lines. */
import type { Convention } from './types.js';
import { parseNumberedName } from './names.js';
import { splitAtMarkers, type Marker } from './sections.js';

const NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/i;
const ENVSUB_ON = /^\s*--\s*\+goose\s+envsub\s+on\b/im;

export const goose = {
  id: 'goose',
  extensions: ['.sql'],
  inFileRollback: true,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: false,
  parseName: parseNumberedName,
  sections(text) {
    const { up, down } = splitAtMarkers(text, readGooseMarker);
    return {
      up: up?.section ?? null,
      down: down?.section ?? null,
      transaction: !text.split('\n').some((line) => NO_TRANSACTION.test(line)),
    };
  },
  toSql(text) {
    // Under `-- +goose ENVSUB ON`, goose fills `${VAR}`, `${VAR:-default}` and `$VAR` from the environment. Their values
    // are unknown here; an identifier of the same length is valid wherever goose users put one. `$1` parameters and
    // `$tag$` dollar quotes are left alone.
    if (!ENVSUB_ON.test(text)) return text;
    return text.replace(/\$\{[^}\n]*\}|\$[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_$])/g, (placeholder) => 'x'.repeat(placeholder.length));
  },
} satisfies Convention;

function readGooseMarker(line: string): Marker | null {
  const match = /^\s*--\s*\+goose\s+(up|down)\b/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === 'up' ? 'up' : 'down' };
}
