/**
 * The command line is CommonJS files in lib/ that load as a run needs them (scripts/build.mjs): a commit of application
 * code, the pre-commit hook's most common run, loads the front alone; a migration loads the pipeline; the validator
 * and CI's reporters load only for a config and for their formats.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';
import type { Tree } from '../helpers/git-repo.js';

const BIN = fileURLToPath(new URL('../../bin/migration-lint.cjs', import.meta.url));
const LIB = fileURLToPath(new URL('../../lib', import.meta.url));
const PROBE = fileURLToPath(new URL('./files-loaded-probe.cjs', import.meta.url));
const logs = mkdtempSync(join(tmpdir(), 'migration-lint-files-'));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  rmSync(logs, { recursive: true, force: true });
});

const base: Tree = {
  'src/orders.ts': 'export const orders = [];\n',
  'db/migrations/20260101000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
};

/** The files of lib/ one `migration-lint --staged` run loaded, with what is staged, and its exit code. */
async function filesLoaded(staged: Tree, args: string[] = []): Promise<{ files: string[]; status: number | null }> {
  const repo = await createRepo({ base, staged });
  cleanups.push(repo.cleanup);
  const log = join(logs, `${cleanups.length}.log`);
  const run = spawnSync(process.execPath, ['--require', PROBE, BIN, '--staged', '--base', 'main', ...args], {
    cwd: repo.dir,
    env: { ...process.env, FILES_LOADED_LOG: log, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const files = readFileSync(log, 'utf8').split('\n').filter((file) => dirname(file) === LIB).map((file) => basename(file));
  return { files: files.sort(), status: run.status };
}

describe('the command line files a run loads', { timeout: 60_000 }, () => {
  it('are the front alone for a commit of application code', async () => {
    expect(await filesLoaded({ 'src/orders.ts': 'export const orders = [1];\n' })).toEqual({ files: ['cli.cjs'], status: 0 });
  });

  it('add the pipeline for a migration, and nothing else', async () => {
    const migration = { 'db/migrations/20260102000000_add_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n' };
    expect((await filesLoaded(migration)).files).toEqual(['cli.cjs', 'pipeline.cjs']);
  });

  it('add the validator for a config, and the reporters for a format of CI', async () => {
    const change = { 'src/orders.ts': 'export const orders = [1];\n', '.migration-lint.json': '{ "maxMigrationsPerPr": 2 }\n' };
    expect(await filesLoaded(change, ['--format', 'sarif'])).toEqual({ files: ['cli.cjs', 'config-validate.cjs', 'reporters.cjs'], status: 0 });
  });
});
