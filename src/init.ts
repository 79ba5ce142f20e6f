/** `migration-lint init`: sets up the pre-commit hook with husky 9 and a starter config in the user's repository, planning every change first and writing them all in one place. */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILES } from './config.js';
import { UsageError } from './errors.js';
import { openRepo } from './git/index.js';
import { runGit } from './git/run-git.js';
import { HOOK_COMMAND, HUSKY_RANGE, hookWithLint, huskyDirectory, isHuskyNineOrLater, mayStopEarly, prepareWithHusky } from './init/husky.js';
import { setJsonMember } from './init/json-edit.js';
import { describeStarterConfig, findMigrationDirectories, renderStarterConfig, STARTER_CONFIG } from './init/starter-config.js';
import { VERSION } from './version.js';

const PACKAGE_NAME = 'migration-lint';
/** The range init declares: this very version and its compatible successors (any version when run from source). */
const OWN_RANGE = /^\d+\.\d+\.\d+/.test(VERSION) ? `^${VERSION}` : 'latest';

export interface InitOptions {
  /** Anywhere inside the user's repository. */
  cwd: string;
}

/** What init did, for the CLI to print. */
export interface InitResult {
  /** The repository's top level, absolute. */
  root: string;
  /** One line per change, `<path>: <what>`, in the order made; empty when everything was already in place. */
  changes: string[];
  /** What the user should do next or know (install, commit, a hook that may stop early). */
  notes: string[];
}

/** One file init writes. */
interface PlannedWrite {
  /** Repository-relative. */
  path: string;
  content: string;
  /** Made executable. */
  executable?: boolean;
  /** One line per change this write makes. */
  changes: string[];
}

interface Plan {
  root: string;
  writes: PlannedWrite[];
  notes: string[];
}

export async function init(options: InitOptions): Promise<InitResult> {
  const plan = await planInit(options.cwd);
  applyWrites(plan.root, plan.writes);
  const changes = plan.writes.flatMap((write) => write.changes);
  return { root: plan.root, changes, notes: plan.notes };
}

/** The only place init touches the user's files: git's index is never touched (no `git add`). */
function applyWrites(root: string, writes: PlannedWrite[]): void {
  for (const write of writes) {
    const path = join(root, write.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, write.content, write.executable ? { mode: 0o755 } : {});
    // The mode given to writeFileSync applies to new files only.
    if (write.executable) chmodSync(path, statSync(path).mode | 0o755);
  }
}

async function planInit(cwd: string): Promise<Plan> {
  const root = await findRoot(cwd);
  const pkgPath = join(root, 'package.json');
  if (!existsSync(pkgPath)) throw new UsageError(noPackageJsonMessage(root));
  const pkgText = readFileSync(pkgPath, 'utf8');
  const pkg = parsePackageJson(pkgText);

  const writes: PlannedWrite[] = [];
  const notes: string[] = [];

  const pkgChanges: string[] = [];
  let newPkgText = pkgText;
  // The hook runs `npx migration-lint`: without the package in devDependencies, npx would fetch it on every commit.
  if (stringMember(pkg.devDependencies, PACKAGE_NAME) === undefined && stringMember(pkg.dependencies, PACKAGE_NAME) === undefined) {
    newPkgText = setJsonMember(newPkgText, ['devDependencies', PACKAGE_NAME], OWN_RANGE, { sorted: true });
    pkgChanges.push(`package.json: added ${PACKAGE_NAME} ${OWN_RANGE} to devDependencies`);
  }
  const declaredHusky = stringMember(pkg.devDependencies, 'husky') ?? stringMember(pkg.dependencies, 'husky');
  if (declaredHusky === undefined) {
    newPkgText = setJsonMember(newPkgText, ['devDependencies', 'husky'], HUSKY_RANGE, { sorted: true });
    pkgChanges.push(`package.json: added husky ${HUSKY_RANGE} to devDependencies`);
  } else if (!isHuskyNineOrLater(declaredHusky)) {
    notes.push(`package.json asks for husky ${declaredHusky}: the hook is written for husky 9, so upgrade it (npm install -D husky@9)`);
  }
  const prepare = stringMember(pkg.scripts, 'prepare');
  const newPrepare = prepareWithHusky(prepare);
  if (newPrepare !== null) {
    newPkgText = setJsonMember(newPkgText, ['scripts', 'prepare'], newPrepare);
    pkgChanges.push(
      prepare === undefined
        ? `package.json: added the script "prepare": "husky" (installs the hook on npm install)`
        : `package.json: appended "&& husky" to the prepare script: "${newPrepare}"`,
    );
  }
  if (pkgChanges.length) writes.push({ path: 'package.json', content: newPkgText, changes: pkgChanges });

  const hooksDir = huskyDirectory(newPrepare ?? prepare);
  const hookPath = `${hooksDir}/pre-commit`;
  const hookText = readOptional(join(root, hookPath));
  const newHook = hookWithLint(hookText);
  if (newHook !== null) {
    const created = hookText === null;
    writes.push({
      path: hookPath,
      content: newHook,
      executable: true,
      changes: [created ? `${hookPath}: created, runs ${HOOK_COMMAND}` : `${hookPath}: appended ${HOOK_COMMAND}`],
    });
    if (!created && mayStopEarly(hookText)) {
      notes.push(`${hookPath} has an exit or exec line: check that the appended "${HOOK_COMMAND}" still runs`);
    }
  }

  const hasConfig = CONFIG_FILES.some((name) => existsSync(join(root, name))) || pkg['migration-lint'] !== undefined;
  if (!hasConfig) {
    const directories = await findMigrationDirectories(root);
    writes.push({
      path: STARTER_CONFIG,
      content: renderStarterConfig(directories),
      changes: [`${STARTER_CONFIG}: created for ${describeStarterConfig(directories)}`],
    });
  }

  notes.push(...(await nextSteps(root, hooksDir, writes)));
  return { root, writes, notes };
}

