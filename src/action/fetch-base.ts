/** Brings the base commit and its merge-base with HEAD into a shallow checkout: the one place migration-lint writes to a repository (objects only). */
import { execFile } from 'node:child_process';
import { UsageError } from '../errors.js';

/** How far the first fetch reaches, and how many times the reach doubles before giving up. */
export interface FetchLimits {
  initialDepth: number;
  attempts: number;
}

/** Deepened by 16, 32, …, 2048 commits: about 4,000 on each side at most. */
export const DEFAULT_LIMITS: FetchLimits = { initialDepth: 16, attempts: 8 };

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Makes `git merge-base <base> HEAD` answer in `cwd`. A complete clone only fetches the base
 * commit if it lacks it; a shallow one (actions/checkout's default) fetches the base with a
 * limited history, then deepens both sides, doubling each time, until they meet. Throws a
 * UsageError that says to set `fetch-depth: 0` when they never do. `base` must be a sha.
 */
export async function fetchBaseHistory(cwd: string, base: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<void> {
  if (!/^[0-9a-f]{40}$/i.test(base)) throw new TypeError(`not a commit sha: ${base}`);
  if (await hasMergeBase(cwd, base)) return;
  const head = (await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).stdout.trim();
  // No commit yet: there is nothing to meet the base, and lint() explains that on its own.
  if (head === '') return;
  if (!(await isShallow(cwd))) {
    if (!(await hasCommit(cwd, base))) await fetchBase(cwd, base, []);
    return;
  }
  let depth = limits.initialDepth;
  let fetched = 1;
  // --depth counts from the base; the head side is deepened from the checkout's own shallow
  // boundary, since --depth there could cut off history the checkout already has.
  if (!(await hasCommit(cwd, base))) await fetchBase(cwd, base, [`--depth=${depth}`]);
  for (let attempt = 0; attempt < limits.attempts; attempt++) {
    if (await hasMergeBase(cwd, base)) return;
    // The whole history is here: lint() reports histories that never meet.
    if (!(await isShallow(cwd))) return;
    await git(cwd, fetchArgs([`--deepen=${depth}`], head));
    await git(cwd, fetchArgs([`--deepen=${depth}`], base));
    fetched += depth;
    depth *= 2;
  }
  if (await hasMergeBase(cwd, base)) return;
  throw new UsageError(
    `HEAD and the base commit ${base} do not meet within ${fetched} commits of this shallow clone: set 'fetch-depth: 0' in actions/checkout`,
  );
}

async function fetchBase(cwd: string, base: string, options: string[]): Promise<void> {
  const result = await git(cwd, fetchArgs(options, base));
  if (result.ok) return;
  const reason = result.stderr.trim().split('\n').pop() ?? '';
  throw new UsageError(
    `cannot fetch the base commit ${base} from origin (${reason || 'no output'}): set 'fetch-depth: 0' in actions/checkout`,
  );
}

/** A fetch of one commit by sha that writes objects and the shallow list only: no ref, no FETCH_HEAD, no tags, no gc. */
function fetchArgs(options: string[], sha: string): string[] {
  return [
    'fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', '--no-auto-maintenance',
    ...options, '--end-of-options', 'origin', sha,
  ];
}

async function hasMergeBase(cwd: string, base: string): Promise<boolean> {
  return (await git(cwd, ['merge-base', '--end-of-options', base, 'HEAD'])).ok;
}

async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`])).ok;
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
}

/** Runs git with an argument array (never a shell), without prompting for credentials. */
function git(cwd: string, args: string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, encoding: 'utf8', maxBuffer: 1 << 24, windowsHide: true },
      (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }),
    );
  });
}
