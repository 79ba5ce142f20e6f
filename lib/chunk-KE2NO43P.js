import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError,
  brandOf
} from "./chunk-XYHYP35E.js";
import {
  PLACEHOLDER_KINDS
} from "./chunk-4J5UB25P.js";

// src/config.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var DIALECTS = ["postgresql", "sqlite", "mysql", "clickhouse", "spanner", "other"];
var DEFAULT_POSTGRES_VERSION = 15;
var DEFAULT_NON_CODE = [
  "**/*.md",
  "docs/**",
  ".github/**",
  "LICENSE*",
  ".husky/**",
  ".migration-lint.{json,yaml,yml}",
  ".pre-commit-config.yaml",
  ".gitignore",
  ".gitattributes",
  ".editorconfig"
];
var CONFIG_FILES = [".migration-lint.json", ".migration-lint.yaml", ".migration-lint.yml"];
var CONVENTION_IDS = [
  "golang-migrate",
  "goose",
  "dbmate",
  "flyway",
  "diesel",
  "prisma",
  "postgrator",
  "sql-migrate",
  "sqitch",
  "supabase",
  "versioned",
  "node-pg-migrate",
  "knex",
  "alembic",
  "timestamp"
];
function configSchema(ruleIds) {
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "migration-lint configuration",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      base: { type: "string", minLength: 1, pattern: "^[^-]", description: "Base ref to compare against, e.g. origin/main." },
      migrations: { ...globs, description: "Globs that find migration files." },
      convention: { enum: CONVENTION_IDS, description: "Forces one migration tool's layout." },
      nonCode: { ...globs, description: "Globs of changed files that are not application code." },
      maxMigrationsPerPr: { type: "integer", minimum: 1, description: "Migrations one pull request may add per directory." },
      postgresVersion: { type: "integer", minimum: 9, maximum: 99, description: "Oldest PostgreSQL major version the migrations run on (default 15)." },
      assumeInTransaction: { type: "boolean", description: "Whether every migration file runs inside one transaction, whatever its tool does." },
      placeholders: {
        type: "array",
        items: { enum: [...PLACEHOLDER_KINDS] },
        uniqueItems: true,
        description: `Placeholders filled in before PostgreSQL sees the SQL, masked before parsing: go-template {{ \u2026 }}, env \${VAR} and $VAR, psql :var, :'var' and :"var".`
      },
      dialect: {
        type: "object",
        additionalProperties: { enum: [...DIALECTS] },
        description: 'Database engine per migrations directory glob, e.g. { "db/sqlite/**": "sqlite" }; only postgresql directories are linted.'
      },
      verifyRollback: { type: "boolean", description: "Prove each rollback in a real PostgreSQL: apply the base migrations, the up, the down and the up again." },
      rules: {
        type: "object",
        propertyNames: { enum: ruleIds },
        additionalProperties: { enum: ["off", "warning", "error"] },
        description: "Severity per rule id."
      }
    }
  };
}
async function readConfigFile(dir, explicitPath) {
  if (explicitPath) {
    const path = join(dir, explicitPath);
    if (!existsSync(path)) throw new UsageError(`config file ${explicitPath} not found: check the --config path`);
    return { values: await parseConfigText(path, readFileSync(path, "utf8"), explicitPath), source: explicitPath };
  }
  const found = CONFIG_FILES.filter((name2) => existsSync(join(dir, name2)));
  if (found.length > 1) {
    throw new UsageError(`${found.join(" and ")} both exist: migration-lint reads one config file, so merge them into one and delete the other`);
  }
  const [name] = found;
  if (name !== void 0) {
    const path = join(dir, name);
    return { values: await parseConfigText(path, readFileSync(path, "utf8"), name), source: name };
  }
  const pkgPath = join(dir, "package.json");
  if (existsSync(pkgPath)) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(pkgPath, "utf8").replace(/^\uFEFF/, ""));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new UsageError(`package.json is not valid JSON (${reason}): migration-lint looks for its "migration-lint" settings there; fix it, or keep the settings in .migration-lint.yaml`);
    }
    if (isObject(pkg) && "migration-lint" in pkg) {
      const values = pkg["migration-lint"];
      if (!isObject(values)) throw new UsageError('package.json: "migration-lint" must be an object of settings');
      return { values, source: 'package.json "migration-lint"' };
    }
  }
  return null;
}
async function parseConfigText(path, text, shown) {
  let values;
  try {
    if (/\.ya?ml$/i.test(path)) {
      const { load } = await import("./js-yaml.js");
      values = load(text) ?? {};
    } else {
      values = JSON.parse(text);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${shown} is not valid ${/\.ya?ml$/i.test(path) ? "YAML" : "JSON"}: ${reason}`);
  }
  if (!isObject(values)) throw new UsageError(`${shown} must hold an object of settings (see schema/config.schema.json)`);
  return values;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function validateConfig(raw) {
  const { validate } = await import("./config-validate.generated-EZFJPPBP.js");
  if (validate(raw.values)) return raw.values;
  const problems = /* @__PURE__ */ new Set();
  for (const error of validate.errors ?? []) {
    const at = error.instancePath.slice(1).replaceAll("/", ".");
    if (error.keyword === "additionalProperties") {
      problems.add(`unknown key "${String(error.params.additionalProperty)}"`);
    } else if (error.propertyName !== void 0) {
      problems.add(`unknown rule "${error.propertyName}" in "rules"`);
    } else if (error.keyword === "propertyNames") {
      continue;
    } else if (error.keyword === "enum") {
      problems.add(`"${at}" must be one of ${error.params.allowedValues.map((v) => `"${v}"`).join(", ")}`);
    } else {
      problems.add(`"${at || "config"}" ${error.message}`);
    }
  }
  const list = [...problems];
  const hints = [
    list.some((p) => p.startsWith("unknown key")) ? `allowed keys: ${CONFIG_KEYS().join(", ")}` : "",
    list.some((p) => p.startsWith("unknown rule")) ? "run `migration-lint rules` to list the rules" : ""
  ].filter(Boolean);
  throw new UsageError(`${raw.source}: ${list.join("; ")}${hints.length ? ` (${hints.join("; ")})` : ""}`);
}
var CONFIG_KEYS = () => Object.keys(configSchema([]).properties).filter((key) => key !== "$schema");
function mergeConfig(defaults, ...layers) {
  const config = { ...defaults, rules: { ...defaults.rules } };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === void 0 || key === "$schema") continue;
      if (key === "rules") Object.assign(config.rules, value);
      else config[key] = value;
    }
  }
  return config;
}
async function loadConfig(root, explicitPath, overrides) {
  const defaults = {
    migrations: [],
    nonCode: DEFAULT_NON_CODE,
    maxMigrationsPerPr: 1,
    rules: {},
    postgresVersion: DEFAULT_POSTGRES_VERSION,
    placeholders: [],
    dialect: {}
  };
  const raw = await readConfigFile(root, explicitPath);
  return mergeConfig(defaults, raw ? await validateConfig(raw) : void 0, overrides);
}

// src/git/run-git.ts
import { execFile } from "node:child_process";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var GIT_CONFIG_ARGS = ["-c", "core.quotePath=false"];
function makeGitEnv(overrides = {}) {
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", ...overrides };
}
var GIT_COMMAND_ERROR = brandOf("GitCommandError");
var GitCommandError = class extends Error {
  constructor(args, exitCode, stderr) {
    super(`git ${args.join(" ")} failed (${exitCode}): ${stderr.trim() || "no output"}`);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  args;
  exitCode;
  stderr;
  static [Symbol.hasInstance](value) {
    return GIT_COMMAND_ERROR.has(value);
  }
  name = "GitCommandError";
  [GIT_COMMAND_ERROR.symbol] = true;
};
function runGit(cwd, args, options = {}) {
  const okExitCodes = options.okExitCodes ?? [0];
  return new Promise((resolve2, reject) => {
    execFile(
      "git",
      [...GIT_CONFIG_ARGS, ...args],
      { cwd, env: makeGitEnv(options.env), encoding: "buffer", maxBuffer: Number.POSITIVE_INFINITY, windowsHide: true },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : error.code ?? error.signal ?? "unknown";
        if (typeof exitCode === "number" && okExitCodes.includes(exitCode)) {
          resolve2({ stdout: stdout.toString("utf8"), exitCode });
          return;
        }
        reject(new GitCommandError(args, exitCode, stderr.toString("utf8")));
      }
    );
  });
}
function splitNul(output) {
  const fields = output.split("\0");
  if (fields.at(-1) === "") fields.pop();
  return fields;
}

// src/git/repo.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/git/base.ts
var DEFAULT_BASES = [
  { name: "origin/HEAD", ref: "refs/remotes/origin/HEAD" },
  { name: "origin/main", ref: "refs/remotes/origin/main" },
  { name: "main", ref: "refs/heads/main" },
  { name: "origin/master", ref: "refs/remotes/origin/master" },
  { name: "master", ref: "refs/heads/master" }
];
function readRequestedBase(base, env) {
  if (base !== void 0) return assertSafeRef(base);
  const target = env["GITHUB_BASE_REF"];
  if (target === void 0 || target === "") return void 0;
  return assertSafeRef(`origin/${target}`);
}
function assertSafeRef(ref) {
  if (ref.trim() === "") throw new UsageError("the base ref is empty: pass a branch, tag or commit with --base");
  if (ref.startsWith("-")) {
    throw new UsageError(`invalid base ref '${ref}': a ref cannot start with '-'; pass a branch, tag or commit with --base`);
  }
  return ref;
}
function formatFetchCommand(ref) {
  return `git fetch origin ${ref.startsWith("origin/") ? ref.slice("origin/".length) : ref}`;
}
function explainMissingBase(ref, shallow) {
  if (/[~^]|@\{|^HEAD$|^@$/.test(ref)) {
    return new UsageError(
      shallow ? `base ref '${ref}' reaches past the commits of this shallow clone: run 'git fetch --unshallow origin', or set 'fetch-depth: 0' in actions/checkout` : `base ref '${ref}' names no commit: the history is shorter than that (see git log --oneline); pass an existing branch, tag or commit with --base`
    );
  }
  if (shallow) {
    return new UsageError(
      `base ref '${ref}' is not in this shallow clone: run '${formatFetchCommand(ref)}', or set 'fetch-depth: 0' in actions/checkout`
    );
  }
  return new UsageError(`base ref '${ref}' not found: fetch it ('${formatFetchCommand(ref)}') or pass an existing branch, tag or commit with --base`);
}
function explainNoDefaultBase(shallow) {
  const tried = DEFAULT_BASES.map((base) => base.name).join(", ");
  if (shallow) {
    return new UsageError(
      `no base ref found in this shallow clone (tried ${tried}): run 'git fetch origin main', or set 'fetch-depth: 0' in actions/checkout, or pass --base`
    );
  }
  return new UsageError(`no base ref found (tried ${tried}): pass the branch this one merges into with --base`);
}
function explainNoMergeBase(ref, shallow) {
  if (shallow) {
    return new UsageError(
      `HEAD and '${ref}' share no commit in this shallow clone: run 'git fetch --unshallow origin', or set 'fetch-depth: 0' in actions/checkout`
    );
  }
  return new UsageError(`HEAD and '${ref}' have no common history: pass the branch this one was started from with --base`);
}

// src/git/blob-reader.ts
import { spawn } from "node:child_process";
var HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+) (\d+)$/;
var NOT_FOUND_SUFFIXES = [" missing\n", " ambiguous\n"];
var BlobReader = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  batch;
  /** Contents of each spec; a spec that names no blob (missing, a tree, a submodule) maps to null. */
  async read(specs) {
    const unique = [...new Set(specs)];
    const objects = await Promise.all(unique.map((spec) => this.readObject(spec)));
    return new Map(unique.map((spec, index) => {
      const object = objects[index];
      return [spec, object?.type === "blob" ? object.content : null];
    }));
  }
  /** Ends the process once it has answered what it was asked; a later read starts a new one. */
  close() {
    this.batch?.end();
    this.batch = void 0;
  }
  /** Any object by spec (`HEAD:db` is a tree, `refs/heads/main^{commit}` a commit); null when it names none. */
  readObject(spec) {
    if (spec === "" || spec.includes("\0")) return Promise.resolve(null);
    if (this.batch === void 0 || this.batch.failed) this.batch = new CatFileBatch(this.cwd);
    return this.batch.request(spec);
  }
};
var CatFileBatch = class {
  failed = false;
  child;
  waiting = [];
  chunks = [];
  bufferedBytes = 0;
  /** The object whose content is arriving, once its header is read. */
  body;
  stderr = "";
  constructor(cwd) {
    this.child = spawn("git", [...GIT_CONFIG_ARGS, "cat-file", "--batch", "-z"], {
      cwd,
      env: makeGitEnv(),
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    this.child.stdout.on("data", (chunk) => {
      this.chunks.push(chunk);
      this.bufferedBytes += chunk.length;
      this.drain();
    });
    this.child.stderr.on("data", (chunk) => {
      this.stderr += chunk.toString("utf8");
    });
    this.child.stdin.on("error", () => {
    });
    this.child.on("error", (error) => this.fail(error));
    this.child.on("close", (code, signal) => this.fail(new GitCommandError(["cat-file", "--batch", "-z"], code ?? signal ?? "unknown", this.stderr)));
    this.setRef(false);
  }
  request(spec) {
    return new Promise((resolve2, reject) => {
      this.waiting.push({ spec, resolve: resolve2, reject });
      if (this.waiting.length === 1) this.setRef(true);
      this.child.stdin.write(`${spec}\0`);
    });
  }
  end() {
    if (this.waiting.length === 0) this.child.stdin.destroy();
    else this.child.stdin.end();
  }
  /** Answers every request whose response has fully arrived. */
  drain() {
    while (this.waiting.length > 0) {
      const request = this.waiting[0];
      if (this.body === void 0) {
        const header = this.takeHeader(request.spec);
        if (header === void 0) return;
        if (header === null) {
          this.answer(null);
          continue;
        }
        this.body = header;
      }
      const { size, type } = this.body;
      if (this.bufferedBytes < size + 1) return;
      const content = this.take(size + 1).subarray(0, size);
      this.body = void 0;
      this.answer({ type, content: content.length * 2 >= content.buffer.byteLength ? content : Buffer.from(content) });
    }
  }
  /** The next header: null for "no such object", undefined until it has fully arrived. */
  takeHeader(spec) {
    const buffered = this.peek();
    for (const suffix of NOT_FOUND_SUFFIXES) {
      const notFound = Buffer.from(spec + suffix, "utf8");
      const length = Math.min(notFound.length, buffered.length);
      if (!buffered.subarray(0, length).equals(notFound.subarray(0, length))) continue;
      if (buffered.length < notFound.length) return void 0;
      this.take(notFound.length);
      return null;
    }
    const newline = buffered.indexOf(10);
    if (newline === -1) return void 0;
    const line = buffered.subarray(0, newline).toString("utf8");
    const match = HEADER.exec(line);
    if (match === null) {
      this.fail(new Error(`git cat-file --batch answered ${JSON.stringify(spec)} with ${JSON.stringify(line)}`));
      this.child.kill();
      return void 0;
    }
    this.take(newline + 1);
    return { size: Number(match[3]), type: match[2] };
  }
  /** Everything buffered as one Buffer, joined only when looked at. */
  peek() {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }
  take(bytes) {
    const buffered = this.peek();
    this.chunks = bytes < buffered.length ? [buffered.subarray(bytes)] : [];
    this.bufferedBytes -= bytes;
    return buffered.subarray(0, bytes);
  }
  answer(object) {
    this.waiting.shift()?.resolve(object);
    if (this.waiting.length === 0) this.setRef(false);
  }
  fail(error) {
    this.failed = true;
    for (const request of this.waiting.splice(0)) request.reject(error);
    this.setRef(false);
  }
  setRef(ref) {
    const { child } = this;
    for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
      if (ref) handle.ref?.();
      else handle.unref?.();
    }
  }
};

// src/git/name-status.ts
var SYMLINK_MODE = "120000";
function parseNameStatus(output) {
  const fields = splitNul(output);
  const files = [];
  let index = 0;
  const next = () => {
    const field = fields[index++];
    if (field === void 0) throw new Error(`truncated git diff --name-status output: ${JSON.stringify(output)}`);
    return field;
  };
  while (index < fields.length) {
    const field = next();
    const raw = field.startsWith(":") ? field.slice(1).split(" ") : null;
    const status = raw ? raw[4] ?? "" : field;
    const link = raw?.[1] === SYMLINK_MODE ? { symlink: true } : {};
    switch (status[0]) {
      case "A":
        files.push({ path: next(), status: "added", ...link });
        break;
      case "M":
      case "T":
      case "U":
        files.push({ path: next(), status: "modified", ...link });
        break;
      case "D":
        files.push({ path: next(), status: "deleted" });
        break;
      case "R": {
        const oldPath = next();
        files.push({ path: next(), status: "renamed", oldPath, ...link });
        break;
      }
      case "C": {
        next();
        files.push({ path: next(), status: "added", ...link });
        break;
      }
      default:
        throw new Error(`unexpected status ${JSON.stringify(status)} in git diff --name-status output`);
    }
  }
  return files;
}

// src/git/repo.ts
var INDEX = "INDEX";
function toBlobSpec(rev, path) {
  return rev === INDEX ? `:0:${path}` : `${rev}:${path}`;
}
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var DIFF_OPTIONS = ["-z", "-M", "--raw", "--no-ext-diff", "--no-textconv"];
var UNBORN = /* @__PURE__ */ Symbol("unborn");
async function openRepo(cwd) {
  const env = process.env;
  if (env.GIT_DIR === void 0 && env.GIT_WORK_TREE === void 0) {
    const root = findWorkTree(resolve(cwd));
    if (root !== null) return new GitRepo(root);
  }
  try {
    const { stdout } = await runGit(cwd, ["rev-parse", "--show-toplevel"], { env: { LC_ALL: "C" } });
    return new GitRepo(stdout.replace(/\n$/, ""));
  } catch (error) {
    throw explainOpenError(cwd, error);
  }
}
function findWorkTree(dir) {
  for (; ; ) {
    if (basename(dir) === ".git") return null;
    if (existsSync2(join2(dir, ".git"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function explainOpenError(cwd, error) {
  if (!(error instanceof GitCommandError)) return error;
  if (error.exitCode === "ENOENT") {
    return existsSync2(cwd) ? new UsageError("git not found: install git and make sure it is on PATH") : new UsageError(`directory not found: ${cwd}`);
  }
  if (/not a git repository/i.test(error.stderr)) {
    return new UsageError("not a git repository: run migration-lint inside one, or pass SQL files to lint");
  }
  if (/must be run in a work tree/i.test(error.stderr)) {
    return new UsageError("not in a working tree: run migration-lint in a checkout, not in a bare repository or a .git directory");
  }
  const dubious = /dubious ownership in repository at '([^']*)'/.exec(error.stderr);
  if (dubious !== null) {
    return new UsageError(
      `git refuses to read a repository owned by another user: run 'git config --global --add safe.directory ${dubious[1]}'`
    );
  }
  return error;
}
var GitRepo = class {
  constructor(root) {
    this.root = root;
    this.blobs = new BlobReader(root);
  }
  root;
  blobs;
  /** The trees listTree read, by the spec it read them by: where their entries' objects are. */
  trees = /* @__PURE__ */ new Map();
  /**
   * The change from the merge-base of the base ref and HEAD to HEAD, or to the index with
   * `staged`. On the base itself (HEAD is the merge-base) the change is what is staged, since that
   * is what the next commit adds. With no commit yet, the change is what is staged, against the
   * empty tree.
   */
  async resolveChange(options) {
    try {
      return await this.resolveChangeOrFail(options);
    } catch (error) {
      throw explainOpenError(this.root, error);
    }
  }
  async resolveChangeOrFail(options) {
    const requested = readRequestedBase(options.base, options.env ?? process.env);
    const ref = requested ?? await this.findDefaultBase();
    const early = ref === void 0 ? void 0 : this.diffFromMergeBase(toFullRef(ref), options.staged);
    const range = ref !== void 0 && await this.resolveRange(ref) || await this.explainRange(ref);
    if (range === UNBORN) {
      return { root: this.root, baseRef: EMPTY_TREE, base: EMPTY_TREE, head: INDEX, files: await this.diffIndex(EMPTY_TREE) };
    }
    const { baseRef, head, mergeBase, baseTip } = range;
    const files = await early;
    const about = { ...requested === void 0 ? { defaultBase: true } : {}, ...head === mergeBase && baseTip !== head ? { headBehindBase: true } : {} };
    if (options.staged || head === mergeBase) {
      const staged = options.staged && files !== void 0 ? files : await this.diffIndex(mergeBase);
      return { root: this.root, baseRef, base: mergeBase, head: INDEX, files: staged, ...about };
    }
    return { root: this.root, baseRef, base: mergeBase, head, files: files ?? await this.diffTrees(mergeBase, head), ...about };
  }
  /** The change from the merge-base of `ref` and HEAD, to the index or to HEAD; undefined when git cannot tell (resolveRange explains). */
  async diffFromMergeBase(ref, staged) {
    const commit = `${ref}^{commit}`;
    const args = staged ? ["diff-index", "--cached", ...DIFF_OPTIONS, "--merge-base", "--end-of-options", commit] : ["diff-tree", "-r", ...DIFF_OPTIONS, "--merge-base", "--end-of-options", commit, "HEAD"];
    const { stdout, exitCode } = await runGit(this.root, args, { okExitCodes: [0, 128] });
    return exitCode === 0 ? parseNameStatus(stdout) : void 0;
  }
  /**
   * Names of the files directly in `dir` (repository-relative, '' or '.' for the top) at `commit` (a commit or tree,
   * not the index), read as one tree object through the cat-file process: no process of its own, and no walk over the
   * rest of the tree.
   */
  async listDirectory(commit, dir) {
    return (await this.listTree(commit, dir)).files;
  }
  /** The files and the subdirectories directly in `dir` at `commit`, as listDirectory reads them; both empty when there is no such directory. */
  async listTree(commit, dir) {
    const path = dir === "." ? "" : dir.replace(/\/+$/, "");
    const spec = `${assertNotOption(commit)}:${path}`;
    const tree = await this.blobs.readObject(spec);
    if (tree?.type !== "tree") return { files: [], directories: [] };
    const read = readTreeEntries(tree.content, commit.length === 64 ? 32 : 20);
    this.trees.set(spec, read);
    return read.listing;
  }
  /**
   * The files under the directories `dirs` at `commit` that mention one of `words` as a whole word, in any case
   * (`git grep -w -i -l`): a search git runs over its object store, with no work tree or index involved.
   */
  async grepFiles(commit, words, dirs) {
    if (words.length === 0 || dirs.length === 0 || commit === EMPTY_TREE) return [];
    const rev = assertNotOption(commit);
    const args = ["grep", "-l", "-z", "-w", "-i", "-F", "--no-color", ...words.flatMap((word) => ["-e", word]), rev, "--"];
    args.push(...dirs.map((dir) => dir === "." || dir === "" ? "." : `:(literal)${dir}`));
    const { stdout } = await runGit(this.root, args, { okExitCodes: [0, 1] });
    return splitNul(stdout).map((hit) => hit.startsWith(`${rev}:`) ? hit.slice(rev.length + 1) : hit);
  }
  /**
   * The lines of the whole tree at `rev` (a commit, or INDEX for the index) that mention one of `words` as a whole word,
   * in any case (`git grep -w -i -n`), binary files skipped.
   */
  async grepLines(rev, words) {
    if (words.length === 0 || rev === EMPTY_TREE) return [];
    const source = rev === INDEX ? ["--cached"] : [];
    const args = ["grep", ...source, "-n", "-z", "-w", "-i", "-I", "-F", "--no-color", ...words.flatMap((word) => ["-e", word])];
    if (rev !== INDEX) args.push(assertNotOption(rev));
    args.push("--");
    const { stdout } = await runGit(this.root, args, { okExitCodes: [0, 1] });
    const prefix = rev === INDEX ? "" : `${rev}:`;
    const hits = [];
    for (let at = 0; at < stdout.length; ) {
      const afterPath = stdout.indexOf("\0", at);
      const afterLine = afterPath < 0 ? -1 : stdout.indexOf("\0", afterPath + 1);
      if (afterLine < 0) break;
      const end = stdout.indexOf("\n", afterLine + 1);
      const path = stdout.slice(at, afterPath);
      hits.push({
        path: path.startsWith(prefix) ? path.slice(prefix.length) : path,
        line: Number(stdout.slice(afterPath + 1, afterLine)),
        text: stdout.slice(afterLine + 1, end < 0 ? stdout.length : end)
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
  async readBlobs(specs) {
    const byId = specs.map((spec) => this.objectIdOf(spec) ?? spec);
    const read = await this.blobs.read(byId);
    return new Map(specs.map((spec, index) => [spec, read.get(byId[index]) ?? null]));
  }
  /** The object id of `<commit>:<dir>/<name>` when that directory's tree was listed; undefined otherwise. */
  objectIdOf(spec) {
    const slash = spec.lastIndexOf("/");
    const colon = spec.indexOf(":");
    if (colon <= 0) return void 0;
    const tree = this.trees.get(slash > colon ? spec.slice(0, slash) : spec.slice(0, colon + 1));
    return tree?.objectId(spec.slice(Math.max(slash, colon) + 1));
  }
  /** Ends the cat-file process. */
  close() {
    this.blobs.close();
  }
  /**
   * The first default base that exists. Read from the repository's ref files when they tell (no process, on the
   * hook's path); else asked of the cat-file process the blobs are read through anyway.
   */
  async findDefaultBase() {
    const fromFiles = readDefaultBaseFromFiles(join2(this.root, ".git"));
    if (fromFiles !== null) return fromFiles;
    const found = await Promise.all(DEFAULT_BASES.map((base) => this.blobs.readObject(`${base.ref}^{commit}`)));
    return DEFAULT_BASES.find((_, index) => found[index] !== null)?.name;
  }
  /**
   * HEAD and the merge-base with `ref`, by one rev-parse: `HEAD`, `<ref>^{commit}` and
   * `<ref>^{commit}...HEAD` print HEAD, the base, both again, then `^<merge-base>` per merge-base.
   * Undefined when rev-parse fails (unborn HEAD, unknown ref): explainRange then finds out why.
   */
  async resolveRange(ref) {
    const commit = `${toFullRef(ref)}^{commit}`;
    const output = await runGit(this.root, ["rev-parse", "--end-of-options", "HEAD", commit, `${commit}...HEAD`, "--"], {
      okExitCodes: [0, 128]
    });
    if (output.exitCode !== 0) return void 0;
    const lines = output.stdout.split("\n").filter((line) => SHA.test(line.replace(/^\^/, "")));
    const [head, base] = lines;
    if (head === void 0 || base === void 0 || !SHA.test(head) || !SHA.test(base)) return void 0;
    const mergeBase = lines.find((line) => line.startsWith("^"));
    if (mergeBase === void 0) throw explainNoMergeBase(ref, await this.isShallow());
    return { baseRef: ref, head, mergeBase: mergeBase.slice(1), baseTip: base };
  }
  /** The slow path, one question at a time: an unborn HEAD, or the UsageError that says what is missing. */
  async explainRange(ref) {
    const head = await this.verifyCommit("HEAD");
    if (head === void 0) return UNBORN;
    if (ref === void 0) throw explainNoDefaultBase(await this.isShallow());
    const base = await this.verifyCommit(toFullRef(ref));
    if (base === void 0) throw explainMissingBase(ref, await this.isShallow());
    const { stdout } = await runGit(this.root, ["merge-base", "--end-of-options", head, base], { okExitCodes: [0, 1] });
    const mergeBase = stdout.trim();
    if (mergeBase === "") throw explainNoMergeBase(ref, await this.isShallow());
    return { baseRef: ref, head, mergeBase, baseTip: base };
  }
  async verifyCommit(ref) {
    const args = ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`];
    const { stdout } = await runGit(this.root, args, { okExitCodes: [0, 1] });
    return stdout.trim() || void 0;
  }
  async isShallow() {
    const { stdout } = await runGit(this.root, ["rev-parse", "--is-shallow-repository"]);
    return stdout.trim() === "true";
  }
  /**
   * Plumbing rather than `git diff`: diff-tree and diff-index ignore the user's diff config
   * (diff.relative, diff.external, color) and never touch the index.
   */
  async diffTrees(from, to) {
    const { stdout } = await runGit(this.root, ["diff-tree", "-r", ...DIFF_OPTIONS, from, to]);
    return parseNameStatus(stdout);
  }
  async diffIndex(from) {
    const { stdout } = await runGit(this.root, ["diff-index", "--cached", ...DIFF_OPTIONS, from]);
    return parseNameStatus(stdout);
  }
};
function readTreeEntries(tree, hashBytes) {
  const listing = { files: [], directories: [] };
  const text = tree.toString("latin1");
  const names = [];
  const offsets = [];
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(" ", at);
    const nul = text.indexOf("\0", space);
    if (space < 0 || nul < 0) break;
    let name = text.slice(space + 1, nul);
    if (NON_ASCII.test(name)) name = tree.toString("utf8", space + 1, nul);
    const mode = text.charCodeAt(at);
    if (mode === 52) listing.directories.push(name);
    else if (mode !== 49 || text.charCodeAt(at + 1) !== 54) listing.files.push(name);
    names.push(name);
    offsets.push(nul + 1);
    at = nul + 1 + hashBytes;
  }
  let ids;
  return {
    listing,
    objectId(name) {
      ids ??= new Map(names.map((entry, index) => [entry, offsets[index]]));
      const offset = ids.get(name);
      return offset === void 0 ? void 0 : tree.toString("hex", offset, offset + hashBytes);
    }
  };
}
var NON_ASCII = /[^\x00-\x7f]/;
function readDefaultBaseFromFiles(dotGit) {
  try {
    const refs = refStoreOf(dotGit);
    if (refs === null || existsSync2(join2(refs, "reftable"))) return null;
    const packedPath = join2(refs, "packed-refs");
    const packed = new Set(existsSync2(packedPath) ? readFileSync2(packedPath, "utf8").split("\n").map((line) => line.split(" ")[1]) : []);
    return DEFAULT_BASES.find((base) => packed.has(base.ref) || existsSync2(join2(refs, base.ref)))?.name;
  } catch {
    return null;
  }
}
function refStoreOf(dotGit) {
  const stat = statSync(dotGit);
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile()) return null;
  const pointer = /^gitdir: (.+?)\r?\n?$/.exec(readFileSync2(dotGit, "utf8"));
  if (pointer === null) return null;
  const gitDir = resolve(dirname(dotGit), pointer[1]);
  const common = join2(gitDir, "commondir");
  const store = existsSync2(common) ? resolve(gitDir, readFileSync2(common, "utf8").trim()) : gitDir;
  return statSync(store).isDirectory() ? store : null;
}
function toFullRef(name) {
  return DEFAULT_BASES.find((base) => base.name === name)?.ref ?? name;
}
function assertNotOption(commit) {
  if (commit.startsWith("-")) throw new TypeError(`not a commit: ${commit}`);
  return commit;
}

export {
  CONFIG_FILES,
  loadConfig,
  EMPTY_TREE,
  runGit,
  INDEX,
  toBlobSpec,
  openRepo,
  findWorkTree
};
