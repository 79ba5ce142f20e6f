/** The JavaScript and Python parsers are bundled chunks that load only when a run has a migration in those languages. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';
import type { Tree } from '../helpers/git-repo.js';

const BIN = fileURLToPath(new URL('../../bin/migration-lint.cjs', import.meta.url));
const PROBE = fileURLToPath(new URL('./module-probe.mjs', import.meta.url));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Which bundled parsers one CLI run on the branch loaded, told by the module paths esbuild leaves in each chunk. */
async function parsersLoaded(branch: Tree): Promise<string[]> {
  const repo = await createRepo({ base: { 'README.md': '# app\n' }, branch: [branch] });
  cleanups.push(repo.cleanup);
  const log = join(repo.dir, '.git', 'modules.log');
  const run = spawnSync(process.execPath, ['--import', PROBE, BIN, '--base', 'main'], {
    cwd: repo.dir,
    env: { ...process.env, MODULE_PROBE_LOG: log, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).not.toBe(2);
  const files = readFileSync(log, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url));
  rmSync(log);
  const loaded = new Set<string>();
  for (const file of new Set(files)) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (text.includes('node_modules/@babel/parser/')) loaded.add('@babel/parser');
    if (text.includes('node_modules/@lezer/python/')) loaded.add('@lezer/python');
  }
  return [...loaded].sort();
}

describe('lazy parsers', { timeout: 60_000 }, () => {
  it('a run with only SQL migrations loads neither Babel nor Lezer', async () => {
    expect(await parsersLoaded({ 'db/migrations/20260101000000_x.sql': 'CREATE TABLE t (id int);\n' })).toEqual([]);
  });

  it('a Knex migration loads Babel only, an Alembic one Lezer only', async () => {
    expect(await parsersLoaded({ 'db/migrations/20260101000000_x.js': "exports.up = (knex) => knex.schema.dropTable('t');\n" })).toEqual(['@babel/parser']);
    expect(
      await parsersLoaded({ 'migrations/versions/a1_x.py': "revision = 'a1'\ndown_revision = None\ndef upgrade():\n    op.drop_table('t')\n" }),
    ).toEqual(['@lezer/python']);
  });
});
