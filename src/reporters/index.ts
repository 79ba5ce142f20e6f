/** The registry of output formats: each renders a `LintResult` to the complete text to print. */
import type { LintResult } from '../types.js';
import * as text from './text.js';

/** How to render; the CLI and the Action decide, reporters only read. */
export interface RenderOptions {
  /** Whether to use ANSI colours (the CLI decides from TTY, NO_COLOR and FORCE_COLOR). Only the text format has colours. */
  color: boolean;
  /** The version of migration-lint, reported as the SARIF driver's version; `0.0.0` when absent. */
  toolVersion?: string;
}

/** The values `--format` accepts. */
export type FormatName = 'text' | 'json' | 'github' | 'sarif' | 'gitlab' | 'markdown';

/** A reporter: pure, returns the whole output, ending with a newline (or empty when there is nothing to say). */
export type Render = (result: LintResult, options: RenderOptions) => string;

/**
 * Every format by name, as the loader of its reporter. The pre-commit hook prints text, which comes with the command;
 * the formats of CI (JSON, SARIF, annotations, reports) load when asked for.
 */
export const formats: Record<FormatName, () => Promise<Render>> = {
  text: async () => text.render,
  json: async () => (await import('./json.js')).render,
  github: async () => (await import('./github.js')).render,
  sarif: async () => (await import('./sarif.js')).render,
  gitlab: async () => (await import('./gitlab.js')).render,
  markdown: async () => (await import('./markdown.js')).render,
};

/** Whether `name` is a known format (own keys only, so `toString` or `__proto__` are not formats). */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}
