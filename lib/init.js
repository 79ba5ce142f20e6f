import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  CONFIG_FILES,
  openRepo,
  runGit
} from "./chunk-KE2NO43P.js";
import {
  UsageError
} from "./chunk-XYHYP35E.js";
import {
  createMigrationMatcher
} from "./chunk-R4ESC3ZX.js";
import {
  DEFAULT_MIGRATION_GLOBS,
  detectConvention,
  migrationDirectory
} from "./chunk-4J5UB25P.js";
import "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";

// src/init.ts
import { chmodSync, existsSync, mkdirSync, readFileSync as readFileSync2, statSync, writeFileSync } from "node:fs";
import { dirname, join as join2 } from "node:path";

// src/init/husky.ts
var HOOK_COMMAND = "npx migration-lint --staged";
var HUSKY_RANGE = "^9.1.7";
var HUSKY_WORD = /(?:^|[\s;&|(])(?:npx\s+)?husky(?=$|[\s;&|)])/;
function prepareWithHusky(existing) {
  if (existing === void 0 || existing.trim() === "") return "husky";
  if (HUSKY_WORD.test(existing)) return null;
  return `${existing} && husky`;
}
function huskyDirectory(prepare) {
  const match = /(?:^|[\s;&|(])(?:npx\s+)?husky\s+([^\s;&|)]+)/.exec(prepare ?? "");
  const dir = match?.[1];
  if (!dir || dir.startsWith("-") || dir === "install" || dir.includes("..")) return ".husky";
  return dir.replace(/^\.\//, "").replace(/\/+$/, "");
}
function isHuskyNineOrLater(range) {
  const majors = [...range.matchAll(/(?:^|[\s^~=<>v|])(\d+)(?=[.\sx*]|$)/g)].map((m) => Number(m[1]));
  return majors.length === 0 || majors.some((major) => major >= 9);
}
function hookWithLint(existing) {
  if (existing === null || existing.trim() === "") return `${HOOK_COMMAND}
`;
  const runsLint = existing.split(/\r?\n/).some((line) => !line.trimStart().startsWith("#") && /(?:^|[\s/])migration-lint(?=$|\s)/.test(line));
  if (runsLint) return null;
  const eol = existing.includes("\r\n") ? "\r\n" : "\n";
  return `${existing}${/\n$/.test(existing) ? "" : eol}${HOOK_COMMAND}${eol}`;
}
function mayStopEarly(hook) {
  return hook.split(/\r?\n/).some((line) => /^\s*(?:exit|exec)\b/.test(line));
}

// src/init/json-edit.ts
function setJsonMember(text, path, value, options = {}) {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  JSON.parse(body);
  const root = new Scanner(body).document();
  const layout = detectLayout(body, root);
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    if (!node.members) throw new Error(`"${path.slice(0, depth).join(".")}" is not an object`);
    const member = node.members.filter((m) => m.key === key).pop();
    if (!member) {
      const nested = path.slice(depth + 1).reduceRight((inner, k) => ({ [k]: inner }), value);
      const sorted = options.sorted === true && depth === path.length - 1;
      return bom + insertMember(body, node, key, nested, layout, sorted);
    }
    if (depth === path.length - 1) {
      const serialized = serialize(value, lineIndent(body, member.keyStart), layout);
      return bom + body.slice(0, member.value.start) + serialized + body.slice(member.value.end);
    }
    node = member.value;
  }
  throw new Error("setJsonMember needs a non-empty path");
}
function insertMember(text, object, key, value, layout, sorted) {
  const members = object.members;
  const closingIndent = lineIndent(text, object.start);
  const oneLine = layout.unit === "" || members.length > 0 && !text.slice(object.start, object.end).includes("\n");
  const memberIndent = members.length > 0 && !oneLine ? lineIndent(text, members[0].keyStart) : closingIndent + layout.unit;
  const entry = `${JSON.stringify(key)}${layout.colon}${serialize(value, memberIndent, layout)}`;
  if (members.length === 0) {
    const inner = oneLine ? entry : `${layout.eol}${memberIndent}${entry}${layout.eol}${closingIndent}`;
    return `${text.slice(0, object.start)}{${inner}}${text.slice(object.end)}`;
  }
  const gap = oneLine ? oneLineGap(text, members, layout) : layout.eol + memberIndent;
  const keys = members.map((m) => m.key);
  const inOrder = sorted && keys.every((k, i) => i === 0 || keys[i - 1] <= k);
  const before = inOrder ? members.find((m) => m.key > key) : void 0;
  if (before) return `${text.slice(0, before.keyStart)}${entry},${gap}${text.slice(before.keyStart)}`;
  const last = members[members.length - 1];
  return `${text.slice(0, last.value.end)},${gap}${entry}${text.slice(last.value.end)}`;
}
function oneLineGap(text, members, layout) {
  if (members.length > 1) return /,(\s*)$/.exec(text.slice(members[0].value.end, members[1].keyStart))?.[1] ?? "";
  return layout.colon.endsWith(" ") ? " " : "";
}
function serialize(value, indent, layout) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const member = ([k, v], inner2) => `${JSON.stringify(k)}${layout.colon}${serialize(v, inner2, layout)}`;
  if (layout.unit === "") return `{${entries.map((e) => member(e, indent)).join(",")}}`;
  const inner = indent + layout.unit;
  return `{${entries.map((e) => `${layout.eol}${inner}${member(e, inner)}`).join(",")}${layout.eol}${indent}}`;
}
function detectLayout(text, root) {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? "";
  const first = root.members?.[0];
  const between = first ? text.slice(first.keyEnd, first.value.start) : "";
  const colon = first && !between.includes("\n") ? between : unit ? ": " : ":";
  return { eol, unit, colon };
}
function lineIndent(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  document() {
    this.skipSpace();
    return this.value();
  }
  value() {
    const start = this.at;
    const c = this.text[this.at];
    if (c === "{") return this.object();
    if (c === "[") {
      this.at++;
      this.skipSpace();
      while (this.text[this.at] !== "]") {
        this.value();
        this.skipSpace();
        if (this.text[this.at] === ",") this.at++;
        this.skipSpace();
      }
      this.at++;
      return { start, end: this.at };
    }
    if (c === '"') {
      this.string();
      return { start, end: this.at };
    }
    while (this.at < this.text.length && !/[\s,\]}]/.test(this.text[this.at])) this.at++;
    return { start, end: this.at };
  }
  object() {
    const start = this.at;
    const members = [];
    this.at++;
    this.skipSpace();
    while (this.text[this.at] !== "}") {
      const keyStart = this.at;
      const key = this.string();
      const keyEnd = this.at;
      this.skipSpace();
      this.at++;
      this.skipSpace();
      members.push({ key, keyStart, keyEnd, value: this.value() });
      this.skipSpace();
      if (this.text[this.at] === ",") this.at++;
      this.skipSpace();
    }
    this.at++;
    return { start, end: this.at, members };
  }
  string() {
    const start = this.at;
    this.at++;
    while (this.text[this.at] !== '"') this.at += this.text[this.at] === "\\" ? 2 : 1;
    this.at++;
    return JSON.parse(this.text.slice(start, this.at));
  }
  skipSpace() {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }
};

