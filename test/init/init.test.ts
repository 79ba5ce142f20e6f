/** `migration-lint init` as users run it: the built command in real repositories, what it writes, what it refuses, and that a second run changes nothing. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createRepo } from '../helpers/git-repo.js';
import type { Tree } from '../helpers/git-repo.js';

const BIN = new URL('../../bin/migration-lint.cjs', import.meta.url).pathname;
const { version: VERSION } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function runInit(cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.HUSKY;
  const result = spawnSync(process.execPath, [BIN, 'init'], { cwd, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository whose main holds `committed`, with `files` written to the working tree only. */
async function repo(committed: Tree, files: Tree = {}) {
  const created = await createRepo({ base: committed });
  cleanups.push(created.cleanup);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(created.dir, path)), { recursive: true });
    writeFileSync(join(created.dir, path), content ?? '');
  }
  return created;
}

function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** Every file of the working tree with its content, and the index: what a second run must leave as is. */
function snapshot(dir: string, git: (...args: string[]) => string) {
  const paths = git('ls-files', '-z', '--cached', '--others').split('\0').filter(Boolean).sort();
  return { files: paths.map((p) => [p, read(dir, p), statSync(join(dir, p)).mode]), index: git('ls-files', '-s') };
}

const PACKAGE_JSON = '{\n  "name": "shop",\n  "version": "1.0.0",\n  "scripts": {\n    "test": "vitest"\n  }\n}\n';

const dbmateMigration = '-- migrate:up\nCREATE TABLE users (id bigint PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE users;\n';

