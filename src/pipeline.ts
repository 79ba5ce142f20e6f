/** Runs the pipeline: git change (or plain files) → migrations → parsed statements → rules → sorted findings. */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { rules as allRules } from '../rules/index.js';
import { loadConfig } from './config.js';
import type { Config, Dialect } from './config.js';
import { guessDialect } from './conventions/dialect.js';
import {
  compareVersions,
  conventions,
  DEFAULT_MIGRATION_GLOBS,
  detectConvention,
  hasExtension,
  isMigrationFile,
  locateMigration,
} from './conventions/index.js';
import type { Convention, MigrationPlace } from './conventions/index.js';
import { loadGlobMatcher } from './conventions/globs.js';
import { NameIndex, sampleNames } from './conventions/name-index.js';
import { UsageError } from './errors.js';
import { EMPTY_TREE, findWorkTree, INDEX, openRepo, toBlobSpec } from './git/index.js';
import type { Change, GitRepo } from './git/index.js';
import { isPackageManifest, isToolingOnlyChange } from './package-change.js';
import { buildSchema, dependsOnBase, namesToLookUp } from './schema/index.js';
import type { ReplayMigration } from './schema/index.js';
import { escapeControlCharacters, formatMessage, isNewUpMigration, removedNames } from './rule.js';
import type { CodeReference, GraphNode, Migration, MigrationDirectory, Report, Rule, RuleContext } from './rule.js';
import { applySuppressions, mayHoldSuppressions, readSuppressions } from './suppressions.js';
import type { Suppression, SuppressionReport } from './suppressions.js';
import { maskPlaceholders } from './sql/placeholders.js';
import type { PlaceholderKind } from './sql/placeholders.js';
import type { ParsedSql, SqlStatement } from './sql/parse.js';
import { discoverMigrations, placeInSqitchProject } from './conventions/discover.js';
import { sqitchEntries } from './conventions/sqitch.js';
import { isSupabaseDirectory, SUPABASE_ROLLBACKS } from './conventions/supabase.js';
import type { TreeListing } from './git/repo.js';
import type { ChangedFile, ConventionId, Finding, LintResult, MigrationInfo, ParsedName, RuleMeta, Severity, SkippedDirectory } from './types.js';
import { combineLockFindings } from './verify/combine.js';
import { activeRules, buildResult, describeBase, loadSqlStage, resolveFrom, severityOf, startParser } from './lint.js';
import type { ChangedMigrations, LintOptions } from './lint.js';
import type { Verification, VerifyDirectory } from './verify/index.js';

/** One file to lint, before parsing. */
interface Candidate {
  path: string;
  /** Its migrations directory and its entry there. */
  place: MigrationPlace;
  /** Its entry on the base, for a renamed file. */
  oldEntry?: string;
  status: ChangedFile['status'];
  oldPath?: string;
  /** Its text, decoded as it is read (so the bytes are not kept): null for a deleted file, a link or bytes that are not text. */
  text: string | null;
  /** Why there is no text: a symbolic link (whose content is a path, not SQL), binary bytes or another encoding than UTF-8. */
  unreadable?: Migration['unreadable'];
  /** For a modified or renamed file: its text on the base (decoded as `text` is), to tell an edit of comments from one of statements. */
  baseText?: string | null;
}


/**
 * The rest of a git change's run, once discovery has found migrations in it: reads and parses them and the base
 * history they need, then runs the rules. The caller closes the repository.
 */
