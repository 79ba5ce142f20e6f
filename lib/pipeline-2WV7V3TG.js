import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  rules
} from "./chunk-R7TVV4M6.js";
import {
  activeRules,
  buildResult,
  describeBase,
  loadGlobMatcher,
  loadSqlStage,
  placeInSqitchProject,
  severityOf,
  startParser
} from "./chunk-7MMSMQCZ.js";
import {
  buildSchema,
  dependsOnBase,
  escapeControlCharacters,
  formatMessage,
  isNewUpMigration,
  namesToLookUp,
  removedNames
} from "./chunk-NVOXKXSP.js";
import "./chunk-INZQK4TN.js";
import {
  findWorkTree,
  loadConfig,
  toBlobSpec
} from "./chunk-KE2NO43P.js";
import {
  UsageError
} from "./chunk-XYHYP35E.js";
import {
  NameIndex,
  SUPABASE_ROLLBACKS,
  compareVersions,
  conventions,
  detectConvention,
  hasExtension,
  isMigrationFile,
  isSupabaseDirectory,
  locateMigration,
  maskPlaceholders,
  sampleNames,
  sqitchEntries
} from "./chunk-4J5UB25P.js";
import {
  SqlScanner
} from "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";

// src/pipeline.ts
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, posix as posix3, relative, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";

// src/conventions/dialect.ts
import { posix } from "node:path";
var NAMED = {
  sqlite: "sqlite",
  sqlite3: "sqlite",
  mysql: "mysql",
  mariadb: "mysql",
  clickhouse: "clickhouse",
  spanner: "spanner",
  starrocks: "mysql",
  tidb: "mysql",
  turso: "sqlite",
  libsql: "sqlite",
  duckdb: "other",
  vertica: "other",
  ydb: "other",
  mssql: "other",
  sqlserver: "other",
  oracle: "other",
  snowflake: "other"
};
function guessDialect(directory, samples) {
  for (const part of directory.toLowerCase().split(/[/_.-]+/)) {
    const dialect = NAMED[part];
    if (dialect) return { dialect, engine: dialect === "other" ? part : dialect, evidence: `its path names ${part}` };
  }
  for (const { path, text } of samples) {
    if (!/\.sql$/i.test(path)) continue;
    const sign = findForeignSyntax(text);
    if (sign) return { dialect: sign.dialect, engine: sign.dialect, evidence: `${sign.what} in ${posix.basename(path)}` };
  }
  return null;
}
function findForeignSyntax(text) {
  const scanner = new SqlScanner(text);
  let previousWord = "";
  while (scanner.next()) {
    const token = text.slice(scanner.start, scanner.end);
    if (scanner.kind === "punct") {
      if (token === "`") return { dialect: "mysql", what: "a backtick-quoted name" };
      if (token === "=" && previousWord === "ENGINE") return { dialect: /\bMergeTree\b/.test(text) ? "clickhouse" : "mysql", what: "ENGINE=" };
      continue;
    }
    if (scanner.kind !== "word") continue;
    const word = token.toUpperCase();
    if (word === "AUTOINCREMENT") return { dialect: "sqlite", what: "AUTOINCREMENT" };
    if (word === "AUTO_INCREMENT") return { dialect: "mysql", what: "AUTO_INCREMENT" };
    if (word === "INTERLEAVE") return { dialect: "spanner", what: "INTERLEAVE IN PARENT" };
    previousWord = word;
  }
  return null;
}

