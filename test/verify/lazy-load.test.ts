/** PGlite and pg load only in a run that verifies rollbacks: the hook's runs never pay for them. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';
import type { TestRepo } from '../helpers/git-repo.js';

const BIN = fileURLToPath(new URL('../../bin/migration-lint.cjs', import.meta.url));
const PROBE = fileURLToPath(new URL('./engine-probe.mjs', import.meta.url));

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function repoWithMigration(): Promise<TestRepo> {
  const repo = await createRepo({
    base: { 'db/migrations/001_users.up.sql': 'CREATE TABLE users (id bigint);\n', 'db/migrations/001_users.down.sql': 'DROP TABLE users;\n' },
    branch: [{ 'db/migrations/002_email.up.sql': 'ALTER TABLE users ADD COLUMN email text;\n', 'db/migrations/002_email.down.sql': 'ALTER TABLE users DROP COLUMN email;\n' }],
  });
  cleanups.push(repo.cleanup);
  return repo;
}

/** The engine modules a CLI run resolved. */
function engineModules(cwd: string, args: string[]): { status: number | null; modules: string[]; cached: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'migration-lint-probe-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const log = join(dir, 'modules.log');
  const result = spawnSync(process.execPath, ['--import', PROBE, BIN, ...args], {
    cwd,
    env: { ...process.env, ENGINE_PROBE_LOG: log, MIGRATION_LINT_CACHE_DIR: join(dir, 'cache') },
    encoding: 'utf8',
  });
  const cache = join(dir, 'cache');
  return {
    status: result.status,
    modules: existsSync(log) ? engines(readFileSync(log, 'utf8').split('\n').filter(Boolean)) : [],
    cached: existsSync(cache) ? readdirSync(cache) : [],
  };
}

/** Which engines the resolved modules hold, told by their code (in lib/ they are bundled into hashed chunks). */
function engines(urls: string[]): string[] {
  const found = new Set<string>();
  for (const url of new Set(urls)) {
    const code = readFileSync(fileURLToPath(url), 'utf8');
    if (code.includes('PGlite is closing')) found.add('pglite');
    if (code.includes('Client has already been connected')) found.add('pg');
  }
  return [...found].sort();
}

describe('the engines', () => {
  it('do not load when a run lints migrations without verifying them', async () => {
    const repo = await repoWithMigration();
    expect(engineModules(repo.dir, ['--base', 'main', '--staged'])).toEqual({ status: 0, modules: [], cached: [] });
  });

  it('load when --verify-rollback asks for them (PGlite only, without --database-url), caching outside the repository', async () => {
    const repo = await repoWithMigration();
    const { status, modules, cached } = engineModules(repo.dir, ['--base', 'main', '--verify-rollback']);
    expect(cached).toEqual([expect.stringMatching(/^pglite-.+\.tar$/)]);
    expect(repo.git('status', '--porcelain', '--ignored')).toBe('');
    expect(status).toBe(0);
    expect(modules).toEqual(['pglite']);
  });
});