export async function lintChangedMigrations(found: ChangedMigrations): Promise<LintResult> {
  const { options, repo, config, change, globs, inMigrations, isNonCode, discovery, changed, codeFiles } = found;
  const specFor = (path: string) => toBlobSpec(change.head, path);
  const placeOf = (path: string) => discovery.places.get(path) ?? locateMigration(path);
  const touched = touchedEntries(changed.flatMap((f) => [placeOf(f.path), ...(f.oldPath !== undefined ? [placeOf(f.oldPath)] : [])]));
  const dirs = [...touched.keys()];
  const baseSpecFor = (f: ChangedFile) => toBlobSpec(change.base, f.oldPath ?? f.path);
  const edited = (f: ChangedFile) => f.status === 'modified' || f.status === 'renamed';
  const manifests = codeFiles.filter((f) => f.status === 'modified' && isPackageManifest(f.path));
  const reads = Promise.all([
    repo.readBlobs([
      ...changed.filter((f) => f.status !== 'deleted' && !f.symlink).map((f) => specFor(f.path)),
      ...changed.filter(edited).map(baseSpecFor),
      ...manifests.flatMap((f) => [specFor(f.path), baseSpecFor(f)]),
    ]),
    Promise.all(
      dirs.map(async (dir) => {
        // A plan the change adds or moves here counts as much as one on the base.
        const headPlan = change.files
          .map((f) => (f.status !== 'deleted' && posix.dirname(f.path) === dir ? posix.basename(f.path) : ''))
          .find((file) => PLAN_FILES.has(file));
        return listEntries((path) => repo.listTree(change.base, path), dir, touched.get(dir)!, headPlan);
      }),
    ),
  ]);
  // git answers the reads (a directory's tree can be 1.5 MB) while the parser loads.
  if (changed.some((f) => f.status !== 'deleted')) startParser(changed.length);
  const [blobs, listings] = await reads;
  const blobText = (spec: string) => blobs.get(spec)?.toString('utf8') ?? null;
  const appFiles = codeFiles
    .filter((f) => !manifests.includes(f) || !isToolingOnlyChange(f.path, blobText(baseSpecFor(f)), blobText(specFor(f.path))))
    .map((f) => f.path);
  const candidates: Candidate[] = changed.map((f) => ({
    path: f.path,
    place: placeOf(f.path),
    status: f.status,
    ...(f.oldPath !== undefined ? { oldPath: f.oldPath, oldEntry: placeOf(f.oldPath).entry } : {}),
    ...(f.symlink ? SYMLINK : decode(f.status === 'deleted' ? null : (blobs.get(specFor(f.path)) ?? null))),
    ...(edited(f) ? { baseText: decode(blobs.get(baseSpecFor(f)) ?? null).text } : {}),
  }));
  // A plan file (sqitch.plan) gives its directory's migrations and their order, on each side of the change.
  const planPaths = dirs.map((dir, index) => {
    const plan = listings[index]!.plan;
    return plan === undefined ? null : joinPath(dir, plan);
  });
  const planSpecs = planPaths.flatMap((path) => (path === null ? [] : [`${change.base}:${path}`, specFor(path)]));
  const planTexts = planSpecs.length ? await repo.readBlobs(planSpecs) : new Map<string, Buffer | null>();
  const textOf = (spec: string) => planTexts.get(spec)?.toString('utf8') ?? null;

  const listingsByPath = new Map<string, Listing>();
  for (const [index, dir] of dirs.entries()) {
    const listing = listings[index]!;
    const planPath = planPaths[index];
    const plan = planPath ? { base: textOf(`${change.base}:${planPath}`), head: textOf(specFor(planPath)) } : undefined;
    const baseFiles = plan ? [...listing.entries, ...sqitchEntries(plan.base)] : listing.entries;
    const start = plan ? [...listing.entries, ...sqitchEntries(plan.head)] : baseFiles;
    // What the change adds and removes, found without a pass over the directory's (maybe 20,000) names.
    const added = new Set<string>();
    const removed = new Set<string>();
    const remove = (entry: string) => {
      if (!added.delete(entry) && start.includes(entry)) removed.add(entry);
    };
    for (const f of change.files) {
      const old = f.oldPath === undefined ? null : placeOf(f.oldPath);
      if (old && old.directory === dir) remove(old.entry);
      const place = placeOf(f.path);
      if (place.directory !== dir) continue;
      if (f.status === 'deleted') remove(place.entry);
      else if (!removed.delete(place.entry) && !start.includes(place.entry)) added.add(place.entry);
    }
    const files = [...(removed.size ? start.filter((entry) => !removed.has(entry)) : start), ...added].sort();
    const delta = plan ? undefined : { added: [...added], removed: [...removed] };
    listingsByPath.set(dir, { files, baseFiles, ...(plan ? { plan } : {}), ...(delta ? { delta } : {}) });
  }
  const { migrations, directories, skipped } = await buildMigrations(candidates, listingsByPath, config, globs);
  await readRevisionGraphs(repo, change.base, directories, migrations, change.files);
  await compareWithBase(repo, change.base, migrations);
  const added = newMigrations(migrations);
  const codeReferences = await findCodeReferences(repo, change.head, added, (path) => !inMigrations(path) && !isNonCode(path));
  const verification = config.verifyRollback
    ? await verify(await readVerifyDirectories(repo, change.base, migrations, directories, config.assumeInTransaction, config.placeholders), options.databaseUrl)
    : null;
  const facts = { migrations, directories, appFiles, codeReferences, isChange: true, maxMigrationsPerPr: config.maxMigrationsPerPr, verification };
  // Searching the base costs git a pass over every merged migration, so the hook pays it only when it changes
  // something: for the statements whose verdict depends on the base, and for the names rules then asked about.
  let searched = namesToLookUp(added, dependsOnBase);
  const baseRead = new Map<string, ReplayMigration>();
  let base = searched.length ? await readBaseHistory(repo, change.base, directories, searched, config.placeholders, baseRead) : [];
  let schema = buildSchema({ base, change: added, searched });
  let findings = await runRules(config, { ...facts, schema });
  const asked = schema.unsearched();
  if (asked.length > 0) {
    searched = [...new Set([...searched, ...asked, ...namesToLookUp(added)])].sort();
    base = await readBaseHistory(repo, change.base, directories, searched, config.placeholders, baseRead);
    schema = buildSchema({ base, change: added, searched });
    findings = await runRules(config, { ...facts, schema });
  }
  findings = await suppress(config, migrations, findings);
  return { ...buildResult(change.base, change.head, migrations, findings, activeRules(config), skipped), ...describeBase(change, false) };
}


export async function lintFiles(options: LintOptions): Promise<LintResult> {
  // Before anything is read: listing a directory of 20,000 files would grow the young generation already.
  keepYoungGenerationSmall();
  const config = await loadConfig(options.cwd, options.config, options.overrides);
  const candidates: Candidate[] = [];
  if (options.stdin) {
    const path = toSlash(options.stdin.filename);
    candidates.push({ path, place: locateMigration(path), status: 'added', ...decode(Buffer.from(options.stdin.text, 'utf8')) });
  }
  const given = await readGivenFiles(options, candidates.length);
  candidates.push(...given.candidates);
  const { locations } = given;
  const listings = new Map<string, Listing>();
  const touched = touchedEntries(candidates.map((c) => c.place));
  for (const [dir, entries] of touched) {
    let files: string[];
    let plan: Listing['plan'];
    try {
      const real = locations.get(dir) ?? resolve(options.cwd, dir);
      const listing = await listEntries(async (path) => readDirectory(path), real, entries);
      if (listing.plan !== undefined) plan = { head: readFileSync(join(real, listing.plan), 'utf8'), base: null };
      files = [...listing.entries, ...sqitchEntries(plan?.head ?? null)].sort();
    } catch {
      // Standard input may name a directory that does not exist: it then holds only that file.
      files = candidates.filter((c) => c.place.directory === dir).map((c) => c.place.entry);
    }
    listings.set(dir, { files, baseFiles: null, ...(plan ? { plan } : {}) });
  }
  const { migrations, directories, skipped } = await buildMigrations(candidates, listings, config, null);
  const schema = buildSchema({ base: null, change: newMigrations(migrations) });
  // Plain files have no base history to replay: what a rollback must give back is unknown.
  const verification = config.verifyRollback ? await verify(fileModeSkips(migrations), options.databaseUrl) : null;
  const facts = { migrations, directories, appFiles: [], codeReferences: new Map(), isChange: false, maxMigrationsPerPr: config.maxMigrationsPerPr, schema, verification };
  const findings = await suppress(config, migrations, await runRules(config, facts));
  return buildResult(null, null, migrations, findings, activeRules(config), skipped);
}


