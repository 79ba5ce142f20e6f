/** The GitHub Action: inputs → options → lint() → annotations, job summary, pull request comment, outputs and exit status. */
import * as core from '@actions/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate } from './action/annotations.js';
import { COMMENT_LIMIT, COMMENT_MARKER, upsertComment } from './action/comment.js';
import { fetchBaseHistory } from './action/fetch-base.js';
import { isSha, readEvent, readInputs } from './action/inputs.js';
import type { ActionEvent, ActionInputs, FailOn } from './action/inputs.js';
import { appendSummary, setOutput } from './action/runner-files.js';
import { UsageError } from './errors.js';
import { lint } from './lint.js';
import { render as renderJson } from './reporters/json.js';
import { renderMarkdown } from './reporters/markdown.js';
import { escapeData } from './reporters/workflow-commands.js';
import type { LintResult } from './types.js';
import { VERSION } from './version.js';

/**
 * Runs the Action with the runner's environment (inputs as INPUT_*, the event at
 * GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_API_URL). Returns
 * the exit status, 1 when findings reach `fail-on` or the run could not happen, after
 * core.setFailed has said why in one line.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const inputs = readInputs(env);
    const event = readEvent(env);
    const requested = inputs.base ?? event.pullRequest?.baseSha;
    const base = requested !== undefined && isSha(requested) ? requested.toLowerCase() : requested;
    // Only a sha is fetched: a ref name from the workflow must already be in the checkout.
    if (base !== undefined && isSha(base)) await fetchBaseHistory(inputs.workingDirectory, base);
    const result = await lint({
      cwd: inputs.workingDirectory,
      ...(base !== undefined ? { base } : {}),
      ...(inputs.config !== undefined ? { config: inputs.config } : {}),
      ...(inputs.verifyRollback !== undefined ? { overrides: { verifyRollback: inputs.verifyRollback } } : {}),
      env,
    });
    annotate(result.findings);
    writeOutputs(env, result);
    appendSummary(env, renderMarkdown(result));
    if (inputs.comment) await comment(env, inputs, event, result);
    const failure = failureOf(result, inputs.failOn);
    if (failure === null) return 0;
    core.setFailed(failure);
    return 1;
  } catch (error) {
    if (error instanceof UsageError) {
      core.setFailed(error.message);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      core.setFailed(`internal error: ${message.split('\n')[0]}`);
      if (error instanceof Error && error.stack) core.debug(error.stack);
    }
    return 1;
  }
}

/** Outputs `errors`, `warnings`, and `findings-json`: the JSON report, written to a new directory under RUNNER_TEMP. */
function writeOutputs(env: NodeJS.ProcessEnv, result: LintResult): void {
  const directory = mkdtempSync(join(env['RUNNER_TEMP'] || tmpdir(), 'migration-lint-'));
  const path = join(directory, 'findings.json');
  writeFileSync(path, renderJson(result, { color: false, toolVersion: VERSION }));
  setOutput(env, 'errors', String(result.summary.errors));
  setOutput(env, 'warnings', String(result.summary.warnings));
  setOutput(env, 'findings-json', path);
}

/**
 * Posts the report as the pull request's migration-lint comment, or updates it. A new comment is
 * posted only when there are findings; an existing one is always updated, so it says "no problems"
 * once they are fixed. The comment never fails the job: a read-only token (a fork's pull request)
 * gets a notice, any other API error a warning.
 */
async function comment(env: NodeJS.ProcessEnv, inputs: ActionInputs, event: ActionEvent, result: LintResult): Promise<void> {
  const pullRequest = event.pullRequest;
  if (pullRequest === null || event.repository === null) return;
  if (inputs.token === '') {
    core.info('No github-token: the pull request comment is skipped.');
    return;
  }
  if (event.name === 'pull_request' && pullRequest.crossRepository) {
    core.notice('The pull request comes from a fork, whose token is read-only: the comment is skipped; the job summary has the report.');
    return;
  }
  const body = renderMarkdown(result, { maxLength: COMMENT_LIMIT, footer: commentFooter(env) });
  try {
    const outcome = await upsertComment(
      { apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com', token: inputs.token, ...event.repository, issueNumber: pullRequest.number },
      body,
      result.findings.length > 0,
    );
    // core.info writes raw text: the URL comes from the API, so it is escaped like a command's data.
    if (outcome.action !== 'none') core.info(`${outcome.action === 'created' ? 'Posted' : 'Updated'} the pull request comment: ${escapeData(outcome.url)}`);
  } catch (error) {
    const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (status === 403) {
      core.notice(`The token cannot comment on this pull request (${message}): the comment is skipped; the job summary has the report. Grant 'pull-requests: write' to enable it.`);
    } else {
      core.warning(`Could not post the pull request comment: ${message}`);
    }
  }
}

/** A link to this run (whose job summary lists every finding), then the marker on its own line. */
function commentFooter(env: NodeJS.ProcessEnv): string {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (!server || !repository || !runId || !/^\d+$/.test(runId)) return COMMENT_MARKER;
  return `<sub>[Job summary](${server}/${repository}/actions/runs/${runId})</sub>\n${COMMENT_MARKER}`;
}

/** The one-line reason to fail the step, or null when the findings stay below `fail-on`. */
function failureOf(result: LintResult, failOn: FailOn): string | null {
  const { errors, warnings } = result.summary;
  const reached = failOn === 'error' ? errors > 0 : failOn === 'warning' ? errors + warnings > 0 : false;
  if (!reached) return null;
  return `migration-lint found ${plural(errors, 'error')} and ${plural(warnings, 'warning')} (fail-on: ${failOn})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
