/** The runner's file commands: step outputs (GITHUB_OUTPUT) and the job summary (GITHUB_STEP_SUMMARY), at the paths the given environment names. */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Appends `name<<delimiter`, the value, and the delimiter to GITHUB_OUTPUT, as @actions/core's
 * setOutput does; the random delimiter cannot occur in the value, so a value cannot add outputs.
 * Outside a runner (no GITHUB_OUTPUT) it does nothing.
 */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): void {
  const path = env['GITHUB_OUTPUT'];
  if (!path) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary; outside a runner it does nothing. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  const path = env['GITHUB_STEP_SUMMARY'];
  if (!path) return;
  appendFileSync(path, markdown, 'utf8');
}
