/** Which ref a change is compared against, and what to tell the user when it cannot be used. */
import { UsageError } from '../errors.js';

/** Tried in order when neither --base nor GITHUB_BASE_REF names a base. */
export const DEFAULT_BASES = [
  { name: 'origin/HEAD', ref: 'refs/remotes/origin/HEAD' },
  { name: 'origin/main', ref: 'refs/remotes/origin/main' },
  { name: 'main', ref: 'refs/heads/main' },
  { name: 'origin/master', ref: 'refs/remotes/origin/master' },
  { name: 'master', ref: 'refs/heads/master' },
] as const;

/** The base the user asked for: `--base`, else the pull request's target branch on GitHub Actions. */
export function readRequestedBase(base: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (base !== undefined) return assertSafeRef(base);
  const target = env['GITHUB_BASE_REF'];
  // Set but empty outside pull_request events.
  if (target === undefined || target === '') return undefined;
  return assertSafeRef(`origin/${target}`);
}

/** A ref that git could read as an option (`--output=x`) never reaches the command line. */
export function assertSafeRef(ref: string): string {
  if (ref.trim() === '') throw new UsageError('the base ref is empty: pass a branch, tag or commit with --base');
  if (ref.startsWith('-')) {
    throw new UsageError(`invalid base ref '${ref}': a ref cannot start with '-'; pass a branch, tag or commit with --base`);
  }
  return ref;
}

/** The command that fetches `ref` from origin. */
function formatFetchCommand(ref: string): string {
  return `git fetch origin ${ref.startsWith('origin/') ? ref.slice('origin/'.length) : ref}`;
}

export function explainMissingBase(ref: string, shallow: boolean): UsageError {
  // `HEAD~99`, `main^2`, `@{u}`: a path through history, not a name origin could have.
  if (/[~^]|@\{|^HEAD$|^@$/.test(ref)) {
    return new UsageError(
      shallow
        ? `base ref '${ref}' reaches past the commits of this shallow clone: run 'git fetch --unshallow origin', or set 'fetch-depth: 0' in actions/checkout`
        : `base ref '${ref}' names no commit: the history is shorter than that (see git log --oneline); pass an existing branch, tag or commit with --base`,
    );
  }
  if (shallow) {
    return new UsageError(
      `base ref '${ref}' is not in this shallow clone: run '${formatFetchCommand(ref)}', or set 'fetch-depth: 0' in actions/checkout`,
    );
  }
  return new UsageError(`base ref '${ref}' not found: fetch it ('${formatFetchCommand(ref)}') or pass an existing branch, tag or commit with --base`);
}

export function explainNoDefaultBase(shallow: boolean): UsageError {
  const tried = DEFAULT_BASES.map((base) => base.name).join(', ');
  if (shallow) {
    return new UsageError(
      `no base ref found in this shallow clone (tried ${tried}): run 'git fetch origin main', or set 'fetch-depth: 0' in actions/checkout, or pass --base`,
    );
  }
  return new UsageError(`no base ref found (tried ${tried}): pass the branch this one merges into with --base`);
}

export function explainNoMergeBase(ref: string, shallow: boolean): UsageError {
  if (shallow) {
    return new UsageError(
      `HEAD and '${ref}' share no commit in this shallow clone: run 'git fetch --unshallow origin', or set 'fetch-depth: 0' in actions/checkout`,
    );
  }
  return new UsageError(`HEAD and '${ref}' have no common history: pass the branch this one was started from with --base`);
}
