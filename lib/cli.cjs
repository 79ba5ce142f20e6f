const __import_meta_url = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// part:./config-validate.cjs#m0
var require_config_validate = __commonJS({
  "part:./config-validate.cjs#m0"(exports2, module2) {
    module2.exports = require("./config-validate.cjs").m0;
  }
});

// part:./pipeline.cjs#m0
var require_pipeline = __commonJS({
  "part:./pipeline.cjs#m0"(exports2, module2) {
    module2.exports = require("./pipeline.cjs").m0;
  }
});

// part:./pipeline.cjs#m1
var require_pipeline2 = __commonJS({
  "part:./pipeline.cjs#m1"(exports2, module2) {
    module2.exports = require("./pipeline.cjs").m1;
  }
});

// part:./pipeline.cjs#m2
var require_pipeline3 = __commonJS({
  "part:./pipeline.cjs#m2"(exports2, module2) {
    module2.exports = require("./pipeline.cjs").m2;
  }
});

// part:./reporters.cjs#m0
var require_reporters = __commonJS({
  "part:./reporters.cjs#m0"(exports2, module2) {
    module2.exports = require("./reporters.cjs").m0;
  }
});

// part:./reporters.cjs#m1
var require_reporters2 = __commonJS({
  "part:./reporters.cjs#m1"(exports2, module2) {
    module2.exports = require("./reporters.cjs").m1;
  }
});

// part:./reporters.cjs#m2
var require_reporters3 = __commonJS({
  "part:./reporters.cjs#m2"(exports2, module2) {
    module2.exports = require("./reporters.cjs").m2;
  }
});

// part:./reporters.cjs#m3
var require_reporters4 = __commonJS({
  "part:./reporters.cjs#m3"(exports2, module2) {
    module2.exports = require("./reporters.cjs").m3;
  }
});

// part:./reporters.cjs#m4
var require_reporters5 = __commonJS({
  "part:./reporters.cjs#m4"(exports2, module2) {
    module2.exports = require("./reporters.cjs").m4;
  }
});

// src/cli.ts
var import_node_fs3 = require("node:fs");
var import_node_path9 = require("node:path");
var import_node_util = require("node:util");

// src/errors.ts
function brandOf(name) {
  const symbol = /* @__PURE__ */ Symbol.for(`migration-lint.${name}`);
  return { symbol, has: (value) => typeof value === "object" && value !== null && value[symbol] === true };
}
var USAGE_ERROR = brandOf("UsageError");
var UsageError = class extends Error {
  static [Symbol.hasInstance](value) {
    return USAGE_ERROR.has(value);
  }
  name = "UsageError";
  [USAGE_ERROR.symbol] = true;
};

