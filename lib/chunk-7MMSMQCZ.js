import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EMPTY_TREE,
  INDEX,
  loadConfig,
  openRepo
} from "./chunk-KE2NO43P.js";
import {
  DEFAULT_MIGRATION_GLOBS,
  SQITCH_PLAN,
  conventions,
  hasExtension,
  isMigrationFile,
  locateMigration,
  versioned
} from "./chunk-4J5UB25P.js";

// src/conventions/discover.ts
import { posix } from "node:path";
var MARKERS = [
  { file: /^migration_lock\.toml$/, tool: "prisma", migrations: "." },
  { file: /^diesel\.toml$/, tool: "diesel", migrations: "migrations" },
  // sql-migrate's dbconfig.yml names a `dir`, by custom under migrations/ (`migrations/postgres`).
  { file: /^dbconfig\.ya?ml$/, tool: "sql-migrate", migrations: "migrations" },
  // Flyway's command line reads `sql/` by default.
  { file: /^flyway\.conf$/, tool: "flyway", migrations: "sql" },
  { file: /^knexfile\.[cm]?[jt]s$/, tool: "knex", migrations: "migrations" },
  { file: /^alembic\.ini$/, tool: "alembic", migrations: "." },
  { file: /^env\.py$/, tool: "alembic", migrations: "versions" }
];
var MARKER_FILES = [new RegExp(`^${SQITCH_PLAN.replace(".", "\\.")}$`), /^sqitch\.conf$/, ...MARKERS.map((marker) => marker.file)];
var MARKER_DEPTH = 4;
var NOT_MIGRATIONS = /^(?:tests?|specs?|fixtures?|seeds?|schemas?|queries|examples?|testdata|__tests__)$/i;
var MAJORITY_FILES = 3;
var MAJORITY_SHARE = 2 / 3;
async function discoverMigrations(paths, options) {
  const places = /* @__PURE__ */ new Map();
  const toolFiles = /* @__PURE__ */ new Set();
  await Promise.all(
    paths.map(async (path) => {
      if (MARKER_FILES.some((marker) => marker.test(posix.basename(path)))) toolFiles.add(path);
      if (!isMigrationFile(path)) return;
      const inGlobs = options.inGlobs(path);
      if (!inGlobs && !options.beyondGlobs) return;
      const place = await placeInSqitchProject(path, options.list) ?? (inGlobs ? locateMigration(path) : await placeBeyondGlobs(path, options.list));
      if (place !== null) places.set(path, place);
    })
  );
  return { places, toolFiles };
}
async function placeInSqitchProject(path, list) {
  const segments = path.split("/");
  for (let index = segments.length - 2; index >= 0; index--) {
    if (!/^(?:deploy|revert|verify)$/.test(segments[index])) continue;
    const project = index === 0 ? "." : segments.slice(0, index).join("/");
    if (!(await list(project)).files.includes(SQITCH_PLAN)) return null;
    return { directory: project, entry: segments.slice(index).join("/") };
  }
  return null;
}
async function placeBeyondGlobs(path, list) {
  const release = versioned.locate(path);
  if (release !== null) return release;
  const place = locateMigration(path);
  if (place.entry.startsWith("../")) return place;
  const segments = place.directory.split("/");
  const markers = MARKERS.filter(
    (marker) => hasExtension(path, conventions[marker.tool].extensions) && (marker.migrations === "." || segments.includes(marker.migrations))
  );
  const isSql = /\.sql$/i.test(path);
  if (markers.length === 0 && !isSql) return null;
  const parent = posix.dirname(path);
  let dir = parent;
  for (let depth = 0; depth < MARKER_DEPTH && markers.length > 0; depth++) {
    const { files } = await list(dir);
    for (const marker of markers) {
      if (!files.some((file) => marker.file.test(file))) continue;
      const migrations = posix.join(dir, marker.migrations);
      if (isWithin(place.directory, migrations)) return place;
    }
    if (dir === ".") break;
    dir = posix.dirname(dir);
  }
  return isSql && await isNamedByOneTool(parent, list) ? place : null;
}
function isWithin(dir, root) {
  return root === "." || dir === root || dir.startsWith(`${root}/`);
}
async function isNamedByOneTool(dir, list) {
  if (NOT_MIGRATIONS.test(posix.basename(dir))) return false;
  const sql = (await list(dir)).files.filter((file) => /\.sql$/i.test(file));
  if (sql.length < MAJORITY_FILES) return false;
  const readers = [
    (name) => /\.(?:up|down)\.sql$/i.test(name) && conventions["golang-migrate"].parseName(name) !== null,
    (name) => conventions.flyway.parseName(name) !== null,
    (name) => conventions.postgrator.parseName(name) !== null,
    (name) => /^\d{12,17}[_-]/.test(name) && conventions.timestamp.parseName(name) !== null
  ];
  return readers.some((reads) => sql.filter(reads).length >= sql.length * MAJORITY_SHARE);
}

