/** Builds real git repositories in temp directories for tests: a base on main, a feature branch, staged and unstaged edits. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Path → content; null deletes the path. */
export type Tree = Record<string, string | Buffer | null>;

export interface RepoSpec {
  /** Committed on branch 'main' (one commit). Without it main has no commit (an unborn repository). */
  base?: Tree;
  /** Each a commit on branch 'feature', created from main and checked out at the end. */
  branch?: Tree[];
  /** Written and added to the index (null: removed from the index and the working tree), not committed. */
  staged?: Tree;
  /** Written to the working tree only (null: deleted from it). */
  unstaged?: Tree;
  /** Stay on main: the feature branch still gets its commits but is not checked out. */
  onMain?: boolean;
}

export interface TestRepo {
  /** The working tree (a real path: symlinks such as macOS's /tmp resolved, as git prints it). */
  dir: string;
  /** Runs git in `dir` and returns its stdout as is. */
  git: (...args: string[]) => string;
  cleanup: () => Promise<void>;
}

export interface OriginClone extends TestRepo {
  /** The bare repository the clone's `origin` points at. */
  origin: string;
}

export interface CloneOptions {
  /** `git clone --depth`: a shallow clone, as actions/checkout makes by default. */
  depth?: number;
  /** The branch to clone and check out (`git clone --branch`); with depth, the only branch fetched. */
  branch?: string;
}

/** Variables git would take from a surrounding repository (tests run inside a hook) or from the user. */
const LEAKING_VARIABLES = [
  'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR', 'GIT_PREFIX', 'GIT_NAMESPACE', 'GIT_CEILING_DIRECTORIES', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT',
];

// The code under test reads process.env: a test run from a git hook must not reach the outer repository.
for (const name of LEAKING_VARIABLES) delete process.env[name];

/**
 * The environment of a command a hook test runs as a user would (npm, git, husky): its own home, no git config from
 * the machine, npm offline and quiet, no colour, and nothing of the run the tests are under (`npm test`'s npm_*
 * variables, a hook's HUSKY, CI's base branch and colour).
 */
export function isolatedToolEnv(home: string): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^(npm_|HUSKY|GITHUB_BASE_REF$|FORCE_COLOR$)/.test(name)) inherited[name] = value;
  return {
    ...inherited,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    NO_COLOR: '1',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

const LOCAL_CONFIG = `[user]
\tname = Migration Lint Tests
\temail = tests@migration-lint.invalid
[commit]
\tgpgsign = false
[tag]
\tgpgsign = false
[init]
\tdefaultBranch = main
`;

/** Commits get dates one minute apart from this instant, so every sha is the same on every run. */
const EPOCH = Date.parse('2026-01-01T00:00:00Z') / 1000;

function runGit(dir: string, args: string[], env: NodeJS.ProcessEnv = GIT_ENV): string {
  return execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
}

function makeTempDir(): string {
  return realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-')));
}

function initRepo(dir: string, bare = false): void {
  runGit(dir, ['init', '-q', ...(bare ? ['--bare'] : []), '--initial-branch=main']);
  appendFileSync(join(dir, bare ? 'config' : '.git/config'), LOCAL_CONFIG);
}

/** Writes (or with null deletes) each path of the tree in the working tree. */
function writeTree(dir: string, tree: Tree): void {
  for (const [path, content] of Object.entries(tree)) {
    const file = join(dir, path);
    if (content === null) {
      rmSync(file, { force: true });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/** Brings the index in line with the tree's paths only; `--literal-pathspecs` so '*' or ':' in a name is just a character. */
function stageTree(dir: string, tree: Tree): void {
  const written = Object.keys(tree).filter((path) => tree[path] !== null);
  const deleted = Object.keys(tree).filter((path) => tree[path] === null);
  if (written.length > 0) runGit(dir, ['--literal-pathspecs', 'add', '-f', '--', ...written]);
  if (deleted.length > 0) runGit(dir, ['--literal-pathspecs', 'rm', '-q', '--cached', '--ignore-unmatch', '--', ...deleted]);
}

function makeCommitter(dir: string): (tree: Tree, message: string) => void {
  let commits = 0;
  return (tree, message) => {
    writeTree(dir, tree);
    stageTree(dir, tree);
    const date = `@${EPOCH + 60 * commits++} +0000`;
    runGit(dir, ['commit', '-q', '--allow-empty', '--no-verify', '-m', message], {
      ...GIT_ENV,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
  };
}

/** Commits base on main and the branch on feature, in `dir`, leaving the branch checked out unless onMain. */
function buildHistory(dir: string, spec: RepoSpec): void {
  const commit = makeCommitter(dir);
  if (spec.base !== undefined) commit(spec.base, 'base');
  if (spec.branch !== undefined) {
    runGit(dir, ['checkout', '-q', '-b', 'feature']);
    spec.branch.forEach((tree, index) => commit(tree, `feature ${index + 1}`));
    // Going back to an unborn main is impossible (and pointless: it has nothing to show).
    if (spec.onMain && spec.base !== undefined) runGit(dir, ['checkout', '-q', 'main']);
  }
}

function applyWorkingChanges(dir: string, spec: RepoSpec): void {
  if (spec.staged !== undefined) {
    writeTree(dir, spec.staged);
    stageTree(dir, spec.staged);
  }
  if (spec.unstaged !== undefined) writeTree(dir, spec.unstaged);
}

function toTestRepo(dir: string, remove: string[]): TestRepo {
  return {
    dir,
    git: (...args) => runGit(dir, args),
    cleanup: async () => {
      await Promise.all(remove.map((path) => rm(path, { recursive: true, force: true })));
    },
  };
}

/** A repository as the spec describes, in a fresh temp directory. */
export async function createRepo(spec: RepoSpec): Promise<TestRepo> {
  const dir = makeTempDir();
  try {
    initRepo(dir);
    buildHistory(dir, spec);
    applyWorkingChanges(dir, spec);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return toTestRepo(dir, [dir]);
}

/**
 * A clone whose `origin` is a bare repository holding the spec's main (its HEAD, so origin/HEAD
 * points at main) and feature branches; the clone checks out feature (or main with onMain, or
 * options.branch) and gets the spec's staged and unstaged changes.
 */
export async function createOriginClone(spec: RepoSpec, options: CloneOptions = {}): Promise<OriginClone> {
  const root = makeTempDir();
  const work = join(root, 'work');
  const origin = join(root, 'origin.git');
  const dir = join(root, 'clone');
  try {
    mkdirSync(work);
    mkdirSync(origin);
    initRepo(work);
    buildHistory(work, { ...spec, onMain: true });
    initRepo(origin, true);
    runGit(work, ['push', '-q', origin, '--all']);
    const checkout = options.branch ?? (spec.branch !== undefined && !spec.onMain ? 'feature' : 'main');
    // file:// so that --depth is honoured (a plain local path clones by hard links, in full).
    runGit(root, [
      'clone', '-q', ...(options.depth !== undefined ? ['--depth', String(options.depth)] : []),
      '--branch', checkout, `file://${origin}`, dir,
    ]);
    appendFileSync(join(dir, '.git/config'), LOCAL_CONFIG);
    applyWorkingChanges(dir, spec);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return { ...toTestRepo(dir, [root]), origin };
}