// src/git/run-git.ts
var import_node_child_process = require("node:child_process");
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
  return new Promise((resolve4, reject) => {
    (0, import_node_child_process.execFile)(
      "git",
      [...GIT_CONFIG_ARGS, ...args],
      { cwd, env: makeGitEnv(options.env), encoding: "buffer", maxBuffer: Number.POSITIVE_INFINITY, windowsHide: true },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : error.code ?? error.signal ?? "unknown";
        if (typeof exitCode === "number" && okExitCodes.includes(exitCode)) {
          resolve4({ stdout: stdout.toString("utf8"), exitCode });
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

// src/lint.ts
var import_node_path8 = require("node:path");

// src/config.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");

// src/sql/scan.ts
var SqlScanner = class {
  kind = "space";
  start;
  /** End of the current token; set it to skip ahead. */
  end;
  text;
  limit;
  constructor(text, from = 0, limit = text.length) {
    this.text = text;
    this.start = this.end = from;
    this.limit = Math.min(limit, text.length);
  }
  next() {
    const text = this.text;
    const limit = this.limit;
    const i = this.end;
    if (i >= limit) return false;
    this.start = i;
    const c = text.charCodeAt(i);
    const d = i + 1 < limit ? text.charCodeAt(i + 1) : -1;
    if (isSpace(c)) {
      let j = i + 1;
      while (j < limit && isSpace(text.charCodeAt(j))) j++;
      return this.emit("space", j);
    }
    if (c === DASH && d === DASH) return this.emit("comment", lineEnd(text, i + 2, limit));
    if (c === SLASH && d === STAR) return this.blockComment(i);
    if (c === QUOTE) return this.quoted(i + 1, QUOTE, false, "string");
    if (c === DOUBLE_QUOTE) return this.quoted(i + 1, DOUBLE_QUOTE, false, "quoted");
    if (c === DOLLAR) return this.dollar(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < limit && isIdentPart(text.charCodeAt(j))) j++;
      if (j === i + 1 && (c === 69 || c === 101) && d === QUOTE) return this.quoted(i + 2, QUOTE, true, "string");
      return this.emit("word", j);
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < limit && isNumberPart(text.charCodeAt(j))) j++;
      return this.emit("word", j);
    }
    return this.emit("punct", i + 1);
  }
  emit(kind, end) {
    this.kind = kind;
    this.end = end;
    return true;
  }
  /** Block comments nest in PostgreSQL: `/* a /* b *\/ c *\/` is one comment. */
  blockComment(i) {
    const text = this.text;
    let depth = 1;
    let j = i + 2;
    while (j < this.limit) {
      const c = text.charCodeAt(j);
      const d = j + 1 < this.limit ? text.charCodeAt(j + 1) : -1;
      if (c === SLASH && d === STAR) {
        depth++;
        j += 2;
      } else if (c === STAR && d === SLASH) {
        j += 2;
        if (--depth === 0) return this.emit("comment", j);
      } else {
        j++;
      }
    }
    return this.emit("unterminated", this.limit);
  }
  /** A quoted string or name; a doubled quote stands for itself. */
  quoted(from, quote, backslashEscapes, kind) {
    const text = this.text;
    let j = from;
    while (j < this.limit) {
      const c = text.charCodeAt(j);
      if (backslashEscapes && c === BACKSLASH) {
        j += 2;
      } else if (c === quote) {
        if (j + 1 < this.limit && text.charCodeAt(j + 1) === quote) j += 2;
        else return this.emit(kind, j + 1);
      } else {
        j++;
      }
    }
    return this.emit("unterminated", this.limit);
  }
  /** `$1` is a parameter; `$$…$$` and `$tag$…$tag$` quote everything between them. */
  dollar(i) {
    const text = this.text;
    let j = i + 1;
    if (j < this.limit && isDigit(text.charCodeAt(j))) {
      while (j < this.limit && isDigit(text.charCodeAt(j))) j++;
      return this.emit("word", j);
    }
    if (j < this.limit && isLetter(text.charCodeAt(j))) {
      j++;
      while (j < this.limit && isTagPart(text.charCodeAt(j))) j++;
    }
    if (j >= this.limit || text.charCodeAt(j) !== DOLLAR) return this.emit("punct", i + 1);
    const tag = text.slice(i, j + 1);
    const close = text.indexOf(tag, j + 1);
    if (close === -1 || close + tag.length > this.limit) return this.emit("unterminated", this.limit);
    return this.emit("dollar", close + tag.length);
  }
};
function lineEnd(text, from, limit = text.length) {
  let i = from;
  while (i < limit && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  return i;
}
var LF = 10;
var CR = 13;
var DASH = 45;
var SLASH = 47;
var STAR = 42;
var QUOTE = 39;
var DOUBLE_QUOTE = 34;
var DOLLAR = 36;
var BACKSLASH = 92;
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
}
function isIdentPart(c) {
  return isLetter(c) || isDigit(c) || c === DOLLAR;
}
function isTagPart(c) {
  return isLetter(c) || isDigit(c);
}
function isNumberPart(c) {
  return isLetter(c) || isDigit(c) || c === 46;
}

// src/sql/placeholders.ts
var PLACEHOLDER_KINDS = ["go-template", "env", "psql"];
function maskPlaceholders(text, kinds) {
  const wanted = new Set(kinds);
  let sql = text;
  if (wanted.has("go-template")) sql = sql.replace(/\{\{[\s\S]*?\}\}/g, maskGoTemplateAction);
  if (wanted.has("env")) sql = sql.replace(/\$\{[^}\n]*\}|\$[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_$])/g, toIdentifier);
  if (wanted.has("psql")) sql = maskPsqlVariables(sql);
  return sql;
}
function maskGoTemplateAction(action) {
  const silent = /^\{\{-?\s*(?:if|else|end|range|with|define|block|break|continue|\/\*)\b/.test(action) || /^\{\{-?\s*\/\*/.test(action);
  return silent ? action.replace(/[^\r\n]/g, " ") : toIdentifier(action);
}
function maskPsqlVariables(text) {
  const variable = /:(?:'[A-Za-z_][A-Za-z0-9_]*'|"[A-Za-z_][A-Za-z0-9_]*"|[A-Za-z_][A-Za-z0-9_]*)/y;
  let out = "";
  let copied = 0;
  const scanner = new SqlScanner(text);
  while (scanner.next()) {
    const at = scanner.start;
    if (scanner.kind !== "punct" || text[at] !== ":" || text[at - 1] === ":" || text[at + 1] === ":") continue;
    variable.lastIndex = at;
    const match = variable.exec(text);
    if (!match) continue;
    const found = match[0];
    const quote = found[1] === "'" || found[1] === '"' ? found[1] : "";
    out += text.slice(copied, at) + (quote ? `${quote}${toIdentifier(found.slice(2, -1))}_${quote}` : toIdentifier(found));
    copied = at + found.length;
    scanner.end = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
function toIdentifier(placeholder) {
  return placeholder.replace(/[^A-Za-z0-9_\r\n]/g, "_").replace(/^[0-9]/, "_");
}

// src/config.ts
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
    const path = (0, import_node_path.join)(dir, explicitPath);
    if (!(0, import_node_fs.existsSync)(path)) throw new UsageError(`config file ${explicitPath} not found: check the --config path`);
    return { values: await parseConfigText(path, (0, import_node_fs.readFileSync)(path, "utf8"), explicitPath), source: explicitPath };
  }
  const found = CONFIG_FILES.filter((name2) => (0, import_node_fs.existsSync)((0, import_node_path.join)(dir, name2)));
  if (found.length > 1) {
    throw new UsageError(`${found.join(" and ")} both exist: migration-lint reads one config file, so merge them into one and delete the other`);
  }
  const [name] = found;
  if (name !== void 0) {
    const path = (0, import_node_path.join)(dir, name);
    return { values: await parseConfigText(path, (0, import_node_fs.readFileSync)(path, "utf8"), name), source: name };
  }
  const pkgPath = (0, import_node_path.join)(dir, "package.json");
  if ((0, import_node_fs.existsSync)(pkgPath)) {
    let pkg;
    try {
      pkg = JSON.parse((0, import_node_fs.readFileSync)(pkgPath, "utf8").replace(/^\uFEFF/, ""));
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
  const { validate } = await Promise.resolve().then(() => __toESM(require_config_validate(), 1));
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

// src/conventions/discover.ts
var import_node_path6 = require("node:path");

// src/conventions/index.ts
var import_node_path5 = require("node:path");

// src/conventions/versions.ts
function compareVersions(a, b) {
  if (!SEPARATOR.test(a) && !SEPARATOR.test(b)) return compareNumerals(a, b);
  const left = a.split(/[._]/);
  const right = b.split(/[._]/);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const order = compareNumerals(left[i] ?? "0", right[i] ?? "0");
    if (order !== 0) return order;
  }
  return 0;
}
var SEPARATOR = /[._]/;
function compareNumerals(a, b) {
  const x = a.replace(/^0+/, "");
  const y = b.replace(/^0+/, "");
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
function isSameVersion(a, b) {
  return a !== null && b !== null && compareVersions(a, b) === 0;
}

// src/conventions/alembic.ts
var alembic = {
  id: "alembic",
  inFileRollback: true,
  // Each migration runs in a transaction unless the file opts out.
  wrapsInTransaction: true,
  // Each builder call is a query of its own; only a raw SQL string with several statements goes as one.
  sendsFileAsOneQuery: false,
  checksummed: false,
  extensions: [".py"],
  parseName(fileName) {
    const match = /^(?!__init__|\.#)(.+)\.py$/s.exec(fileName);
    return match ? { version: null, name: match[1], direction: "both", kind: "versioned" } : null;
  },
  async read(text, _path, lines) {
    const { readAlembicMigration } = await import("./orm-alembic.js");
    return readAlembicMigration(text, lines);
  },
  async revisionOf(text) {
    const { readAlembicRevision } = await import("./orm-alembic.js");
    return readAlembicRevision(text);
  }
};

// src/conventions/names.ts
function stripSqlExtension(fileName) {
  return /\.sql$/i.test(fileName) ? fileName.slice(0, -".sql".length) : null;
}
function versionedName(version, name, direction) {
  return { version, name, direction, kind: "versioned" };
}
function parseNumberedName(fileName) {
  const match = stripSqlExtension(fileName)?.match(/^(\d+)_(.*)$/s);
  if (!match) return null;
  const [, version = "", name = ""] = match;
  return versionedName(version, name, "both");
}

// src/conventions/sections.ts
function splitAtMarkers(text, readMarker) {
  const markers = findMarkerLines(text, readMarker);
  const sectionAfter = (direction) => {
    const index = markers.findIndex((line) => line.marker.direction === direction);
    const opening = markers[index];
    if (!opening) return null;
    const end = markers[index + 1]?.lineStart ?? text.length;
    return { marker: opening.marker, section: { start: opening.contentStart, end } };
  };
  return { up: sectionAfter("up"), down: sectionAfter("down") };
}
function findMarkerLines(text, readMarker) {
  const found = [];
  let lineStart = 0;
  for (; ; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd2 = newline === -1 ? text.length : newline;
    const marker = readMarker(text.slice(lineStart, lineEnd2).replace(/\r$/, ""));
    const contentStart = newline === -1 ? text.length : newline + 1;
    if (marker) found.push({ marker, lineStart, contentStart });
    if (newline === -1) return found;
    lineStart = contentStart;
  }
}
function splitWithTransactions(text, readMarker) {
  const { up, down } = splitAtMarkers(text, readMarker);
  return {
    up: up?.section ?? null,
    down: down?.section ?? null,
    transaction: up?.marker.transaction ?? true,
    downTransaction: down?.marker.transaction ?? true
  };
}

// src/conventions/dbmate.ts
var dbmate = {
  id: "dbmate",
  extensions: [".sql"],
  inFileRollback: true,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName: parseNumberedName,
  sections: (text) => splitWithTransactions(text, readDbmateMarker)
};
function readDbmateMarker(line) {
  const match = /^\s*--\s*migrate:(up|down)(?![\w:])(.*)$/i.exec(line);
  if (!match) return null;
  const [, direction = "", options = ""] = match;
  return {
    direction: direction.toLowerCase() === "up" ? "up" : "down",
    transaction: !/(?:^|\s)transaction:false\b/i.test(options)
  };
}

// src/conventions/directories.ts
var import_node_path2 = require("node:path");
function locateInMigrationDirectory(path, directory, files) {
  const file = import_node_path2.posix.basename(path);
  if (files[file.toLowerCase()] === void 0) return null;
  const parent = import_node_path2.posix.dirname(path);
  const unit = import_node_path2.posix.basename(parent);
  if (parent === "." || !directory.test(unit)) return null;
  return { directory: import_node_path2.posix.dirname(parent), entry: `${unit}/${file}` };
}
function readMigrationDirectoryEntry(entry, directory, files) {
  const slash = entry.indexOf("/");
  if (slash <= 0) return null;
  const match = directory.exec(entry.slice(0, slash));
  const file = entry.slice(slash + 1);
  const direction = file === "" ? "up" : files[file.toLowerCase()];
  if (!match || direction === void 0) return null;
  return versionedName((match[1] ?? "").replaceAll("-", ""), match[2] ?? "", direction);
}

// src/conventions/diesel.ts
var DIRECTORY = /^(\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?|\d+)_(.+)$/s;
var FILES = { "up.sql": "up", "down.sql": "down" };
var diesel = {
  id: "diesel",
  extensions: [".sql"],
  inFileRollback: false,
  // diesel runs each migration in a transaction unless its metadata.toml sets run_in_transaction = false.
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  locate: (path) => locateInMigrationDirectory(path, DIRECTORY, FILES),
  parseName: (entry) => readMigrationDirectoryEntry(entry, DIRECTORY, FILES),
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  }
};

// src/conventions/flyway.ts
var flyway = {
  id: "flyway",
  extensions: [".sql"],
  inFileRollback: false,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: true,
  parseName(fileName) {
    const stem = stripSqlExtension(fileName);
    if (stem === null) return null;
    const repeatable = /^R__(.*)$/s.exec(stem);
    if (repeatable) return { version: null, name: repeatable[1] ?? "", direction: "up", kind: "repeatable" };
    const match = /^([VU])(\d+(?:[._]\d+)*)__(.*)$/s.exec(stem);
    if (!match) return null;
    const [, prefix, version = "", name = ""] = match;
    return versionedName(version.replaceAll("_", "."), name, prefix === "V" ? "up" : "down");
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && isSameVersion(candidate.version, up.version);
  }
};

// src/conventions/golang-migrate.ts
var golangMigrate = {
  id: "golang-migrate",
  extensions: [".sql"],
  inFileRollback: false,
  wrapsInTransaction: false,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName(fileName) {
    const match = stripSqlExtension(fileName)?.match(/^(\d+)_(.*)\.(up|down)$/is);
    if (!match) return null;
    const [, version = "", name = "", direction = ""] = match;
    return versionedName(version, name, direction.toLowerCase() === "up" ? "up" : "down");
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && isSameVersion(candidate.version, up.version);
  }
};

// src/conventions/goose.ts
var NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/i;
var ENVSUB_ON = /^\s*--\s*\+goose\s+envsub\s+on\b/im;
var goose = {
  id: "goose",
  extensions: [".sql"],
  inFileRollback: true,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: false,
  parseName: parseNumberedName,
  sections(text) {
    const { up, down } = splitAtMarkers(text, readGooseMarker);
    return {
      up: up?.section ?? null,
      down: down?.section ?? null,
      transaction: !text.split("\n").some((line) => NO_TRANSACTION.test(line))
    };
  },
  toSql(text) {
    return ENVSUB_ON.test(text) ? maskPlaceholders(text, ["env"]) : text;
  }
};
function readGooseMarker(line) {
  const match = /^\s*--\s*\+goose\s+(up|down)\b/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === "up" ? "up" : "down" };
}

// src/conventions/knex.ts
var SCRIPT_EXTENSIONS = [".js", ".cjs", ".mjs", ".ts", ".cts", ".mts"];
function parseScriptName(fileName) {
  if (/\.d\.[cm]?ts$/i.test(fileName)) return null;
  const match = /^(\d+)(?:[_-](.*?))?\.[cm]?[jt]s$/is.exec(fileName);
  if (!match) return null;
  return versionedName(match[1], match[2] ?? "", "both");
}
var knex = {
  id: "knex",
  inFileRollback: true,
  // Each migration runs in a transaction unless the file opts out.
  wrapsInTransaction: true,
  // Each builder call is a query of its own; only a raw SQL string with several statements goes as one.
  sendsFileAsOneQuery: false,
  checksummed: false,
  extensions: SCRIPT_EXTENSIONS,
  parseName: parseScriptName,
  async read(text, path, lines) {
    const [{ readJavaScriptMigration }, { knexDialect }] = await Promise.all([import("./orm-javascript.js"), import("./orm-knex.js")]);
    return readJavaScriptMigration(text, path, lines, knexDialect);
  }
};

// src/conventions/node-pg-migrate.ts
var nodePgMigrate = {
  id: "node-pg-migrate",
  extensions: [".sql", ...SCRIPT_EXTENSIONS],
  inFileRollback: true,
  // Each migration runs in a transaction unless it calls pgm.noTransaction() (the JavaScript form only).
  wrapsInTransaction: true,
  sendsFileAsOneQuery: true,
  checksummed: false,
  parseName: (fileName) => parseNumberedName(fileName) ?? parseScriptName(fileName),
  sections(text) {
    const { up, down } = splitAtMarkers(text, readNodePgMigrateMarker);
    return { up: up?.section ?? null, down: down?.section ?? null, transaction: true };
  },
  // The migrations table holds names without extensions: `x.js` converted to `x.ts` is the migration already run.
  isSameMigration: (oldPath, newPath) => oldPath.replace(/\.[^./]+$/, "") === newPath.replace(/\.[^./]+$/, ""),
  async read(text, path, lines) {
    const [{ readJavaScriptMigration }, { nodePgMigrateDialect }] = await Promise.all([
      import("./orm-javascript.js"),
      import("./orm-node-pg-migrate.js")
    ]);
    return readJavaScriptMigration(text, path, lines, nodePgMigrateDialect);
  }
};
function readNodePgMigrateMarker(line) {
  const match = /^\s*--\s*(up|down)\s+migration\s*$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === "up" ? "up" : "down" };
}

// src/conventions/postgrator.ts
var postgrator = {
  id: "postgrator",
  extensions: [".sql"],
  inFileRollback: false,
  // postgrator runs a file as one query, with no transaction of its own.
  wrapsInTransaction: false,
  sendsFileAsOneQuery: true,
  // It stores each file's md5 and refuses to run when an applied file changed (validateChecksums, on by default).
  checksummed: true,
  parseName(fileName) {
    const match = /^(\d+)\.(do|undo)(?:\.(.*))?\.sql$/is.exec(fileName);
    if (!match) return null;
    const [, version = "", direction = "", name = ""] = match;
    return versionedName(version, name, direction.toLowerCase() === "do" ? "up" : "down");
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && isSameVersion(candidate.version, up.version);
  }
};

// src/conventions/prisma.ts
var DIRECTORY2 = /^(\d{14})_(.+)$/s;
var FILES2 = { "migration.sql": "up", "down.sql": "down" };
var prisma = {
  id: "prisma",
  extensions: [".sql"],
  inFileRollback: false,
  // Prisma opens no transaction of its own: it sends migration.sql as one query string, which PostgreSQL runs as one
  // implicit transaction when it holds several statements (so CREATE INDEX CONCURRENTLY needs a migration to itself).
  wrapsInTransaction: false,
  sendsFileAsOneQuery: true,
  // _prisma_migrations stores each applied file's checksum; `migrate dev` asks to reset the database when one differs.
  checksummed: true,
  forwardOnly: true,
  locate: (path) => locateInMigrationDirectory(path, DIRECTORY2, FILES2),
  parseName: (entry) => readMigrationDirectoryEntry(entry, DIRECTORY2, FILES2),
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  }
};

// src/conventions/sqitch.ts
var SQITCH_PLAN = "sqitch.plan";
var plans = /* @__PURE__ */ new Map();
function readSqitchPlan(text) {
  const known = plans.get(text);
  if (known) return known;
  const plan = { positions: /* @__PURE__ */ new Map(), reworked: /* @__PURE__ */ new Set(), changes: [] };
  let position = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("%") || line.startsWith("@") || line.startsWith("#")) continue;
    const name = line.split(/\s/, 1)[0];
    position++;
    if (plan.positions.has(name)) plan.reworked.add(name);
    plan.positions.set(name, position);
  }
  plan.changes = [...plan.positions.keys()];
  if (plans.size > 16) plans.clear();
  plans.set(text, plan);
  return plan;
}
var ENTRY = /^(deploy|revert|verify)\/(.+)\.sql$/s;
var sqitch = {
  id: "sqitch",
  extensions: [".sql"],
  inFileRollback: false,
  // Scripts run through psql as written: sqitch's templates wrap each in BEGIN … COMMIT themselves.
  wrapsInTransaction: false,
  sendsFileAsOneQuery: false,
  // sqitch stores each deployed script's hash and reports a script changed since deploy.
  checksummed: true,
  planFile: SQITCH_PLAN,
  parseName(entry, plan) {
    const match = ENTRY.exec(entry);
    if (!match || match[1] === "verify" || plan == null) return null;
    const change = match[2] ?? "";
    const position = readSqitchPlan(plan).positions.get(change);
    if (position === void 0) return null;
    return versionedName(String(position), change, match[1] === "deploy" ? "up" : "down");
  },
  isSupport(entry) {
    const match = ENTRY.exec(entry);
    return match !== null && (match[1] === "verify" || /@[^/]+$/.test(match[2] ?? ""));
  },
  isRework(entry, plan, basePlan) {
    const change = ENTRY.exec(entry)?.[2];
    if (change === void 0 || plan === null) return false;
    const reworks = (text) => text === null ? 0 : countEntries(text, change);
    return reworks(plan) > reworks(basePlan);
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  }
};
function countEntries(planText, change) {
  let count = 0;
  for (const raw of planText.split("\n")) {
    const line = raw.trim();
    if (line.split(/\s/, 1)[0] === change && !line.startsWith("@")) count++;
  }
  return count;
}

// src/conventions/sql-migrate.ts
var sqlMigrate = {
  id: "sql-migrate",
  extensions: [".sql"],
  inFileRollback: true,
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: false,
  parseName(fileName) {
    const match = /^(\d+(?:\.\d+)*)(?:[-_.](.*?))?\.sql$/is.exec(fileName);
    if (!match) return null;
    const [, version = "", name = ""] = match;
    return { ...versionedName(version, name, "both") };
  },
  sections: (text) => splitWithTransactions(text, readSqlMigrateMarker)
};
function readSqlMigrateMarker(line) {
  const match = /^\s*--\s*\+migrate\s+(up|down)\b(.*)$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === "up" ? "up" : "down", transaction: !/\bnotransaction\b/i.test(match[2] ?? "") };
}

// src/conventions/supabase.ts
var import_node_path3 = require("node:path");
var SUPABASE_ROLLBACKS = "../rollbacks";
var supabase = {
  id: "supabase",
  extensions: [".sql"],
  inFileRollback: false,
  // The CLI runs each file in its own transaction.
  wrapsInTransaction: true,
  sendsFileAsOneQuery: false,
  checksummed: false,
  forwardOnly: true,
  rollbackDirectory: SUPABASE_ROLLBACKS,
  locate(path) {
    const dir = import_node_path3.posix.dirname(path);
    if (!isSupabaseDirectory(dir, "rollbacks")) return null;
    return { directory: import_node_path3.posix.join(import_node_path3.posix.dirname(dir), "migrations"), entry: `${SUPABASE_ROLLBACKS}/${import_node_path3.posix.basename(path)}` };
  },
  parseName(entry) {
    const rollback = entry.startsWith(`${SUPABASE_ROLLBACKS}/`);
    const match = /^(\d+)_(.*)\.sql$/is.exec(rollback ? entry.slice(SUPABASE_ROLLBACKS.length + 1) : entry);
    if (!match) return null;
    return versionedName(match[1] ?? "", match[2] ?? "", rollback ? "down" : "up");
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  }
};
function isSupabaseDirectory(dir, leaf) {
  return dir === `supabase/${leaf}` || dir.endsWith(`/supabase/${leaf}`);
}

// src/conventions/timestamp.ts
var timestamp = {
  id: "timestamp",
  extensions: [".sql"],
  inFileRollback: false,
  wrapsInTransaction: null,
  sendsFileAsOneQuery: false,
  checksummed: false,
  parseName(fileName) {
    const match = stripSqlExtension(fileName)?.match(/^(\d{1,17})(?:[_-](.*?))?(?:\.(up|down|rollback|undo))?$/is);
    if (!match) return null;
    const [, version = "", name = "", suffix = "up"] = match;
    return versionedName(version, name, suffix.toLowerCase() === "up" ? "up" : "down");
  },
  isRollbackOf(candidate, up) {
    return candidate.direction === "down" && up.direction === "up" && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  }
};

// src/conventions/versioned.ts
var import_node_path4 = require("node:path");
var VERSION_DIRECTORY = /^v(\d+(?:\.\d+)*)$/i;
var versioned = {
  id: "versioned",
  extensions: [".sql"],
  inFileRollback: false,
  wrapsInTransaction: null,
  sendsFileAsOneQuery: false,
  checksummed: false,
  hasRollbacks: false,
  locate(path) {
    const parent = import_node_path4.posix.dirname(path);
    const root = import_node_path4.posix.dirname(parent);
    if (parent === "." || import_node_path4.posix.basename(root) !== "versioned" || !VERSION_DIRECTORY.test(import_node_path4.posix.basename(parent))) return null;
    return { directory: root, entry: `${import_node_path4.posix.basename(parent)}/${import_node_path4.posix.basename(path)}` };
  },
  parseName(entry) {
    const slash = entry.indexOf("/");
    const version = VERSION_DIRECTORY.exec(entry.slice(0, Math.max(slash, 0)))?.[1];
    const file = entry.slice(slash + 1);
    if (version === void 0) return null;
    if (file === "") return { ...versionedName(version, "", "up"), unit: entry };
    if (!/\.sql$/i.test(file) || /\.down\.sql$/i.test(file)) return null;
    return { ...versionedName(version, file.slice(0, -".sql".length), "up"), unit: entry.slice(0, slash + 1) };
  },
  isRollbackOf() {
    return false;
  }
};

// src/conventions/index.ts
var conventions = {
  "golang-migrate": golangMigrate,
  goose,
  dbmate,
  flyway,
  diesel,
  prisma,
  postgrator,
  "sql-migrate": sqlMigrate,
  sqitch,
  supabase,
  versioned,
  "node-pg-migrate": nodePgMigrate,
  timestamp,
  knex,
  alembic
};
var DEFAULT_MIGRATION_GLOBS = [
  "**/migrations/**",
  "**/migration/**",
  "db/migrate/**",
  "src/main/resources/db/migration/**",
  "**/alembic/versions/**"
];
var MIGRATION_EXTENSIONS = [...new Set(Object.values(conventions).flatMap((convention) => convention.extensions))];
function isMigrationFile(path) {
  return hasExtension(path, MIGRATION_EXTENSIONS);
}
function hasExtension(path, extensions) {
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
var NESTED = Object.values(conventions).filter((convention) => convention.locate !== void 0);
function locateMigration(path) {
  for (const convention of NESTED) {
    const place = convention.locate(path);
    if (place !== null) return place;
  }
  return { directory: import_node_path5.posix.dirname(path), entry: import_node_path5.posix.basename(path) };
}

// src/conventions/discover.ts
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
      if (MARKER_FILES.some((marker) => marker.test(import_node_path6.posix.basename(path)))) toolFiles.add(path);
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
  const parent = import_node_path6.posix.dirname(path);
  let dir = parent;
  for (let depth = 0; depth < MARKER_DEPTH && markers.length > 0; depth++) {
    const { files } = await list(dir);
    for (const marker of markers) {
      if (!files.some((file) => marker.file.test(file))) continue;
      const migrations = import_node_path6.posix.join(dir, marker.migrations);
      if (isWithin(place.directory, migrations)) return place;
    }
    if (dir === ".") break;
    dir = import_node_path6.posix.dirname(dir);
  }
  return isSql && await isNamedByOneTool(parent, list) ? place : null;
}
function isWithin(dir, root) {
  return root === "." || dir === root || dir.startsWith(`${root}/`);
}
async function isNamedByOneTool(dir, list) {
  if (NOT_MIGRATIONS.test(import_node_path6.posix.basename(dir))) return false;
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

// src/git/repo.ts
var import_node_fs2 = require("node:fs");
var import_node_path7 = require("node:path");

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
var import_node_child_process2 = require("node:child_process");
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
    this.child = (0, import_node_child_process2.spawn)("git", [...GIT_CONFIG_ARGS, "cat-file", "--batch", "-z"], {
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
    return new Promise((resolve4, reject) => {
      this.waiting.push({ spec, resolve: resolve4, reject });
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
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var DIFF_OPTIONS = ["-z", "-M", "--raw", "--no-ext-diff", "--no-textconv"];
var UNBORN = /* @__PURE__ */ Symbol("unborn");
async function openRepo(cwd) {
  const env = process.env;
  if (env.GIT_DIR === void 0 && env.GIT_WORK_TREE === void 0) {
    const root = findWorkTree((0, import_node_path7.resolve)(cwd));
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
    if ((0, import_node_path7.basename)(dir) === ".git") return null;
    if ((0, import_node_fs2.existsSync)((0, import_node_path7.join)(dir, ".git"))) return dir;
    const parent = (0, import_node_path7.dirname)(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function explainOpenError(cwd, error) {
  if (!(error instanceof GitCommandError)) return error;
  if (error.exitCode === "ENOENT") {
    return (0, import_node_fs2.existsSync)(cwd) ? new UsageError("git not found: install git and make sure it is on PATH") : new UsageError(`directory not found: ${cwd}`);
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
    const fromFiles = readDefaultBaseFromFiles((0, import_node_path7.join)(this.root, ".git"));
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
    if (refs === null || (0, import_node_fs2.existsSync)((0, import_node_path7.join)(refs, "reftable"))) return null;
    const packedPath = (0, import_node_path7.join)(refs, "packed-refs");
    const packed = new Set((0, import_node_fs2.existsSync)(packedPath) ? (0, import_node_fs2.readFileSync)(packedPath, "utf8").split("\n").map((line) => line.split(" ")[1]) : []);
    return DEFAULT_BASES.find((base) => packed.has(base.ref) || (0, import_node_fs2.existsSync)((0, import_node_path7.join)(refs, base.ref)))?.name;
  } catch {
    return null;
  }
}
function refStoreOf(dotGit) {
  const stat = (0, import_node_fs2.statSync)(dotGit);
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile()) return null;
  const pointer = /^gitdir: (.+?)\r?\n?$/.exec((0, import_node_fs2.readFileSync)(dotGit, "utf8"));
  if (pointer === null) return null;
  const gitDir = (0, import_node_path7.resolve)((0, import_node_path7.dirname)(dotGit), pointer[1]);
  const common = (0, import_node_path7.join)(gitDir, "commondir");
  const store = (0, import_node_fs2.existsSync)(common) ? (0, import_node_path7.resolve)(gitDir, (0, import_node_fs2.readFileSync)(common, "utf8").trim()) : gitDir;
  return (0, import_node_fs2.statSync)(store).isDirectory() ? store : null;
}
function toFullRef(name) {
  return DEFAULT_BASES.find((base) => base.name === name)?.ref ?? name;
}
function assertNotOption(commit) {
  if (commit.startsWith("-")) throw new TypeError(`not a commit: ${commit}`);
  return commit;
}

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
  const added = files.filter((f) => f.status !== "deleted" && import_node_path8.posix.dirname(f.path) === dir).map((f) => import_node_path8.posix.basename(f.path));
  return added.length ? { files: [.../* @__PURE__ */ new Set([...listing.files, ...added])], directories: listing.directories } : listing;
}
function loadPipeline() {
  return Promise.resolve().then(() => __toESM(require_pipeline(), 1));
}
function loadSqlStage() {
  sqlStage ??= Promise.all([Promise.resolve().then(() => __toESM(require_pipeline2(), 1)), Promise.resolve().then(() => __toESM(require_pipeline3(), 1))]).then(([parse, locate]) => ({ ...parse, ...locate }));
  return sqlStage;
}
var sqlStage;
function startParser(files) {
  if (files === 0) return;
  loadSqlStage().then(({ loadParser }) => loadParser()).catch(() => void 0);
}
function resolveFrom(cwd, root, path) {
  return (0, import_node_path8.relative)(root, (0, import_node_path8.isAbsolute)(path) ? path : (0, import_node_path8.resolve)(cwd, path));
}

// src/reporters/source-lines.ts
function createSourceLineReader(sources) {
  const cache = /* @__PURE__ */ new Map();
  return (file, line) => {
    if (!Object.hasOwn(sources, file)) return void 0;
    let lines = cache.get(file);
    if (lines === void 0) {
      lines = (sources[file] ?? "").split("\n").map((text) => text.endsWith("\r") ? text.slice(0, -1) : text);
      cache.set(file, lines);
    }
    return lines[line - 1];
  };
}

// src/reporters/text.ts
var TAB_WIDTH = 4;
var MAX_SNIPPET_WIDTH = 100;
var SNIPPET_CONTEXT = 24;
function render(result, options) {
  const palette = createPalette(options.color);
  const readLine = createSourceLineReader(result.sources);
  const blocks = result.findings.map((finding) => renderFinding(finding, readLine(finding.file, finding.line), palette));
  const skipped = (result.skippedDirectories ?? []).map((directory) => renderSkipped(directory, palette));
  const notices = [...skipped, ...(result.notices ?? []).map((notice) => palette.severity.warning(`warning: ${sanitize(notice)}`))];
  const count = notices.length && result.migrations.length === 0 && result.findings.length === 0 ? [] : [renderCount(result, palette)];
  return [...blocks, ...notices, ...count].join("\n\n") + "\n";
}
function createPalette(color) {
  const paint = (open, close) => color ? (text) => `\x1B[${open}m${text}\x1B[${close}m` : (text) => text;
  return {
    severity: { error: paint(31, 39), warning: paint(33, 39) },
    dim: paint(2, 22),
    bold: paint(1, 22),
    ok: paint(32, 39)
  };
}
function renderFinding(finding, lineText, palette) {
  const paintSeverity = palette.severity[finding.severity];
  const location = palette.bold(sanitize(`${finding.file}:${finding.line}:${finding.column}`));
  const lines = [
    `${location}  ${paintSeverity(finding.severity)}  ${palette.dim(sanitize(finding.ruleId))}`,
    indent(finding.message, "  ", "  ")
  ];
  if (lineText !== void 0) lines.push(...renderSnippet(finding, lineText, paintSeverity));
  if (finding.help !== "") lines.push(indent(finding.help, "  help: ", "        "));
  return lines.join("\n");
}
function renderSnippet(finding, lineText, paint) {
  const cells = splitCells(lineText);
  const start = finding.column - 1;
  const end = finding.endLine > finding.line ? lineText.length : Math.max(start, finding.endColumn - 1);
  const first = findCell(cells, start);
  const last = findCell(cells, end);
  const [from, to] = chooseWindow(cells, first);
  const head = from > 0 ? "\u2026" : "";
  const tail = to < cells.length ? "\u2026" : "";
  const shown = head + cells.slice(from, to).map((cell) => cell.text).join("") + tail;
  const markerStart = head.length + sumWidth(cells, from, Math.min(first, to));
  const markerWidth = sumWidth(cells, Math.min(first, to), Math.min(last, to)) + (last > to ? 1 : 0);
  const marker = "^" + "~".repeat(Math.max(0, markerWidth - 1));
  const gutter = String(finding.line);
  return [
    `  ${gutter} | ${shown}`.trimEnd(),
    `  ${" ".repeat(gutter.length)} | ${" ".repeat(markerStart)}${paint(marker)}`
  ];
}
function findCell(cells, offset) {
  const index = cells.findIndex((cell) => cell.offset >= offset);
  return index === -1 ? cells.length : index;
}
function chooseWindow(cells, first) {
  if (sumWidth(cells, 0, cells.length) <= MAX_SNIPPET_WIDTH) return [0, cells.length];
  let from = first;
  for (let before = 0; from > 0 && before + cells[from - 1].width <= SNIPPET_CONTEXT; from--) {
    before += cells[from - 1].width;
  }
  const room = MAX_SNIPPET_WIDTH - (from > 0 ? 1 : 0);
  let to = from;
  let width = 0;
  for (; to < cells.length && width + cells[to].width <= room; to++) width += cells[to].width;
  for (; to < cells.length && to > from && width + 1 > room; to--) width -= cells[to - 1].width;
  return [from, to];
}
function splitCells(line) {
  const cells = [];
  let column = 0;
  let offset = 0;
  for (const char of line) {
    let text;
    let width;
    if (char === "	") {
      width = TAB_WIDTH - column % TAB_WIDTH;
      text = " ".repeat(width);
    } else {
      text = sanitize(char);
      width = measureWidth(text);
    }
    cells.push({ text, width, offset });
    column += width;
    offset += char.length;
  }
  return cells;
}
function sumWidth(cells, from, to) {
  let width = 0;
  for (let index = from; index < to; index++) width += cells[index].width;
  return width;
}
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\ufe00-\ufe0f]$/u;
var EMOJI = new RegExp("^\\p{Emoji_Presentation}$", "u");
function measureWidth(char) {
  if (ZERO_WIDTH.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  if (EMOJI.test(char)) return 2;
  const wide = code >= 4352 && code <= 4447 || code >= 11904 && code <= 12350 || code >= 12353 && code <= 13311 || code >= 13312 && code <= 19903 || code >= 19968 && code <= 40959 || code >= 40960 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 131072 && code <= 262141;
  return wide ? 2 : 1;
}
function sanitize(text) {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]/gu, (char) => {
    const code = char.charCodeAt(0);
    if (code < 32) return String.fromCharCode(9216 + code);
    if (code === 127) return "\u2421";
    return "\uFFFD";
  });
}
function indent(text, first, rest) {
  return text.split(/\r?\n/).map((line, index) => (index === 0 ? first : rest) + sanitize(line)).join("\n");
}
function renderSkipped(directory, palette) {
  return [
    `${palette.bold(sanitize(`${directory.path}/`))}  ${palette.severity.warning("not linted")}`,
    indent(directory.detail, "  ", "  "),
    indent(directory.fix, "  fix: ", "       ")
  ].join("\n");
}
function renderCount(result, palette) {
  const { errors, warnings } = result.summary;
  const problems = errors + warnings;
  const against = result.baseRef === void 0 || result.base === null ? "" : ` (base: ${sanitize(result.baseRef)} at ${result.base.slice(0, 7)})`;
  if (problems === 0) return palette.ok(`\u2714 No problems in ${pluralize(countMigrations(result), "migration")}${against}.`);
  const paint = errors > 0 ? palette.severity.error : palette.severity.warning;
  return paint(
    palette.bold(`\u2716 ${pluralize(problems, "problem")} (${pluralize(errors, "error")}, ${pluralize(warnings, "warning")})${against}`)
  );
}
function countMigrations(result) {
  const rollbacks = new Set(result.migrations.flatMap((m) => m.rollback !== null && m.rollback !== m.path ? [m.rollback] : []));
  return result.migrations.filter((m) => !rollbacks.has(m.path)).length;
}
function pluralize(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// src/reporters/index.ts
var formats = {
  text: async () => render,
  json: async () => (await Promise.resolve().then(() => __toESM(require_reporters(), 1))).render,
  github: async () => (await Promise.resolve().then(() => __toESM(require_reporters2(), 1))).render,
  sarif: async () => (await Promise.resolve().then(() => __toESM(require_reporters3(), 1))).render,
  gitlab: async () => (await Promise.resolve().then(() => __toESM(require_reporters4(), 1))).render,
  markdown: async () => (await Promise.resolve().then(() => __toESM(require_reporters5(), 1))).render
};
function isFormatName(name) {
  return Object.hasOwn(formats, name);
}

// src/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/cli.ts
var EXIT = { clean: 0, findings: 1, usage: 2 };
function parseFormats(values) {
  const outputs = (values.length ? values : ["text"]).map((value) => {
    const at = value.indexOf("=");
    const format = at < 0 ? value : value.slice(0, at);
    const path = at < 0 ? null : value.slice(at + 1);
    if (!isFormatName(format)) throw new UsageError(`unknown format "${format}": use one of ${Object.keys(formats).join(", ")}`);
    if (path === "") throw new UsageError(`--format ${format}= needs a file path after "="`);
    return { format, path };
  });
  if (outputs.filter((o) => o.path === null).length > 1) {
    throw new UsageError("only one --format can write to stdout: give the others a file, e.g. --format sarif=report.sarif");
  }
  return outputs;
}
function useColor(env, isTTY) {
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  if (env.NO_COLOR !== void 0 && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== void 0) return false;
  return isTTY;
}
var OPTIONS = {
  base: { type: "string", value: "REF", describe: "base ref to compare against (default: $GITHUB_BASE_REF, origin/HEAD, origin/main, main, origin/master, master)" },
  staged: { type: "boolean", describe: "lint the branch plus what is staged (for the pre-commit hook)" },
  format: { type: "string", short: "f", multiple: true, value: "NAME[=PATH]", describe: `output format, or format=path to write a file (repeatable): ${Object.keys(formats).join(", ")}` },
  config: { type: "string", short: "c", value: "PATH", describe: 'config file (default: .migration-lint.json/.yaml/.yml or package.json "migration-lint" at the repository root)' },
  "max-warnings": { type: "string", value: "N", describe: "exit 1 when there are more warnings than N" },
  "stdin-filename": { type: "string", value: "PATH", describe: 'file name to report for SQL read from standard input ("-")' },
  "verify-rollback": { type: "boolean", describe: "prove each new rollback in a real PostgreSQL: apply the base migrations, the up, the down, the up again (embedded PGlite unless --database-url)" },
  "database-url": { type: "string", value: "URL", describe: "verify on this server (postgres://\u2026; implies --verify-rollback) in a temporary database, or a temporary schema when the user may not create databases" },
  color: { type: "boolean", describe: "force colour on (--color) or off (--no-color); default: on for a terminal, NO_COLOR/FORCE_COLOR honoured" },
  help: { type: "boolean", short: "h", describe: "show this help" },
  version: { type: "boolean", describe: "show the version" }
};
function renderHelp() {
  const rows = Object.entries(OPTIONS).map(([name, option]) => {
    const short = "short" in option ? `-${option.short}, ` : "    ";
    const value = "value" in option ? ` ${option.value}` : "";
    return [`  ${short}--${name}${value}`, option.describe];
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
${rows.map(([left, text]) => left.padEnd(width) + text).join("\n")}

Exit codes: 0 no errors, 1 error findings (or too many warnings), 2 usage, config or environment problem.
`;
}
async function main(argv) {
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message.split("\n")[0] : String(error)} (see migration-lint --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(renderHelp());
    return EXIT.clean;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return EXIT.clean;
  }
  const [command, ...rest] = positionals;
  if (command === "rules" || command === "init") {
    const extra = [...rest, ...Object.keys(values)];
    if (extra.length) throw new UsageError(`"${command}" takes no arguments or options, got ${extra[0]} (see migration-lint --help)`);
    if (command === "rules") process.stdout.write(await renderRuleList());
    else await runInit();
    return EXIT.clean;
  }
  const maxWarnings = values["max-warnings"];
  if (maxWarnings !== void 0 && !/^\d+$/.test(maxWarnings)) throw new UsageError(`--max-warnings takes a whole number \u2265 0, got "${maxWarnings}"`);
  return runLint({
    files: positionals,
    staged: values.staged ?? false,
    format: values.format ?? [],
    base: values.base,
    config: values.config,
    "max-warnings": maxWarnings === void 0 ? void 0 : Number(maxWarnings),
    "stdin-filename": values["stdin-filename"],
    color: values.color,
    "verify-rollback": values["verify-rollback"],
    "database-url": values["database-url"]
  });
}
async function runInit() {
  const { init } = await import("./init.js");
  const { changes, notes } = await init({ cwd: process.cwd() });
  const done = changes.length ? changes : ["Nothing to change: migration-lint, husky, the prepare script, the pre-commit hook and a config are already in place."];
  process.stdout.write([...done, ...notes.map((note) => `Next: ${note}`)].map((line) => `${line}
`).join(""));
}
async function runLint(args) {
  const outputs = parseFormats(args.format);
  const maxWarnings = args["max-warnings"];
  if (args.base !== void 0 && args.base.startsWith("-")) throw new UsageError(`--base "${args.base}" is not a ref: refs cannot start with "-"`);
  const cwd = process.cwd();
  const files = args.files.filter((f) => f !== "-");
  const readsStdin = args.files.includes("-");
  if (args["stdin-filename"] !== void 0 && !readsStdin) throw new UsageError('--stdin-filename goes with "-" (read SQL from standard input)');
  if ((files.length || readsStdin) && (args.staged || args.base !== void 0)) {
    throw new UsageError("--staged and --base lint a git change: drop them, or drop the file arguments");
  }
  const result = await lint({
    cwd,
    staged: args.staged,
    ...args.base !== void 0 ? { base: args.base } : {},
    ...files.length ? { files } : {},
    ...readsStdin ? { stdin: { filename: args["stdin-filename"] ?? "stdin.sql", text: (0, import_node_fs3.readFileSync)(0, "utf8") } } : {},
    ...args.config !== void 0 ? { config: args.config } : {},
    // --database-url says where to verify, so it asks for verification too (unless --no-verify-rollback).
    ...args["verify-rollback"] !== void 0 || args["database-url"] !== void 0 ? { overrides: { verifyRollback: args["verify-rollback"] ?? true } } : {},
    ...args["database-url"] !== void 0 ? { databaseUrl: args["database-url"] } : {}
  });
  const color = args.color ?? useColor(process.env, process.stdout.isTTY === true);
  for (const output of outputs) {
    const render2 = await formats[output.format]();
    const text = render2(result, { color: output.path === null && color, toolVersion: VERSION });
    if (output.path === null) writePieces(process.stdout, text);
    else (0, import_node_fs3.writeFileSync)((0, import_node_path9.resolve)(cwd, output.path), text);
  }
  return exitCodeOf(result, maxWarnings);
}
function writePieces(stream, text, size = 1 << 16) {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 55296 && last <= 56319) end--;
    stream.write(text.slice(start, end));
    start = end;
  }
}
function exitCodeOf(result, maxWarnings) {
  if (result.summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== void 0 && result.summary.warnings > maxWarnings) return EXIT.findings;
  return EXIT.clean;
}
async function renderRuleList() {
  const { rules } = await import("./rules.js");
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  const lines = rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.summary}`);
  return `${lines.join("\n")}

Docs: ${ruleDocsUrl("<rule-id>")}
`;
}
async function run(argv = process.argv.slice(2)) {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`migration-lint: ${error.message}
`);
    } else if (error instanceof GitCommandError) {
      process.stderr.write(`migration-lint: ${error.message.split("\n")[0]}
`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`migration-lint: internal error: ${message.split("\n")[0]} (set DEBUG=migration-lint for details)
`);
      if (process.env.DEBUG?.includes("migration-lint") && error instanceof Error) process.stderr.write(`${error.stack}
`);
    }
    process.exitCode = EXIT.usage;
  }
}

// src/main.ts
void run();
