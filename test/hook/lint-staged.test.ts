/** File mode as lint-staged runs it (`"*.sql": "migration-lint"` passes absolute paths): reports name files relative to the repository root. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';

const BIN = new URL('../../bin/migration-lint.cjs', import.meta.url).pathname;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface JsonReport {
  migrations: Array<{ path: string; rollback: string | null }>;
  findings: Array<{ ruleId: string; file: string }>;
}

function lintJson(cwd: string, files: string[]): JsonReport {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  const result = spawnSync(process.execPath, [BIN, ...files, '--format', 'json'], { cwd, env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as JsonReport;
}

const migrations = {
  'db/migrations/20260213010000_rename.sql': 'ALTER TABLE users RENAME COLUMN email TO mail;\n',
  'db/migrations/20260213010000_rename.down.sql': 'ALTER TABLE users RENAME COLUMN mail TO email;\n',
};

async function repo() {
  const created = await createRepo({ base: { 'app/package.json': '{}\n', ...migrations } });
  cleanups.push(created.cleanup);
  return created;
}

describe('file mode inside a git repository', () => {
  it('maps absolute paths to repository-relative ones, from the root and from a subdirectory', async () => {
    const { dir } = await repo();
    const absolute = join(dir, 'db/migrations/20260213010000_rename.sql');

    for (const cwd of [dir, join(dir, 'app')]) {
      const report = lintJson(cwd, [absolute]);
      expect(report.migrations).toEqual([
        expect.objectContaining({ path: 'db/migrations/20260213010000_rename.sql', rollback: 'db/migrations/20260213010000_rename.down.sql' }),
      ]);
      expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toContain('db/migrations/20260213010000_rename.sql backward-incompatible');
      expect(report.findings.every((f) => f.file === 'db/migrations/20260213010000_rename.sql')).toBe(true);
    }
  });

  it('maps relative paths and directories given from a subdirectory the same way', async () => {
    const { dir } = await repo();
    const report = lintJson(join(dir, 'app'), ['../db/migrations']);
    expect(report.migrations.map((m) => m.path)).toEqual([
      'db/migrations/20260213010000_rename.down.sql',
      'db/migrations/20260213010000_rename.sql',
    ]);
  });

  it('sees through a symlinked path to the repository', async () => {
    const { dir } = await repo();
    const link = join(realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-link-'))), 'checkout');
    cleanups.push(() => rmSync(dirname(link), { recursive: true, force: true }));
    symlinkSync(dir, link);
    const report = lintJson(dir, [join(link, 'db/migrations/20260213010000_rename.sql')]);
    expect(report.migrations.map((m) => m.path)).toEqual(['db/migrations/20260213010000_rename.sql']);
  });
});

describe('file mode outside a git repository', () => {
  it('shows paths relative to the working directory', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-nogit-')));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    for (const [path, content] of Object.entries(migrations)) {
      mkdirSync(dirname(join(dir, 'project', path)), { recursive: true });
      writeFileSync(join(dir, 'project', path), content);
    }
    const env = { ...process.env, GIT_CEILING_DIRECTORIES: dirname(dir), NO_COLOR: '1' };
    const result = spawnSync(process.execPath, [BIN, join(dir, 'project/db/migrations/20260213010000_rename.sql'), '--format', 'json'], {
      cwd: join(dir, 'project'),
      env,
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.migrations.map((m) => [m.path, m.rollback])).toEqual([
      ['db/migrations/20260213010000_rename.sql', 'db/migrations/20260213010000_rename.down.sql'],
    ]);
  });
});
