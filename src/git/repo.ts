/** A git repository seen read-only: which files a change touches, and what they contain. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { ChangedFile } from '../types.js';
import {
  DEFAULT_BASES,
  explainMissingBase,
  explainNoDefaultBase,
  explainNoMergeBase,
  readRequestedBase,
} from './base.js';
import { BlobReader } from './blob-reader.js';
import { parseNameStatus } from './name-status.js';
import { EMPTY_TREE, GitCommandError, runGit, splitNul } from './run-git.js';

/** What a pull request (or the commit being made) changes. */
export interface Change {
  /** Repository top level, absolute. */
  root: string;
  /** The ref compared against, as given or found (`origin/main`); the empty tree sha when HEAD is unborn. */
  baseRef: string;
  /** Sha of the merge-base of baseRef and HEAD; the empty tree sha when HEAD is unborn. */
  base: string;
  /** HEAD's sha, or `INDEX` when the change ends at the index (staged mode, or HEAD is the base). */
  head: string;
  /** What changed from base to head. */
  files: ChangedFile[];
  /** The base was found among the defaults (origin/HEAD, origin/main, main…), not asked for with --base or GITHUB_BASE_REF. */
  defaultBase?: boolean;
  /** HEAD is behind the base (an older commit of it, as on a detached HEAD): the branch has nothing of its own. */
  headBehindBase?: boolean;
}