// src/conventions/globs.generated.ts
var COMPILED_GLOBS = [
  {
    globs: ["**/migrations/**", "**/migration/**", "db/migrate/**", "src/main/resources/db/migration/**", "**/alembic/versions/**"],
    literals: ["migrations", "migration", "db/migrate", "src/main/resources/db/migration", "alembic/versions"],
    patterns: [
      /^(?:(?:^|\/|(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)\/)migrations(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:(?:^|\/|(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)\/)migration(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:db\/migrate(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:src\/main\/resources\/db\/migration(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:(?:^|\/|(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)\/)alembic\/versions(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s
    ]
  },
  {
    globs: ["**/*.md", "docs/**", ".github/**", "LICENSE*", ".husky/**", ".migration-lint.{json,yaml,yml}", ".pre-commit-config.yaml", ".gitignore", ".gitattributes", ".editorconfig"],
    literals: [".md", "docs", ".github", "LICENSE", ".husky", ".migration-lint.", ".pre-commit-config.yaml", ".gitignore", ".gitattributes", ".editorconfig"],
    patterns: [
      /^(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)\/)?(?!\.{1,2}(?:\/|$))(?=.)[^/]*?\.md\/?)$/s,
      /^(?:docs(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:\.github(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:^(?:LICENSE[^/]*?)$)$/s,
      /^(?:\.husky(?:\/(?!\.{1,2}(?:\/|$))(?:(?:(?!(?:^|\/)\.{1,2}(?:\/|$)).)*?)|$))$/s,
      /^(?:\.migration-lint\.(json|yaml|yml))$/s,
      /^(?:^(?:\.pre\-commit\-config\.yaml)$)$/s,
      /^(?:^(?:\.gitignore)$)$/s,
      /^(?:^(?:\.gitattributes)$)$/s,
      /^(?:^(?:\.editorconfig)$)$/s
    ]
  }
];

// src/conventions/globs.ts
async function loadGlobMatcher(globs) {
  return compiledMatcher(globs) ?? (await import("./glob-matcher.js")).createGlobMatcher(globs);
}
function compiledMatcher(globs) {
  const compiled = COMPILED_GLOBS.find((entry) => entry.globs.length === globs.length && entry.globs.every((glob, i) => glob === globs[i]));
  if (compiled === void 0) return null;
  const { globs: list, literals, patterns } = compiled;
  return (path) => path !== "" && list.some((glob, i) => path === glob || path.includes(literals[i]) && patterns[i].test(path));
}

// src/lint.ts
import { isAbsolute, posix as posix2, relative, resolve } from "node:path";

// src/rule-meta.generated.ts
var ruleMeta = [
  {
    "id": "backward-incompatible",
    "summary": "A migration keeps working for code already deployed: no renames, type changes, SET NOT NULL, or NOT NULL columns without a default on existing tables.",
    "severity": "error"
  },
  {
    "id": "ban-add-exclude-constraint",
    "summary": "Add exclusion constraints only to tables created in the same change.",
    "severity": "error"
  },
  {
    "id": "ban-concurrently-in-transaction",
    "summary": "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM and (before PostgreSQL 12) ALTER TYPE \u2026 ADD VALUE run outside any transaction.",
    "severity": "error"
  },
  {
    "id": "ban-default-before-pg11",
    "summary": "Before PostgreSQL 11, add columns to existing tables without a DEFAULT; set it afterwards and backfill in batches.",
    "severity": "error"
  },
  {
    "id": "ban-drop-database",
    "summary": "No DROP DATABASE in migrations.",
    "severity": "error"
  },
  {
    "id": "ban-drop-schema",
    "summary": "No DROP SCHEMA \u2026 CASCADE of an existing schema in migrations.",
    "severity": "error"
  },
  {
    "id": "ban-drop-still-referenced",
    "summary": "A DROP or RENAME of a table or column that application code at the head of the branch still mentions.",
    "severity": "warning"
  },
  {
    "id": "ban-drop-with-app-code",
    "summary": "A contract change (DROP, RENAME, type change) never ships in the same pull request as application code.",
    "severity": "error"
  },
  {
    "id": "ban-expand-and-contract",
    "summary": "One pull request either expands the schema or contracts it, never both.",
    "severity": "error"
  },
  {
    "id": "ban-lock-table",
    "summary": "No explicit LOCK TABLE of existing tables in migrations: each statement takes the lock it needs, for as short a time as it can.",
    "severity": "error"
  },
  {
    "id": "ban-measured-blocking-lock",
    "summary": "With --verify-rollback: no statement is seen to take a blocking lock on, or to rewrite, a table that exists on the base.",
    "severity": "warning"
  },
  {
    "id": "ban-rewriting-type-change",
    "summary": "A column type change on an existing table needs no rewrite (varchar(n) to varchar(m > n) or text, numeric(p, s) to numeric(p\u2032 > p, s)).",
    "severity": "error"
  },
  {
    "id": "ban-schema-with-app-code",
    "summary": "Schema changes (expand DDL) ship before the application code that uses them, in their own pull request.",
    "severity": "warning"
  },
  {
    "id": "ban-serial-column",
    "summary": "Add serial and identity columns only to tables created in the same change; on existing tables, fill a plain column in batches.",
    "severity": "error"
  },
  {
    "id": "ban-stored-generated-column",
    "summary": "Add stored generated columns only to tables created in the same change.",
    "severity": "error"
  },
  {
    "id": "ban-table-rewrite",
    "summary": "No VACUUM FULL, CLUSTER, SET TABLESPACE or SET LOGGED/UNLOGGED on existing tables in migrations.",
    "severity": "error"
  },
  {
    "id": "ban-truncate",
    "summary": "No TRUNCATE of existing tables in migrations; never TRUNCATE \u2026 CASCADE.",
    "severity": "error"
  },
  {
    "id": "ban-unbounded-data-change",
    "summary": "No UPDATE or DELETE without WHERE on an existing table in a migration that also changes the schema.",
    "severity": "warning"
  },
  {
    "id": "ban-unused-suppression",
    "summary": "Every migration-lint-disable comment silences a finding of each rule it names.",
    "severity": "error"
  },
  {
    "id": "ban-volatile-default",
    "summary": "Add columns to existing tables without a volatile DEFAULT; set it afterwards and backfill in batches.",
    "severity": "error"
  },
  {
    "id": "immutable-migrations",
    "summary": "A migration that exists on the base branch is never modified, deleted or renamed.",
    "severity": "error"
  },
  {
    "id": "migration-fails",
    "summary": "With --verify-rollback: the up runs on the base schema and its down runs after it, in a real PostgreSQL.",
    "severity": "error"
  },
  {
    "id": "one-migration-per-pr",
    "summary": "A pull request adds at most one migration per migrations directory (an up and its down are one).",
    "severity": "error"
  },
  {
    "id": "prefer-bigint-ids",
    "summary": "Use bigint for primary keys and *_id columns.",
    "severity": "off"
  },
  {
    "id": "prefer-identity",
    "summary": "Use GENERATED \u2026 AS IDENTITY columns instead of serial types.",
    "severity": "off"
  },
  {
    "id": "prefer-text-over-varchar",
    "summary": "Use text, with a CHECK constraint where a length limit matters, instead of varchar(n).",
    "severity": "off"
  },
  {
    "id": "prefer-timestamptz",
    "summary": "Use timestamptz (timestamp with time zone) instead of timestamp.",
    "severity": "off"
  },
  {
    "id": "require-check-before-set-not-null",
    "summary": "SET NOT NULL on an existing table comes after a validated CHECK (col IS NOT NULL), which PostgreSQL 12+ trusts instead of scanning.",
    "severity": "error"
  },
  {
    "id": "require-concurrent-index-creation",
    "summary": "Build indexes on existing tables with CREATE INDEX CONCURRENTLY.",
    "severity": "error"
  },
  {
    "id": "require-concurrent-index-deletion",
    "summary": "Drop indexes of existing tables with DROP INDEX CONCURRENTLY.",
    "severity": "error"
  },
  {
    "id": "require-concurrent-refresh",
    "summary": "Refresh existing materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY.",
    "severity": "error"
  },
  {
    "id": "require-concurrent-reindex",
    "summary": "Rebuild indexes with REINDEX CONCURRENTLY (PostgreSQL 12+), or by building a replacement concurrently.",
    "severity": "error"
  },
  {
    "id": "require-lock-timeout",
    "summary": "Set lock_timeout before a statement that takes an ACCESS EXCLUSIVE lock on an existing table.",
    "severity": "warning"
  },
  {
    "id": "require-not-valid-constraint",
    "summary": "Add foreign keys and CHECK constraints to existing tables NOT VALID, then VALIDATE them in a later migration.",
    "severity": "error"
  },
  {
    "id": "require-rollback",
    "summary": "Every new migration has a non-empty rollback (down) in the place its migration tool expects.",
    "severity": "error"
  },
  {
    "id": "require-unique-using-index",
    "summary": "Add PRIMARY KEY and UNIQUE constraints to existing tables USING INDEX of an index built concurrently.",
    "severity": "error"
  },
  {
    "id": "require-valid-suppression",
    "summary": "A migration-lint-disable comment names existing rules and says why, after a colon.",
    "severity": "error"
  },
  {
    "id": "require-validate-separately",
    "summary": "VALIDATE CONSTRAINT runs in a later migration than the ADD CONSTRAINT \u2026 NOT VALID it validates.",
    "severity": "error"
  },
  {
    "id": "rollback-roundtrip",
    "summary": "With --verify-rollback: in a real PostgreSQL, the down gives back the schema from before the up, and the up runs again after it.",
    "severity": "error"
  },
  {
    "id": "syntax-error",
    "summary": "Every migration and rollback is SQL that PostgreSQL can parse (and a JavaScript or Python migration file parses), in UTF-8 text, in a regular file.",
    "severity": "error"
  },
  {
    "id": "timestamp-order",
    "summary": "A new migration's version is greater than every version on the base branch, unique, and readable from its file name.",
    "severity": "error"
  }
];

// src/lint.ts
var DOCS_BASE_URL = "https://github.com/migration-lint/migration-lint/blob/main/docs/rules/";
async function lint(options) {
  if (options.files?.length || options.stdin) return (await loadPipeline()).lintFiles(options);
  return lintChange(options);
}
async function lintChange(options) {
  const repo = await openRepo(options.cwd);
  try {
    const config = await loadConfig(repo.root, options.config && resolveFrom(options.cwd, repo.root, options.config), options.overrides);
    const change = await repo.resolveChange({ base: options.base ?? config.base, staged: options.staged ?? false, env: options.env ?? process.env });
    const hasSql = change.files.some((f) => f.status !== "deleted" && /\.sql$/i.test(f.path));
    if (hasSql) startParser(change.files.length);
    const pipeline = hasSql ? loadPipeline() : void 0;
    const globs = config.migrations.length ? config.migrations : DEFAULT_MIGRATION_GLOBS;
    const [inMigrations, isNonCode] = await Promise.all([loadGlobMatcher(globs), loadGlobMatcher(config.nonCode)]);
    const markerCommit = change.head === INDEX ? "HEAD" : change.head;
    const listHead = memoizeAsync(async (dir) => {
      const [before, after] = await Promise.all([repo.listTree(change.base, dir), repo.listTree(markerCommit, dir)]);
      return withChangedFiles(mergeListings(before, after), dir, change.files);
    });
    const discovery = await discoverMigrations(
      change.files.flatMap((f) => [f.path, ...f.oldPath !== void 0 ? [f.oldPath] : []]),
      { inGlobs: inMigrations, beyondGlobs: config.migrations.length === 0, list: listHead }
    );
    const isMigration = (path) => discovery.places.has(path);
    const changed = change.files.filter((f) => isMigration(f.path) || f.oldPath !== void 0 && isMigration(f.oldPath));
    const codeFiles = change.files.filter((f) => !inMigrations(f.path) && !isMigration(f.path) && !discovery.toolFiles.has(f.path) && !isNonCode(f.path));
    if (changed.length === 0) return { ...buildResult(change.base, change.head, [], [], activeRules(config)), ...describeBase(change, true) };
    const { lintChangedMigrations } = await (pipeline ?? loadPipeline());
    return await lintChangedMigrations({ options, repo, config, change, globs, inMigrations, isNonCode, discovery, changed, codeFiles });
  } finally {
    repo.close();
  }
}
function describeBase(change, empty) {
  if (change.base === EMPTY_TREE) return {};
  if (!(empty && change.defaultBase && change.headBehindBase)) return { baseRef: change.baseRef };
  const notice = `HEAD is behind ${change.baseRef} (an older commit of it, as on a detached HEAD), so there is nothing of its own to lint: check out your branch, or pass the commit to compare with as --base.`;
  return { baseRef: change.baseRef, notices: [notice] };
}
function buildResult(base, head, migrations, findings, rules, skipped = []) {
  const sources = {};
  const byPath = new Map(migrations.map((m) => [m.path, m]));
  for (const finding of findings) {
    const text = byPath.get(finding.file)?.text;
    if (text != null) sources[finding.file] = text;
  }
  const infos = migrations.map((m) => ({
    path: m.path,
    version: m.name?.version ?? null,
    direction: m.name?.direction ?? (m.sections ? "both" : "up"),
    status: m.status,
    rollback: m.rollback
  }));
  return {
    base,
    head,
    migrations: infos,
    findings,
    summary: {
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length
    },
    rules,
    sources,
    ...skipped.length ? { skippedDirectories: skipped } : {}
  };
}
function activeRules(config) {
  return ruleMeta.flatMap((rule) => {
    const severity = severityOf(rule, config);
    return severity ? [{ id: rule.id, summary: rule.summary, severity, docs: ruleDocsUrl(rule.id) }] : [];
  });
}
function severityOf(rule, config) {
  const setting = config.rules[rule.id] ?? rule.severity;
  return setting === "off" ? null : setting;
}
function ruleDocsUrl(id) {
  return `${DOCS_BASE_URL}${id}.md`;
}
function memoizeAsync(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (key) => {
    let value = cache.get(key);
    if (value === void 0) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
function mergeListings(a, b) {
  return { files: [.../* @__PURE__ */ new Set([...a.files, ...b.files])], directories: [.../* @__PURE__ */ new Set([...a.directories, ...b.directories])] };
}
function withChangedFiles(listing, dir, files) {
  const added = files.filter((f) => f.status !== "deleted" && posix2.dirname(f.path) === dir).map((f) => posix2.basename(f.path));
  return added.length ? { files: [.../* @__PURE__ */ new Set([...listing.files, ...added])], directories: listing.directories } : listing;
}
function loadPipeline() {
  return import("./pipeline-2WV7V3TG.js");
}
function loadSqlStage() {
  sqlStage ??= Promise.all([import("./parse-NG7XYL6U.js"), import("./locate-TZZSW75W.js")]).then(([parse, locate]) => ({ ...parse, ...locate }));
  return sqlStage;
}
var sqlStage;
function startParser(files) {
  if (files === 0) return;
  loadSqlStage().then(({ loadParser }) => loadParser()).catch(() => void 0);
}
function resolveFrom(cwd, root, path) {
  return relative(root, isAbsolute(path) ? path : resolve(cwd, path));
}

export {
  placeInSqitchProject,
  loadGlobMatcher,
  lint,
  describeBase,
  buildResult,
  activeRules,
  severityOf,
  loadSqlStage,
  startParser
};
