/** dbmate: `<version>_<name>.sql` holding both directions after `-- migrate:up` and `-- migrate:down` lines. */
import type { Convention } from './types.js';
import { parseNumberedName } from './names.js';
import { splitWithTransactions, type TransactionMarker } from './sections.js';

type DbmateMarker = TransactionMarker;

export const dbmate = {
  id: 'dbmate',
  extensions: ['.sql'],
  inFileRollback: true,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName: parseNumberedName,
  sections: (text) => splitWithTransactions(text, readDbmateMarker),
} satisfies Convention;

/** A marker line with its options, e.g. `-- migrate:up transaction:false`. */
function readDbmateMarker(line: string): DbmateMarker | null {
  const match = /^\s*--\s*migrate:(up|down)(?![\w:])(.*)$/i.exec(line);
  if (!match) return null;
  const [, direction = '', options = ''] = match;
  return {
    direction: direction.toLowerCase() === 'up' ? 'up' : 'down',
    transaction: !/(?:^|\s)transaction:false\b/i.test(options),
  };
}