describe('migration-lint init', () => {
  it('sets up husky, the hook and a config, prints one line per change, and never stages anything', async () => {
    const { dir, git } = await repo({ 'package.json': PACKAGE_JSON, 'db/migrations/20260101000000_create_users.sql': dbmateMigration });
    const indexBefore = git('ls-files', '-s');

    const { code, stdout, stderr } = runInit(dir);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        `package.json: added migration-lint ^${VERSION} to devDependencies`,
        'package.json: added husky ^9.1.7 to devDependencies',
        'package.json: added the script "prepare": "husky" (installs the hook on npm install)',
        '.husky/pre-commit: created, runs npx migration-lint --staged',
        '.migration-lint.yaml: created for db/migrations (dbmate, 1 file)',
        'Next: run npm install, with no package names: it installs migration-lint and husky, and the prepare script turns the hook on (after an install that names packages, run npx husky)',
        'Next: commit package.json, .husky/pre-commit, .migration-lint.yaml so that everyone gets the hook',
        '',
      ].join('\n'),
    );
    expect(read(dir, 'package.json')).toBe(
      '{\n  "name": "shop",\n  "version": "1.0.0",\n  "scripts": {\n    "test": "vitest",\n    "prepare": "husky"\n  },\n' +
        `  "devDependencies": {\n    "husky": "^9.1.7",\n    "migration-lint": "^${VERSION}"\n  }\n}\n`,
    );
    expect(read(dir, '.husky/pre-commit')).toBe('npx migration-lint --staged\n');
    expect(statSync(join(dir, '.husky/pre-commit')).mode & 0o777).toBe(0o755);
    expect(read(dir, '.migration-lint.yaml')).toMatch(/^migrations:\n {2}- "db\/migrations\/\*\*"\nconvention: dbmate /m);
    const config = await loadConfig(dir);
    expect(config).toMatchObject({ migrations: ['db/migrations/**'], convention: 'dbmate' });

    expect(git('ls-files', '-s')).toBe(indexBefore);
    expect(git('status', '--porcelain')).toBe(' M package.json\n?? .husky/\n?? .migration-lint.yaml\n');
  });

  it('changes nothing the second time, and says so', async () => {
    const { dir, git } = await repo({ 'package.json': PACKAGE_JSON, 'db/migrations/20260101000000_create_users.sql': dbmateMigration });
    expect(runInit(dir).code).toBe(0);
    const before = snapshot(dir, git);

    const { code, stdout } = runInit(dir);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^Nothing to change: migration-lint, husky, the prepare script, the pre-commit hook and a config are already in place\.\n/);
    expect(stdout).not.toMatch(/^(package\.json|\.husky|\.migration-lint)/m);
    expect(snapshot(dir, git)).toEqual(before);
  });

  it('appends to an existing hook and keeps its other commands', async () => {
    const { dir } = await repo({ 'package.json': PACKAGE_JSON }, { '.husky/pre-commit': 'npx lint-staged' });

    const { code, stdout } = runInit(dir);

    expect(code).toBe(0);
    expect(stdout).toMatch(/^\.husky\/pre-commit: appended npx migration-lint --staged$/m);
    expect(read(dir, '.husky/pre-commit')).toBe('npx lint-staged\nnpx migration-lint --staged\n');
    expect(statSync(join(dir, '.husky/pre-commit')).mode & 0o111).toBe(0o111);
    expect(runInit(dir).stdout).toMatch(/^Nothing to change/);
    expect(read(dir, '.husky/pre-commit')).toBe('npx lint-staged\nnpx migration-lint --staged\n');
  });

  it('warns when the existing hook may exit before the appended command', async () => {
    const { dir } = await repo({ 'package.json': PACKAGE_JSON }, { '.husky/pre-commit': 'npm test\nexit 0\n' });
    expect(runInit(dir).stdout).toMatch(/^Next: \.husky\/pre-commit has an exit or exec line/m);
  });

  it('extends a different prepare script, leaves one that runs husky, and keeps a declared husky', async () => {
    const build = await repo({ 'package.json': '{\n\t"name": "a",\n\t"scripts": {\n\t\t"prepare": "node build.mjs"\n\t}\n}' });
    expect(runInit(build.dir).stdout).toMatch(/^package\.json: appended "&& husky" to the prepare script: "node build\.mjs && husky"$/m);
    expect(read(build.dir, 'package.json')).toBe(
      `{\n\t"name": "a",\n\t"scripts": {\n\t\t"prepare": "node build.mjs && husky"\n\t},\n\t"devDependencies": {\n\t\t"husky": "^9.1.7",\n\t\t"migration-lint": "^${VERSION}"\n\t}\n}`,
    );

    const ready = '{\n  "scripts": { "prepare": "husky .config/husky" },\n  "devDependencies": { "husky": "9.1.7", "migration-lint": "0.1", "vitest": "4" }\n}\n';
    const custom = await repo({ 'package.json': ready });
    const { stdout } = runInit(custom.dir);
    expect(stdout).not.toMatch(/^package\.json/m);
    expect(read(custom.dir, 'package.json')).toBe(ready);
    expect(read(custom.dir, '.config/husky/pre-commit')).toBe('npx migration-lint --staged\n');
    expect(existsSync(join(custom.dir, '.husky'))).toBe(false);
  });

  it('notes a husky older than 9 instead of changing it', async () => {
    const { dir } = await repo({ 'package.json': '{ "devDependencies": { "husky": "^8.0.3" }, "scripts": { "prepare": "husky install" } }' });
    const { stdout } = runInit(dir);
    expect(stdout).toMatch(/^Next: package\.json asks for husky \^8\.0\.3: the hook is written for husky 9/m);
    expect(read(dir, 'package.json')).toBe(
      `{ "devDependencies": { "husky": "^8.0.3", "migration-lint": "^${VERSION}" }, "scripts": { "prepare": "husky install" } }`,
    );
  });

  it('keeps an existing config, whether a file or a package.json key', async () => {
    const withFile = await repo({ 'package.json': PACKAGE_JSON, '.migration-lint.json': '{ "maxMigrationsPerPr": 2 }\n' });
    expect(runInit(withFile.dir).stdout).not.toMatch(/migration-lint\.yaml/);
    expect(existsSync(join(withFile.dir, '.migration-lint.yaml'))).toBe(false);

    const withKey = await repo({ 'package.json': '{\n  "migration-lint": { "base": "origin/main" }\n}\n' });
    expect(runInit(withKey.dir).stdout).not.toMatch(/migration-lint\.yaml/);
    expect(existsSync(join(withKey.dir, '.migration-lint.yaml'))).toBe(false);
  });

  it('run from a subdirectory, works at the repository root and names every migrations directory of a monorepo', async () => {
    const { dir } = await repo(
      {
        'package.json': PACKAGE_JSON,
        'services/billing/migrations/000001_create_invoices.up.sql': 'CREATE TABLE invoices (id int);\n',
        'services/billing/migrations/000001_create_invoices.down.sql': 'DROP TABLE invoices;\n',
        'services/users/migrations/20260101000000_users.sql': '-- +goose Up\nCREATE TABLE users (id int);\n-- +goose Down\nDROP TABLE users;\n',
        '.gitignore': 'node_modules/\n',
      },
      {
        'services/users/migrations/20260201000000_emails.sql': '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 1;\n',
        'node_modules/pkg/migrations/1.sql': 'SELECT 1;\n',
      },
    );

    const { code, stdout } = runInit(join(dir, 'services/users'));

    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^\.migration-lint\.yaml: created for services\/billing\/migrations \(golang-migrate, 2 files\), services\/users\/migrations \(goose, 2 files\)$/m,
    );
    const text = read(dir, '.migration-lint.yaml');
    expect(text).toMatch(/^ {2}- "services\/billing\/migrations\/\*\*" {3}# golang-migrate\n {2}- "services\/users\/migrations\/\*\*" {3}# goose$/m);
    expect(text).not.toMatch(/^convention:/m);
    const config = await loadConfig(dir);
    expect(config.migrations).toEqual(['services/billing/migrations/**', 'services/users/migrations/**']);
    expect(config.convention).toBeUndefined();
    expect(existsSync(join(dir, 'services/users/.husky'))).toBe(false);
    expect(existsSync(join(dir, '.husky/pre-commit'))).toBe(true);
  });

  it('writes a config that says where to set migrations when it finds none', async () => {
    const { dir } = await repo({ 'package.json': PACKAGE_JSON });
    expect(runInit(dir).stdout).toMatch(/^\.migration-lint\.yaml: created for found no migrations under the default globs/m);
    const config = await loadConfig(dir);
    expect(config.migrations).toEqual([]);
  });

  it('says to run npx husky when husky is installed but its prepare script never ran', async () => {
    const ready = '{\n  "scripts": { "prepare": "husky" },\n  "devDependencies": { "husky": "^9.1.7", "migration-lint": "^0.1.0" }\n}\n';
    const { dir } = await repo({ 'package.json': ready, '.gitignore': 'node_modules/\n' });
    for (const name of ['husky', 'migration-lint']) {
      mkdirSync(join(dir, 'node_modules', name), { recursive: true });
      writeFileSync(join(dir, 'node_modules', name, 'package.json'), `{ "name": "${name}" }\n`);
    }

    const { stdout } = runInit(dir);

    expect(stdout).toMatch(/^Next: run npx husky to turn the hook on: the prepare script has not run yet/m);
    expect(stdout).not.toMatch(/npm install/);
    expect(read(dir, 'package.json')).toBe(ready);
  });

  it('refuses without a package.json (exit 2) and explains both ways forward, writing nothing', async () => {
    const { dir, git } = await repo({ 'README.md': '# shop\n' });

    const { code, stdout, stderr } = runInit(dir);

    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^migration-lint: no package\.json in /);
    expect(stderr).toContain('npm init -y');
    expect(stderr).toContain('.pre-commit-config.yaml');
    expect(stderr).toMatch(/repo: https:\/\/github\.com\/migration-lint\/migration-lint\n\s+rev: v\d+\.\d+\.\d+\n\s+hooks:\n\s+- id: migration-lint\n$/);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('refuses outside a git repository (exit 2)', () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-nogit-')));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'package.json'), PACKAGE_JSON);
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CEILING_DIRECTORIES: dirname(dir) };
    const result = spawnSync(process.execPath, [BIN, 'init'], { cwd: dir, env, encoding: 'utf8' });

    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'migration-lint: not a git repository: init installs a git pre-commit hook, so run it inside your repository (or `git init` first)\n',
    );
    expect(read(dir, 'package.json')).toBe(PACKAGE_JSON);
    expect(existsSync(join(dir, '.husky'))).toBe(false);
  });

  it('refuses a package.json that is not JSON (exit 2)', async () => {
    const { dir } = await repo({ 'package.json': '{ "name": \n' });
    const { code, stderr } = runInit(dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^migration-lint: package\.json is not valid JSON/);
  });
});
