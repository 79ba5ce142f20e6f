/**
 * The embedded engine: PGlite, PostgreSQL compiled to WebAssembly, in this process, in memory.
 * Its initdb takes seconds; the initial data directory it makes is kept once as a tarball in the OS temporary
 * directory (never in the user's repository) and loaded from there on later runs.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Engine } from './engine.js';

/** Where the initial data directory is cached; `MIGRATION_LINT_CACHE_DIR` moves it. */
export function pgliteCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.MIGRATION_LINT_CACHE_DIR || join(tmpdir(), `migration-lint-${safeUser()}`);
  return join(dir, `pglite-${engineBuild()}.tar`);
}

export async function startPglite(): Promise<Engine> {
  const { PGlite } = await import('@electric-sql/pglite');
  const cache = pgliteCacheFile();
  const initial = readCache(cache);
  let db: PGlite;
  if (initial) {
    db = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(initial)]), relaxedDurability: true });
  } else {
    db = await PGlite.create({ relaxedDurability: true });
    // Only a database nothing ran in yet is cached.
    writeCache(cache, await db.dumpDataDir('none'));
  }
  let closed = false;
  return {
    name: 'PGlite',
    schema: 'public',
    sharedDatabase: false,
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params?: unknown[]) {
      return (await db.query<T>(sql, params)).rows;
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}

function readCache(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** Written beside and renamed into place, so a run that reads it never sees half a file. A failed write only costs speed. */
async function writeCache(path: string, tarball: Blob): Promise<void> {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    renameSync(partial, path);
  } catch {
    // The next run makes its own initial directory again.
  }
}

declare const MIGRATION_LINT_PGLITE_VERSION: string | undefined;

/** Identifies the PGlite build (inlined by the bundles), so an upgrade never loads a data directory of another PostgreSQL. */
function engineBuild(): string {
  if (typeof MIGRATION_LINT_PGLITE_VERSION === 'string') return MIGRATION_LINT_PGLITE_VERSION;
  // From source (the tests): the installed package's version.
  const require = createRequire(import.meta.url);
  const main = require.resolve('@electric-sql/pglite');
  const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function safeUser(): string {
  try {
    return userInfo().username.replace(/[^\w.-]/g, '_') || 'user';
  } catch {
    return 'user';
  }
}
