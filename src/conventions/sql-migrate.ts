/**
 * sql-migrate: any `<id>.sql`, both directions after `-- +migrate Up` and `-- +migrate Down` lines, statements that
 * hold semicolons between `-- +migrate StatementBegin` and `StatementEnd`, `notransaction` after a direction. It orders
 * files by the number their name starts with (`20240102.1-x.sql`: 20240102.1).
 */
import type { Convention } from './types.js';
import { versionedName } from './names.js';
import { splitWithTransactions, type TransactionMarker } from './sections.js';

type SqlMigrateMarker = TransactionMarker;

export const sqlMigrate = {
  id: 'sql-migrate',
  extensions: ['.sql'],
  inFileRollback: true,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: false,
  parseName(fileName) {
    const match = /^(\d+(?:\.\d+)*)(?:[-_.](.*?))?\.sql$/is.exec(fileName);
    if (!match) return null;
    const [, version = '', name = ''] = match;
    return { ...versionedName(version, name, 'both') };
  },
  sections: (text) => splitWithTransactions(text, readSqlMigrateMarker),
} satisfies Convention;

function readSqlMigrateMarker(line: string): SqlMigrateMarker | null {
  const match = /^\s*--\s*\+migrate\s+(up|down)\b(.*)$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === 'up' ? 'up' : 'down', transaction: !/\bnotransaction\b/i.test(match[2] ?? '') };
}