async function findRoot(cwd: string): Promise<string> {
  let repo;
  try {
    repo = await openRepo(cwd);
  } catch (error) {
    if (error instanceof UsageError && /^not a git repository/.test(error.message)) {
      throw new UsageError('not a git repository: init installs a git pre-commit hook, so run it inside your repository (or `git init` first)');
    }
    throw error;
  }
  repo.close();
  return repo.root;
}

type PackageJson = Record<string, unknown>;

function parsePackageJson(text: string): PackageJson {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`package.json is not valid JSON (${reason}): fix it, then run init again`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('package.json must hold a JSON object');
  for (const key of ['scripts', 'devDependencies'] as const) {
    const member = (value as PackageJson)[key];
    if (member !== undefined && (typeof member !== 'object' || member === null || Array.isArray(member))) {
      throw new UsageError(`package.json: "${key}" must be an object`);
    }
  }
  return value as PackageJson;
}

function stringMember(object: unknown, key: string): string | undefined {
  if (typeof object !== 'object' || object === null) return undefined;
  const value = (object as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

function readOptional(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * How to turn the hook on: a plain install when a package is missing (npm runs the prepare script only for an install
 * without package names, so `npm install -D husky` leaves the hook off), else `npx husky` when git does not run the
 * hooks yet; and a reminder to commit what init wrote.
 */
async function nextSteps(root: string, hooksDir: string, writes: PlannedWrite[]): Promise<string[]> {
  const notes: string[] = [];
  const manager = packageManager(root);
  const missing = [PACKAGE_NAME, 'husky'].filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  const hookOn = await hooksPathIs(root, `${hooksDir}/_`);
  if (missing.length) {
    notes.push(
      `run ${manager} install, with no package names: it installs ${missing.join(' and ')}, and the prepare script turns the hook on` +
        ' (after an install that names packages, run npx husky)',
    );
  } else if (!hookOn) {
    notes.push('run npx husky to turn the hook on: the prepare script has not run yet (npm runs it on an install without package names)');
  }
  if (writes.length) notes.push(`commit ${writes.map((w) => w.path).join(', ')} so that everyone gets the hook`);
  return notes;
}

function packageManager(root: string): string {
  if (existsSync(join(root, 'pnpm-lock.yaml'))) return 'pnpm';
  if (existsSync(join(root, 'yarn.lock'))) return 'yarn';
  if (existsSync(join(root, 'bun.lockb')) || existsSync(join(root, 'bun.lock'))) return 'bun';
  return 'npm';
}

async function hooksPathIs(root: string, expected: string): Promise<boolean> {
  const { stdout } = await runGit(root, ['config', '--get', 'core.hooksPath'], { okExitCodes: [0, 1] });
  return stdout.trim().replace(/\/+$/, '') === expected;
}

function noPackageJsonMessage(root: string): string {
  return [
    `no package.json in ${root}: the hook is installed by husky, an npm package. Either`,
    '  - create one with `npm init -y`, then run `npx migration-lint init` again, or',
    '  - use the pre-commit framework (https://pre-commit.com) instead: add this to .pre-commit-config.yaml and run `pre-commit install`:',
    '',
    '      repos:',
    '        - repo: https://github.com/migration-lint/migration-lint',
    `          rev: v${VERSION}`,
    '          hooks:',
    '            - id: migration-lint',
  ].join('\n');
}
