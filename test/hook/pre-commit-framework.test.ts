/** The hook this repository offers the pre-commit framework: what pre-commit reads from .pre-commit-hooks.yaml, and installing it as pre-commit does. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { createRepo, isolatedToolEnv } from '../helpers/git-repo.js';
import type { TestRepo, Tree } from '../helpers/git-repo.js';

const root = new URL('../../', import.meta.url);
const hooks = load(readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8')) as Array<Record<string, unknown>>;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string; bin: Record<string, string>; files: string[] };

describe('.pre-commit-hooks.yaml', () => {
  it('offers one node hook that lints the whole staged change on every commit', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'migration-lint',
      language: 'node',
      entry: 'migration-lint --staged',
      pass_filenames: false,
      always_run: true,
      stages: ['pre-commit'],
    });
  });

  it('runs a command the package installs', () => {
    const command = String(hooks[0]!.entry).split(' ')[0]!;
    expect(Object.keys(pkg.bin)).toContain(command);
  });

  it('runs it from the committed build: git does not ignore lib/', () => {
    const ignored = spawnSync('git', ['check-ignore', '--no-index', '-q', 'lib/cli.cjs'], { cwd: fileURLToPath(root), encoding: 'utf8' });
    expect(ignored.status).toBe(1);
  });
});

/**
 * pre-commit clones the hook's repository at its rev and installs it with npm, with no build of its own: from 4.6.1
 * `npm install -g git+file://<clone>`, before that `npm pack` in the clone (reading the tarball's name from its output)
 * and `npm install -g <tarball>`. The installed command must then lint.
 */
describe('installing the hook as pre-commit does', () => {
  let dir: string;
  let checkout: TestRepo;
  // npm offline, from the cache `npm ci` filled (npm test names it): libpg-query, a dependency, comes from there.
  const cache = process.env['npm_config_cache'] ?? join(homedir(), '.npm');
  const npm = (cwd: string, prefix: string, args: string[]) =>
    spawnSync('npm', args, {
      cwd,
      env: { ...isolatedToolEnv(dir), npm_config_cache: cache, NPM_CONFIG_PREFIX: prefix, npm_config_prefix: prefix },
      encoding: 'utf8',
      timeout: 180_000,
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'migration-lint-pre-commit-'));
    // The repository at a commit, as pre-commit clones it: what npm packs from it (package.json and its files) and the hooks file.
    checkout = await createRepo({ base: readTree(['package.json', '.pre-commit-hooks.yaml', ...pkg.files]) });
    // A migration with a syntax error: linting it needs the pipeline and the parser, a dependency npm installs.
    mkdirSync(join(dir, 'project', 'db', 'migrations'), { recursive: true });
    writeFileSync(join(dir, 'project', 'db', 'migrations', '20260101000000_broken.sql'), 'ALTER TABLE users ADD COLUMN;\n');
  });
  afterAll(async () => {
    await checkout.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  function expectInstalledCommandLints(prefix: string): void {
    const command = join(prefix, 'bin', 'migration-lint');
    const version = spawnSync(command, ['--version'], { encoding: 'utf8' });
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const lint = spawnSync(command, ['db/migrations/20260101000000_broken.sql'], { cwd: join(dir, 'project'), env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/20260101000000_broken\.sql:1:\d+\s+error\s+syntax-error/);
  }

  it('pre-commit 4.6.1 and later: npm install -g from the git checkout', () => {
    const prefix = join(dir, 'prefix-git');
    const install = npm(dir, prefix, ['install', '--allow-git=root', '--install-links', '-g', `git+file://${checkout.dir}`]);
    expect(install.stderr).not.toMatch(/npm error/);
    expect(install.status).toBe(0);
    expectInstalledCommandLints(prefix);
  }, 240_000);

  it('pre-commit before 4.6.1: npm pack prints only the tarball name, and npm install -g installs it', () => {
    const prefix = join(dir, 'prefix-pack');
    const pack = npm(checkout.dir, prefix, ['pack']);
    expect(pack.status).toBe(0);
    const tarball = `migration-lint-${pkg.version}.tgz`;
    expect(pack.stdout.trim()).toBe(tarball);
    expect(existsSync(join(checkout.dir, tarball))).toBe(true);
    const install = npm(dir, prefix, ['install', '-g', join(checkout.dir, tarball)]);
    expect(install.status).toBe(0);
    expectInstalledCommandLints(prefix);
  }, 240_000);
});

/** This project's files at `paths` (files, or directories read whole), keyed by their paths in it. */
function readTree(paths: string[]): Tree {
  const project = fileURLToPath(root);
  const tree: Tree = {};
  const add = (path: string): void => {
    if (!statSync(path).isDirectory()) tree[relative(project, path)] = readFileSync(path);
    else for (const name of readdirSync(path)) add(join(path, name));
  };
  for (const path of paths) add(join(project, path));
  return tree;
}
