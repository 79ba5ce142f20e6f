/** The registry of output formats: each renders a `LintResult` to the complete text to print. */
import type { LintResult } from '../types.js';
import * as github from './github.js';
import * as gitlab from './gitlab.js';
import * as json from './json.js';
import * as markdown from './markdown.js';
import * as sarif from './sarif.js';
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

/** Every format by name. */
export const formats: Record<FormatName, Render> = {
  text: text.render,
  json: json.render,
  github: github.render,
  sarif: sarif.render,
  gitlab: gitlab.render,
  markdown: markdown.render,
};

/** Whether `name` is a known format (own keys only, so `toString` or `__proto__` are not formats). */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formats, name);
}
