/** The GitHub runner as the Action sees it, for tests: INPUT_* variables, the event file, file commands, and stdout captured. */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { runAction } from '../../src/action.js';

export interface RunnerOptions {
  /** GITHUB_WORKSPACE: the checkout. */
  workspace: string;
  /** Inputs by their action.yml names (`fail-on`), as the runner passes them. */
  inputs?: Record<string, string>;
  /** The event payload; default none (no file). */
  event?: unknown;
  eventName?: string;
  /** GITHUB_API_URL. */
  apiUrl?: string;
}

export interface Runner {
  env: NodeJS.ProcessEnv;
  outputFile: string;
  summaryFile: string;
  /** RUNNER_TEMP. */
  temp: string;
  cleanup: () => void;
}

/** The runner's upper-casing of input names: `fail-on` → `INPUT_FAIL-ON`, spaces → `_`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** A runner environment in a fresh temp directory: event file, empty GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, RUNNER_TEMP. */
export function makeRunner(options: RunnerOptions): Runner {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'migration-lint-runner-')));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: temp,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    // What action.yml's defaults give when the workflow sets nothing.
    [inputVariable('fail-on')]: 'error',
    [inputVariable('comment')]: 'true',
    [inputVariable('github-token')]: 'ghs_test',
    [inputVariable('working-directory')]: '.',
  };
  for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputVariable(name)] = value;
  if (options.event !== undefined) {
    const eventFile = join(dir, 'event.json');
    writeFileSync(eventFile, JSON.stringify(options.event));
    env['GITHUB_EVENT_PATH'] = eventFile;
  }
  return { env, outputFile, summaryFile, temp, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A pull_request event payload as GitHub sends it (the fields the Action reads, and their neighbours). */
export function pullRequestEvent(baseSha: string, headSha: string, options: { number?: number; fork?: boolean } = {}): unknown {
  const repository = { name: 'shop', full_name: 'acme/shop', owner: { login: 'acme' }, fork: false };
  const headRepository = options.fork ? { name: 'shop', full_name: 'mallory/shop', owner: { login: 'mallory' }, fork: true } : repository;
  return {
    action: 'synchronize',
    number: options.number ?? 7,
    pull_request: {
      number: options.number ?? 7,
      base: { ref: 'main', sha: baseSha, repo: repository },
      head: { ref: 'feature', sha: headSha, repo: headRepository },
    },
    repository,
  };
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks; throws on anything else, so a stray line fails the test. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i] ?? '');
    if (!match) throw new Error(`not an output block: ${JSON.stringify(lines[i])}`);
    const end = lines.indexOf(match[2]!, i + 1);
    if (end < 0) throw new Error(`unterminated output ${match[1]}`);
    outputs[match[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

export interface ActionRun {
  status: number;
  stdout: string;
  /** The workflow commands on stdout (lines starting with `::`). */
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the Action in this process with stdout captured; the exit status is what it returned and what process.exitCode became. */
export async function runInProcess(runner: Runner): Promise<ActionRun> {
  const chunks: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  let status: number;
  try {
    status = await runAction(runner.env);
  } finally {
    write.mockRestore();
  }
  const exitCode = process.exitCode ?? 0;
  process.exitCode = undefined;
  if (exitCode !== status) throw new Error(`runAction returned ${status} but process.exitCode is ${exitCode}`);
  return collect(runner, status, chunks.join(''));
}

/** What a run left behind: commands on stdout, the outputs file, the summary. */
export function collect(runner: Runner, status: number, stdout: string): ActionRun {
  return {
    status,
    stdout,
    commands: stdout.split(/\r?\n/).filter((line) => line.startsWith('::')),
    outputs: parseOutputs(readFileSync(runner.outputFile, 'utf8')),
    summary: readFileSync(runner.summaryFile, 'utf8'),
  };
}