// src/init/starter-config.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var STARTER_CONFIG = ".migration-lint.yaml";
var SAMPLES = 3;
async function findMigrationDirectories(root) {
  const { stdout } = await runGit(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]);
  const isMigration = createMigrationMatcher(DEFAULT_MIGRATION_GLOBS);
  const byDirectory = /* @__PURE__ */ new Map();
  for (const path of new Set(stdout.split("\0"))) {
    if (!path || !isMigration(path)) continue;
    const dir = migrationDirectory(path);
    byDirectory.set(dir, [...byDirectory.get(dir) ?? [], path]);
  }
  return [...byDirectory.keys()].sort().map((dir) => {
    const paths = byDirectory.get(dir).sort();
    const samples = paths.slice(-SAMPLES).flatMap((path) => readText(join(root, path)));
    return { path: dir, convention: detectConvention(paths, samples), files: paths.length };
  });
}
function readText(path) {
  try {
    return [readFileSync(path, "utf8")];
  } catch {
    return [];
  }
}
function renderStarterConfig(directories) {
  const lines = [
    "# yaml-language-server: $schema=node_modules/migration-lint/schema/config.schema.json",
    "# migration-lint settings (data only, never executed): https://github.com/migration-lint/migration-lint#configuration"
  ];
  if (directories.length === 0) {
    lines.push(
      "# No migrations were found under the default globs; say where yours live:",
      '# migrations: ["db/migrations/**"]',
      "# convention: timestamp   # golang-migrate | goose | dbmate | flyway | timestamp"
    );
  } else {
    const conventions = new Set(directories.map((d) => d.convention));
    lines.push("migrations:");
    for (const directory of directories) {
      const note = conventions.size > 1 ? `   # ${directory.convention}` : "";
      lines.push(`  - ${JSON.stringify(`${escapeGlob(directory.path)}/**`)}${note}`);
    }
    if (conventions.size === 1) {
      lines.push(`convention: ${directories[0].convention}   # golang-migrate | goose | dbmate | flyway | timestamp`);
    } else {
      lines.push("# convention: detected per directory, as noted above");
    }
  }
  lines.push(
    "# base: origin/main            # default: $GITHUB_BASE_REF, origin/HEAD, origin/main, main, origin/master, master",
    "# maxMigrationsPerPr: 1",
    "# rules:",
    "#   ban-schema-with-app-code: error   # off | warning | error"
  );
  return `${lines.join("\n")}
`;
}
function escapeGlob(path) {
  return path.replace(/[*?[\]{}()!+@\\]/g, "\\$&");
}
function describeStarterConfig(directories) {
  if (directories.length === 0) return 'found no migrations under the default globs: set "migrations" in it';
  return directories.map((d) => `${d.path} (${d.convention}, ${d.files} file${d.files === 1 ? "" : "s"})`).join(", ");
}

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/init.ts
var PACKAGE_NAME = "migration-lint";
var OWN_RANGE = /^\d+\.\d+\.\d+/.test(VERSION) ? `^${VERSION}` : "latest";
async function init(options) {
  const plan = await planInit(options.cwd);
  applyWrites(plan.root, plan.writes);
  const changes = plan.writes.flatMap((write) => write.changes);
  return { root: plan.root, changes, notes: plan.notes };
}
function applyWrites(root, writes) {
  for (const write of writes) {
    const path = join2(root, write.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, write.content, write.executable ? { mode: 493 } : {});
    if (write.executable) chmodSync(path, statSync(path).mode | 493);
  }
}
async function planInit(cwd) {
  const root = await findRoot(cwd);
  const pkgPath = join2(root, "package.json");
  if (!existsSync(pkgPath)) throw new UsageError(noPackageJsonMessage(root));
  const pkgText = readFileSync2(pkgPath, "utf8");
  const pkg = parsePackageJson(pkgText);
  const writes = [];
  const notes = [];
  const pkgChanges = [];
  let newPkgText = pkgText;
  if (stringMember(pkg.devDependencies, PACKAGE_NAME) === void 0 && stringMember(pkg.dependencies, PACKAGE_NAME) === void 0) {
    newPkgText = setJsonMember(newPkgText, ["devDependencies", PACKAGE_NAME], OWN_RANGE, { sorted: true });
    pkgChanges.push(`package.json: added ${PACKAGE_NAME} ${OWN_RANGE} to devDependencies`);
  }
  const declaredHusky = stringMember(pkg.devDependencies, "husky") ?? stringMember(pkg.dependencies, "husky");
  if (declaredHusky === void 0) {
    newPkgText = setJsonMember(newPkgText, ["devDependencies", "husky"], HUSKY_RANGE, { sorted: true });
    pkgChanges.push(`package.json: added husky ${HUSKY_RANGE} to devDependencies`);
  } else if (!isHuskyNineOrLater(declaredHusky)) {
    notes.push(`package.json asks for husky ${declaredHusky}: the hook is written for husky 9, so upgrade it (npm install -D husky@9)`);
  }
  const prepare = stringMember(pkg.scripts, "prepare");
  const newPrepare = prepareWithHusky(prepare);
  if (newPrepare !== null) {
    newPkgText = setJsonMember(newPkgText, ["scripts", "prepare"], newPrepare);
    pkgChanges.push(
      prepare === void 0 ? `package.json: added the script "prepare": "husky" (installs the hook on npm install)` : `package.json: appended "&& husky" to the prepare script: "${newPrepare}"`
    );
  }
  if (pkgChanges.length) writes.push({ path: "package.json", content: newPkgText, changes: pkgChanges });
  const hooksDir = huskyDirectory(newPrepare ?? prepare);
  const hookPath = `${hooksDir}/pre-commit`;
  const hookText = readOptional(join2(root, hookPath));
  const newHook = hookWithLint(hookText);
  if (newHook !== null) {
    const created = hookText === null;
    writes.push({
      path: hookPath,
      content: newHook,
      executable: true,
      changes: [created ? `${hookPath}: created, runs ${HOOK_COMMAND}` : `${hookPath}: appended ${HOOK_COMMAND}`]
    });
    if (!created && mayStopEarly(hookText)) {
      notes.push(`${hookPath} has an exit or exec line: check that the appended "${HOOK_COMMAND}" still runs`);
    }
  }
  const hasConfig = CONFIG_FILES.some((name) => existsSync(join2(root, name))) || pkg["migration-lint"] !== void 0;
  if (!hasConfig) {
    const directories = await findMigrationDirectories(root);
    writes.push({
      path: STARTER_CONFIG,
      content: renderStarterConfig(directories),
      changes: [`${STARTER_CONFIG}: created for ${describeStarterConfig(directories)}`]
    });
  }
  notes.push(...await nextSteps(root, hooksDir, writes));
  return { root, writes, notes };
}
async function findRoot(cwd) {
  let repo;
  try {
    repo = await openRepo(cwd);
  } catch (error) {
    if (error instanceof UsageError && /^not a git repository/.test(error.message)) {
      throw new UsageError("not a git repository: init installs a git pre-commit hook, so run it inside your repository (or `git init` first)");
    }
    throw error;
  }
  repo.close();
  return repo.root;
}
function parsePackageJson(text) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`package.json is not valid JSON (${reason}): fix it, then run init again`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new UsageError("package.json must hold a JSON object");
  for (const key of ["scripts", "devDependencies"]) {
    const member = value[key];
    if (member !== void 0 && (typeof member !== "object" || member === null || Array.isArray(member))) {
      throw new UsageError(`package.json: "${key}" must be an object`);
    }
  }
  return value;
}
function stringMember(object, key) {
  if (typeof object !== "object" || object === null) return void 0;
  const value = object[key];
  return typeof value === "string" ? value : void 0;
}
function readOptional(path) {
  return existsSync(path) ? readFileSync2(path, "utf8") : null;
}
async function nextSteps(root, hooksDir, writes) {
  const notes = [];
  const manager = packageManager(root);
  const missing = [PACKAGE_NAME, "husky"].filter((name) => !existsSync(join2(root, "node_modules", name, "package.json")));
  const hookOn = await hooksPathIs(root, `${hooksDir}/_`);
  if (missing.length) {
    notes.push(
      `run ${manager} install, with no package names: it installs ${missing.join(" and ")}, and the prepare script turns the hook on (after an install that names packages, run npx husky)`
    );
  } else if (!hookOn) {
    notes.push("run npx husky to turn the hook on: the prepare script has not run yet (npm runs it on an install without package names)");
  }
  if (writes.length) notes.push(`commit ${writes.map((w) => w.path).join(", ")} so that everyone gets the hook`);
  return notes;
}
function packageManager(root) {
  if (existsSync(join2(root, "pnpm-lock.yaml"))) return "pnpm";
  if (existsSync(join2(root, "yarn.lock"))) return "yarn";
  if (existsSync(join2(root, "bun.lockb")) || existsSync(join2(root, "bun.lock"))) return "bun";
  return "npm";
}
async function hooksPathIs(root, expected) {
  const { stdout } = await runGit(root, ["config", "--get", "core.hooksPath"], { okExitCodes: [0, 1] });
  return stdout.trim().replace(/\/+$/, "") === expected;
}
function noPackageJsonMessage(root) {
  return [
    `no package.json in ${root}: the hook is installed by husky, an npm package. Either`,
    "  - create one with `npm init -y`, then run `npx migration-lint init` again, or",
    "  - use the pre-commit framework (https://pre-commit.com) instead: add this to .pre-commit-config.yaml and run `pre-commit install`:",
    "",
    "      repos:",
    "        - repo: https://github.com/migration-lint/migration-lint",
    `          rev: v${VERSION}`,
    "          hooks:",
    "            - id: migration-lint"
  ].join("\n");
}
export {
  init
};
