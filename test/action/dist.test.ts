/** dist/ as the runner executes it: committed, current with src/, and working as a real process on a shallow checkout. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createOriginClone } from '../helpers/git-repo.js';
import { collect, makeRunner, pullRequestEvent } from './runner.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST_FILES = ['index.js', 'libpg-query.wasm', 'pglite.wasm', 'pglite.data', 'initdb.wasm'];

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A file as git will commit it (the index), so a dist/ rebuilt by `npm run build` but not committed still fails. */
function indexed(path: string): Buffer | null {
  try {
    return execFileSync('git', ['show', `:${path}`], { cwd: ROOT, maxBuffer: 1 << 28 });
  } catch {
    return null;
  }
}

const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT }).status === 0;

describe('dist/', () => {
  it.skipIf(!inGit)('is committed and byte-identical to a fresh build of src/', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'migration-lint-dist-'));
    cleanups.push(() => rmSync(outdir, { recursive: true, force: true }));
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-action.mjs'), '--outdir', outdir], { cwd: ROOT, stdio: 'pipe' });
    for (const file of DIST_FILES) {
      const committed = indexed(`dist/${file}`);
      const fresh = readFileSync(join(outdir, file));
      expect(committed, `dist/${file} is not in git: run npm run build and commit dist/`).not.toBeNull();
      expect(committed!.equals(fresh), `dist/${file} is stale: run npm run build and commit dist/`).toBe(true);
    }
  });

  it('runs as the runner runs it, on a depth-1 checkout, with the parser loaded from beside the bundle', async () => {
    const clone = await createOriginClone(
      {
        base: { 'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint, email text);\n' },
        branch: [{ 'db/migrations/20260301000000_rename_email.sql': "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN email TO mail;\n" }, { 'README.md': 'x\n' }],
      },
      { depth: 1, branch: 'feature' },
    );
    cleanups.push(clone.cleanup);
    const base = clone.git(`--git-dir=${clone.origin}`, 'rev-parse', 'main').trim();
    const runner = makeRunner({ workspace: clone.dir, event: pullRequestEvent(base, clone.git('rev-parse', 'HEAD').trim()), inputs: { comment: 'false' } });
    cleanups.push(runner.cleanup);

    // The runner starts `node dist/index.js` in the workspace, with only its own variables and the inputs.
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: clone.dir,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], ...runner.env },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const run = collect(runner, result.status!, result.stdout);
    expect(run.commands).toEqual([
      expect.stringMatching(/^::error title=require-rollback,file=db\/migrations\/20260301000000_rename_email\.sql,/),
      expect.stringMatching(/^::error title=backward-incompatible,file=db\/migrations\/20260301000000_rename_email\.sql,line=2,endLine=2,col=1,endColumn=46::RENAME COLUMN users\.email TO mail /),
      '::error::migration-lint found 2 errors and 0 warnings (fail-on: error)',
    ]);
    expect(run.outputs).toMatchObject({ errors: '2', warnings: '0' });
    expect(JSON.parse(readFileSync(run.outputs['findings-json']!, 'utf8')).base).toBe(base);
    expect(run.summary).toContain('❌ **2 errors, 0 warnings** in 1 migration.');
  });

  it('proves a rollback in the embedded PostgreSQL with verify-rollback, its engine loaded from beside the bundle', async () => {
    const clone = await createOriginClone(
      {
        base: { 'db/migrations/001_users.up.sql': 'CREATE TABLE users (id bigint);\n', 'db/migrations/001_users.down.sql': 'DROP TABLE users;\n' },
        branch: [{ 'db/migrations/002_email.up.sql': 'ALTER TABLE users ADD COLUMN email text;\n', 'db/migrations/002_email.down.sql': 'SELECT 1;\n' }],
      },
      { depth: 1, branch: 'feature' },
    );
    cleanups.push(clone.cleanup);
    const base = clone.git(`--git-dir=${clone.origin}`, 'rev-parse', 'main').trim();
    const runner = makeRunner({
      workspace: clone.dir,
      event: pullRequestEvent(base, clone.git('rev-parse', 'HEAD').trim()),
      inputs: { comment: 'false', 'verify-rollback': 'true' },
    });
    cleanups.push(runner.cleanup);
    const cache = mkdtempSync(join(tmpdir(), 'migration-lint-cache-'));
    cleanups.push(() => rmSync(cache, { recursive: true, force: true }));
    const result = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], {
      cwd: clone.dir,
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], MIGRATION_LINT_CACHE_DIR: cache, ...runner.env },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const run = collect(runner, result.status!, result.stdout);
    expect(run.commands).toContainEqual(
      expect.stringMatching(/^::error title=rollback-roundtrip,file=db\/migrations\/002_email\.down\.sql,line=1,.*::Down leaves column users\.email: /),
    );
  });
});
