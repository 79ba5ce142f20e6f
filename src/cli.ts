/** The command line: argv → options → lint() → reporters → exit code. The only place besides the Action that prints or exits. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { GitCommandError } from './git/run-git.js';
import { lint, ruleDocsUrl } from './lint.js';
import { formats, isFormatName } from './reporters/index.js';
import type { FormatName } from './reporters/index.js';
import type { LintResult } from './types.js';
import { VERSION } from './version.js';

/** Exit codes: 0 no error findings, 1 error findings (or too many warnings), 2 usage/config/environment problem. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

interface Output {
  format: FormatName;
  path: string | null;
}

/** Parses `--format text` and `--format sarif=report.sarif` into outputs; at most one goes to stdout. */
export function parseFormats(values: string[]): Output[] {
  const outputs = (values.length ? values : ['text']).map((value) => {
    const at = value.indexOf('=');
    const format = at < 0 ? value : value.slice(0, at);
    const path = at < 0 ? null : value.slice(at + 1);
    if (!isFormatName(format)) throw new UsageError(`unknown format "${format}": use one of ${Object.keys(formats).join(', ')}`);
    if (path === '') throw new UsageError(`--format ${format}= needs a file path after "="`);
    return { format, path };
  });
  if (outputs.filter((o) => o.path === null).length > 1) {
    throw new UsageError('only one --format can write to stdout: give the others a file, e.g. --format sarif=report.sarif');
  }
  return outputs;
}

/** Whether to colour stdout: FORCE_COLOR and NO_COLOR win over the terminal check. */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return false;
  return isTTY;
}

/** The options of the lint command: one table drives parsing and `--help`. */
const OPTIONS = {
  base: { type: 'string', value: 'REF', describe: 'base ref to compare against (default: $GITHUB_BASE_REF, origin/HEAD, origin/main, main, origin/master, master)' },
  staged: { type: 'boolean', describe: 'lint the branch plus what is staged (for the pre-commit hook)' },
  format: { type: 'string', short: 'f', multiple: true, value: 'NAME[=PATH]', describe: `output format, or format=path to write a file (repeatable): ${Object.keys(formats).join(', ')}` },
  config: { type: 'string', short: 'c', value: 'PATH', describe: 'config file (default: .migration-lint.json/.yaml/.yml or package.json "migration-lint" at the repository root)' },
  'max-warnings': { type: 'string', value: 'N', describe: 'exit 1 when there are more warnings than N' },
  'stdin-filename': { type: 'string', value: 'PATH', describe: 'file name to report for SQL read from standard input ("-")' },
  'verify-rollback': { type: 'boolean', describe: 'prove each new rollback in a real PostgreSQL: apply the base migrations, the up, the down, the up again (embedded PGlite unless --database-url)' },
  'database-url': { type: 'string', value: 'URL', describe: 'verify on this server (postgres://…; implies --verify-rollback) in a temporary database, or a temporary schema when the user may not create databases' },
  color: { type: 'boolean', describe: 'force colour on (--color) or off (--no-color); default: on for a terminal, NO_COLOR/FORCE_COLOR honoured' },
  help: { type: 'boolean', short: 'h', describe: 'show this help' },
  version: { type: 'boolean', describe: 'show the version' },
} as const;