/**
 * Keeps V8's young generation at its first size instead of letting it grow to 16 MB a half, for a run of plain files;
 * called before the run lists and reads them, which would grow it already. Every file's trees are kept to the end of
 * the run, so a larger young generation mostly holds more garbage (20,000 files: peak RSS 202 MB against 182 MB, for
 * 2–11% more wall time in paired runs, as its scavenges are many and small). A git change keeps V8's default: its run
 * reads a tree of every base migration's name, where more scavenges would cost the hook milliseconds.
 */
function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * The files and directories given on the command line, read as candidates, and where each migrations directory they are
 * in is on disk. The parser starts loading once the files are known, for them and `alsoParsing` more.
 */
async function readGivenFiles(options: LintOptions, alsoParsing: number): Promise<{ candidates: Candidate[]; locations: Map<string, string> }> {
  // Paths show relative to the repository root, as in a git change, however they were given (lint-staged passes absolute ones).
  const root = options.files?.length ? findWorkTree(resolve(options.cwd)) : null;
  const locations = new Map<string, string>();
  const showDirectory = memoize((dir: string) => displayDirectory(options.cwd, root, dir));
  const onDiskOf = memoize((key: string) => {
    const [fileDir, shownDir, dir] = key.split('\0') as [string, string, string];
    return resolve(fileDir, posix.relative(shownDir, dir));
  });
  const paths: Array<{ path: string; shown: string; place: MigrationPlace; symlink: boolean }> = [];
  for (const given of options.files ?? []) {
    const absolute = resolve(options.cwd, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      // A link to nothing is still a link in the migrations directory: reported below, as in a git change.
      if (!isSymlink(absolute)) throw new UsageError(`${given}: no such file or directory`);
    }
    const found = stat?.isDirectory() ? findMigrationFiles(absolute) : [{ path: absolute, symlink: isSymlink(absolute) }];
    for (const { path, symlink } of found) {
      const shown = showDirectory(dirname(path))(basename(path));
      // A shown directory on disk, found from this file's own location.
      const onDisk = (dir: string) => onDiskOf(`${dirname(path)}\0${posix.dirname(shown)}\0${dir}`);
      const place = (await placeInSqitchProject(shown, async (dir) => readDirectoryOrNothing(onDisk(dir)))) ?? locateMigration(shown);
      // A nested entry (`<version>_<name>/up.sql`, `deploy/<change>.sql`) sits deeper than its migrations directory.
      locations.set(place.directory, onDisk(place.directory));
      paths.push({ path, shown, place, symlink });
    }
  }
  // The parser's WebAssembly compiles on another thread while the files are read.
  startParser(paths.length + alsoParsing);
  const candidates: Candidate[] = [];
  for (const { path, shown, place, symlink } of paths) {
    // The same verdict as in a git change, which sees the link itself and not the file it points to.
    candidates.push({ path: shown, place, status: 'added', ...(symlink ? SYMLINK : decode(readFileSync(path))) });
  }
  return { candidates, locations };
}


/** The entries of a migrations directory (see MigrationPlace), after the change and on the base (null outside a git change). */
interface Listing {
  files: string[];
  baseFiles: string[] | null;
  /** The texts of the directory's plan file, for conventions whose order a plan gives. */
  plan?: { head: string | null; base: string | null };
  /** How `files` differs from `baseFiles`, when it is by the entries the change adds and removes alone. */
  delta?: { added: string[]; removed: string[] };
}

/** The migrations directories of some places, each with the subdirectories of it that those places' entries are in. */
function touchedEntries(places: MigrationPlace[]): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  for (const { directory, entry } of places) {
    const subdirectories = touched.get(directory) ?? new Set<string>();
    touched.set(directory, subdirectories);
    const slash = entry.indexOf('/');
    if (slash > 0) subdirectories.add(entry.slice(0, slash));
  }
  return touched;
}

/** The plan files conventions read (sqitch.plan). */
const PLAN_FILES = new Set(Object.values(conventions).flatMap((convention) => (convention.planFile ? [convention.planFile] : [])));

/**
 * The entries of a migrations directory: its file names, and where migrations are directories, `<subdirectory>/` for
 * each one untouched (its name carries the version) and `<subdirectory>/<file>` for the files of each touched one;
 * files of a rollback directory (Supabase's `../rollbacks`) as `../rollbacks/<file>`. A directory with a plan file
 * names it in `plan`: its plan, not its subdirectories, says what its migrations are.
 */