export interface ResolveChangeOptions {
  /** The base ref (`--base`); by default GITHUB_BASE_REF, then origin/HEAD, origin/main, main, origin/master, master. */
  base?: string;
  /** Compare the base with the index instead of HEAD (pre-commit). */
  staged: boolean;
  /** Where GITHUB_BASE_REF is read; process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** The head of a Change that ends at the index. */
export const INDEX = 'INDEX';

/** The spec readBlobs takes for `path` at `rev`, where rev may be a Change's `INDEX`. */
export function toBlobSpec(rev: string, path: string): string {
  // Stage 0 spelled out: ':1:x.sql' would name stage 1 of 'x.sql', not the file '1:x.sql'.
  return rev === INDEX ? `:0:${path}` : `${rev}:${path}`;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Every diff: NUL-separated names with status and modes (to tell symbolic links), renames found, no external diff or text conversion. */
const DIFF_OPTIONS = ['-z', '-M', '--raw', '--no-ext-diff', '--no-textconv'];

/** explainRange's answer for a repository whose HEAD has no commit yet. */
const UNBORN = Symbol('unborn');

/** Where a change starts and ends, on a repository with commits. */
interface Range {
  baseRef: string;
  head: string;
  mergeBase: string;
  /** The commit the base ref names. */
  baseTip: string;
}

/** Opens the repository that contains `cwd`; a UsageError when there is none. */
export async function openRepo(cwd: string): Promise<GitRepo> {
  // The usual case needs no git process: the nearest `.git` (a directory, or a file in worktrees) marks the
  // top level. GIT_DIR and GIT_WORK_TREE change where that is, so git decides then.
  const env = process.env;
  if (env.GIT_DIR === undefined && env.GIT_WORK_TREE === undefined) {
    const root = findWorkTree(resolve(cwd));
    if (root !== null) return new GitRepo(root);
  }
  try {
    // English messages whatever the user's locale: explainOpenError reads them.
    const { stdout } = await runGit(cwd, ['rev-parse', '--show-toplevel'], { env: { LC_ALL: 'C' } });
    return new GitRepo(stdout.replace(/\n$/, ''));
  } catch (error) {
    throw explainOpenError(cwd, error);
  }
}

/** The top level of the work tree holding `dir`: the nearest directory with a `.git`; null inside `.git` or outside any. */
export function findWorkTree(dir: string): string | null {
  for (;;) {
    // Inside a .git directory there is no work tree: let git say so.
    if (basename(dir) === '.git') return null;
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function explainOpenError(cwd: string, error: unknown): unknown {
  if (!(error instanceof GitCommandError)) return error;
  if (error.exitCode === 'ENOENT') {
    return existsSync(cwd)
      ? new UsageError('git not found: install git and make sure it is on PATH')
      : new UsageError(`directory not found: ${cwd}`);
  }
  if (/not a git repository/i.test(error.stderr)) {
    return new UsageError('not a git repository: run migration-lint inside one, or pass SQL files to lint');
  }
  if (/must be run in a work tree/i.test(error.stderr)) {
    return new UsageError('not in a working tree: run migration-lint in a checkout, not in a bare repository or a .git directory');
  }
  const dubious = /dubious ownership in repository at '([^']*)'/.exec(error.stderr);
  if (dubious !== null) {
    return new UsageError(
      `git refuses to read a repository owned by another user: run 'git config --global --add safe.directory ${dubious[1]}'`,
    );
  }
  return error;
}

export class GitRepo {
  private readonly blobs: BlobReader;

  /** The trees listTree read, by the spec it read them by: where their entries' objects are. */
  private readonly trees = new Map<string, TreeEntries>();

  constructor(readonly root: string) {
    this.blobs = new BlobReader(root);
  }

  /**
   * The change from the merge-base of the base ref and HEAD to HEAD, or to the index with
   * `staged`. On the base itself (HEAD is the merge-base) the change is what is staged, since that
   * is what the next commit adds. With no commit yet, the change is what is staged, against the
   * empty tree.
   */
  async resolveChange(options: ResolveChangeOptions): Promise<Change> {
    try {
      return await this.resolveChangeOrFail(options);
    } catch (error) {
      // openRepo may not have asked git yet: its explanations (dubious ownership, no work tree) belong here too.
      throw explainOpenError(this.root, error);
    }
  }

  private async resolveChangeOrFail(options: ResolveChangeOptions): Promise<Change> {
    const requested = readRequestedBase(options.base, options.env ?? process.env);
    const ref = requested ?? (await this.findDefaultBase());
    // The diff from the merge-base runs beside the rev-parse that names it: git finds the merge-base for both.
    const early = ref === undefined ? undefined : this.diffFromMergeBase(toFullRef(ref), options.staged);
    const range = (ref !== undefined && (await this.resolveRange(ref))) || (await this.explainRange(ref));
    if (range === UNBORN) {
      // No commit yet: everything staged is new, whatever the base.
      return { root: this.root, baseRef: EMPTY_TREE, base: EMPTY_TREE, head: INDEX, files: await this.diffIndex(EMPTY_TREE) };
    }
    const { baseRef, head, mergeBase, baseTip } = range;
    const files = await early;
    const about = { ...(requested === undefined ? { defaultBase: true } : {}), ...(head === mergeBase && baseTip !== head ? { headBehindBase: true } : {}) };
    if (options.staged || head === mergeBase) {
      const staged = options.staged && files !== undefined ? files : await this.diffIndex(mergeBase);
      return { root: this.root, baseRef, base: mergeBase, head: INDEX, files: staged, ...about };
    }
    return { root: this.root, baseRef, base: mergeBase, head, files: files ?? (await this.diffTrees(mergeBase, head)), ...about };
  }

  /** The change from the merge-base of `ref` and HEAD, to the index or to HEAD; undefined when git cannot tell (resolveRange explains). */
  private async diffFromMergeBase(ref: string, staged: boolean): Promise<ChangedFile[] | undefined> {
    const commit = `${ref}^{commit}`;
    const args = staged
      ? ['diff-index', '--cached', ...DIFF_OPTIONS, '--merge-base', '--end-of-options', commit]
      : ['diff-tree', '-r', ...DIFF_OPTIONS, '--merge-base', '--end-of-options', commit, 'HEAD'];
    const { stdout, exitCode } = await runGit(this.root, args, { okExitCodes: [0, 128] });
    return exitCode === 0 ? parseNameStatus(stdout) : undefined;
  }

  /**
   * Names of the files directly in `dir` (repository-relative, '' or '.' for the top) at `commit` (a commit or tree,
   * not the index), read as one tree object through the cat-file process: no process of its own, and no walk over the
   * rest of the tree.
   */
  async listDirectory(commit: string, dir: string): Promise<string[]> {
    return (await this.listTree(commit, dir)).files;
  }

  /** The files and the subdirectories directly in `dir` at `commit`, as listDirectory reads them; both empty when there is no such directory. */
  async listTree(commit: string, dir: string): Promise<TreeListing> {
    const path = dir === '.' ? '' : dir.replace(/\/+$/, '');
    const spec = `${assertNotOption(commit)}:${path}`;
    const tree = await this.blobs.readObject(spec);
    if (tree?.type !== 'tree') return { files: [], directories: [] };
    const read = readTreeEntries(tree.content, commit.length === 64 ? 32 : 20);
    this.trees.set(spec, read);
    return read.listing;
  }

  /**
   * The files under the directories `dirs` at `commit` that mention one of `words` as a whole word, in any case
   * (`git grep -w -i -l`): a search git runs over its object store, with no work tree or index involved.
   */
  async grepFiles(commit: string, words: string[], dirs: string[]): Promise<string[]> {
    if (words.length === 0 || dirs.length === 0 || commit === EMPTY_TREE) return [];
    const rev = assertNotOption(commit);
    const args = ['grep', '-l', '-z', '-w', '-i', '-F', '--no-color', ...words.flatMap((word) => ['-e', word]), rev, '--'];
    args.push(...dirs.map((dir) => (dir === '.' || dir === '' ? '.' : `:(literal)${dir}`)));
    const { stdout } = await runGit(this.root, args, { okExitCodes: [0, 1] });
    return splitNul(stdout).map((hit) => (hit.startsWith(`${rev}:`) ? hit.slice(rev.length + 1) : hit));
  }

  /**
   * The lines of the whole tree at `rev` (a commit, or INDEX for the index) that mention one of `words` as a whole word,
   * in any case (`git grep -w -i -n`), binary files skipped.
   */
  async grepLines(rev: string, words: string[]): Promise<Array<{ path: string; line: number; text: string }>> {
    if (words.length === 0 || rev === EMPTY_TREE) return [];
    const source = rev === INDEX ? ['--cached'] : [];
    const args = ['grep', ...source, '-n', '-z', '-w', '-i', '-I', '-F', '--no-color', ...words.flatMap((word) => ['-e', word])];
    if (rev !== INDEX) args.push(assertNotOption(rev));
    args.push('--');
    const { stdout } = await runGit(this.root, args, { okExitCodes: [0, 1] });
    const prefix = rev === INDEX ? '' : `${rev}:`;
    const hits: Array<{ path: string; line: number; text: string }> = [];
    // Each hit is `<rev>:<path>\0<line>\0<text>\n`.
    for (let at = 0; at < stdout.length; ) {
      const afterPath = stdout.indexOf('\0', at);
      const afterLine = afterPath < 0 ? -1 : stdout.indexOf('\0', afterPath + 1);
      if (afterLine < 0) break;
      const end = stdout.indexOf('\n', afterLine + 1);
      const path = stdout.slice(at, afterPath);
      hits.push({
        path: path.startsWith(prefix) ? path.slice(prefix.length) : path,
        line: Number(stdout.slice(afterPath + 1, afterLine)),
        text: stdout.slice(afterLine + 1, end < 0 ? stdout.length : end),
      });
      at = end < 0 ? stdout.length : end + 1;
    }
    return hits;
  }

  /**
   * Contents of many blobs through one long-lived `git cat-file --batch` process. Keys are
   * `<rev>:<path>` specs (`HEAD:db/x.sql`, `:0:db/x.sql` for the index; see toBlobSpec); a spec
   * that names no blob maps to null.
   */
  async readBlobs(specs: string[]): Promise<Map<string, Buffer | null>> {
    // A path in a directory listed before is asked for by its object id: git finds `<commit>:<path>` by reading the
    // directory's tree again, which for a directory of 20,000 migrations takes milliseconds a file.
    const byId = specs.map((spec) => this.objectIdOf(spec) ?? spec);
    const read = await this.blobs.read(byId);
    return new Map(specs.map((spec, index) => [spec, read.get(byId[index]!) ?? null]));
  }

  /** The object id of `<commit>:<dir>/<name>` when that directory's tree was listed; undefined otherwise. */
  private objectIdOf(spec: string): string | undefined {
    const slash = spec.lastIndexOf('/');
    const colon = spec.indexOf(':');
    if (colon <= 0) return undefined;
    const tree = this.trees.get(slash > colon ? spec.slice(0, slash) : spec.slice(0, colon + 1));
    return tree?.objectId(spec.slice(Math.max(slash, colon) + 1));
  }

  /** Ends the cat-file process. */
  close(): void {
    this.blobs.close();
  }

  /**
   * The first default base that exists. Read from the repository's ref files when they tell (no process, on the
   * hook's path); else asked of the cat-file process the blobs are read through anyway.
   */
  private async findDefaultBase(): Promise<string | undefined> {
    const fromFiles = readDefaultBaseFromFiles(join(this.root, '.git'));
    if (fromFiles !== null) return fromFiles;
    const found = await Promise.all(DEFAULT_BASES.map((base) => this.blobs.readObject(`${base.ref}^{commit}`)));
    return DEFAULT_BASES.find((_, index) => found[index] !== null)?.name;
  }

  /**
   * HEAD and the merge-base with `ref`, by one rev-parse: `HEAD`, `<ref>^{commit}` and
   * `<ref>^{commit}...HEAD` print HEAD, the base, both again, then `^<merge-base>` per merge-base.
   * Undefined when rev-parse fails (unborn HEAD, unknown ref): explainRange then finds out why.
   */
  private async resolveRange(ref: string): Promise<Range | undefined> {
    const commit = `${toFullRef(ref)}^{commit}`;
    const output = await runGit(this.root, ['rev-parse', '--end-of-options', 'HEAD', commit, `${commit}...HEAD`, '--'], {
      okExitCodes: [0, 128],
    });
    if (output.exitCode !== 0) return undefined;
    // git 2.39 echoes --end-of-options and --: keep the shas.
    const lines = output.stdout.split('\n').filter((line) => SHA.test(line.replace(/^\^/, '')));
    const [head, base] = lines;
    if (head === undefined || base === undefined || !SHA.test(head) || !SHA.test(base)) return undefined;
    const mergeBase = lines.find((line) => line.startsWith('^'));
    if (mergeBase === undefined) throw explainNoMergeBase(ref, await this.isShallow());
    return { baseRef: ref, head, mergeBase: mergeBase.slice(1), baseTip: base };
  }

  /** The slow path, one question at a time: an unborn HEAD, or the UsageError that says what is missing. */
  private async explainRange(ref: string | undefined): Promise<Range | typeof UNBORN> {
    const head = await this.verifyCommit('HEAD');
    if (head === undefined) return UNBORN;
    if (ref === undefined) throw explainNoDefaultBase(await this.isShallow());
    const base = await this.verifyCommit(toFullRef(ref));
    if (base === undefined) throw explainMissingBase(ref, await this.isShallow());
    const { stdout } = await runGit(this.root, ['merge-base', '--end-of-options', head, base], { okExitCodes: [0, 1] });
    const mergeBase = stdout.trim();
    if (mergeBase === '') throw explainNoMergeBase(ref, await this.isShallow());
    return { baseRef: ref, head, mergeBase, baseTip: base };
  }

  private async verifyCommit(ref: string): Promise<string | undefined> {
    const args = ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`];
    const { stdout } = await runGit(this.root, args, { okExitCodes: [0, 1] });
    return stdout.trim() || undefined;
  }

  private async isShallow(): Promise<boolean> {
    const { stdout } = await runGit(this.root, ['rev-parse', '--is-shallow-repository']);
    return stdout.trim() === 'true';
  }

  /**
   * Plumbing rather than `git diff`: diff-tree and diff-index ignore the user's diff config
   * (diff.relative, diff.external, color) and never touch the index.
   */
  private async diffTrees(from: string, to: string): Promise<ChangedFile[]> {
    const { stdout } = await runGit(this.root, ['diff-tree', '-r', ...DIFF_OPTIONS, from, to]);
    return parseNameStatus(stdout);
  }

  private async diffIndex(from: string): Promise<ChangedFile[]> {
    const { stdout } = await runGit(this.root, ['diff-index', '--cached', ...DIFF_OPTIONS, from]);
    return parseNameStatus(stdout);
  }
}

/** What a directory holds: file names (blobs and symlinks) and subdirectory names (not submodules). */
export interface TreeListing {
  files: string[];
  directories: string[];
}

/** A tree's listing, and the object id of each of its entries, found when asked. */
interface TreeEntries {
  listing: TreeListing;
  objectId(name: string): string | undefined;
}

/** The entries of a raw tree object: `<mode> <name>\0<hash>` each. */
function readTreeEntries(tree: Buffer, hashBytes: number): TreeEntries {
  const listing: TreeListing = { files: [], directories: [] };
  // A directory can hold 20,000 entries: the tree is read as one byte-for-byte string, searched and sliced with string
  // operations; only a name with bytes past ASCII is decoded again, as UTF-8.
  const text = tree.toString('latin1');
  /** Every entry's name and the offset of its hash, for objectId. */
  const names: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(' ', at);
    const nul = text.indexOf('\0', space);
    if (space < 0 || nul < 0) break;
    let name = text.slice(space + 1, nul);
    if (NON_ASCII.test(name)) name = tree.toString('utf8', space + 1, nul);
    // Modes by their first bytes: `40000` a directory, `160000` a submodule.
    const mode = text.charCodeAt(at);
    if (mode === 0x34) listing.directories.push(name);
    else if (mode !== 0x31 || text.charCodeAt(at + 1) !== 0x36) listing.files.push(name);
    names.push(name);
    offsets.push(nul + 1);
    at = nul + 1 + hashBytes;
  }
  let ids: Map<string, number> | undefined;
  return {
    listing,
    objectId(name) {
      ids ??= new Map(names.map((entry, index) => [entry, offsets[index]!]));
      const offset = ids.get(name);
      return offset === undefined ? undefined : tree.toString('hex', offset, offset + hashBytes);
    },
  };
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The first default base among a repository's loose refs and packed-refs, read from the files its work tree's `.git`
 * leads to; null when the layout is one this reading cannot be sure of (the reftable format, unreadable files), so git
 * must answer. Undefined when none exists.
 */
function readDefaultBaseFromFiles(dotGit: string): string | undefined | null {
  try {
    const refs = refStoreOf(dotGit);
    if (refs === null || existsSync(join(refs, 'reftable'))) return null;
    const packedPath = join(refs, 'packed-refs');
    // packed-refs lines: `<sha> <ref>`, with `# …` headers and `^<sha>` peeled tags between them.
    const packed = new Set(existsSync(packedPath) ? readFileSync(packedPath, 'utf8').split('\n').map((line) => line.split(' ')[1]) : []);
    return DEFAULT_BASES.find((base) => packed.has(base.ref) || existsSync(join(refs, base.ref)))?.name;
  } catch {
    return null;
  }
}

/**
 * The directory that holds the branches and remote refs of the repository whose work tree has `dotGit`: that
 * directory itself, or for a `.git` file the directory it names (a submodule's), or that one's common directory (a
 * linked worktree's, whose own directory holds only its HEAD and per-worktree refs). null for anything else.
 */
function refStoreOf(dotGit: string): string | null {
  const stat = statSync(dotGit);
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile()) return null;
  const pointer = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync(dotGit, 'utf8'));
  if (pointer === null) return null;
  const gitDir = resolve(dirname(dotGit), pointer[1]!);
  const common = join(gitDir, 'commondir');
  const store = existsSync(common) ? resolve(gitDir, readFileSync(common, 'utf8').trim()) : gitDir;
  // A `.git` file that points nowhere is git's to explain.
  return statSync(store).isDirectory() ? store : null;
}

/** A default base's full ref name, so a tag called `main` cannot shadow the branch. */
function toFullRef(name: string): string {
  return DEFAULT_BASES.find((base) => base.name === name)?.ref ?? name;
}

/** Commits come from this module, but a caller could pass anything. */
function assertNotOption(commit: string): string {
  if (commit.startsWith('-')) throw new TypeError(`not a commit: ${commit}`);
  return commit;
}
