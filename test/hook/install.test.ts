/**
 * The package as a user gets it: `npm pack`, installed from the tarball into a fresh repository, `npx migration-lint init`,
 * the hook turned on, and commits blocked or let through by the installed copy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, isolatedToolEnv } from '../helpers/git-repo.js';
import type { TestRepo } from '../helpers/git-repo.js';

const PROJECT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

const base = {
  'package.json': '{\n  "name": "shop",\n  "private": true\n}\n',
  '.gitignore': 'node_modules/\n',
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
};

describe('the packed package, installed and set up as the README says', { timeout: 180_000 }, () => {
  let repo: TestRepo;
  let work: string;
  let run: (command: string, args: string[]) => { code: number | null; output: string };
  const tarballs = new Map<string, string>();

  beforeAll(async () => {
    work = realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-pack-')));
    repo = await createRepo({ base });
    // No network (npm offline): every package comes from a tarball packed here.
    const env: NodeJS.ProcessEnv = { ...isolatedToolEnv(work), npm_config_cache: join(work, 'npm-cache') };
    run = (command, args) => {
      const result = spawnSync(command, args, { cwd: repo.dir, env, encoding: 'utf8' });
      return { code: result.status, output: `${result.stdout}${result.stderr}` };
    };
    // lib/ is committed and rebuilt by `npm test`; packing must not rebuild it under the other test files.
    const pack = (dir: string) => {
      const result = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work, dir], { cwd: work, env, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return join(work, result.stdout.trim().split('\n').pop()!);
    };
    tarballs.set('migration-lint', pack(PROJECT));
    // The tarball's runtime dependencies, offline: packed from this project's node_modules.
    for (const name of ['libpg-query', '@pgsql/types', 'husky']) tarballs.set(name, pack(join(PROJECT, 'node_modules', name)));
  }, 180_000);

  afterAll(async () => {
    await repo.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('installs, sets up the hook with init, blocks a bad migration and lets a good one through', () => {
    const install = run('npm', ['install', '-D', tarballs.get('migration-lint')!, tarballs.get('libpg-query')!, tarballs.get('@pgsql/types')!]);
    expect(install.code, install.output).toBe(0);

    const init = run('npx', ['migration-lint', 'init']);
    expect(init.code, init.output).toBe(0);
    expect(init.output).toMatch(/^package\.json: added husky \^9\.1\.7 to devDependencies$/m);
    expect(init.output).not.toMatch(/added migration-lint/);
    expect(init.output).toMatch(/^Next: run npm install, with no package names: it installs husky, and the prepare script turns the hook on/m);
    const schema = /\$schema=(\S+)/.exec(readFileSync(join(repo.dir, '.migration-lint.yaml'), 'utf8'))?.[1];
    expect(schema).toBe('node_modules/migration-lint/schema/config.schema.json');
    expect(JSON.parse(readFileSync(join(repo.dir, schema!), 'utf8'))).toHaveProperty('properties.rules');

    // An install that names a package skips the prepare script: the hook stays off, and init says how to turn it on.
    expect(run('npm', ['install', '-D', tarballs.get('husky')!]).code).toBe(0);
    expect(run('git', ['config', 'core.hooksPath']).output).toBe('');
    const again = run('npx', ['migration-lint', 'init']);
    expect(again.output).toMatch(/^Next: run npx husky to turn the hook on/m);
    const husky = run('npx', ['husky']);
    expect(husky.code, husky.output).toBe(0);
    expect(run('git', ['config', 'core.hooksPath']).output.trim()).toBe('.husky/_');

    run('git', ['add', 'package.json', 'package-lock.json', '.husky/pre-commit', '.migration-lint.yaml']);
    const setup = run('git', ['commit', '-q', '-m', 'Lint migrations before each commit']);
    expect(setup.code, setup.output).toBe(0);

    run('git', ['checkout', '-q', '-b', 'rename-email']);
    const head = run('git', ['rev-parse', 'HEAD']).output;
    writeFileSync(join(repo.dir, 'db/migrations/20260213010000_rename_email.sql'), 'ALTER TABLE users RENAME COLUMN email TO mail;\n');
    writeFileSync(join(repo.dir, 'db/migrations/20260213010000_rename_email.down.sql'), 'ALTER TABLE users RENAME COLUMN mail TO email;\n');
    run('git', ['add', 'db/migrations']);
    const bad = run('git', ['commit', '-q', '-m', 'Rename email']);
    expect(bad.code).not.toBe(0);
    expect(bad.output).toMatch(/^db\/migrations\/20260213010000_rename_email\.sql:1:1 +error +backward-incompatible$/m);
    expect(run('git', ['rev-parse', 'HEAD']).output).toBe(head);

    run('git', ['reset', '-q', '--hard']);
    run('git', ['checkout', '-q', '-B', 'nickname', 'main']);
    writeFileSync(join(repo.dir, 'db/migrations/20260213010000_add_nickname.sql'), 'ALTER TABLE users ADD COLUMN nickname text;\n');
    writeFileSync(join(repo.dir, 'db/migrations/20260213010000_add_nickname.down.sql'), 'ALTER TABLE users DROP COLUMN nickname;\n');
    run('git', ['add', 'db/migrations']);
    const good = run('git', ['commit', '-q', '-m', 'Add nickname']);
    expect(good.code, good.output).toBe(0);
    expect(run('git', ['log', '-1', '--format=%s']).output.trim()).toBe('Add nickname');
    expect(existsSync(join(repo.dir, 'node_modules/migration-lint/lib/cli.cjs'))).toBe(true);
  });
});
