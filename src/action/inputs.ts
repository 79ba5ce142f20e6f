/** What the Action is asked to do: its inputs and the pull request it runs for, read from the runner's environment. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';

/** The lowest severity that fails the step; `never` only reports. */
export type FailOn = 'error' | 'warning' | 'never';

/** The Action's inputs (see action.yml), validated. */
export interface ActionInputs {
  /** A commit sha or a ref to compare against; undefined: the pull request's base sha. */
  base: string | undefined;
  /** Config file, relative to the working directory. */
  config: string | undefined;
  failOn: FailOn;
  /** Whether to post or update the pull request comment. */
  comment: boolean;
  /** Empty when the workflow passes no token: then there is no comment. */
  token: string;
  /** Absolute path of the directory to lint in. */
  workingDirectory: string;
  /** Prove each rollback in the embedded PostgreSQL; undefined: as the config says. */
  verifyRollback: boolean | undefined;
}

/** The pull request the workflow runs for. */
export interface PullRequest {
  number: number;
  /** The base branch's commit the pull request was compared with, validated as 40 hex digits. */
  baseSha: string;
  /** Whether the head branch lives in another repository (a fork). */
  crossRepository: boolean;
}

/** The event that started the workflow. */
export interface ActionEvent {
  /** `pull_request`, `pull_request_target`, `push`, …; empty outside a runner. */
  name: string;
  repository: { owner: string; repo: string } | null;
  pullRequest: PullRequest | null;
}

const SHA = /^[0-9a-f]{40}$/i;
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** Whether `value` is a full commit sha (40 hex digits): only such a base is fetched. */
export function isSha(value: string): boolean {
  return SHA.test(value);
}

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased, trimmed. */
export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = getInput(env, 'fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on is "${failOn}": use error, warning or never`);
  }
  const base = getInput(env, 'base');
  if (base.startsWith('-')) throw new UsageError(`input base is "${base}": a commit or ref cannot start with "-"`);
  const config = getInput(env, 'config');
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  return {
    base: base === '' ? undefined : base,
    config: config === '' ? undefined : config,
    failOn: failOn as FailOn,
    comment: getBooleanInput(env, 'comment', true),
    token: getInput(env, 'github-token'),
    workingDirectory: resolve(workspace, getInput(env, 'working-directory') || '.'),
    verifyRollback: getInput(env, 'verify-rollback') === '' ? undefined : getBooleanInput(env, 'verify-rollback', false),
  };
}

/** A boolean input, spelled as YAML 1.2 core schema booleans (as @actions/core accepts them). */
function getBooleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input ${name} is "${value}": use true or false`);
}

/** Reads the event payload at GITHUB_EVENT_PATH; only the few fields the Action uses, each checked. */
export function readEvent(env: NodeJS.ProcessEnv): ActionEvent {
  const name = env['GITHUB_EVENT_NAME'] ?? '';
  const path = env['GITHUB_EVENT_PATH'];
  let payload: unknown = {};
  if (path && existsSync(path)) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new UsageError(`cannot read the event payload ${path}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { name, repository: readRepository(env, payload), pullRequest: readPullRequest(payload) };
}

function readRepository(env: NodeJS.ProcessEnv, payload: unknown): ActionEvent['repository'] {
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (owner && repo && rest.length === 0) return { owner, repo };
  const repository = field(payload, 'repository');
  const login = field(field(repository, 'owner'), 'login');
  const repoName = field(repository, 'name');
  return typeof login === 'string' && typeof repoName === 'string' ? { owner: login, repo: repoName } : null;
}

function readPullRequest(payload: unknown): PullRequest | null {
  const pullRequest = field(payload, 'pull_request');
  if (pullRequest === undefined || pullRequest === null) return null;
  const number = field(pullRequest, 'number');
  const baseSha = field(field(pullRequest, 'base'), 'sha');
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
    throw new UsageError('the event payload has a pull_request without a valid number');
  }
  if (typeof baseSha !== 'string' || !isSha(baseSha)) {
    throw new UsageError('the event payload\'s pull_request.base.sha is not a commit sha (40 hex digits)');
  }
  const headRepo = field(field(pullRequest, 'head'), 'repo');
  const headName = field(headRepo, 'full_name');
  const baseName = field(field(field(pullRequest, 'base'), 'repo'), 'full_name');
  // A deleted fork leaves head.repo null; without names to compare, GitHub's fork flag decides.
  const crossRepository =
    headRepo === null ||
    (typeof headName === 'string' && typeof baseName === 'string' ? headName !== baseName : field(headRepo, 'fork') === true);
  return { number, baseSha: baseSha.toLowerCase(), crossRepository };
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