async function listEntries(
  list: (dir: string) => Promise<TreeListing>,
  dir: string,
  touched: Set<string>,
  headPlan?: string,
): Promise<{ entries: string[]; plan?: string }> {
  const { files, directories } = await list(dir);
  const plan = files.find((file) => PLAN_FILES.has(file)) ?? headPlan;
  if (plan !== undefined) return { entries: files, plan };
  // The newest migration directory is read whole too: whether it keeps a rollback says whether the project does.
  const newest = touched.size === 0 ? undefined : directories.filter((sub) => !touched.has(sub)).sort().at(-1);
  const rollbacks = isSupabaseDirectory(dir, 'migrations') ? SUPABASE_ROLLBACKS : null;
  const [nested, rollbackFiles] = await Promise.all([
    touched.size === 0
      ? []
      : Promise.all(
          directories.map(async (sub) =>
            touched.has(sub) || sub === newest ? (await list(joinPath(dir, sub))).files.map((file) => `${sub}/${file}`) : [`${sub}/`],
          ),
        ),
    rollbacks === null ? { files: [] } : list(posix.join(dir, rollbacks)),
  ]);
  return { entries: [...files, ...nested.flat(), ...rollbackFiles.files.map((file) => `${rollbacks}/${file}`)] };
}



function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    return value as T;
  };
}


function readDirectoryOrNothing(dir: string): TreeListing {
  try {
    return readDirectory(dir);
  } catch {
    return { files: [], directories: [] };
  }
}

/** A directory on disk as a tree listing. */
function readDirectory(dir: string): TreeListing {
  const listing: TreeListing = { files: [], directories: [] };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) listing.directories.push(entry.name);
    else listing.files.push(entry.name);
  }
  return listing;
}


/** A migration as its file and directory give it, before its text is parsed. */
function unparsedMigration(
  path: string,
  entry: string,
  status: Migration['status'],
  directory: MigrationDirectory,
  name: ParsedName | null,
  text: string | null,
  unreadable: Migration['unreadable'],
): Migration {
  return {
    path,
    entry,
    status,
    directory: directory.path,
    convention: directory.convention,
    name,
    rollback: null,
    text,
    ...(unreadable ? { unreadable } : {}),
    sections: null,
    lines: null,
    up: null,
    down: null,
  };
}

/**
 * Detects each directory's convention, then reads, splits and parses each candidate with it, and pairs ups with their
 * rollbacks. In a git change (`globs` given: the migrations setting in force), a directory whose names its convention
 * mostly cannot read is skipped, once, rather than judged file by file.
 */
async function buildMigrations(
  candidates: Candidate[],
  listings: Map<string, Listing>,
  config: Config,
  globs: string[] | null,
): Promise<{ migrations: Migration[]; directories: Map<string, MigrationDirectory>; skipped: SkippedDirectory[] }> {
  const samplesByDirectory = new Map<string, Array<{ path: string; text: string }>>();
  for (const candidate of candidates) {
    const { text } = candidate;
    const dir = candidate.place.directory;
    // A few texts tell goose from dbmate from plain SQL; reading all of a 10,000-file corpus would not tell more.
    const samples = samplesByDirectory.get(dir) ?? [];
    if (text !== null && samples.length < 20) samples.push({ path: candidate.path, text });
    samplesByDirectory.set(dir, samples);
  }
  const directories = new Map<string, MigrationDirectory>();
  const skipped = await findOtherDialects(listings, samplesByDirectory, config.dialect);
  const otherEngines = new Set(skipped.map((s) => s.path));
  for (const [path, { files, baseFiles, plan, delta }] of listings) {
    if (otherEngines.has(path)) continue;
    const id = config.convention ?? detectConvention(files, (samplesByDirectory.get(path) ?? []).map((s) => s.text), path);
    const convention = conventions[id];
    // Base entries are placed by the plan after the change: a change the plan drops has no place, and the ones kept
    // are where the new changes must follow them (sqitch: appended at the end).
    const baseIndex = baseFiles && new NameIndex(baseFiles, convention, plan ? plan.head : null);
    const directory: MigrationDirectory = {
      path,
      convention: id,
      files,
      baseFiles,
      index: baseIndex && delta ? baseIndex.after(files, delta.added, delta.removed) : new NameIndex(files, convention, plan?.head ?? null),
      baseIndex,
      ...(plan ? { plan } : {}),
    };
    const unknown = globs && explainUnknownLayout(directory, convention, globs);
    if (unknown) skipped.push(unknown);
    else directories.set(path, directory);
  }
  const { sameStatements } = await loadSqlStage();
  const migrations: Migration[] = [];
  for (const candidate of candidates) {
    const { text, unreadable } = candidate;
    const directory = directories.get(candidate.place.directory);
    // A directory no convention reads, or of another engine, was reported once, as skipped.
    if (!directory) continue;
    const convention = conventions[directory.convention];
    // A file of another kind in a migrations directory (a README, a script, a check) is not one of its tool's migrations.
    if (!hasExtension(candidate.path, convention.extensions) || convention.isSupport?.(candidate.place.entry)) continue;
    let name = directory.index.nameOf(candidate.place.entry);
    // Code its tool does not name (a helper module beside Knex migrations) is not a migration either.
    if (name === null && !isSqlPath(candidate.path)) continue;
    const migration: Migration = {
      ...unparsedMigration(candidate.path, candidate.place.entry, candidate.status, directory, name, text, unreadable),
      ...(candidate.oldPath !== undefined ? { oldPath: candidate.oldPath } : {}),
      ...(candidate.status === 'modified' && convention.isRework?.(candidate.place.entry, directory.plan?.head ?? null, directory.plan?.base ?? null)
        ? { reworked: true }
        : {}),
      ...(candidate.status === 'renamed' && candidate.oldPath !== undefined && candidate.oldEntry === candidate.place.entry ? { moved: true } : {}),
    };
    if (text !== null) {
      const parsed = await parseMigrationText(convention, name, text, candidate.path, config.placeholders);
      Object.assign(migration, parsed.migration);
      if (convention.inFileRollback && (migration.sections || convention.read)) migration.rollback = parsed.hasRollback ? candidate.path : null;
      if (migration.revision) {
        name = { ...name!, version: migration.revision.id };
        migration.name = name;
      }
      const baseText = candidate.baseText ?? null;
      // Code migrations are compared call by call instead (compareWithBase).
      if (baseText !== null && isSqlPath(candidate.path)) {
        const before = (await parseMigrationText(convention, name, baseText, candidate.oldPath ?? candidate.path, config.placeholders)).migration;
        migration.unchangedStatements = sameStatements(before.up, migration.up) && sameStatements(before.down, migration.down);
      }
    }
    if (name && name.version !== null && !convention.inFileRollback && name.direction !== 'down' && convention.isRollbackOf) {
      const rollbackName = directory.index
        .withVersion(name.version)
        .find((other) => other.name.direction === 'down' && convention.isRollbackOf!(other.name, name))?.file;
      if (rollbackName) migration.rollback = posix.normalize(joinPath(directory.path, rollbackName));
    }
    migrations.push(migration);
  }
  return { migrations: migrations.sort((a, b) => compareStrings(a.path, b.path)), directories, skipped };
}

