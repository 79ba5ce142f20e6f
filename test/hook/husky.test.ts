/** The pre-commit hook end to end: `migration-lint init` in a real repository, husky 9 turning it on, and `git commit` blocked or let through. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, isolatedToolEnv } from '../helpers/git-repo.js';

const PROJECT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const BIN = join(PROJECT, 'bin/migration-lint.cjs');
const PROBE = new URL('./parser-probe.mjs', import.meta.url).pathname;

const cleanups: Array<() => Promise<void> | void> = [];

const base = {
  'package.json': '{\n  "name": "shop",\n  "private": true,\n  "scripts": {\n    "test": "node --test"\n  }\n}\n',
  '.gitignore': 'node_modules/\n',
  'db/migrations/20260201000000_create_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
  'db/migrations/20260201000000_create_users.down.sql': 'DROP TABLE users;\n',
};

interface HookedRepo {
  dir: string;
  git: (...args: string[]) => string;
  /** `git commit` as a developer runs it, hooks and all; the hook's output is on the commit's output. */
  commit: (message: string) => { code: number | null; output: string };
  /** Which node processes of the last commit loaded the SQL parser, by their script. */
  parserLoads: () => Array<{ script: string; loaded: boolean }>;
}

/**
 * A repository on main after `migration-lint init`, with husky and migration-lint installed the way
 * npm would (links into this project's node_modules: no network), husky's prepare script run, and
 * what init wrote committed.
 */
async function hookedRepo(): Promise<HookedRepo> {
  const repo = await createRepo({ base });
  cleanups.push(repo.cleanup);
  const home = realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-home-')));
  cleanups.push(() => rmSync(home, { recursive: true, force: true }));
  const probeLog = join(home, 'parser-probe.log');

  const env: NodeJS.ProcessEnv = {
    ...isolatedToolEnv(home),
    XDG_CONFIG_HOME: join(home, '.config'),
    NODE_OPTIONS: `--import ${PROBE}`,
    PARSER_PROBE_LOG: probeLog,
  };
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, { cwd: repo.dir, env, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  };

  const init = run(process.execPath, [BIN, 'init']);
  expect(init.output).toMatch(/^\.husky\/pre-commit: created, runs npx migration-lint --staged$/m);
  expect(init.code).toBe(0);

  mkdirSync(join(repo.dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules/husky'), join(repo.dir, 'node_modules/husky'));
  symlinkSync('../husky/bin.js', join(repo.dir, 'node_modules/.bin/husky'));
  symlinkSync(PROJECT, join(repo.dir, 'node_modules/migration-lint'));
  symlinkSync('../migration-lint/bin/migration-lint.cjs', join(repo.dir, 'node_modules/.bin/migration-lint'));
  const prepare = run('npm', ['run', '--silent', 'prepare']);
  expect(prepare.code, prepare.output).toBe(0);
  expect(repo.git('config', 'core.hooksPath').trim()).toBe('.husky/_');

  const hooked: HookedRepo = {
    dir: repo.dir,
    git: repo.git,
    commit(message) {
      rmSync(probeLog, { force: true });
      rmSync(`${probeLog}.resolved`, { force: true });
      return run('git', ['commit', '-q', '-m', message]);
    },
    parserLoads() {
      const resolvedBy = new Set(readLines(`${probeLog}.resolved`));
      return readLines(probeLog).map((line) => {
        const entry = JSON.parse(line) as { pid: number; script: string; required: boolean };
        return { script: entry.script, loaded: entry.required || resolvedBy.has(String(entry.pid)) };
      });
    },
  };
  // What init wrote, committed through the hook it installed, as a team would merge it.
  repo.git('add', 'package.json', '.husky/pre-commit', '.migration-lint.yaml');
  const setup = hooked.commit('Lint migrations before each commit');
  expect(setup.code, setup.output).toBe(0);
  expect(repo.git('status', '--porcelain')).toBe('');
  return hooked;
}

function readLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

function stage(repo: HookedRepo, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) writeFileSync(join(repo.dir, path), content);
  repo.git('add', '--', ...Object.keys(files));
}

/** The probe's entries for migration-lint itself (not npx, npm or husky). */
function lintRuns(repo: HookedRepo) {
  return repo.parserLoads().filter((entry) => /[\\/]migration-lint(?:\.js)?$/.test(entry.script));
}

describe('the husky pre-commit hook', { timeout: 120_000 }, () => {
  let repo: HookedRepo;
  beforeAll(async () => {
    repo = await hookedRepo();
  }, 120_000);
  afterAll(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  /** A fresh branch from main with nothing staged. */
  function branch(name: string): void {
    repo.git('reset', '-q', '--hard');
    repo.git('checkout', '-q', '-B', name, 'main');
  }

  it('lets a commit that touches no migration through, without loading the SQL parser', () => {
    branch('app-code');
    stage(repo, { 'server.js': 'console.log("hello");\n', 'README.md': '# shop\n' });

    const { code, output } = repo.commit('Say hello');

    expect(output).not.toMatch(/husky - pre-commit script failed/);
    expect(code).toBe(0);
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Say hello');
    const runs = lintRuns(repo);
    expect(runs, 'the hook ran migration-lint under the probe').toHaveLength(1);
    expect(runs[0]!.loaded).toBe(false);
  });

  it('blocks a commit whose migration breaks a rule, and prints the findings on the commit', () => {
    branch('rename-email');
    const head = repo.git('rev-parse', 'HEAD');
    stage(repo, {
      'db/migrations/20260213010000_rename_email.sql': 'ALTER TABLE users RENAME COLUMN email TO mail;\n',
      'db/migrations/20260213010000_rename_email.down.sql': 'ALTER TABLE users RENAME COLUMN mail TO email;\n',
    });

    const { code, output } = repo.commit('Rename email');

    expect(code).not.toBe(0);
    expect(output).toMatch(/^db\/migrations\/20260213010000_rename_email\.sql:1:1 +error +backward-incompatible$/m);
    expect(output).toMatch(/husky - pre-commit script failed \(code 1\)/);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('diff', '--cached', '--name-only')).toMatch(/20260213010000_rename_email\.sql/);
    // The probe's positive control: the same measurement sees the parser when a migration is linted.
    expect(lintRuns(repo).map((run) => run.loaded)).toEqual([true]);
  });

  it('lets a clean migration through', () => {
    branch('nickname');
    stage(repo, {
      'db/migrations/20260213010000_add_nickname.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n',
      'db/migrations/20260213010000_add_nickname.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\n',
    });

    const { code, output } = repo.commit('Add nickname');

    expect(output).not.toMatch(/husky - pre-commit script failed/);
    expect(code).toBe(0);
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Add nickname');
  });

  it('judges the branch, not just the commit: a second migration on the branch is blocked', () => {
    branch('two-migrations');
    stage(repo, {
      'db/migrations/20260213010000_add_nickname.sql': 'ALTER TABLE users ADD COLUMN nickname text;\n',
      'db/migrations/20260213010000_add_nickname.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\n',
    });
    expect(repo.commit('Add nickname').code).toBe(0);
    stage(repo, {
      'db/migrations/20260214010000_add_bio.sql': 'ALTER TABLE users ADD COLUMN bio text;\n',
      'db/migrations/20260214010000_add_bio.down.sql': 'ALTER TABLE users DROP COLUMN bio;\n',
    });

    const { code, output } = repo.commit('Add bio');

    expect(code).not.toBe(0);
    expect(output).toMatch(/one-migration-per-pr/);
  });
});