// src/package-change.ts
import { isDeepStrictEqual } from "node:util";
import { posix as posix2 } from "node:path";
function isPackageManifest(path) {
  const name = posix2.basename(path);
  return name === "package.json" || name === "package-lock.json";
}
function isToolingOnlyChange(path, before, after) {
  const old = parseObject(before);
  const now = parseObject(after);
  if (old === null || now === null) return false;
  return posix2.basename(path) === "package-lock.json" ? isDevOnlyLockChange(old, now) : isToolingOnlyManifestChange(old, now);
}
function isToolingOnlyManifestChange(old, now) {
  if (!sameExcept(old, now, ["devDependencies", "scripts"])) return false;
  const oldScripts = asObject(old.scripts);
  const newScripts = asObject(now.scripts);
  if (oldScripts === null || newScripts === null) return false;
  return Object.entries(oldScripts).every(([name, value]) => name === "prepare" || isDeepStrictEqual(newScripts[name], value));
}
function isDevOnlyLockChange(old, now) {
  if (!sameExcept(old, now, ["packages"])) return false;
  const oldPackages = asObject(old.packages);
  const newPackages = asObject(now.packages);
  if (oldPackages === null || newPackages === null) return false;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(oldPackages), ...Object.keys(newPackages)])) {
    const was = oldPackages[key];
    const is = newPackages[key];
    if (isDeepStrictEqual(was, is)) continue;
    if (key === "") {
      const rootOld = asObject(was);
      const rootNew = asObject(is);
      if (rootOld === null || rootNew === null || !sameExcept(rootOld, rootNew, ["devDependencies"])) return false;
      continue;
    }
    if ([was, is].some((entry) => entry !== void 0 && asObject(entry)?.dev !== true)) return false;
  }
  return true;
}
function sameExcept(a, b, keys) {
  for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!keys.includes(key) && !isDeepStrictEqual(a[key], b[key])) return false;
  }
  return true;
}
function parseObject(text) {
  if (text === null) return null;
  try {
    return asObject(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch {
    return null;
  }
}
function asObject(value) {
  if (value === void 0) return {};
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}

// src/suppressions.ts
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["syntax-error", "require-valid-suppression", "ban-unused-suppression"]);
var MARKER = "migration-lint-";
var DIRECTIVE = /^migration-lint-([\w-]+)(.*)$/s;
function mayHoldSuppressions(text) {
  return text.includes(MARKER);
}
function readSuppressions(migration, comments, knownRules) {
  const suppressions = [];
  const reports = [];
  const lines = migration.lines;
  if (!lines) return { suppressions, reports };
  const statements = [...migration.up?.statements ?? [], ...migration.down?.statements ?? []].sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (const comment of comments) {
    const body = commentBody(comment.text);
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const range = { start: lines.positionAt(comment.start), end: lines.positionAt(comment.end) };
    const report = (messageId, data, help) => reports.push({ ruleId: "require-valid-suppression", file: migration.path, range, messageId, data, help });
    const [, directive = "", rest = ""] = match;
    const kind = directive === "disable-next-statement" ? "next-statement" : directive === "disable-file" ? "file" : null;
    if (kind === null) {
      report("unknownDirective", { directive: `migration-lint-${directive}` }, "Write `-- migration-lint-disable-next-statement <rule-id>: <reason>` or `-- migration-lint-disable-file <rule-id>: <reason>`.");
      continue;
    }
    const colon = rest.indexOf(":");
    const ids = (colon === -1 ? rest : rest.slice(0, colon)).split(",").map((id) => id.trim()).filter(Boolean);
    const reason = colon === -1 ? "" : rest.slice(colon + 1).trim();
    const written = `-- migration-lint-disable-${kind} ${ids.join(", ") || "<rule-id>"}: <why it is safe here>`;
    if (ids.length === 0) {
      report("noRule", {}, `Name the rule it silences, and why: ${written}`);
      continue;
    }
    const unknown = ids.filter((id) => !knownRules.has(id));
    for (const id of unknown) report("unknownRule", { rule: id }, "Use a rule id as `migration-lint rules` lists it (the id is in every finding).");
    const fixed = ids.filter((id) => UNSUPPRESSIBLE.has(id));
    for (const id of fixed) report("unsuppressible", { rule: id }, id === "syntax-error" ? "Fix the SQL: PostgreSQL rejects it whatever the comment says." : "Fix the suppression itself.");
    if (reason === "") {
      report("noReason", { rules: ids.join(", ") }, `Say why it is safe here, after a colon: ${written}`);
      continue;
    }
    const valid = ids.filter((id) => knownRules.has(id) && !UNSUPPRESSIBLE.has(id));
    if (valid.length === 0) continue;
    const target = kind === "next-statement" ? statements.find((s) => comparePositions(s.range.start, range.end) >= 0)?.range ?? null : null;
    suppressions.push({ file: migration.path, kind, rules: valid, reason, range, target });
  }
  return { suppressions, reports };
}
function applySuppressions(findings, suppressions, activeRules2) {
  const used = /* @__PURE__ */ new Set();
  const kept = findings.filter((finding) => {
    if (UNSUPPRESSIBLE.has(finding.ruleId)) return true;
    let silenced = false;
    for (const [index, suppression] of suppressions.entries()) {
      if (suppression.file !== finding.file || !suppression.rules.includes(finding.ruleId) || !covers(suppression, finding)) continue;
      used.add(`${index}\0${finding.ruleId}`);
      silenced = true;
    }
    return !silenced;
  });
  const reports = [];
  for (const [index, suppression] of suppressions.entries()) {
    for (const rule of suppression.rules) {
      if (used.has(`${index}\0${rule}`) || !activeRules2.has(rule)) continue;
      reports.push({
        ruleId: "ban-unused-suppression",
        file: suppression.file,
        range: suppression.range,
        messageId: suppression.kind === "file" ? "unusedFile" : "unusedStatement",
        data: { rule },
        help: suppression.rules.length > 1 ? `Remove ${rule} from the comment.` : "Remove the comment: if the statement changes later, it would hide a finding nobody reviewed."
      });
    }
  }
  return { findings: kept, reports };
}
function covers(suppression, finding) {
  if (suppression.kind === "file") return true;
  const target = suppression.target;
  if (!target) return false;
  const at = { line: finding.line, column: finding.column };
  return comparePositions(at, target.start) >= 0 && comparePositions(at, target.end) <= 0;
}
function commentBody(text) {
  if (text.startsWith("--")) return text.slice(2).trim();
  return text.replace(/^\/\*/, "").replace(/\*\/$/, "").trim();
}
function comparePositions(a, b) {
  return a.line - b.line || a.column - b.column;
}

// src/verify/combine.ts
var MEASURED_RULE = "ban-measured-blocking-lock";
var MODES = ["ACCESS EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "ROW EXCLUSIVE", "EXCLUSIVE", "SHARE"];
var MODE = new RegExp(`\\b(${MODES.join("|")})\\b`);
function combineLockFindings(findings, verification) {
  if (!verification) return findings;
  const at = (f) => `${f.file}:${f.line}`;
  const measuredAt = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.ruleId === MEASURED_RULE) measuredAt.set(at(f), [...measuredAt.get(at(f)) ?? [], f]);
  const ran = new Set(verification.measured.map((s) => `${s.file}:${s.line}`));
  const folded = /* @__PURE__ */ new Set();
  const result = findings.map((finding) => {
    if (finding.ruleId === MEASURED_RULE) return finding;
    const claimed = MODE.exec(finding.message)?.[1];
    if (!claimed) return finding;
    const measured = measuredAt.get(at(finding));
    if (measured?.length) {
      for (const m of measured) folded.add(m);
      const seen = verification.locks.filter((l) => `${l.file}:${l.range.start.line}` === at(finding));
      const said = seen.map((l) => `took ${l.mode} on ${l.table}${l.rewrote ? " and rewrote it" : ""}`).join("; ");
      const wrong = [
        ...seen.some((l) => l.mode === claimed) ? [] : [`not ${claimed}`],
        .../\brewrit/i.test(finding.message) && !seen.some((l) => l.rewrote) ? ["no rewrite"] : []
      ];
      const note = wrong.length ? ` (${wrong.join(" and ")}, as ${finding.ruleId} says)` : "";
      return { ...finding, message: `${finding.message} Measured: ${said}${note}.` };
    }
    if (ran.has(at(finding)) && ["ACCESS EXCLUSIVE", "EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE"].includes(claimed)) {
      return { ...finding, message: `${finding.message} Measured: no blocking lock on a table of the base (${finding.ruleId} overstates it).` };
    }
    return finding;
  });
  return result.filter((f) => !folded.has(f));
}

// src/pipeline.ts
async function lintChangedMigrations(found) {
  const { options, repo, config, change, globs, inMigrations, isNonCode, discovery, changed, codeFiles } = found;
  const specFor = (path) => toBlobSpec(change.head, path);
  const placeOf = (path) => discovery.places.get(path) ?? locateMigration(path);
  const touched = touchedEntries(changed.flatMap((f) => [placeOf(f.path), ...f.oldPath !== void 0 ? [placeOf(f.oldPath)] : []]));
  const dirs = [...touched.keys()];
  const baseSpecFor = (f) => toBlobSpec(change.base, f.oldPath ?? f.path);
  const edited = (f) => f.status === "modified" || f.status === "renamed";
  const manifests = codeFiles.filter((f) => f.status === "modified" && isPackageManifest(f.path));
  const reads = Promise.all([
    repo.readBlobs([
      ...changed.filter((f) => f.status !== "deleted" && !f.symlink).map((f) => specFor(f.path)),
      ...changed.filter(edited).map(baseSpecFor),
      ...manifests.flatMap((f) => [specFor(f.path), baseSpecFor(f)])
    ]),
    Promise.all(
      dirs.map(async (dir) => {
        const headPlan = change.files.map((f) => f.status !== "deleted" && posix3.dirname(f.path) === dir ? posix3.basename(f.path) : "").find((file) => PLAN_FILES.has(file));
        return listEntries((path) => repo.listTree(change.base, path), dir, touched.get(dir), headPlan);
      })
    )
  ]);
  if (changed.some((f) => f.status !== "deleted")) startParser(changed.length);
  const [blobs, listings] = await reads;
  const blobText = (spec) => blobs.get(spec)?.toString("utf8") ?? null;
  const appFiles = codeFiles.filter((f) => !manifests.includes(f) || !isToolingOnlyChange(f.path, blobText(baseSpecFor(f)), blobText(specFor(f.path)))).map((f) => f.path);
  const candidates = changed.map((f) => ({
    path: f.path,
    place: placeOf(f.path),
    status: f.status,
    ...f.oldPath !== void 0 ? { oldPath: f.oldPath, oldEntry: placeOf(f.oldPath).entry } : {},
    ...f.symlink ? SYMLINK : decode(f.status === "deleted" ? null : blobs.get(specFor(f.path)) ?? null),
    ...edited(f) ? { baseText: decode(blobs.get(baseSpecFor(f)) ?? null).text } : {}
  }));
  const planPaths = dirs.map((dir, index) => {
    const plan = listings[index].plan;
    return plan === void 0 ? null : joinPath(dir, plan);
  });
  const planSpecs = planPaths.flatMap((path) => path === null ? [] : [`${change.base}:${path}`, specFor(path)]);
  const planTexts = planSpecs.length ? await repo.readBlobs(planSpecs) : /* @__PURE__ */ new Map();
  const textOf = (spec) => planTexts.get(spec)?.toString("utf8") ?? null;
  const listingsByPath = /* @__PURE__ */ new Map();
  for (const [index, dir] of dirs.entries()) {
    const listing = listings[index];
    const planPath = planPaths[index];
    const plan = planPath ? { base: textOf(`${change.base}:${planPath}`), head: textOf(specFor(planPath)) } : void 0;
    const baseFiles = plan ? [...listing.entries, ...sqitchEntries(plan.base)] : listing.entries;
    const start = plan ? [...listing.entries, ...sqitchEntries(plan.head)] : baseFiles;
    const added2 = /* @__PURE__ */ new Set();
    const removed = /* @__PURE__ */ new Set();
    const remove = (entry) => {
      if (!added2.delete(entry) && start.includes(entry)) removed.add(entry);
    };
    for (const f of change.files) {
      const old = f.oldPath === void 0 ? null : placeOf(f.oldPath);
      if (old && old.directory === dir) remove(old.entry);
      const place = placeOf(f.path);
      if (place.directory !== dir) continue;
      if (f.status === "deleted") remove(place.entry);
      else if (!removed.delete(place.entry) && !start.includes(place.entry)) added2.add(place.entry);
    }
    const files = [...removed.size ? start.filter((entry) => !removed.has(entry)) : start, ...added2].sort();
    const delta = plan ? void 0 : { added: [...added2], removed: [...removed] };
    listingsByPath.set(dir, { files, baseFiles, ...plan ? { plan } : {}, ...delta ? { delta } : {} });
  }
  const { migrations, directories, skipped } = await buildMigrations(candidates, listingsByPath, config, globs);
  await readRevisionGraphs(repo, change.base, directories, migrations, change.files);
  await compareWithBase(repo, change.base, migrations);
  const added = newMigrations(migrations);
  const codeReferences = await findCodeReferences(repo, change.head, added, (path) => !inMigrations(path) && !isNonCode(path));
  const verification = config.verifyRollback ? await verify(await readVerifyDirectories(repo, change.base, migrations, directories, config.assumeInTransaction, config.placeholders), options.databaseUrl) : null;
  const facts = { migrations, directories, appFiles, codeReferences, isChange: true, maxMigrationsPerPr: config.maxMigrationsPerPr, verification };
  let searched = namesToLookUp(added, dependsOnBase);
  const baseRead = /* @__PURE__ */ new Map();
  let base = searched.length ? await readBaseHistory(repo, change.base, directories, searched, config.placeholders, baseRead) : [];
  let schema = buildSchema({ base, change: added, searched });
  let findings = await runRules(config, { ...facts, schema });
  const asked = schema.unsearched();
  if (asked.length > 0) {
    searched = [.../* @__PURE__ */ new Set([...searched, ...asked, ...namesToLookUp(added)])].sort();
    base = await readBaseHistory(repo, change.base, directories, searched, config.placeholders, baseRead);
    schema = buildSchema({ base, change: added, searched });
    findings = await runRules(config, { ...facts, schema });
  }
  findings = await suppress(config, migrations, findings);
  return { ...buildResult(change.base, change.head, migrations, findings, activeRules(config), skipped), ...describeBase(change, false) };
}
async function lintFiles(options) {
  keepYoungGenerationSmall();
  const config = await loadConfig(options.cwd, options.config, options.overrides);
  const candidates = [];
  if (options.stdin) {
    const path = toSlash(options.stdin.filename);
    candidates.push({ path, place: locateMigration(path), status: "added", ...decode(Buffer.from(options.stdin.text, "utf8")) });
  }
  const given = await readGivenFiles(options, candidates.length);
  candidates.push(...given.candidates);
  const { locations } = given;
  const listings = /* @__PURE__ */ new Map();
  const touched = touchedEntries(candidates.map((c) => c.place));
  for (const [dir, entries] of touched) {
    let files;
    let plan;
    try {
      const real = locations.get(dir) ?? resolve(options.cwd, dir);
      const listing = await listEntries(async (path) => readDirectory(path), real, entries);
      if (listing.plan !== void 0) plan = { head: readFileSync(join(real, listing.plan), "utf8"), base: null };
      files = [...listing.entries, ...sqitchEntries(plan?.head ?? null)].sort();
    } catch {
      files = candidates.filter((c) => c.place.directory === dir).map((c) => c.place.entry);
    }
    listings.set(dir, { files, baseFiles: null, ...plan ? { plan } : {} });
  }
  const { migrations, directories, skipped } = await buildMigrations(candidates, listings, config, null);
  const schema = buildSchema({ base: null, change: newMigrations(migrations) });
  const verification = config.verifyRollback ? await verify(fileModeSkips(migrations), options.databaseUrl) : null;
  const facts = { migrations, directories, appFiles: [], codeReferences: /* @__PURE__ */ new Map(), isChange: false, maxMigrationsPerPr: config.maxMigrationsPerPr, schema, verification };
  const findings = await suppress(config, migrations, await runRules(config, facts));
  return buildResult(null, null, migrations, findings, activeRules(config), skipped);
}
function keepYoungGenerationSmall() {
  setFlagsFromString("--semi-space-growth-factor=1");
}
async function readGivenFiles(options, alsoParsing) {
  const root = options.files?.length ? findWorkTree(resolve(options.cwd)) : null;
  const locations = /* @__PURE__ */ new Map();
  const showDirectory = memoize((dir) => displayDirectory(options.cwd, root, dir));
  const onDiskOf = memoize((key) => {
    const [fileDir, shownDir, dir] = key.split("\0");
    return resolve(fileDir, posix3.relative(shownDir, dir));
  });
  const paths = [];
  for (const given of options.files ?? []) {
    const absolute = resolve(options.cwd, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      if (!isSymlink(absolute)) throw new UsageError(`${given}: no such file or directory`);
    }
    const found = stat?.isDirectory() ? findMigrationFiles(absolute) : [{ path: absolute, symlink: isSymlink(absolute) }];
    for (const { path, symlink } of found) {
      const shown = showDirectory(dirname(path))(basename(path));
      const onDisk = (dir) => onDiskOf(`${dirname(path)}\0${posix3.dirname(shown)}\0${dir}`);
      const place = await placeInSqitchProject(shown, async (dir) => readDirectoryOrNothing(onDisk(dir))) ?? locateMigration(shown);
      locations.set(place.directory, onDisk(place.directory));
      paths.push({ path, shown, place, symlink });
    }
  }
  startParser(paths.length + alsoParsing);
  const candidates = [];
  for (const { path, shown, place, symlink } of paths) {
    candidates.push({ path: shown, place, status: "added", ...symlink ? SYMLINK : decode(readFileSync(path)) });
  }
  return { candidates, locations };
}
function touchedEntries(places) {
  const touched = /* @__PURE__ */ new Map();
  for (const { directory, entry } of places) {
    const subdirectories = touched.get(directory) ?? /* @__PURE__ */ new Set();
    touched.set(directory, subdirectories);
    const slash = entry.indexOf("/");
    if (slash > 0) subdirectories.add(entry.slice(0, slash));
  }
  return touched;
}
var PLAN_FILES = new Set(Object.values(conventions).flatMap((convention) => convention.planFile ? [convention.planFile] : []));
async function listEntries(list, dir, touched, headPlan) {
  const { files, directories } = await list(dir);
  const plan = files.find((file) => PLAN_FILES.has(file)) ?? headPlan;
  if (plan !== void 0) return { entries: files, plan };
  const newest = touched.size === 0 ? void 0 : directories.filter((sub) => !touched.has(sub)).sort().at(-1);
  const rollbacks = isSupabaseDirectory(dir, "migrations") ? SUPABASE_ROLLBACKS : null;
  const [nested, rollbackFiles] = await Promise.all([
    touched.size === 0 ? [] : Promise.all(
      directories.map(
        async (sub) => touched.has(sub) || sub === newest ? (await list(joinPath(dir, sub))).files.map((file) => `${sub}/${file}`) : [`${sub}/`]
      )
    ),
    rollbacks === null ? { files: [] } : list(posix3.join(dir, rollbacks))
  ]);
  return { entries: [...files, ...nested.flat(), ...rollbackFiles.files.map((file) => `${rollbacks}/${file}`)] };
}
function joinPath(dir, name) {
  return dir === "." ? name : `${dir}/${name}`;
}
function memoize(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (key) => {
    let value = cache.get(key);
    if (value === void 0 && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
function readDirectoryOrNothing(dir) {
  try {
    return readDirectory(dir);
  } catch {
    return { files: [], directories: [] };
  }
}
function readDirectory(dir) {
  const listing = { files: [], directories: [] };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) listing.directories.push(entry.name);
    else listing.files.push(entry.name);
  }
  return listing;
}
function unparsedMigration(path, entry, status, directory, name, text, unreadable) {
  return {
    path,
    entry,
    status,
    directory: directory.path,
    convention: directory.convention,
    name,
    rollback: null,
    text,
    ...unreadable ? { unreadable } : {},
    sections: null,
    lines: null,
    up: null,
    down: null
  };
}
async function buildMigrations(candidates, listings, config, globs) {
  const samplesByDirectory = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const { text } = candidate;
    const dir = candidate.place.directory;
    const samples = samplesByDirectory.get(dir) ?? [];
    if (text !== null && samples.length < 20) samples.push({ path: candidate.path, text });
    samplesByDirectory.set(dir, samples);
  }
  const directories = /* @__PURE__ */ new Map();
  const skipped = await findOtherDialects(listings, samplesByDirectory, config.dialect);
  const otherEngines = new Set(skipped.map((s) => s.path));
  for (const [path, { files, baseFiles, plan, delta }] of listings) {
    if (otherEngines.has(path)) continue;
    const id = config.convention ?? detectConvention(files, (samplesByDirectory.get(path) ?? []).map((s) => s.text), path);
    const convention = conventions[id];
    const baseIndex = baseFiles && new NameIndex(baseFiles, convention, plan ? plan.head : null);
    const directory = {
      path,
      convention: id,
      files,
      baseFiles,
      index: baseIndex && delta ? baseIndex.after(files, delta.added, delta.removed) : new NameIndex(files, convention, plan?.head ?? null),
      baseIndex,
      ...plan ? { plan } : {}
    };
    const unknown = globs && explainUnknownLayout(directory, convention, globs);
    if (unknown) skipped.push(unknown);
    else directories.set(path, directory);
  }
  const { sameStatements } = await loadSqlStage();
  const migrations = [];
  for (const candidate of candidates) {
    const { text, unreadable } = candidate;
    const directory = directories.get(candidate.place.directory);
    if (!directory) continue;
    const convention = conventions[directory.convention];
    if (!hasExtension(candidate.path, convention.extensions) || convention.isSupport?.(candidate.place.entry)) continue;
    let name = directory.index.nameOf(candidate.place.entry);
    if (name === null && !isSqlPath(candidate.path)) continue;
    const migration = {
      ...unparsedMigration(candidate.path, candidate.place.entry, candidate.status, directory, name, text, unreadable),
      ...candidate.oldPath !== void 0 ? { oldPath: candidate.oldPath } : {},
      ...candidate.status === "modified" && convention.isRework?.(candidate.place.entry, directory.plan?.head ?? null, directory.plan?.base ?? null) ? { reworked: true } : {},
      ...candidate.status === "renamed" && candidate.oldPath !== void 0 && candidate.oldEntry === candidate.place.entry ? { moved: true } : {}
    };
    if (text !== null) {
      const parsed = await parseMigrationText(convention, name, text, candidate.path, config.placeholders);
      Object.assign(migration, parsed.migration);
      if (convention.inFileRollback && (migration.sections || convention.read)) migration.rollback = parsed.hasRollback ? candidate.path : null;
      if (migration.revision) {
        name = { ...name, version: migration.revision.id };
        migration.name = name;
      }
      const baseText = candidate.baseText ?? null;
      if (baseText !== null && isSqlPath(candidate.path)) {
        const before = (await parseMigrationText(convention, name, baseText, candidate.oldPath ?? candidate.path, config.placeholders)).migration;
        migration.unchangedStatements = sameStatements(before.up, migration.up) && sameStatements(before.down, migration.down);
      }
    }
    if (name && name.version !== null && !convention.inFileRollback && name.direction !== "down" && convention.isRollbackOf) {
      const rollbackName = directory.index.withVersion(name.version).find((other) => other.name.direction === "down" && convention.isRollbackOf(other.name, name))?.file;
      if (rollbackName) migration.rollback = posix3.normalize(joinPath(directory.path, rollbackName));
    }
    migrations.push(migration);
  }
  return { migrations: migrations.sort((a, b) => compareStrings(a.path, b.path)), directories, skipped };
}
async function findOtherDialects(listings, samples, configured) {
  const globs = await Promise.all(
    Object.entries(configured).map(async ([glob, dialect]) => ({ glob, dialect, matches: await loadGlobMatcher([glob]) }))
  );
  const skipped = [];
  for (const path of listings.keys()) {
    const set = globs.find((g) => g.matches(path) || g.matches(`${path}/x.sql`));
    if (set) {
      if (set.dialect !== "postgresql") {
        skipped.push({ path, reason: "dialect", detail: `the config's dialect says ${set.dialect}`, fix: `To lint it as PostgreSQL, set dialect: { "${set.glob}": postgresql }` });
      }
      continue;
    }
    const guess = guessDialect(path, samples.get(path) ?? []);
    if (guess) {
      skipped.push({
        path,
        reason: "dialect",
        detail: `${guess.engine}, not PostgreSQL: ${guess.evidence}`,
        fix: `If it is PostgreSQL, say so in the config: dialect: { "${path}/**": postgresql }`
      });
    }
  }
  return skipped;
}
var SHOWN_NAMES = 3;
var CLEARLY_READABLE = 0.25;
function explainUnknownLayout(directory, convention, globs) {
  const isMigrationEntry = (entry) => (entry.endsWith("/") || hasExtension(entry, convention.extensions)) && !convention.isSupport?.(entry);
  const isUnreadable = (entry) => directory.index.nameOf(entry) === null;
  const sampled = sampleNames(directory.files);
  const sample = sampled.filter(isMigrationEntry);
  if (sampled.length < directory.files.length && sample.filter(isUnreadable).length <= sample.length * CLEARLY_READABLE) return null;
  const entries = directory.files.filter(isMigrationEntry);
  const unreadable = entries.filter(isUnreadable);
  if (unreadable.length === 0 || entries.length - unreadable.length >= unreadable.length) return null;
  const shown = unreadable.slice(0, SHOWN_NAMES).join(", ") + (unreadable.length > SHOWN_NAMES ? ", \u2026" : "");
  const readable = entries.length - unreadable.length;
  const glob = directory.path === "." ? "*" : `${directory.path}/**`;
  return {
    path: directory.path,
    reason: "unknown-layout",
    detail: `${unreadable.length} of ${entries.length} files are not named as ${convention.id} names them (${shown})${readable ? "" : ", and no file names a version"}`,
    fix: `Name them as your migration tool does and set convention to it (one of ${Object.keys(conventions).join(", ")}), or leave the directory out: migrations: ${JSON.stringify([...globs, `!${glob}`])}`
  };
}
async function readRevisionGraphs(repo, baseCommit, directories, migrations, changed) {
  for (const directory of directories.values()) {
    const convention = conventions[directory.convention];
    if (!convention.revisionOf || directory.baseFiles === null) continue;
    const pathOf = (file) => directory.path === "." ? file : `${directory.path}/${file}`;
    const baseFiles = directory.baseFiles.filter((file) => hasExtension(file, convention.extensions) && directory.index.nameOf(file) !== null).map(pathOf);
    const blobs = await repo.readBlobs(baseFiles.map((path) => toBlobSpec(baseCommit, path)));
    const base = [];
    for (const path of baseFiles) {
      const { text } = decode(blobs.get(toBlobSpec(baseCommit, path)) ?? null);
      const revision = text === null ? null : await convention.revisionOf(text);
      if (revision) base.push({ path, revision });
    }
    const gone = new Set(changed.flatMap((f) => [f.status === "deleted" || f.status === "modified" ? f.path : "", f.oldPath ?? ""]));
    const head = base.filter((node) => !gone.has(node.path));
    for (const migration of migrations) {
      if (migration.directory === directory.path && migration.revision && migration.status !== "deleted") head.push({ path: migration.path, revision: migration.revision });
    }
    directory.revisions = { base, head };
  }
}
async function compareWithBase(repo, baseCommit, migrations) {
  const edited = migrations.filter(
    (m) => (m.status === "modified" || m.status === "renamed") && m.text !== null && !isSqlPath(m.path) && conventions[m.convention].read
  );
  if (edited.length === 0) return;
  const basePath = (m) => toBlobSpec(baseCommit, m.oldPath ?? m.path);
  const blobs = await repo.readBlobs(edited.map(basePath));
  for (const migration of edited) {
    const { text } = decode(blobs.get(basePath(migration)) ?? null);
    if (text === null) continue;
    const base = await parseMigrationText(conventions[migration.convention], migration.name, text, migration.path, []);
    const written = (s) => {
      const bare = s.text.replace(/\s+/g, s.type.includes(".") ? "" : " ");
      return s.type.includes(".") ? bare.replace(/"/g, "'").replace(/,(?=[)\]}])/g, "").replace(/\bfunction\(([^)]*)\)\{/g, "($1)=>{") : bare;
    };
    const signature = (up, down, revision) => JSON.stringify({
      revision: revision ?? null,
      sql: [up, down].map((sql) => [sql?.error?.message ?? null, (sql?.statements ?? []).map((s) => [s.type, s.actions, written(s)])])
    });
    if (signature(base.migration.up, base.migration.down, base.migration.revision) === signature(migration.up, migration.down, migration.revision)) {
      migration.sameStatements = true;
    }
  }
}
async function parseMigrationText(convention, name, text, path, placeholders) {
  const { LineIndex, parseSql } = await loadSqlStage();
  const lines = new LineIndex(text);
  if (convention.read && !(convention.sections && isSqlPath(path))) {
    const { up, down, transaction, sections, implicitRollback, revision } = await convention.read(text, path, lines);
    return {
      migration: { lines, sections: sections ?? null, up, down, ...transaction !== void 0 ? { transaction } : {}, ...revision ? { revision } : {} },
      hasRollback: down !== null || implicitRollback === true
    };
  }
  const sql = maskPlaceholders(convention.toSql?.(text) ?? text, placeholders);
  if (convention.inFileRollback && convention.sections) {
    const sections = convention.sections(text);
    return {
      migration: {
        lines,
        sections,
        transaction: sections.transaction,
        up: sections.up ? await parseSql(sql, sections.up, lines) : null,
        down: sections.down ? await parseSql(sql, sections.down, lines) : null
      },
      hasRollback: sections.down !== null
    };
  }
  const parsed = await parseSql(sql, void 0, lines);
  const migration = name?.direction === "down" ? { lines, sections: null, up: null, down: parsed } : { lines, sections: null, up: parsed, down: null };
  return { migration, hasRollback: false };
}
function isSqlPath(path) {
  return hasExtension(path, [".sql"]);
}
function newMigrations(migrations) {
  return migrations.filter(isNewUpMigration);
}
async function readBaseHistory(repo, base, directories, names, placeholders, read) {
  const dirs = [...directories.values()].filter((d) => d.baseFiles !== null && d.baseFiles.length > 0);
  if (names.length === 0 || dirs.length === 0) return [];
  let hits;
  try {
    hits = await repo.grepFiles(base, names, dirs.map((d) => d.path));
  } catch {
    return null;
  }
  const found = [];
  for (const path of hits) {
    const place = placeInDirectories(path, directories);
    const directory = directories.get(place.directory);
    if (!directory?.baseIndex || !hasExtension(path, conventions[directory.convention].extensions)) continue;
    if (!directory.baseFiles.includes(place.entry)) continue;
    const name = directory.baseIndex.nameOf(place.entry);
    if (name?.direction === "down") continue;
    found.push({ path, directory, name });
  }
  const blobs = await repo.readBlobs(found.filter((f) => !read.has(f.path)).map((f) => toBlobSpec(base, f.path)));
  const history = [];
  for (const { path, directory, name } of found) {
    let migration = read.get(path);
    if (migration === void 0) {
      const { text, unreadable } = decode(blobs.get(toBlobSpec(base, path)) ?? null);
      const up = text === null ? null : (await parseMigrationText(conventions[directory.convention], name, text, path, placeholders)).migration.up;
      migration = { path, directory: directory.path, name, up, ...unreadable ? { unreadable } : {} };
      read.set(path, migration);
    }
    history.push(migration);
  }
  return history;
}
async function verify(directories, databaseUrl) {
  if (!Array.isArray(directories)) return directories;
  const { verifyRollbacks } = await import("./verify.js");
  return verifyRollbacks(directories, databaseUrl ? { databaseUrl } : {});
}
function fileModeSkips(migrations) {
  const first = migrations.find(isNewUpMigration);
  return {
    engine: "",
    failures: [],
    mismatches: [],
    locks: [],
    measured: [],
    skipped: first ? [{ directory: first.directory, file: first.path, reason: "it needs a git change, to replay the base branch's migrations first (plain files were given)" }] : []
  };
}
async function readVerifyDirectories(repo, base, migrations, directories, assumeInTransaction, placeholders) {
  const result = [];
  const byPath = new Map(migrations.map((m) => [m.path, m]));
  for (const directory of directories.values()) {
    const change = migrations.filter((m) => m.directory === directory.path && isNewUpMigration(m));
    if (change.length === 0) continue;
    const convention = conventions[directory.convention];
    const files = convention.read ? [] : (directory.baseFiles ?? []).flatMap((entry) => {
      const name = hasExtension(entry, convention.extensions) ? directory.baseIndex?.nameOf(entry) ?? null : null;
      return name && name.direction !== "down" ? [{ path: directory.path === "." ? entry : `${directory.path}/${entry}`, entry, name }] : [];
    });
    const blobs = await repo.readBlobs(files.map((f) => toBlobSpec(base, f.path)));
    const history = [];
    for (const { path, entry, name } of files) {
      const { text, unreadable } = decode(blobs.get(toBlobSpec(base, path)) ?? null);
      const parsed = text === null ? { lines: null, sections: null, up: null, down: null } : (await parseMigrationText(convention, name, text, path, placeholders)).migration;
      history.push({
        ...unparsedMigration(path, entry, "added", directory, name, text, unreadable),
        ...parsed
      });
    }
    const rollbacks = /* @__PURE__ */ new Map();
    for (const migration of change) {
      if (migration.rollback && migration.rollback !== migration.path && byPath.has(migration.rollback)) rollbacks.set(migration.rollback, byPath.get(migration.rollback));
    }
    result.push({
      path: directory.path,
      convention: directory.convention,
      base: inApplyOrder(history),
      change: inApplyOrder(change),
      rollbacks,
      ...assumeInTransaction !== void 0 ? { assumeInTransaction } : {}
    });
  }
  return result;
}
function inApplyOrder(migrations) {
  return [...migrations].sort((a, b) => {
    const x = a.name;
    const y = b.name;
    if (!x || !y) return compareStrings(a.path, b.path);
    if (x.kind !== y.kind) return x.kind === "repeatable" ? 1 : -1;
    if (x.version !== null && y.version !== null) return compareVersions(x.version, y.version) || compareStrings(a.path, b.path);
    return compareStrings(x.name, y.name);
  });
}
function placeInDirectories(path, directories) {
  const place = locateMigration(path);
  if (directories.has(place.directory)) return place;
  for (const directory of directories.values()) {
    if (!directory.plan) continue;
    if (directory.path === ".") return { directory: ".", entry: path };
    if (path.startsWith(`${directory.path}/`)) return { directory: directory.path, entry: path.slice(directory.path.length + 1) };
  }
  return place;
}
async function findCodeReferences(repo, head, added, isAppCode) {
  const names = /* @__PURE__ */ new Set();
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
  const references = /* @__PURE__ */ new Map();
  if (names.size === 0) return references;
  let hits;
  try {
    hits = await repo.grepLines(head, [...names]);
  } catch {
    return references;
  }
  const words = [...names].map((name) => ({ name, pattern: new RegExp(`(?:^|[^A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^A-Za-z0-9_])`, "i") }));
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
var UTF8 = new TextDecoder("utf-8", { fatal: true });
var SYMLINK = { text: null, unreadable: "symlink" };
function decode(content) {
  if (content === null) return { text: null };
  if (content.includes(0)) return { text: null, unreadable: "binary" };
  try {
    const text = UTF8.decode(content);
    return { text: text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text };
  } catch {
    return { text: null, unreadable: "encoding" };
  }
}
async function runRules(config, facts) {
  const { schema } = facts;
  const findings = [];
  for (const rule of rules) {
    const severity = severityOf(rule.meta, config);
    if (!severity) continue;
    const context = {
      ...facts,
      postgresVersion: config.postgresVersion,
      ...config.assumeInTransaction !== void 0 ? { assumeInTransaction: config.assumeInTransaction } : {},
      isNewInThisChange: (name, at) => (at ? schema.before(at) : schema.after).isNew(name),
      report(report) {
        findings.push(toFinding(rule, report.severity ?? severity, report));
      }
    };
    await rule.check(context);
  }
  return sortFindings(combineLockFindings(findings, facts.verification));
}
function sortFindings(findings) {
  return findings.sort(
    (a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId)
  );
}
function toFinding(rule, severity, report) {
  const template = rule.meta.messages[report.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} reported unknown message id "${report.messageId}"`);
  const start = report.range?.start ?? { line: 1, column: 1 };
  const end = report.range?.end ?? start;
  return {
    ruleId: rule.meta.id,
    severity: report.severity === "warning" ? "warning" : severity,
    file: report.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: formatMessage(template, report.data),
    help: escapeControlCharacters(report.help),
    messageId: report.messageId
  };
}
async function suppress(config, migrations, findings) {
  const candidates = migrations.filter((m) => m.text !== null && mayHoldSuppressions(m.text));
  if (candidates.length === 0) return findings;
  const { scanComments } = await loadSqlStage();
  const known = new Set(rules.map((rule) => rule.meta.id));
  const active = new Set(rules.filter((rule) => severityOf(rule.meta, config)).map((rule) => rule.meta.id));
  const suppressions = [];
  const reports = [];
  for (const migration of candidates) {
    const read = readSuppressions(migration, await scanComments(migration.text), known);
    suppressions.push(...read.suppressions);
    reports.push(...read.reports);
  }
  const applied = applySuppressions(findings, suppressions, active);
  const own = [];
  for (const report of [...reports, ...applied.reports]) {
    const rule = rules.find((r) => r.meta.id === report.ruleId);
    const severity = severityOf(rule.meta, config);
    if (severity) own.push(toFinding(rule, severity, report));
  }
  return sortFindings([...applied.findings, ...own]);
}
function findMigrationFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".git") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findMigrationFiles(path));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isMigrationFile(entry.name)) found.push({ path, symlink: entry.isSymbolicLink() });
  }
  return found.sort((a, b) => compareStrings(a.path, b.path));
}
function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function displayDirectory(cwd, root, dir) {
  if (root !== null) {
    const inRepo = relative(root, realpathSync(dir));
    const prefix2 = inRepo === "" ? "" : `${toSlash(inRepo)}/`;
    if (!/^\.\.(?:[\\/]|$)/.test(inRepo) && !isAbsolute(inRepo)) return (name) => toSlash(`${prefix2}${name}`);
  }
  const rel = relative(cwd, dir);
  const prefix = rel === "" ? "" : `${toSlash(rel)}/`;
  return (name) => {
    const shown = `${prefix}${toSlash(name)}`;
    return shown.startsWith("..") ? toSlash(join(dir, name)) : shown;
  };
}
function toSlash(path) {
  return path.includes("\\") ? path.split("\\").join("/") : path;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
export {
  lintChangedMigrations,
  lintFiles
};