/**
 * The directories written for another engine than PostgreSQL: as the config's `dialect` says, else as their path or
 * SQL says. Each is skipped with one notice naming the setting that changes the verdict.
 */
async function findOtherDialects(
  listings: Map<string, Listing>,
  samples: Map<string, Array<{ path: string; text: string }>>,
  configured: Record<string, Dialect>,
): Promise<SkippedDirectory[]> {
  const globs = await Promise.all(
    Object.entries(configured).map(async ([glob, dialect]) => ({ glob, dialect, matches: await loadGlobMatcher([glob]) })),
  );
  const skipped: SkippedDirectory[] = [];
  for (const path of listings.keys()) {
    // A glob names the directory (`db/sqlite`) or its files (`db/sqlite/**`).
    const set = globs.find((g) => g.matches(path) || g.matches(`${path}/x.sql`));
    if (set) {
      if (set.dialect !== 'postgresql') {
        skipped.push({ path, reason: 'dialect', detail: `the config's dialect says ${set.dialect}`, fix: `To lint it as PostgreSQL, set dialect: { "${set.glob}": postgresql }` });
      }
      continue;
    }
    const guess = guessDialect(path, samples.get(path) ?? []);
    if (guess) {
      skipped.push({
        path,
        reason: 'dialect',
        detail: `${guess.engine}, not PostgreSQL: ${guess.evidence}`,
        fix: `If it is PostgreSQL, say so in the config: dialect: { "${path}/**": postgresql }`,
      });
    }
  }
  return skipped;
}

/** Names shown in a skipped directory's detail. */
const SHOWN_NAMES = 3;
/** The share of unreadable names in a sample below which a directory is not counted name by name. */
const CLEARLY_READABLE = 0.25;

/**
 * Why a directory is skipped: its convention reads fewer of its migration files' names than it cannot read (a new
 * directory of `add_users.sql`, `create_index.sql`), so judging it file by file would only say "unreadable" each time.
 * null when the names mostly read: one that does not among them is a genuine typo, for timestamp-order to report.
 */
function explainUnknownLayout(directory: MigrationDirectory, convention: Convention, globs: string[]): SkippedDirectory | null {
  const isMigrationEntry = (entry: string) => (entry.endsWith('/') || hasExtension(entry, convention.extensions)) && !convention.isSupport?.(entry);
  const isUnreadable = (entry: string) => directory.index.nameOf(entry) === null;
  // A sample settles the common case, a directory whose names nearly all read; a close or bad one is counted whole.
  const sampled = sampleNames(directory.files);
  const sample = sampled.filter(isMigrationEntry);
  if (sampled.length < directory.files.length && sample.filter(isUnreadable).length <= sample.length * CLEARLY_READABLE) return null;
  const entries = directory.files.filter(isMigrationEntry);
  const unreadable = entries.filter(isUnreadable);
  if (unreadable.length === 0 || entries.length - unreadable.length >= unreadable.length) return null;
  const shown = unreadable.slice(0, SHOWN_NAMES).join(', ') + (unreadable.length > SHOWN_NAMES ? ', …' : '');
  const readable = entries.length - unreadable.length;
  const glob = directory.path === '.' ? '*' : `${directory.path}/**`;
  return {
    path: directory.path,
    reason: 'unknown-layout',
    detail: `${unreadable.length} of ${entries.length} files are not named as ${convention.id} names them (${shown})${readable ? '' : ', and no file names a version'}`,
    fix: `Name them as your migration tool does and set convention to it (one of ${Object.keys(conventions).join(', ')}), or leave the directory out: migrations: ${JSON.stringify([...globs, `!${glob}`])}`,
  };
}

/**
 * The revision graph of each directory whose tool orders migrations by one (Alembic), on the base and after the change:
 * every file of the base directory is read for the revision it declares.
 */
async function readRevisionGraphs(
  repo: GitRepo,
  baseCommit: string,
  directories: Map<string, MigrationDirectory>,
  migrations: Migration[],
  changed: ChangedFile[],
): Promise<void> {
  for (const directory of directories.values()) {
    const convention = conventions[directory.convention];
    if (!convention.revisionOf || directory.baseFiles === null) continue;
    const pathOf = (file: string) => (directory.path === '.' ? file : `${directory.path}/${file}`);
    const baseFiles = directory.baseFiles.filter((file) => hasExtension(file, convention.extensions) && directory.index.nameOf(file) !== null).map(pathOf);
    const blobs = await repo.readBlobs(baseFiles.map((path) => toBlobSpec(baseCommit, path)));
    const base: GraphNode[] = [];
    for (const path of baseFiles) {
      const { text } = decode(blobs.get(toBlobSpec(baseCommit, path)) ?? null);
      const revision = text === null ? null : await convention.revisionOf(text);
      if (revision) base.push({ path, revision });
    }
    const gone = new Set(changed.flatMap((f) => [f.status === 'deleted' || f.status === 'modified' ? f.path : '', f.oldPath ?? '']));
    const head = base.filter((node) => !gone.has(node.path));
    for (const migration of migrations) {
      if (migration.directory === directory.path && migration.revision && migration.status !== 'deleted') head.push({ path: migration.path, revision: migration.revision });
    }
    directory.revisions = { base, head };
  }
}

