/** Runs one git command in a repository, read-only, and hands back what it printed. */
import { execFile } from 'node:child_process';
import { brandOf } from '../errors.js';

/** The sha git gives the empty tree: the base of a repository with no commits yet. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** Options git gets on every call: paths are never quoted (we read `-z` output anyway). */
export const GIT_CONFIG_ARGS = ['-c', 'core.quotePath=false'];

/**
 * The environment of every git call: the caller's own (so a hook's GIT_INDEX_FILE and GIT_DIR
 * are honoured) with optional locks off, so no read refreshes and rewrites the index.
 */
export function makeGitEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, GIT_OPTIONAL_LOCKS: '0', ...overrides };
}

/** A git command that failed: its exit code (or spawn error code) and what it said on stderr. */
const GIT_COMMAND_ERROR = brandOf('GitCommandError');

export class GitCommandError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return GIT_COMMAND_ERROR.has(value);
  }

  override name = 'GitCommandError';
  readonly [GIT_COMMAND_ERROR.symbol] = true;
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | string,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${exitCode}): ${stderr.trim() || 'no output'}`);
  }
}

export interface GitOutput {
  stdout: string;
  exitCode: number;
}

export interface RunOptions {
  /** Exit codes that are answers rather than failures (`git grep` exits 1 when nothing matches). */
  okExitCodes?: readonly number[];
  /** Variables set on top of makeGitEnv(). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `git <args>` in `cwd`. An exit code outside `okExitCodes` (default: 0) rejects with GitCommandError.
 *
 * Raw execFile rather than simple-git: simple-git refuses to run when the environment it is given
 * holds EDITOR, PAGER, GIT_EDITOR or GIT_CONFIG_* (the usual state of a developer shell and of a
 * git hook), and it reads our data arguments (grep patterns) as options it may block. Skipping it
 * also keeps its import off the start-up path of the pre-commit hook.
 */
export function runGit(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<GitOutput> {
  const okExitCodes = options.okExitCodes ?? [0];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...GIT_CONFIG_ARGS, ...args],
      { cwd, env: makeGitEnv(options.env), encoding: 'buffer', maxBuffer: Number.POSITIVE_INFINITY, windowsHide: true },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : (error.code ?? error.signal ?? 'unknown');
        if (typeof exitCode === 'number' && okExitCodes.includes(exitCode)) {
          resolve({ stdout: stdout.toString('utf8'), exitCode });
          return;
        }
        reject(new GitCommandError(args, exitCode, stderr.toString('utf8')));
      },
    );
  });
}

/** Splits NUL-terminated `-z` output into its fields. */
export function splitNul(output: string): string[] {
  const fields = output.split('\0');
  if (fields.at(-1) === '') fields.pop();
  return fields;
}
