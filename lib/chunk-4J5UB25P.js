import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SqlScanner
} from "./chunk-FJ6M4U55.js";

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
function versionKey(version) {
  const parts = version.split(/[._]/).map((part) => part.replace(/^0+/, ""));
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts.join(".");
}

// src/lower-bound.ts
function lowerBound(length, isBefore) {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

// src/conventions/name-index.ts
var NameIndex = class _NameIndex {
  constructor(files, convention, plan = null) {
    this.files = files;
    this.convention = convention;
    this.plan = plan;
  }
  files;
  convention;
  plan;
  names = /* @__PURE__ */ new Map();
  numbers;
  latest;
  /** withVersion's answers, by version key: a migration's version is asked about by several rules. */
  byVersion = /* @__PURE__ */ new Map();
  derivedFrom;
  shape;
  /**
   * The index of `files`, this index's files with `added` and without `removed`: it answers from this one's answers
   * and the few changed names, without a pass of its own over the rest.
   */
  after(files, added, removed) {
    const index = new _NameIndex(files, this.convention, this.plan);
    index.derivedFrom = { base: this, added: new _NameIndex(added, this.convention, this.plan), removed: new Set(removed) };
    return index;
  }
  /** The file name as the convention reads it; null when it cannot. */
  nameOf(file) {
    let name = this.names.get(file);
    if (name === void 0) {
      name = this.convention.parseName(file, this.plan);
      this.names.set(file, name);
    }
    return name;
  }
  /** The files whose version equals `version` (`001` equals `1`), in any direction. */
  withVersion(version) {
    const key = versionKey(version);
    let found = this.byVersion.get(key);
    if (found === void 0 && this.derivedFrom) {
      const { base, added, removed } = this.derivedFrom;
      found = [...base.withVersion(version).filter((named) => !removed.has(named.file)), ...added.withVersion(version)];
      this.byVersion.set(key, found);
    }
    const uniform = found === void 0 ? this.uniform() : null;
    if (found === void 0 && uniform) {
      const number = key.split(".")[0] ?? "";
      const digits = number.length > uniform.width ? null : number.padStart(uniform.width, "0");
      found = (digits === null ? [] : uniform.startingWith(digits)).flatMap((file) => {
        const name = this.nameOf(file);
        return name?.version != null && versionKey(name.version) === key ? [{ file, name }] : [];
      });
      this.byVersion.set(key, found);
    }
    if (found === void 0) {
      const numbers = this.scan();
      const number = key.split(".")[0] ?? "";
      const candidates = this.files.filter((file, index) => startsWithNumber(file, numbers.runs[index], number));
      const dashed = numbers.dashed.filter((entry) => entry.number === number).map((entry) => entry.file);
      found = [...candidates, ...dashed, ...numbers.others].flatMap((file) => {
        const name = this.nameOf(file);
        return name?.version != null && versionKey(name.version) === key ? [{ file, name }] : [];
      });
      this.byVersion.set(key, found);
    }
    return found;
  }
  /** The newest version among files that apply changes (not down files), or null when there is none. */
  latestVersion() {
    if (this.latest === void 0) this.latest = this.findLatest();
    return this.latest;
  }
  findLatest() {
    if (this.derivedFrom && this.derivedFrom.removed.size === 0) {
      const [base, added] = [this.derivedFrom.base.latestVersion(), this.derivedFrom.added.latestVersion()];
      return base === null || added !== null && compareVersions(added, base) > 0 ? added : base;
    }
    const uniform = this.uniform();
    if (uniform) {
      let latest2 = null;
      for (const file of uniform.startingWith(uniform.last.slice(0, uniform.width))) latest2 = newer(latest2, this.nameOf(file));
      if (latest2 !== null) return latest2;
    }
    const { tops, dashed, others } = this.scan();
    const buckets = /* @__PURE__ */ new Map();
    for (const top of tops) {
      const number = top.digits.replace(/^0+/, "");
      buckets.set(number, [...buckets.get(number) ?? [], ...top.files]);
    }
    for (const entry of dashed) buckets.set(entry.number, [...buckets.get(entry.number) ?? [], entry.file]);
    let latest = null;
    const largest = [...buckets.keys()].sort((a, b) => compareVersions(b, a))[0];
    for (const file of largest === void 0 ? [] : buckets.get(largest)) latest = newer(latest, this.nameOf(file));
    if (latest === null && largest !== void 0) return this.findLatestSorted();
    for (const file of others) latest = newer(latest, this.nameOf(file));
    return latest;
  }
  /** latestVersion by one sort of every number. */
  findLatestSorted() {
    const byNumber = /* @__PURE__ */ new Map();
    for (const file of this.files) {
      const number = leadingNumber(file);
      if (number !== null) byNumber.set(number, [...byNumber.get(number) ?? [], file]);
    }
    let latest = null;
    for (const number of [...byNumber.keys()].sort((a, b) => compareVersions(b, a))) {
      for (const file of byNumber.get(number)) latest = newer(latest, this.nameOf(file));
      if (latest !== null) break;
    }
    for (const file of this.scan().others) latest = newer(latest, this.nameOf(file));
    return latest;
  }
  /**
   * Whether every name starts with the same number of digits (`20240102120000_…`, `000042_…`), as most directories'
   * do, told without a pass of JavaScript over the names: one sort of a copy (the names come sorted, so it is one
   * comparison a name), one join and one regular expression. Then a number's files are one block of the sorted names,
   * found by binary search; null for any other directory, which scan() reads name by name.
   */
  uniform() {
    if (this.shape !== void 0) return this.shape;
    this.shape = null;
    const sorted = [...this.files].sort();
    const last = sorted.at(-1);
    if (last === void 0) return null;
    const found = last.search(NON_DIGIT);
    const width = found < 0 ? last.length : found;
    const joined = sorted.join("\n");
    if (width === 0 || width > 40 || new RegExp(`^(?:(?!\\d{${width}}[^\\d\\n])|\\d{4}-\\d\\d-)`, "m").test(joined)) return null;
    this.shape = {
      width,
      last,
      startingWith(digits) {
        const block = [];
        for (let at = lowerBound(sorted.length, (index) => sorted[index] < digits); at < sorted.length && sorted[at].startsWith(digits); at++) {
          block.push(sorted[at]);
        }
        return block;
      }
    };
    return this.shape;
  }
  /**
   * One pass over the names, with native string operations only (a directory can hold 20,000 names and this runs
   * once per commit, before V8 optimizes anything): how many digits each starts with, and for each count the largest
   * such number and its files. Among names of one digit count, comparing whole names orders them by their number.
   */
  scan() {
    if (this.numbers !== void 0) return this.numbers;
    const files = this.files;
    const runs = new Uint16Array(files.length);
    const largest = /* @__PURE__ */ new Map();
    const dashed = [];
    const others = [];
    let sorted = true;
    for (let index = 0; index < files.length; index++) {
      const file = files[index];
      if (index > 0 && file < files[index - 1]) sorted = false;
      const found = file.search(NON_DIGIT);
      const run = found < 0 ? file.length : found;
      if (run === 0) {
        others.push(file);
        continue;
      }
      if (run === 4 && file.charCodeAt(4) === DASH && DASHED_TIMESTAMP.test(file)) {
        dashed.push({ file, number: leadingNumber(file) });
        continue;
      }
      runs[index] = Math.min(run, 65535);
      const best = largest.get(run);
      if (best === void 0 || file > files[best]) largest.set(run, index);
    }
    const tops = [];
    for (const [run, index] of largest) {
      const digits = files[index].slice(0, run);
      const sameNumber = (at) => runs[at] === run && files[at].startsWith(digits);
      let first = index;
      let last = index;
      if (sorted) {
        while (first > 0 && files[first - 1].startsWith(digits)) first--;
        while (last + 1 < files.length && files[last + 1].startsWith(digits)) last++;
      } else {
        [first, last] = [0, files.length - 1];
      }
      const top = [];
      for (let at = first; at <= last; at++) if (sameNumber(at)) top.push(files[at]);
      tops.push({ digits, files: top });
    }
    this.numbers = { runs, tops, dashed, others };
    return this.numbers;
  }
};
var NON_DIGIT = /\D/;
function startsWithNumber(file, run, number) {
  if (run < number.length || !file.startsWith(number, run - number.length)) return false;
  for (let i = 0; i < run - number.length; i++) if (file.charCodeAt(i) !== 48) return false;
  return true;
}
var SAMPLE_SPREAD = 192;
var SAMPLE_NEWEST = 64;
function sampleNames(names) {
  if (names.length <= SAMPLE_SPREAD + SAMPLE_NEWEST) return names;
  const spread = Array.from({ length: SAMPLE_SPREAD }, (_, i) => names[Math.floor(i * (names.length - SAMPLE_NEWEST) / SAMPLE_SPREAD)]);
  return [...spread, ...names.slice(-SAMPLE_NEWEST)];
}
var DASHED_TIMESTAMP = /^\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?(?=_)/;
var DASH = 45;
function newer(latest, name) {
  if (!name || name.version === null || name.direction === "down") return latest;
  return latest === null || compareVersions(name.version, latest) > 0 ? name.version : latest;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function leadingNumber(file) {
  if (file.charCodeAt(4) === DASH) {
    const dashed = DASHED_TIMESTAMP.exec(file);
    if (dashed) return dashed[0].replaceAll("-", "").replace(/^0+/, "");
  }
  let end = 0;
  while (end < file.length && isDigit(file.charCodeAt(end))) end++;
  return end === 0 ? null : file.slice(0, end).replace(/^0+/, "");
}

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
function sqitchEntries(planText) {
  if (planText === null) return [];
  return readSqitchPlan(planText).changes.flatMap((change) => [`deploy/${change}.sql`, `revert/${change}.sql`]);
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

// src/conventions/supabase.ts
import { posix } from "node:path";
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
    const dir = posix.dirname(path);
    if (!isSupabaseDirectory(dir, "rollbacks")) return null;
    return { directory: posix.join(posix.dirname(dir), "migrations"), entry: `${SUPABASE_ROLLBACKS}/${posix.basename(path)}` };
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

// src/conventions/index.ts
import { posix as posix4 } from "node:path";

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
    const lineEnd = newline === -1 ? text.length : newline;
    const marker = readMarker(text.slice(lineStart, lineEnd).replace(/\r$/, ""));
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
import { posix as posix2 } from "node:path";
function locateInMigrationDirectory(path, directory, files) {
  const file = posix2.basename(path);
  if (files[file.toLowerCase()] === void 0) return null;
  const parent = posix2.dirname(path);
  const unit = posix2.basename(parent);
  if (parent === "." || !directory.test(unit)) return null;
  return { directory: posix2.dirname(parent), entry: `${unit}/${file}` };
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
import { posix as posix3 } from "node:path";
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
    const parent = posix3.dirname(path);
    const root = posix3.dirname(parent);
    if (parent === "." || posix3.basename(root) !== "versioned" || !VERSION_DIRECTORY.test(posix3.basename(parent))) return null;
    return { directory: root, entry: `${posix3.basename(parent)}/${posix3.basename(path)}` };
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
function detectConvention(fileNames, sampleTexts, directory = "") {
  if (fileNames.includes(SQITCH_PLAN)) return "sqitch";
  if (fileNames.includes("migration_lock.toml")) return "prisma";
  const entries = sampleNames(fileNames).map((name) => name.includes("/") && !name.startsWith("../") && /^\d|^v\d/i.test(name) ? name : posix4.basename(name));
  if (entries.some((name) => /\/migration\.sql$/i.test(name))) return "prisma";
  if (entries.some((name) => /\/(?:up|down)\.sql$/i.test(name) || /^\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?_[^/]*\/$/.test(name))) return "diesel";
  if (entries.some((name) => name.endsWith("/") && prisma.parseName(name) !== null)) return "prisma";
  if (entries.some((name) => name.endsWith("/") && diesel.parseName(name) !== null)) return "diesel";
  if (entries.some((name) => /^v\d/i.test(name) && name.includes("/") && versioned.parseName(name) !== null)) return "versioned";
  const scripted = detectScriptConvention(entries, sampleTexts);
  if (scripted) return scripted;
  if (entries.some((name) => /\.up\.sql$/i.test(name) && golangMigrate.parseName(name)?.direction === "up")) return "golang-migrate";
  if (entries.some((name) => /^\d+\.(?:do|undo)\./i.test(name) && postgrator.parseName(name) !== null)) return "postgrator";
  if (entries.some((name) => /^[VUR]/.test(name) && flyway.parseName(name) !== null)) return "flyway";
  if (isSupabaseDirectory(directory, "migrations")) return "supabase";
  if (sampleTexts.some((text) => goose.sections(text).up !== null)) return "goose";
  if (sampleTexts.some((text) => dbmate.sections(text).up !== null)) return "dbmate";
  if (sampleTexts.some((text) => sqlMigrate.sections(text).up !== null)) return "sql-migrate";
  if (sampleTexts.some((text) => nodePgMigrate.sections(text).up !== null)) return "node-pg-migrate";
  return "timestamp";
}
function detectScriptConvention(baseNames, sampleTexts) {
  const python = baseNames.some((name) => /\.py$/i.test(name));
  const script = baseNames.some((name) => knex.parseName(name) !== null);
  if (!python && !script) return null;
  if (python && sampleTexts.some((text) => /^down_revision\b/m.test(text) && /^revision\b/m.test(text))) return "alembic";
  if (!script) return null;
  if (sampleTexts.some((text) => /\bpgm\.\w+\(|\bMigrationBuilder\b|\bexports\.shorthands\b|\bnode-pg-migrate\b/.test(text))) return "node-pg-migrate";
  if (sampleTexts.some((text) => /\.schema\s*\.|\bknex\b|\bKnex\b/.test(text))) return "knex";
  if (sampleTexts.length > 0) return null;
  if (baseNames.some((name) => /^\d{13}_.*\.[cm]?[jt]s$/i.test(name))) return "node-pg-migrate";
  if (baseNames.some((name) => /^\d{14}_.*\.[cm]?[jt]s$/i.test(name))) return "knex";
  return null;
}
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
  return { directory: posix4.dirname(path), entry: posix4.basename(path) };
}
function migrationDirectory(path) {
  return locateMigration(path).directory;
}

export {
  PLACEHOLDER_KINDS,
  maskPlaceholders,
  compareVersions,
  lowerBound,
  NameIndex,
  sampleNames,
  SQITCH_PLAN,
  sqitchEntries,
  SUPABASE_ROLLBACKS,
  isSupabaseDirectory,
  versioned,
  conventions,
  detectConvention,
  DEFAULT_MIGRATION_GLOBS,
  isMigrationFile,
  hasExtension,
  locateMigration,
  migrationDirectory
};