/** Marks modified or renamed migrations written as code whose statements are those of their merged version (see `sameStatements`). */
async function compareWithBase(repo: GitRepo, baseCommit: string, migrations: Migration[]): Promise<void> {
  const edited = migrations.filter(
    (m) => (m.status === 'modified' || m.status === 'renamed') && m.text !== null && !isSqlPath(m.path) && conventions[m.convention].read,
  );
  if (edited.length === 0) return;
  const basePath = (m: Migration) => toBlobSpec(baseCommit, m.oldPath ?? m.path);
  const blobs = await repo.readBlobs(edited.map(basePath));
  for (const migration of edited) {
    const { text } = decode(blobs.get(basePath(migration)) ?? null);
    if (text === null) continue;
    const base = await parseMigrationText(conventions[migration.convention], migration.name, text, migration.path, []);
    // Each statement's kind, facts and text: the code around the calls may change, the calls may not (a column added
    // to a createTable call's list is not among its facts). A formatter's blanks, quotes and trailing commas aside.
    const written = (s: SqlStatement) => {
      const bare = s.text.replace(/\s+/g, s.type.includes('.') ? '' : ' ');
      // `function (t) {` and `(t) => {` are one callback to the builder.
      return s.type.includes('.') ? bare.replace(/"/g, "'").replace(/,(?=[)\]}])/g, '').replace(/\bfunction\(([^)]*)\)\{/g, '($1)=>{') : bare;
    };
    const signature = (up: ParsedSql | null, down: ParsedSql | null, revision: unknown) =>
      JSON.stringify({
        revision: revision ?? null,
        sql: [up, down].map((sql) => [sql?.error?.message ?? null, (sql?.statements ?? []).map((s) => [s.type, s.actions, written(s)])]),
      });
    if (signature(base.migration.up, base.migration.down, base.migration.revision) === signature(migration.up, migration.down, migration.revision)) {
      migration.sameStatements = true;
    }
  }
}

/**
 * Splits a migration's text into its sections (single-file conventions) and parses its up and down SQL; a migration
 * written as code (Knex, Alembic) is read by its convention. `hasRollback` when the file holds its own rollback.
 */
async function parseMigrationText(
  convention: Convention,
  name: ParsedName | null,
  text: string,
  path: string,
  placeholders: PlaceholderKind[],
): Promise<{ migration: Pick<Migration, 'lines' | 'sections' | 'up' | 'down' | 'revision' | 'transaction'>; hasRollback: boolean }> {
  const { LineIndex, parseSql } = await loadSqlStage();
  const lines = new LineIndex(text);
  // A tool with both forms (node-pg-migrate) splits its SQL files at their markers and reads its code files itself.
  if (convention.read && !(convention.sections && isSqlPath(path))) {
    const { up, down, transaction, sections, implicitRollback, revision } = await convention.read(text, path, lines);
    return {
      migration: { lines, sections: sections ?? null, up, down, ...(transaction !== undefined ? { transaction } : {}), ...(revision ? { revision } : {}) },
      hasRollback: down !== null || implicitRollback === true,
    };
  }
  // The tool's own substitutions (goose's ENVSUB), then the ones the config names: one masking, positions kept.
  const sql = maskPlaceholders(convention.toSql?.(text) ?? text, placeholders);
  if (convention.inFileRollback && convention.sections) {
    const sections = convention.sections(text);
    return {
      migration: {
        lines,
        sections,
        transaction: sections.transaction,
        up: sections.up ? await parseSql(sql, sections.up, lines) : null,
        down: sections.down ? await parseSql(sql, sections.down, lines) : null,
      },
      hasRollback: sections.down !== null,
    };
  }
  const parsed: ParsedSql = await parseSql(sql, undefined, lines);
  const migration = name?.direction === 'down' ? { lines, sections: null, up: null, down: parsed } : { lines, sections: null, up: parsed, down: null };
  return { migration, hasRollback: false };
}

/** A `.sql` file, which the SQL parser reads whatever the tool. */
function isSqlPath(path: string): boolean {
  return hasExtension(path, ['.sql']);
}

/** The change's new migrations that apply changes, as the schema model replays them. */
function newMigrations(migrations: Migration[]): ReplayMigration[] {
  return migrations.filter(isNewUpMigration);
}

/**
 * The base's up migrations, in the change's migrations directories, that mention one of `names` as a whole word, parsed.
 * git searches the base's tree, so the hook reads a handful of files however long the history. Null when git cannot
 * answer: rules then take every table the change does not create as existing and holding rows.
 */
async function readBaseHistory(
  repo: GitRepo,
  base: string,
  directories: Map<string, MigrationDirectory>,
  names: string[],
  placeholders: PlaceholderKind[],
  /** Base migrations read by an earlier search of this run, by path: a second search reads only the new ones. */
  read: Map<string, ReplayMigration>,
): Promise<ReplayMigration[] | null> {
  const dirs = [...directories.values()].filter((d) => d.baseFiles !== null && d.baseFiles.length > 0);
  if (names.length === 0 || dirs.length === 0) return [];
  let hits: string[];
  try {
    hits = await repo.grepFiles(base, names, dirs.map((d) => d.path));
  } catch {
    return null;
  }
  const found: Array<{ path: string; directory: MigrationDirectory; name: ParsedName | null }> = [];
  for (const path of hits) {
    const place = placeInDirectories(path, directories);
    const directory = directories.get(place.directory);
    if (!directory?.baseIndex || !hasExtension(path, conventions[directory.convention].extensions)) continue;
    if (!directory.baseFiles!.includes(place.entry)) continue;
    const name = directory.baseIndex.nameOf(place.entry);
    if (name?.direction === 'down') continue;
    found.push({ path, directory, name });
  }
  const blobs = await repo.readBlobs(found.filter((f) => !read.has(f.path)).map((f) => toBlobSpec(base, f.path)));
  const history: ReplayMigration[] = [];
  for (const { path, directory, name } of found) {
    let migration = read.get(path);
    if (migration === undefined) {
      const { text, unreadable } = decode(blobs.get(toBlobSpec(base, path)) ?? null);
      const up = text === null ? null : (await parseMigrationText(conventions[directory.convention], name, text, path, placeholders)).migration.up;
      migration = { path, directory: directory.path, name, up, ...(unreadable ? { unreadable } : {}) };
      read.set(path, migration);
    }
    history.push(migration);
  }
  return history;
}

/** The verification stage, loaded (with its engine) only by runs that ask for it. */
async function verify(directories: VerifyDirectory[] | Verification, databaseUrl: string | undefined): Promise<Verification> {
  if (!Array.isArray(directories)) return directories;
  const { verifyRollbacks } = await import('./verify/index.js');
  return verifyRollbacks(directories, databaseUrl ? { databaseUrl } : {});
}

function fileModeSkips(migrations: Migration[]): Verification {
  const first = migrations.find(isNewUpMigration);
  return {
    engine: '',
    failures: [],
    mismatches: [],
    locks: [],
    measured: [],
    skipped: first
      ? [{ directory: first.directory, file: first.path, reason: 'it needs a git change, to replay the base branch\'s migrations first (plain files were given)' }]
      : [],
  };
}

/**
 * For each migrations directory where the change adds migrations: every up migration on the base, read and parsed,
 * and the change's new ones with their rollbacks, each in the order its tool applies them.
 */
async function readVerifyDirectories(
  repo: GitRepo,
  base: string,
  migrations: Migration[],
  directories: Map<string, MigrationDirectory>,
  assumeInTransaction: boolean | undefined,
  placeholders: PlaceholderKind[],
): Promise<VerifyDirectory[]> {
  const result: VerifyDirectory[] = [];
  const byPath = new Map(migrations.map((m) => [m.path, m]));
  for (const directory of directories.values()) {
    const change = migrations.filter((m) => m.directory === directory.path && isNewUpMigration(m));
    if (change.length === 0) continue;
    const convention = conventions[directory.convention];
    // Migrations the tool reads from JavaScript or Python are not SQL to run: verification skips their directory.
    const files = convention.read
      ? []
      : (directory.baseFiles ?? []).flatMap((entry) => {
          const name = hasExtension(entry, convention.extensions) ? (directory.baseIndex?.nameOf(entry) ?? null) : null;
          return name && name.direction !== 'down' ? [{ path: directory.path === '.' ? entry : `${directory.path}/${entry}`, entry, name }] : [];
        });
    const blobs = await repo.readBlobs(files.map((f) => toBlobSpec(base, f.path)));
    const history: Migration[] = [];
    for (const { path, entry, name } of files) {
      const { text, unreadable } = decode(blobs.get(toBlobSpec(base, path)) ?? null);
      const parsed = text === null ? { lines: null, sections: null, up: null, down: null } : (await parseMigrationText(convention, name, text, path, placeholders)).migration;
      history.push({
        ...unparsedMigration(path, entry, 'added', directory, name, text, unreadable),
        ...parsed,
      });
    }
    const rollbacks = new Map<string, Migration>();
    for (const migration of change) {
      if (migration.rollback && migration.rollback !== migration.path && byPath.has(migration.rollback)) rollbacks.set(migration.rollback, byPath.get(migration.rollback)!);
    }
    result.push({
      path: directory.path,
      convention: directory.convention,
      base: inApplyOrder(history),
      change: inApplyOrder(change),
      rollbacks,
      ...(assumeInTransaction !== undefined ? { assumeInTransaction } : {}),
    });
  }
  return result;
}

/** Versioned migrations by version, then repeatable ones (Flyway `R__`) by name, as the tools apply them. */
function inApplyOrder(migrations: Migration[]): Migration[] {
  return [...migrations].sort((a, b) => {
    const x = a.name;
    const y = b.name;
    if (!x || !y) return compareStrings(a.path, b.path);
    if (x.kind !== y.kind) return x.kind === 'repeatable' ? 1 : -1;
    if (x.version !== null && y.version !== null) return compareVersions(x.version, y.version) || compareStrings(a.path, b.path);
    return compareStrings(x.name, y.name);
  });
}

/** A base file's place: as its path says, or inside a planned directory (a sqitch project's `deploy/<change>.sql`). */
function placeInDirectories(path: string, directories: Map<string, MigrationDirectory>): MigrationPlace {
  const place = locateMigration(path);
  if (directories.has(place.directory)) return place;
  for (const directory of directories.values()) {
    if (!directory.plan) continue;
    if (directory.path === '.') return { directory: '.', entry: path };
    if (path.startsWith(`${directory.path}/`)) return { directory: directory.path, entry: path.slice(directory.path.length + 1) };
  }
  return place;
}

/**
 * Where application code at `head` mentions the tables and columns the change's migrations drop or rename, by one
 * `git grep` over the tree, run only when a migration drops or renames one.
 */
async function findCodeReferences(
  repo: GitRepo,
  head: string,
  added: ReplayMigration[],
  isAppCode: (path: string) => boolean,
): Promise<Map<string, CodeReference[]>> {
  const names = new Set<string>();
  for (const migration of added) {
    for (const statement of migration.up?.statements ?? []) {
      for (const action of statement.actions) {
        const removed = removedNames(action);
        if (!removed) continue;
        names.add(removed.table.toLowerCase());
        if (removed.column) names.add(removed.column.toLowerCase());
      }
    }
  }
  const references = new Map<string, CodeReference[]>();
  if (names.size === 0) return references;
  let hits: Awaited<ReturnType<GitRepo['grepLines']>>;
  try {
    hits = await repo.grepLines(head, [...names]);
  } catch {
    return references;
  }
  const words = [...names].map((name) => ({ name, pattern: new RegExp(`(?:^|[^A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^A-Za-z0-9_])`, 'i') }));
  for (const hit of hits) {
    if (!isAppCode(hit.path)) continue;
    for (const { name, pattern } of words) {
      if (!pattern.test(hit.text)) continue;
      const list = references.get(name) ?? [];
      list.push({ file: hit.path, line: hit.line });
      references.set(name, list);
    }
  }
  return references;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** What a symbolic link in a migrations directory reads as: a path, not SQL. */
const SYMLINK = { text: null, unreadable: 'symlink' } as const;

function decode(content: Buffer | null): { text: string | null; unreadable?: 'binary' | 'encoding' } {
  if (content === null) return { text: null };
  if (content.includes(0)) return { text: null, unreadable: 'binary' };
  try {
    const text = UTF8.decode(content);
    return { text: text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text };
  } catch {
    return { text: null, unreadable: 'encoding' };
  }
}

type Facts = Omit<RuleContext, 'report' | 'isNewInThisChange' | 'postgresVersion' | 'assumeInTransaction'>;

async function runRules(config: Config, facts: Facts): Promise<Finding[]> {
  const { schema } = facts;
  const findings: Finding[] = [];
  for (const rule of allRules) {
    const severity = severityOf(rule.meta, config);
    if (!severity) continue;
    const context: RuleContext = {
      ...facts,
      postgresVersion: config.postgresVersion,
      ...(config.assumeInTransaction !== undefined ? { assumeInTransaction: config.assumeInTransaction } : {}),
      isNewInThisChange: (name, at) => (at ? schema.before(at) : schema.after).isNew(name),
      report(report) {
        findings.push(toFinding(rule, report.severity ?? severity, report));
      },
    };
    await rule.check(context);
  }
  return sortFindings(combineLockFindings(findings, facts.verification));
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId),
  );
}

function toFinding(rule: Rule, severity: Severity, report: Report): Finding {
  const template = (rule.meta.messages as Record<string, string>)[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id "${report.messageId}"`);
  const start = report.range?.start ?? { line: 1, column: 1 };
  const end = report.range?.end ?? start;
  return {
    ruleId: rule.meta.id,
    severity: report.severity === 'warning' ? 'warning' : severity,
    file: report.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: formatMessage(template, report.data),
    help: escapeControlCharacters(report.help),
    messageId: report.messageId,
  };
}

/** The suppression stage: the findings the migrations' comments do not silence, and findings about those comments. */
async function suppress(config: Config, migrations: Migration[], findings: Finding[]): Promise<Finding[]> {
  const candidates = migrations.filter((m) => m.text !== null && mayHoldSuppressions(m.text));
  if (candidates.length === 0) return findings;
  const { scanComments } = await loadSqlStage();
  const known = new Set(allRules.map((rule) => rule.meta.id));
  const active = new Set(allRules.filter((rule) => severityOf(rule.meta, config)).map((rule) => rule.meta.id));
  const suppressions: Suppression[] = [];
  const reports: SuppressionReport[] = [];
  for (const migration of candidates) {
    const read = readSuppressions(migration, await scanComments(migration.text!), known);
    suppressions.push(...read.suppressions);
    reports.push(...read.reports);
  }
  const applied = applySuppressions(findings, suppressions, active);
  const own: Finding[] = [];
  for (const report of [...reports, ...applied.reports]) {
    const rule = allRules.find((r) => r.meta.id === report.ruleId)!;
    const severity = severityOf(rule.meta, config);
    if (severity) own.push(toFinding(rule, severity, report));
  }
  return sortFindings([...applied.findings, ...own]);
}






/** The migration files under `dir`, sorted, each with whether it is a symbolic link (its directory entry says). */
function findMigrationFiles(dir: string): Array<{ path: string; symlink: boolean }> {
  const found: Array<{ path: string; symlink: boolean }> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findMigrationFiles(path));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isMigrationFile(entry.name)) found.push({ path, symlink: entry.isSymbolicLink() });
  }
  return found.sort((a, b) => compareStrings(a.path, b.path));
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}


/**
 * How the files of directory `dir` show: relative to the repository root when inside it, else to `cwd`, else absolute.
 * The directory is resolved once, not each of its files: a corpus of 10,000 files would pay an lstat per path segment each.
 */
function displayDirectory(cwd: string, root: string | null, dir: string): (name: string) => string {
  if (root !== null) {
    const inRepo = relative(root, realpathSync(dir));
    const prefix = inRepo === '' ? '' : `${toSlash(inRepo)}/`;
    if (!/^\.\.(?:[\\/]|$)/.test(inRepo) && !isAbsolute(inRepo)) return (name) => toSlash(`${prefix}${name}`);
  }
  const rel = relative(cwd, dir);
  const prefix = rel === '' ? '' : `${toSlash(rel)}/`;
  return (name) => {
    const shown = `${prefix}${toSlash(name)}`;
    return shown.startsWith('..') ? toSlash(join(dir, name)) : shown;
  };
}

function toSlash(path: string): string {
  return path.includes('\\') ? path.split('\\').join('/') : path;
}


/** Code-point order, the same on every machine (localeCompare is not). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