function renderHelp(): string {
  const rows = Object.entries(OPTIONS).map(([name, option]) => {
    const short = 'short' in option ? `-${option.short}, ` : '    ';
    const value = 'value' in option ? ` ${option.value}` : '';
    return [`  ${short}--${name}${value}`, option.describe] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return `Usage: migration-lint [options] [files..]
       migration-lint rules
       migration-lint init

Lints the migrations your branch adds (against its base branch), or the given SQL files
and directories ("-" reads standard input).

Commands:
  rules  list every rule with its default severity and summary
  init   set up the pre-commit hook (husky) and a starter config in this repository

Options:
${rows.map(([left, text]) => left.padEnd(width) + text).join('\n')}

Exit codes: 0 no errors, 1 error findings (or too many warnings), 2 usage, config or environment problem.
`;
}

/**
 * Parses argv with node:util's parseArgs, not yargs: the pre-commit hook runs this on every commit,
 * and loading yargs alone cost about 50 ms, as much as the whole start-up budget.
 */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (see migration-lint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(renderHelp());
    return EXIT.clean;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  const [command, ...rest] = positionals;
  if (command === 'rules' || command === 'init') {
    const extra = [...rest, ...Object.keys(values)];
    if (extra.length) throw new UsageError(`"${command}" takes no arguments or options, got ${extra[0]} (see migration-lint --help)`);
    if (command === 'rules') process.stdout.write(await renderRuleList());
    else await runInit();
    return EXIT.clean;
  }
  const maxWarnings = values['max-warnings'];
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(`--max-warnings takes a whole number ≥ 0, got "${maxWarnings}"`);
  return runLint({
    files: positionals,
    staged: values.staged ?? false,
    format: values.format ?? [],
    base: values.base,
    config: values.config,
    'max-warnings': maxWarnings === undefined ? undefined : Number(maxWarnings),
    'stdin-filename': values['stdin-filename'],
    color: values.color,
    'verify-rollback': values['verify-rollback'],
    'database-url': values['database-url'],
  });
}

async function runInit(): Promise<void> {
  const { init } = await import('./init.js');
  const { changes, notes } = await init({ cwd: process.cwd() });
  const done = changes.length ? changes : ['Nothing to change: migration-lint, husky, the prepare script, the pre-commit hook and a config are already in place.'];
  process.stdout.write([...done, ...notes.map((note) => `Next: ${note}`)].map((line) => `${line}\n`).join(''));
}

interface LintArgs {
  files: string[];
  base?: string | undefined;
  staged: boolean;
  format: string[];
  config?: string | undefined;
  'max-warnings'?: number | undefined;
  'stdin-filename'?: string | undefined;
  color?: boolean | undefined;
  'verify-rollback'?: boolean | undefined;
  'database-url'?: string | undefined;
}

async function runLint(args: LintArgs): Promise<number> {
  const outputs = parseFormats(args.format);
  const maxWarnings = args['max-warnings'];
  if (args.base !== undefined && args.base.startsWith('-')) throw new UsageError(`--base "${args.base}" is not a ref: refs cannot start with "-"`);
  const cwd = process.cwd();
  const files = args.files.filter((f) => f !== '-');
  const readsStdin = args.files.includes('-');
  if (args['stdin-filename'] !== undefined && !readsStdin) throw new UsageError('--stdin-filename goes with "-" (read SQL from standard input)');
  if ((files.length || readsStdin) && (args.staged || args.base !== undefined)) {
    throw new UsageError('--staged and --base lint a git change: drop them, or drop the file arguments');
  }
  const result = await lint({
    cwd,
    staged: args.staged,
    ...(args.base !== undefined ? { base: args.base } : {}),
    ...(files.length ? { files } : {}),
    ...(readsStdin ? { stdin: { filename: args['stdin-filename'] ?? 'stdin.sql', text: readFileSync(0, 'utf8') } } : {}),
    ...(args.config !== undefined ? { config: args.config } : {}),
    // --database-url says where to verify, so it asks for verification too (unless --no-verify-rollback).
    ...(args['verify-rollback'] !== undefined || args['database-url'] !== undefined
      ? { overrides: { verifyRollback: args['verify-rollback'] ?? true } }
      : {}),
    ...(args['database-url'] !== undefined ? { databaseUrl: args['database-url'] } : {}),
  });
  const color = args.color ?? useColor(process.env, process.stdout.isTTY === true);
  for (const output of outputs) {
    const render = await formats[output.format]();
    const text = render(result, { color: output.path === null && color, toolVersion: VERSION });
    if (output.path === null) writePieces(process.stdout, text);
    else writeFileSync(resolve(cwd, output.path), text);
  }
  return exitCodeOf(result, maxWarnings);
}

/** Piece by piece, so a 5 MB report is not also held whole as bytes; a piece never ends between a surrogate pair's halves. */
export function writePieces(stream: { write(text: string): unknown }, text: string, size = 1 << 16): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    stream.write(text.slice(start, end));
    start = end;
  }
}

export function exitCodeOf(result: LintResult, maxWarnings?: number): number {
  if (result.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.clean;
}

async function renderRuleList(): Promise<string> {
  const { rules } = await import('../rules/index.js');
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const lines = rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.summary}`);
  return `${lines.join('\n')}\n\nDocs: ${ruleDocsUrl('<rule-id>')}\n`;
}

/** Runs the CLI and exits; user mistakes print one line and exit 2, never a stack trace. */
export async function run(argv: string[] = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`migration-lint: ${error.message}\n`);
    } else if (error instanceof GitCommandError) {
      // The repository, not the tool: a missing object, a broken ref, a partial clone without network.
      process.stderr.write(`migration-lint: ${error.message.split('\n')[0]}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`migration-lint: internal error: ${message.split('\n')[0]} (set DEBUG=migration-lint for details)\n`);
      if (process.env.DEBUG?.includes('migration-lint') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    }
    process.exitCode = EXIT.usage;
  }
}
