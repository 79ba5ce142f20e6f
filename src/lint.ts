/**
 * The entry point: a git change, from the repository to the migrations it touches, and when it touches none the
 * result at once. Everything past that (reading, parsing, the schema, the rules) is in pipeline.ts, loaded only then:
 * most commits a pre-commit hook sees hold no migration, and should cost no more than git's answer.
 */
import { isAbsolute, posix, relative, resolve } from 'node:path';
import { loadConfig } from './config.js';
import type { Config } from './config.js';
import { discoverMigrations } from './conventions/discover.js';
import type { Discovery } from './conventions/discover.js';
import { loadGlobMatcher } from './conventions/globs.js';
import { DEFAULT_MIGRATION_GLOBS } from './conventions/index.js';
import { EMPTY_TREE, INDEX, openRepo } from './git/index.js';
import type { Change, GitRepo } from './git/index.js';
import type { TreeListing } from './git/repo.js';
import { ruleMeta } from './rule-meta.generated.js';
import type { Migration } from './rule.js';
import type { ChangedFile, Finding, LintResult, MigrationInfo, RuleMeta, RuleSetting, Severity, SkippedDirectory } from './types.js';

export const DOCS_BASE_URL = 'https://github.com/migration-lint/migration-lint/blob/main/docs/rules/';

/** What to lint and how. */
export interface LintOptions {
  /** Where to run: inside the git repository, or the directory plain file paths are relative to. */
  cwd: string;
  /** Base ref; else the config's `base`, `$GITHUB_BASE_REF`, or origin/HEAD, origin/main, main, origin/master, master. */
  base?: string;
  /** Lint the branch's commits plus what is staged (the pre-commit hook). */
  staged?: boolean;
  /** Lint these SQL files or directories instead of a git change. */
  files?: string[];
  /** Lint this text (read from standard input) as if it were the file `filename`. */
  stdin?: { filename: string; text: string };
  /** Config file path, relative to `cwd`; else found at the repository root. */
  config?: string;
  /** Settings that win over the config file (from flags). */
  overrides?: Partial<Config>;
  /** Environment to read `GITHUB_BASE_REF` from; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** With `verifyRollback`: the PostgreSQL server to verify on (`postgres://…`); the embedded engine when absent. */
  databaseUrl?: string;
}


/** What discovery found in a git change that holds migrations: what the rest of the run starts from. */
export interface ChangedMigrations {
  options: LintOptions;
  repo: GitRepo;
  config: Config;
  change: Change;
  /** The migrations globs in force. */
  globs: string[];
  inMigrations: (path: string) => boolean;
  isNonCode: (path: string) => boolean;
  discovery: Discovery;
  /** The changed files that are migrations (by their path now or before a rename). */
  changed: ChangedFile[];
  /** The changed files that may be application code. */
  codeFiles: ChangedFile[];
}

/** The one entry point the CLI and the Action share. */
export async function lint(options: LintOptions): Promise<LintResult> {
  if (options.files?.length || options.stdin) return (await loadPipeline()).lintFiles(options);
  return lintChange(options);
}

async function lintChange(options: LintOptions): Promise<LintResult> {
  const repo = await openRepo(options.cwd);
  try {
    const config = await loadConfig(repo.root, options.config && resolveFrom(options.cwd, repo.root, options.config), options.overrides);
    const change = await repo.resolveChange({ base: options.base ?? config.base, staged: options.staged ?? false, env: options.env ?? process.env });
    // An SQL file in the change is most likely a migration: the parser and the rest of the pipeline load now, and
    // the parser's WebAssembly compiles in the background while discovery runs and git answers the reads. Code (a .ts
    // file) may be application code, which needs none of it.
    const hasSql = change.files.some((f) => f.status !== 'deleted' && /\.sql$/i.test(f.path));
    if (hasSql) startParser(change.files.length);
    const pipeline = hasSql ? loadPipeline() : undefined;
    const globs = config.migrations.length ? config.migrations : DEFAULT_MIGRATION_GLOBS;
    // Any file under the migrations globs (a README, a Ruby migration) is not application code; the SQL ones, and those
    // in a language a convention reads (Knex's JavaScript, Alembic's Python), are linted.
    const [inMigrations, isNonCode] = await Promise.all([loadGlobMatcher(globs), loadGlobMatcher(config.nonCode)]);
    // Tool markers count on either side of the change: read from the base and the newest commit (the index has no
    // trees), with the change's own files added.
    const markerCommit = change.head === INDEX ? 'HEAD' : change.head;
    const listHead = memoizeAsync(async (dir: string) => {
      const [before, after] = await Promise.all([repo.listTree(change.base, dir), repo.listTree(markerCommit, dir)]);
      return withChangedFiles(mergeListings(before, after), dir, change.files);
    });
    const discovery = await discoverMigrations(
      change.files.flatMap((f) => [f.path, ...(f.oldPath !== undefined ? [f.oldPath] : [])]),
      { inGlobs: inMigrations, beyondGlobs: config.migrations.length === 0, list: listHead },
    );
    const isMigration = (path: string) => discovery.places.has(path);

    const changed = change.files.filter((f) => isMigration(f.path) || (f.oldPath !== undefined && isMigration(f.oldPath)));
    const codeFiles = change.files.filter((f) => !inMigrations(f.path) && !isMigration(f.path) && !discovery.toolFiles.has(f.path) && !isNonCode(f.path));
    // No migration in the change: nothing to read or parse, and no rule has anything to judge.
    if (changed.length === 0) return { ...buildResult(change.base, change.head, [], [], activeRules(config)), ...describeBase(change, true) };
    const { lintChangedMigrations } = await (pipeline ?? loadPipeline());
    return await lintChangedMigrations({ options, repo, config, change, globs, inMigrations, isNonCode, discovery, changed, codeFiles });
  } finally {
    repo.close();
  }
}


