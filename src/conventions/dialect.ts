/** Which database engine a migrations directory is written for, from its path or its SQL: only PostgreSQL's are linted. */
import { posix } from 'node:path';
import type { Dialect } from '../config.js';
import { SqlScanner } from '../sql/scan.js';

/** Why a directory is taken to be another engine's, for the notice. */
export interface DialectGuess {
  dialect: Exclude<Dialect, 'postgresql'>;
  /** The engine's own name (`vertica` for the dialect `other`). */
  engine: string;
  /** What says so, e.g. `the directory is named sqlite`, `AUTOINCREMENT in 0001_init.sql`. */
  evidence: string;
}

const NAMED: Record<string, DialectGuess['dialect']> = {
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
  mysql: 'mysql',
  mariadb: 'mysql',
  clickhouse: 'clickhouse',
  spanner: 'spanner',
  starrocks: 'mysql',
  tidb: 'mysql',
  turso: 'sqlite',
  libsql: 'sqlite',
  duckdb: 'other',
  vertica: 'other',
  ydb: 'other',
  mssql: 'other',
  sqlserver: 'other',
  oracle: 'other',
  snowflake: 'other',
};

/** A directory another engine's SQL is in; null for PostgreSQL (or nothing that says otherwise). */
export function guessDialect(directory: string, samples: Array<{ path: string; text: string }>): DialectGuess | null {
  for (const part of directory.toLowerCase().split(/[/_.-]+/)) {
    const dialect = NAMED[part];
    if (dialect) return { dialect, engine: dialect === 'other' ? part : dialect, evidence: `its path names ${part}` };
  }
  for (const { path, text } of samples) {
    // Only SQL tells an engine: a JavaScript template literal is not a backtick-quoted name.
    if (!/\.sql$/i.test(path)) continue;
    const sign = findForeignSyntax(text);
    if (sign) return { dialect: sign.dialect, engine: sign.dialect, evidence: `${sign.what} in ${posix.basename(path)}` };
  }
  return null;
}

/** Syntax PostgreSQL has no use for, outside comments, strings and dollar quotes. */
function findForeignSyntax(text: string): { dialect: DialectGuess['dialect']; what: string } | null {
  const scanner = new SqlScanner(text);
  let previousWord = '';
  while (scanner.next()) {
    const token = text.slice(scanner.start, scanner.end);
    if (scanner.kind === 'punct') {
      if (token === '`') return { dialect: 'mysql', what: 'a backtick-quoted name' };
      if (token === '=' && previousWord === 'ENGINE') return { dialect: /\bMergeTree\b/.test(text) ? 'clickhouse' : 'mysql', what: 'ENGINE=' };
      continue;
    }
    if (scanner.kind !== 'word') continue;
    const word = token.toUpperCase();
    if (word === 'AUTOINCREMENT') return { dialect: 'sqlite', what: 'AUTOINCREMENT' };
    if (word === 'AUTO_INCREMENT') return { dialect: 'mysql', what: 'AUTO_INCREMENT' };
    if (word === 'INTERLEAVE') return { dialect: 'spanner', what: 'INTERLEAVE IN PARENT' };
    previousWord = word;
  }
  return null;
}