/** Which base the change was compared with, and a notice when that comparison cannot show anything. */
export function describeBase(change: Change, empty: boolean): Pick<LintResult, 'baseRef' | 'notices'> {
  // No commit yet: the comparison is with the empty tree, which names no ref.
  if (change.base === EMPTY_TREE) return {};
  if (!(empty && change.defaultBase && change.headBehindBase)) return { baseRef: change.baseRef };
  const notice =
    `HEAD is behind ${change.baseRef} (an older commit of it, as on a detached HEAD), so there is nothing of its own to lint: ` +
    'check out your branch, or pass the commit to compare with as --base.';
  return { baseRef: change.baseRef, notices: [notice] };
}

export function buildResult(
  base: string | null,
  head: string | null,
  migrations: Migration[],
  findings: Finding[],
  rules: RuleMeta[],
  skipped: SkippedDirectory[] = [],
): LintResult {
  const sources: Record<string, string> = {};
  const byPath = new Map(migrations.map((m) => [m.path, m]));
  for (const finding of findings) {
    const text = byPath.get(finding.file)?.text;
    if (text != null) sources[finding.file] = text;
  }
  const infos: MigrationInfo[] = migrations.map((m) => ({
    path: m.path,
    version: m.name?.version ?? null,
    direction: m.name?.direction ?? (m.sections ? 'both' : 'up'),
    status: m.status,
    rollback: m.rollback,
  }));
  return {
    base,
    head,
    migrations: infos,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    },
    rules,
    sources,
    ...(skipped.length ? { skippedDirectories: skipped } : {}),
  };
}

export function activeRules(config: Config): RuleMeta[] {
  return ruleMeta.flatMap((rule) => {
    const severity = severityOf(rule, config);
    return severity ? [{ id: rule.id, summary: rule.summary, severity, docs: ruleDocsUrl(rule.id) }] : [];
  });
}

export function severityOf(rule: Pick<RuleMeta, 'id'> & { severity: RuleSetting }, config: Config): Severity | null {
  const setting = config.rules[rule.id] ?? rule.severity;
  return setting === 'off' ? null : setting;
}

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

export function memoizeAsync<T>(compute: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

export function mergeListings(a: TreeListing, b: TreeListing): TreeListing {
  return { files: [...new Set([...a.files, ...b.files])], directories: [...new Set([...a.directories, ...b.directories])] };
}

/** A listing with the files the change adds directly in `dir` (a marker committed with its first migration). */
export function withChangedFiles(listing: TreeListing, dir: string, files: ChangedFile[]): TreeListing {
  const added = files.filter((f) => f.status !== 'deleted' && posix.dirname(f.path) === dir).map((f) => posix.basename(f.path));
  return added.length ? { files: [...new Set([...listing.files, ...added])], directories: listing.directories } : listing;
}

/** Everything past discovery, imported only by runs with migrations to read. */
function loadPipeline(): Promise<typeof import('./pipeline.js')> {
  return import('./pipeline.js');
}

/** The SQL stage, imported only by runs that have SQL to read: the hook's commits without migrations skip it. */
export function loadSqlStage(): Promise<SqlStage> {
  // Imported once: a corpus asks for it per file.
  sqlStage ??= Promise.all([import('./sql/parse.js'), import('./sql/locate.js')]).then(([parse, locate]) => ({ ...parse, ...locate }));
  return sqlStage;
}

type SqlStage = typeof import('./sql/parse.js') & typeof import('./sql/locate.js');
let sqlStage: Promise<SqlStage> | undefined;

/** Starts loading the parser in the background for a run that reads `files` files; a failure surfaces when parsing. */
export function startParser(files: number): void {
  if (files === 0) return;
  loadSqlStage()
    .then(({ loadParser }) => loadParser())
    .catch(() => undefined);
}

export function resolveFrom(cwd: string, root: string, path: string): string {
  return relative(root, isAbsolute(path) ? path : resolve(cwd, path));
}
