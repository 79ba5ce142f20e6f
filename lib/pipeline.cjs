const __import_meta_url = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

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
var SEPARATOR;
var init_versions = __esm({
  "src/conventions/versions.ts"() {
    "use strict";
    SEPARATOR = /[._]/;
  }
});

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
var init_lower_bound = __esm({
  "src/lower-bound.ts"() {
    "use strict";
  }
});

// src/conventions/name-index.ts
function startsWithNumber(file, run, number) {
  if (run < number.length || !file.startsWith(number, run - number.length)) return false;
  for (let i = 0; i < run - number.length; i++) if (file.charCodeAt(i) !== 48) return false;
  return true;
}
function sampleNames(names) {
  if (names.length <= SAMPLE_SPREAD + SAMPLE_NEWEST) return names;
  const spread = Array.from({ length: SAMPLE_SPREAD }, (_, i) => names[Math.floor(i * (names.length - SAMPLE_NEWEST) / SAMPLE_SPREAD)]);
  return [...spread, ...names.slice(-SAMPLE_NEWEST)];
}
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
var NameIndex, NON_DIGIT, SAMPLE_SPREAD, SAMPLE_NEWEST, DASHED_TIMESTAMP, DASH;
var init_name_index = __esm({
  "src/conventions/name-index.ts"() {
    "use strict";
    init_versions();
    init_lower_bound();
    NameIndex = class _NameIndex {
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
    NON_DIGIT = /\D/;
    SAMPLE_SPREAD = 192;
    SAMPLE_NEWEST = 64;
    DASHED_TIMESTAMP = /^\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?(?=_)/;
    DASH = 45;
  }
});

// src/conventions/alembic.ts
var alembic;
var init_alembic = __esm({
  "src/conventions/alembic.ts"() {
    "use strict";
    alembic = {
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
  }
});

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
var init_names = __esm({
  "src/conventions/names.ts"() {
    "use strict";
  }
});

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
var init_sections = __esm({
  "src/conventions/sections.ts"() {
    "use strict";
  }
});

// src/conventions/dbmate.ts
function readDbmateMarker(line) {
  const match = /^\s*--\s*migrate:(up|down)(?![\w:])(.*)$/i.exec(line);
  if (!match) return null;
  const [, direction = "", options = ""] = match;
  return {
    direction: direction.toLowerCase() === "up" ? "up" : "down",
    transaction: !/(?:^|\s)transaction:false\b/i.test(options)
  };
}
var dbmate;
var init_dbmate = __esm({
  "src/conventions/dbmate.ts"() {
    "use strict";
    init_names();
    init_sections();
    dbmate = {
      id: "dbmate",
      extensions: [".sql"],
      inFileRollback: true,
      wrapsInTransaction: true,
      sendsFileAsOneQuery: true,
      checksummed: false,
      parseName: parseNumberedName,
      sections: (text) => splitWithTransactions(text, readDbmateMarker)
    };
  }
});

// src/conventions/directories.ts
function locateInMigrationDirectory(path, directory, files) {
  const file = import_node_path.posix.basename(path);
  if (files[file.toLowerCase()] === void 0) return null;
  const parent = import_node_path.posix.dirname(path);
  const unit = import_node_path.posix.basename(parent);
  if (parent === "." || !directory.test(unit)) return null;
  return { directory: import_node_path.posix.dirname(parent), entry: `${unit}/${file}` };
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
var import_node_path;
var init_directories = __esm({
  "src/conventions/directories.ts"() {
    "use strict";
    import_node_path = require("node:path");
    init_names();
  }
});

// src/conventions/diesel.ts
var DIRECTORY, FILES, diesel;
var init_diesel = __esm({
  "src/conventions/diesel.ts"() {
    "use strict";
    init_directories();
    init_versions();
    DIRECTORY = /^(\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?|\d+)_(.+)$/s;
    FILES = { "up.sql": "up", "down.sql": "down" };
    diesel = {
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
  }
});

// src/conventions/flyway.ts
var flyway;
var init_flyway = __esm({
  "src/conventions/flyway.ts"() {
    "use strict";
    init_names();
    init_versions();
    flyway = {
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
  }
});

// src/conventions/golang-migrate.ts
var golangMigrate;
var init_golang_migrate = __esm({
  "src/conventions/golang-migrate.ts"() {
    "use strict";
    init_names();
    init_versions();
    golangMigrate = {
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
  }
});

// src/sql/scan.ts
function isBlankSql(text, from = 0, limit = text.length) {
  return skipTrivia(text, from, limit) >= Math.min(limit, text.length);
}
function skipTrivia(text, from, limit = text.length) {
  const scanner = new SqlScanner(text, from, limit);
  while (scanner.next()) {
    if (scanner.kind !== "space" && scanner.kind !== "comment") return scanner.start;
  }
  return Math.max(from, Math.min(limit, text.length));
}
function lastTokenEnd(text, from, limit = text.length, dropSemicolons = false) {
  const scanner = new SqlScanner(text, from, limit);
  let end = from;
  let endBeforeSemicolons = from;
  while (scanner.next()) {
    if (scanner.kind === "space" || scanner.kind === "comment") continue;
    end = scanner.end;
    if (scanner.kind !== "punct" || text.charCodeAt(scanner.start) !== SEMICOLON) endBeforeSemicolons = end;
  }
  return dropSemicolons ? endBeforeSemicolons : end;
}
function lastStatementEnd(text, limit) {
  const scanner = new SqlScanner(text, 0, limit);
  let found = -1;
  let depth = 0;
  let beginDepth = 0;
  let words2 = 0;
  let head = "";
  while (scanner.next()) {
    if (scanner.kind === "word") {
      const word = text.slice(scanner.start, scanner.end).toLowerCase();
      if (words2++ < 4) head += HEAD_WORDS.has(word) ? word[0] : " ";
      if (depth === 0 && /^c(?:f|p|or[fp])/.test(head)) {
        if (word === "begin") beginDepth++;
        else if (word === "case" && beginDepth > 0) beginDepth++;
        else if (word === "end" && beginDepth > 0) beginDepth--;
      }
      continue;
    }
    if (scanner.kind !== "punct") continue;
    const c = text.charCodeAt(scanner.start);
    if (c === OPEN) depth++;
    else if (c === CLOSE) depth = Math.max(0, depth - 1);
    else if (c === SEMICOLON && depth === 0 && beginDepth === 0) {
      found = scanner.start;
      words2 = 0;
      head = "";
    }
  }
  return found;
}
function blankPsqlLines(text) {
  if (!text.includes("\\")) return text;
  const blanks = [];
  const scanner = new SqlScanner(text);
  let depth = 0;
  let firstWord = true;
  let isCopy = false;
  let afterFrom = false;
  let fromStdin = false;
  while (scanner.next()) {
    const { kind, start } = scanner;
    if (kind === "space" || kind === "comment") continue;
    const c = text.charCodeAt(start);
    if (kind === "punct" && c === BACKSLASH && startsLine(text, start)) {
      scanner.end = lineEnd(text, start);
      blanks.push([start, scanner.end]);
      continue;
    }
    if (kind === "punct" && c === SEMICOLON && depth === 0) {
      if (fromStdin) {
        const data2 = copyDataEnd(text, scanner.end);
        if (data2 !== null) {
          blanks.push([data2.start, data2.end]);
          scanner.end = data2.end;
        }
      }
      firstWord = true;
      isCopy = afterFrom = fromStdin = false;
      continue;
    }
    if (kind === "punct" && c === OPEN) depth++;
    if (kind === "punct" && c === CLOSE) depth = Math.max(0, depth - 1);
    if (kind === "word") {
      const word = text.slice(start, scanner.end).toLowerCase();
      if (firstWord) isCopy = word === "copy";
      else if (isCopy && depth === 0) {
        fromStdin ||= afterFrom && word === "stdin";
        afterFrom = word === "from";
      }
    } else {
      afterFrom = false;
    }
    firstWord = false;
  }
  if (blanks.length === 0) return text;
  let result = "";
  let last = 0;
  for (const [start, end] of blanks) {
    result += text.slice(last, start) + text.slice(start, end).replace(/[^\r\n]/g, " ");
    last = end;
  }
  return result + text.slice(last);
}
function copyDataEnd(text, afterCommand) {
  const newline = text.indexOf("\n", afterCommand);
  if (newline === -1) return null;
  for (let line = newline + 1; line < text.length; ) {
    const end = lineEnd(text, line);
    if (text.slice(line, end) === "\\.") return { start: newline + 1, end };
    const next = text.indexOf("\n", end);
    if (next === -1) return null;
    line = next + 1;
  }
  return null;
}
function startsLine(text, index) {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === LF) return true;
    if (c !== 32 && c !== 9 && c !== 11 && c !== 12) return false;
  }
  return true;
}
function lineEnd(text, from, limit = text.length) {
  let i = from;
  while (i < limit && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
  return i;
}
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13;
}
function isDigit2(c) {
  return c >= 48 && c <= 57;
}
function isLetter(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c >= 128;
}
function isIdentPart(c) {
  return isLetter(c) || isDigit2(c) || c === DOLLAR;
}
function isTagPart(c) {
  return isLetter(c) || isDigit2(c);
}
function isNumberPart(c) {
  return isLetter(c) || isDigit2(c) || c === 46;
}
var SqlScanner, HEAD_WORDS, LF, CR, DASH2, SLASH, STAR, QUOTE, DOUBLE_QUOTE, DOLLAR, BACKSLASH, SEMICOLON, OPEN, CLOSE;
var init_scan = __esm({
  "src/sql/scan.ts"() {
    "use strict";
    SqlScanner = class {
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
        if (c === DASH2 && d === DASH2) return this.emit("comment", lineEnd(text, i + 2, limit));
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
        if (isDigit2(c)) {
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
        if (j < this.limit && isDigit2(text.charCodeAt(j))) {
          while (j < this.limit && isDigit2(text.charCodeAt(j))) j++;
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
    HEAD_WORDS = /* @__PURE__ */ new Set(["create", "or", "replace", "function", "procedure"]);
    LF = 10;
    CR = 13;
    DASH2 = 45;
    SLASH = 47;
    STAR = 42;
    QUOTE = 39;
    DOUBLE_QUOTE = 34;
    DOLLAR = 36;
    BACKSLASH = 92;
    SEMICOLON = 59;
    OPEN = 40;
    CLOSE = 41;
  }
});

// src/sql/placeholders.ts
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
var PLACEHOLDER_KINDS;
var init_placeholders = __esm({
  "src/sql/placeholders.ts"() {
    "use strict";
    init_scan();
    PLACEHOLDER_KINDS = ["go-template", "env", "psql"];
  }
});

// src/conventions/goose.ts
function readGooseMarker(line) {
  const match = /^\s*--\s*\+goose\s+(up|down)\b/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === "up" ? "up" : "down" };
}
var NO_TRANSACTION, ENVSUB_ON, goose;
var init_goose = __esm({
  "src/conventions/goose.ts"() {
    "use strict";
    init_names();
    init_sections();
    init_placeholders();
    NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/i;
    ENVSUB_ON = /^\s*--\s*\+goose\s+envsub\s+on\b/im;
    goose = {
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
  }
});

// src/conventions/knex.ts
function parseScriptName(fileName) {
  if (/\.d\.[cm]?ts$/i.test(fileName)) return null;
  const match = /^(\d+)(?:[_-](.*?))?\.[cm]?[jt]s$/is.exec(fileName);
  if (!match) return null;
  return versionedName(match[1], match[2] ?? "", "both");
}
var SCRIPT_EXTENSIONS, knex;
var init_knex = __esm({
  "src/conventions/knex.ts"() {
    "use strict";
    init_names();
    SCRIPT_EXTENSIONS = [".js", ".cjs", ".mjs", ".ts", ".cts", ".mts"];
    knex = {
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
  }
});

// src/conventions/node-pg-migrate.ts
function readNodePgMigrateMarker(line) {
  const match = /^\s*--\s*(up|down)\s+migration\s*$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === "up" ? "up" : "down" };
}
var nodePgMigrate;
var init_node_pg_migrate = __esm({
  "src/conventions/node-pg-migrate.ts"() {
    "use strict";
    init_knex();
    init_names();
    init_sections();
    nodePgMigrate = {
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
  }
});

// src/conventions/postgrator.ts
var postgrator;
var init_postgrator = __esm({
  "src/conventions/postgrator.ts"() {
    "use strict";
    init_names();
    init_versions();
    postgrator = {
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
  }
});

// src/conventions/prisma.ts
var DIRECTORY2, FILES2, prisma;
var init_prisma = __esm({
  "src/conventions/prisma.ts"() {
    "use strict";
    init_directories();
    init_versions();
    DIRECTORY2 = /^(\d{14})_(.+)$/s;
    FILES2 = { "migration.sql": "up", "down.sql": "down" };
    prisma = {
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
  }
});

// src/conventions/sqitch.ts
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
function countEntries(planText, change) {
  let count = 0;
  for (const raw of planText.split("\n")) {
    const line = raw.trim();
    if (line.split(/\s/, 1)[0] === change && !line.startsWith("@")) count++;
  }
  return count;
}
var SQITCH_PLAN, plans, ENTRY, sqitch;
var init_sqitch = __esm({
  "src/conventions/sqitch.ts"() {
    "use strict";
    init_names();
    init_versions();
    SQITCH_PLAN = "sqitch.plan";
    plans = /* @__PURE__ */ new Map();
    ENTRY = /^(deploy|revert|verify)\/(.+)\.sql$/s;
    sqitch = {
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
  }
});

// src/conventions/sql-migrate.ts
function readSqlMigrateMarker(line) {
  const match = /^\s*--\s*\+migrate\s+(up|down)\b(.*)$/i.exec(line);
  if (!match) return null;
  return { direction: match[1]?.toLowerCase() === "up" ? "up" : "down", transaction: !/\bnotransaction\b/i.test(match[2] ?? "") };
}
var sqlMigrate;
var init_sql_migrate = __esm({
  "src/conventions/sql-migrate.ts"() {
    "use strict";
    init_names();
    init_sections();
    sqlMigrate = {
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
  }
});

// src/conventions/supabase.ts
function isSupabaseDirectory(dir, leaf) {
  return dir === `supabase/${leaf}` || dir.endsWith(`/supabase/${leaf}`);
}
var import_node_path2, SUPABASE_ROLLBACKS, supabase;
var init_supabase = __esm({
  "src/conventions/supabase.ts"() {
    "use strict";
    import_node_path2 = require("node:path");
    init_names();
    init_versions();
    SUPABASE_ROLLBACKS = "../rollbacks";
    supabase = {
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
        const dir = import_node_path2.posix.dirname(path);
        if (!isSupabaseDirectory(dir, "rollbacks")) return null;
        return { directory: import_node_path2.posix.join(import_node_path2.posix.dirname(dir), "migrations"), entry: `${SUPABASE_ROLLBACKS}/${import_node_path2.posix.basename(path)}` };
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
  }
});

// src/conventions/timestamp.ts
var timestamp;
var init_timestamp = __esm({
  "src/conventions/timestamp.ts"() {
    "use strict";
    init_names();
    init_versions();
    timestamp = {
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
  }
});

// src/conventions/versioned.ts
var import_node_path3, VERSION_DIRECTORY, versioned;
var init_versioned = __esm({
  "src/conventions/versioned.ts"() {
    "use strict";
    import_node_path3 = require("node:path");
    init_names();
    VERSION_DIRECTORY = /^v(\d+(?:\.\d+)*)$/i;
    versioned = {
      id: "versioned",
      extensions: [".sql"],
      inFileRollback: false,
      wrapsInTransaction: null,
      sendsFileAsOneQuery: false,
      checksummed: false,
      hasRollbacks: false,
      locate(path) {
        const parent = import_node_path3.posix.dirname(path);
        const root = import_node_path3.posix.dirname(parent);
        if (parent === "." || import_node_path3.posix.basename(root) !== "versioned" || !VERSION_DIRECTORY.test(import_node_path3.posix.basename(parent))) return null;
        return { directory: root, entry: `${import_node_path3.posix.basename(parent)}/${import_node_path3.posix.basename(path)}` };
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
  }
});

// src/conventions/index.ts
function detectConvention(fileNames, sampleTexts, directory = "") {
  if (fileNames.includes(SQITCH_PLAN)) return "sqitch";
  if (fileNames.includes("migration_lock.toml")) return "prisma";
  const entries = sampleNames(fileNames).map((name) => name.includes("/") && !name.startsWith("../") && /^\d|^v\d/i.test(name) ? name : import_node_path4.posix.basename(name));
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
function isMigrationFile(path) {
  return hasExtension(path, MIGRATION_EXTENSIONS);
}
function hasExtension(path, extensions) {
  const lower = path.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
function locateMigration(path) {
  for (const convention of NESTED) {
    const place = convention.locate(path);
    if (place !== null) return place;
  }
  return { directory: import_node_path4.posix.dirname(path), entry: import_node_path4.posix.basename(path) };
}
var import_node_path4, conventions, MIGRATION_EXTENSIONS, NESTED;
var init_conventions = __esm({
  "src/conventions/index.ts"() {
    "use strict";
    import_node_path4 = require("node:path");
    init_name_index();
    init_alembic();
    init_dbmate();
    init_diesel();
    init_flyway();
    init_golang_migrate();
    init_goose();
    init_knex();
    init_node_pg_migrate();
    init_postgrator();
    init_prisma();
    init_sqitch();
    init_sql_migrate();
    init_supabase();
    init_timestamp();
    init_versioned();
    init_versions();
    conventions = {
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
    MIGRATION_EXTENSIONS = [...new Set(Object.values(conventions).flatMap((convention) => convention.extensions))];
    NESTED = Object.values(conventions).filter((convention) => convention.locate !== void 0);
  }
});

// src/conventions/transactions.ts
function transactionsOf(convention, sections, statements, assume) {
  const outside = outsideMode(convention, sections, statements, assume);
  const result = /* @__PURE__ */ new Map();
  let block = 0;
  let open = false;
  for (const statement of statements) {
    const kind = statement.type === "TransactionStmt" ? String(statement.node.kind ?? "") : "";
    if (OPENS.has(kind) && !open) {
      open = true;
      block++;
    }
    if (open) result.set(statement, { inTransaction: true, mode: "explicit", block });
    else result.set(statement, outside);
    if (CLOSES.has(kind)) open = false;
  }
  return result;
}
function outsideMode(convention, sections, statements, assume) {
  if (assume !== void 0) return assume ? { inTransaction: true, mode: "config", block: 0 } : { inTransaction: false, mode: "config", block: null };
  if (convention.wrapsInTransaction === null) return { inTransaction: null, mode: "unknown", block: null };
  if (convention.wrapsInTransaction && (sections?.transaction ?? true)) return { inTransaction: true, mode: "tool", block: 0 };
  if (convention.sendsFileAsOneQuery && statements.length > 1) return { inTransaction: true, mode: "implicit", block: 0 };
  return { inTransaction: false, mode: "none", block: null };
}
var OPENS, CLOSES;
var init_transactions = __esm({
  "src/conventions/transactions.ts"() {
    "use strict";
    OPENS = /* @__PURE__ */ new Set(["TRANS_STMT_BEGIN", "TRANS_STMT_START"]);
    CLOSES = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"]);
  }
});

// src/exact-length.ts
function exactLength(array) {
  return array.slice();
}
var init_exact_length = __esm({
  "src/exact-length.ts"() {
    "use strict";
  }
});

// src/sql/facts.ts
function createTable(relation) {
  const table = relationName(relation);
  return relation?.relpersistence === "t" ? { kind: "create-table", phase: null, table, temporary: true } : { kind: "create-table", phase: "expand", table };
}
function columnDefinitions(type, node) {
  if (node === null || typeof node !== "object") return [];
  if (type === "CreateStmt") {
    const table = relationName(node.relation);
    const columns = list(node.tableElts).flatMap(
      (e) => e.ColumnDef ? [{ table, definition: columnDefinition(e.ColumnDef), node: e.ColumnDef, by: "create-table" }] : []
    );
    for (const element of list(node.tableElts)) {
      if (element.Constraint?.contype !== "CONSTR_PRIMARY") continue;
      const keys = new Set(list(element.Constraint.keys).map(stringOf));
      for (const { definition } of columns) if (keys.has(definition.column)) definition.primaryKey = true;
    }
    return columns;
  }
  if (type === "AlterTableStmt" && (node.objtype === void 0 || node.objtype === "OBJECT_TABLE")) {
    const table = relationName(node.relation);
    return list(node.cmds).flatMap((item) => {
      const cmd = item.AlterTableCmd ?? {};
      if (!cmd.def?.ColumnDef) return [];
      if (cmd.subtype === "AT_AddColumn") return [{ table, definition: columnDefinition(cmd.def.ColumnDef), node: cmd.def.ColumnDef, by: "add-column" }];
      if (cmd.subtype !== "AT_AlterColumnType") return [];
      const definition = { ...columnDefinition(cmd.def.ColumnDef), column: typeof cmd.name === "string" ? cmd.name : "" };
      return [{ table, definition, node: cmd.def.ColumnDef, by: "alter-type" }];
    });
  }
  return [];
}
function columnDefinition(def) {
  const typeNames = list(def.typeName?.names).map(stringOf);
  const typeName = typeNames.at(-1) ?? "";
  let fill = typeNames.length === 1 && SERIAL_TYPES.has(typeName) ? "serial" : "null";
  let primaryKey = false;
  for (const item of list(def.constraints)) {
    const constraint = item.Constraint ?? {};
    if (constraint.contype === "CONSTR_PRIMARY") primaryKey = true;
    else if (constraint.contype === "CONSTR_IDENTITY") fill = "identity";
    else if (constraint.contype === "CONSTR_GENERATED" && constraint.generated_kind !== "v") fill = "stored-generated";
    else if (constraint.contype === "CONSTR_DEFAULT" && constraint.raw_expr?.A_Const?.isnull !== true && fill === "null") {
      fill = callsVolatileFunction(constraint.raw_expr) ? "volatile-default" : "default";
    }
  }
  return {
    column: typeof def.colname === "string" ? def.colname : "",
    type: formatType(def.typeName),
    typeName,
    hasTypmods: list(def.typeName?.typmods).length > 0,
    primaryKey,
    fill
  };
}
function actionsOf(type, node) {
  if (node === null || typeof node !== "object") return [other(describeStatement(type, {}))];
  switch (type) {
    case "CreateStmt":
      return [createTable(node.relation)];
    case "CreateTableAsStmt":
      if (node.objtype === "OBJECT_MATVIEW") return [createOther("MATERIALIZED VIEW", relationName(node.into?.rel))];
      return [createTable(node.into?.rel)];
    case "IndexStmt":
      return [
        {
          kind: "create-index",
          phase: "expand",
          table: relationName(node.relation),
          index: typeof node.idxname === "string" ? node.idxname : null,
          concurrently: node.concurrent === true,
          unique: node.unique === true
        }
      ];
    case "AlterTableStmt":
      return alterTableActions(node);
    case "DropStmt":
      return dropActions(node);
    case "RenameStmt":
      return [renameAction(node)];
    case "AlterObjectSchemaStmt":
      return [moveAction(node)];
    case "AlterEnumStmt":
      return [enumAction(node)];
    case "InsertStmt":
    case "UpdateStmt":
    case "DeleteStmt":
    case "MergeStmt":
    case "SelectStmt":
      return dataActions(type, node);
    case "CopyStmt":
      if (node.is_from !== true) return [other(node.relation ? `COPY ${relationName(node.relation)} TO` : "COPY TO")];
      return [data("copy", node.relation ? relationName(node.relation) : null)];
    case "TruncateStmt":
      return list(node.relations).map((r) => data("truncate", relationName(r.RangeVar)));
    default:
      return createActions(type, node) ?? dropOtherActions(type, node) ?? [other(describeStatement(type, node))];
  }
}
function alterTableActions(node) {
  const table = relationName(node.relation);
  const isTable = node.objtype === void 0 || node.objtype === "OBJECT_TABLE" || node.objtype === "OBJECT_FOREIGN_TABLE";
  const actions = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    const column = typeof cmd.name === "string" ? cmd.name : "";
    if (isTable) {
      switch (cmd.subtype) {
        case "AT_AddColumn":
          actions.push(...addColumnActions(table, cmd.def?.ColumnDef ?? {}));
          continue;
        case "AT_AddConstraint":
          actions.push(constraintAction(table, cmd.def?.Constraint ?? {}));
          continue;
        case "AT_DropColumn":
          actions.push({ kind: "drop-column", phase: "contract", table, column });
          continue;
        case "AT_DropConstraint":
          actions.push({ kind: "drop-constraint", phase: "contract", table, constraint: column });
          continue;
        case "AT_AlterColumnType":
          actions.push({
            kind: "alter-column-type",
            phase: "contract",
            table,
            column,
            type: formatType(cmd.def?.ColumnDef?.typeName),
            ...cmd.def?.ColumnDef?.raw_default ? { using: true } : {}
          });
          continue;
        case "AT_SetNotNull":
          actions.push({ kind: "set-not-null", phase: "contract", table, column });
          continue;
      }
    }
    actions.push(other(`ALTER ${objectWords(node.objtype ?? "OBJECT_TABLE")} ${table} ${describeSubcommand(cmd)}`));
  }
  return exactLength(actions);
}
function addColumnActions(table, def) {
  const column = typeof def.colname === "string" ? def.colname : "";
  const typeNames = list(def.typeName?.names).map(stringOf);
  const serial = typeNames.length === 1 && SERIAL_TYPES.has(typeNames[0]);
  let notNull = def.is_not_null === true || serial;
  let hasDefault = serial;
  let volatileDefault = serial;
  const constraints = [];
  for (const item of list(def.constraints)) {
    const constraint = item.Constraint ?? {};
    switch (constraint.contype) {
      case "CONSTR_NOTNULL":
        notNull = true;
        break;
      case "CONSTR_DEFAULT":
        if (constraint.raw_expr?.A_Const?.isnull === true) break;
        hasDefault = true;
        volatileDefault ||= callsVolatileFunction(constraint.raw_expr);
        break;
      case "CONSTR_IDENTITY":
        notNull = hasDefault = volatileDefault = true;
        break;
      case "CONSTR_GENERATED":
        hasDefault = true;
        volatileDefault ||= constraint.generated_kind !== "v";
        break;
      case "CONSTR_PRIMARY":
        notNull = true;
        constraints.push(constraintAction(table, constraint));
        break;
      case "CONSTR_CHECK":
      case "CONSTR_UNIQUE":
      case "CONSTR_FOREIGN":
      case "CONSTR_EXCLUSION":
        constraints.push(constraintAction(table, constraint));
        break;
    }
  }
  return [{ kind: "add-column", phase: "expand", table, column, notNull, hasDefault, volatileDefault }, ...constraints];
}
function constraintAction(table, constraint) {
  const constraintType = CONSTRAINT_TYPES[constraint.contype];
  if (constraintType === void 0) return other(`ALTER TABLE ${table} ADD CONSTRAINT`);
  const action = {
    kind: "add-constraint",
    phase: "expand",
    table,
    constraint: typeof constraint.conname === "string" ? constraint.conname : null,
    constraintType,
    // NOT VALID sets skip_validation; initially_valid is absent for UNIQUE and PRIMARY KEY even without it.
    notValid: constraint.skip_validation === true
  };
  if (typeof constraint.indexname === "string") action.usingIndex = constraint.indexname;
  if (constraint.pktable) action.references = relationName(constraint.pktable);
  return action;
}
function callsVolatileFunction(expression) {
  const stack = [expression];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    const call = value.FuncCall;
    if (call) {
      const name = list(call.funcname).map(stringOf).at(-1);
      if (name !== void 0 && VOLATILE_FUNCTIONS.has(name)) return true;
    }
    for (const key in value) stack.push(value[key]);
  }
  return false;
}
function dropActions(node) {
  const objects = list(node.objects);
  switch (node.removeType) {
    case "OBJECT_TABLE":
      return objects.map((o) => ({ kind: "drop-table", phase: "contract", table: objectName(o) }));
    case "OBJECT_INDEX":
      return objects.map((o) => ({ kind: "drop-index", phase: "contract", index: objectName(o), concurrently: node.concurrent === true }));
    default: {
      const objectType = objectWords(node.removeType);
      const onTable = ON_TABLE.has(node.removeType);
      return objects.map((o) => ({ kind: "drop-other", phase: "contract", objectType, name: onTable ? onTableName(o) : objectName(o) }));
    }
  }
}
function onTableName(object) {
  const names = list(object.List?.items).map(stringOf);
  if (names.length < 2) return objectName(object);
  return `${names.at(-1)} ON ${names.slice(0, -1).join(".")}`;
}
function dropOtherActions(type, node) {
  const drop = (objectType, names) => names.map((name) => ({ kind: "drop-other", phase: "contract", objectType, name }));
  switch (type) {
    case "DropRoleStmt":
      return drop("ROLE", list(node.roles).map((r) => roleName(r.RoleSpec)));
    case "DropdbStmt":
      return drop("DATABASE", [String(node.dbname ?? "")]);
    case "DropTableSpaceStmt":
      return drop("TABLESPACE", [String(node.tablespacename ?? "")]);
    case "DropSubscriptionStmt":
      return drop("SUBSCRIPTION", [String(node.subname ?? "")]);
    default:
      return null;
  }
}
function renameAction(node) {
  const newName = String(node.newname ?? "");
  const subname = typeof node.subname === "string" ? node.subname : null;
  const relation = node.relation ? relationName(node.relation) : null;
  switch (node.renameType) {
    case "OBJECT_TABLE":
    case "OBJECT_FOREIGN_TABLE":
      return { kind: "rename-table", phase: "contract", table: relation ?? "", newName };
    case "OBJECT_COLUMN":
      if (node.relationType === "OBJECT_TABLE" || node.relationType === "OBJECT_FOREIGN_TABLE") {
        return { kind: "rename-column", phase: "contract", table: relation ?? "", column: subname ?? "", newName };
      }
      return { kind: "rename-other", phase: "contract", objectType: "COLUMN", name: `${relation}.${subname}`, newName };
  }
  const base = relation ?? (node.object ? objectName(node.object) : null);
  const name = subname !== null && base !== null ? `${subname} ON ${base}` : base ?? subname ?? "";
  return { kind: "rename-other", phase: "contract", objectType: objectWords(node.renameType), name, newName };
}
function moveAction(node) {
  const name = node.relation ? relationName(node.relation) : objectName(node.object);
  const newName = `${node.newschema}.${name.split(".").at(-1)}`;
  if (node.objectType === "OBJECT_TABLE") return { kind: "rename-table", phase: "contract", table: name, newName };
  return { kind: "rename-other", phase: "contract", objectType: objectWords(node.objectType), name, newName };
}
function enumAction(node) {
  const type = list(node.typeName).map(stringOf).join(".");
  if (typeof node.oldVal === "string") {
    return { kind: "rename-other", phase: "contract", objectType: "ENUM VALUE", name: `${type}.${node.oldVal}`, newName: String(node.newVal ?? "") };
  }
  return createOther("ENUM VALUE", `${type}.${node.newVal}`);
}
function dataActions(type, node) {
  const actions = [];
  for (const cte of list(node.withClause?.ctes)) {
    const query = cte.CommonTableExpr?.ctequery ?? {};
    const [queryType] = Object.keys(query);
    if (queryType !== void 0 && DATA_VERBS[queryType]) actions.push(...dataActions(queryType, query[queryType] ?? {}));
  }
  const verb = DATA_VERBS[type];
  if (verb) actions.push(data(verb, node.relation ? relationName(node.relation) : null));
  else if (node.intoClause) actions.push(createTable(node.intoClause.rel));
  else if (actions.length === 0) actions.push(other("SELECT"));
  return exactLength(actions);
}
function createActions(type, node) {
  if (!type.startsWith("Create") && type !== "ViewStmt" && type !== "CompositeTypeStmt" && type !== "DefineStmt" && type !== "RuleStmt") {
    return null;
  }
  const [objectType, name] = createdObject(type, node);
  if (node.replace === true) return [other(`CREATE OR REPLACE ${objectType}${name ? ` ${name}` : ""}`)];
  return [createOther(objectType, name)];
}
function createdObject(type, node) {
  const names = (value) => list(value).map(stringOf).join(".") || null;
  switch (type) {
    case "ViewStmt":
      return ["VIEW", relationName(node.view)];
    case "CreateFunctionStmt":
      return [node.is_procedure ? "PROCEDURE" : "FUNCTION", names(node.funcname)];
    case "CreateTrigStmt":
      return [node.isconstraint ? "CONSTRAINT TRIGGER" : "TRIGGER", `${node.trigname} ON ${relationName(node.relation)}`];
    case "RuleStmt":
      return ["RULE", `${node.rulename} ON ${relationName(node.relation)}`];
    case "CreatePolicyStmt":
      return ["POLICY", `${node.policy_name} ON ${relationName(node.table)}`];
    case "CreateExtensionStmt":
      return ["EXTENSION", node.extname ?? null];
    case "CreateSchemaStmt":
      return ["SCHEMA", node.schemaname ?? (node.authrole ? roleName(node.authrole) : null)];
    case "CreateSeqStmt":
      return ["SEQUENCE", relationName(node.sequence)];
    case "CreateEnumStmt":
    case "CreateRangeStmt":
      return ["TYPE", names(node.typeName)];
    case "CompositeTypeStmt":
      return ["TYPE", relationName(node.typevar)];
    case "CreateDomainStmt":
      return ["DOMAIN", names(node.domainname)];
    case "DefineStmt":
      return [objectWords(node.kind), names(node.defnames)];
    case "CreateForeignTableStmt":
      return ["FOREIGN TABLE", relationName(node.base?.relation)];
    case "CreateRoleStmt":
      return ["ROLE", node.role ?? null];
    case "CreatedbStmt":
      return ["DATABASE", node.dbname ?? null];
    case "CreateEventTrigStmt":
      return ["EVENT TRIGGER", node.trigname ?? null];
    case "CreatePublicationStmt":
      return ["PUBLICATION", node.pubname ?? null];
    case "CreateSubscriptionStmt":
      return ["SUBSCRIPTION", node.subname ?? null];
    case "CreateStatsStmt":
      return ["STATISTICS", names(node.defnames)];
    default: {
      const kind = type.replace(/^Create|Stmt$/g, "");
      return [CREATE_WORDS[kind] ?? words(kind), null];
    }
  }
}
function describeStatement(type, node) {
  switch (type) {
    case "VariableSetStmt": {
      const reset = String(node.kind ?? "").startsWith("VAR_RESET");
      return `${reset ? "RESET" : node.is_local ? "SET LOCAL" : "SET"} ${node.name ?? (reset ? "ALL" : "")}`.trim();
    }
    case "TransactionStmt":
      return String(node.kind ?? "TRANS_STMT_BEGIN").replace("TRANS_STMT_", "").replace(/_/g, " ");
    case "GrantStmt":
    case "GrantRoleStmt":
      return node.is_grant ? "GRANT" : "REVOKE";
    case "CommentStmt":
      return `COMMENT ON ${objectWords(node.objtype)}`;
    case "VacuumStmt":
      return node.is_vacuumcmd ? "VACUUM" : "ANALYZE";
    case "RefreshMatViewStmt":
      return `REFRESH MATERIALIZED VIEW ${relationName(node.relation)}`;
    case "AlterSeqStmt":
      return `ALTER SEQUENCE ${relationName(node.sequence)}`;
    case "LockStmt":
      return `LOCK TABLE ${list(node.relations).map((r) => relationName(r.RangeVar)).join(", ")}`;
    default:
      return words(type.replace(/Stmt$/, ""));
  }
}
function describeSubcommand(cmd) {
  const name = typeof cmd.name === "string" ? cmd.name : "";
  switch (cmd.subtype) {
    case "AT_ColumnDefault":
      return `ALTER COLUMN ${name} ${cmd.def ? "SET" : "DROP"} DEFAULT`;
    case "AT_DropNotNull":
      return `ALTER COLUMN ${name} DROP NOT NULL`;
    case "AT_ValidateConstraint":
      return `VALIDATE CONSTRAINT ${name}`;
    default:
      return `${words(String(cmd.subtype ?? "").replace(/^AT_/, ""))}${name ? ` ${name}` : ""}`;
  }
}
function objectWords(objectType) {
  const key = String(objectType ?? "");
  return OBJECT_WORDS[key] ?? key.replace(/^OBJECT_/, "").replace(/_/g, " ");
}
function words(camel) {
  return camel.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toUpperCase().replace("TABLE SPACE", "TABLESPACE");
}
function relationName(rangeVar) {
  if (rangeVar === null || typeof rangeVar !== "object") return "";
  const { catalogname, schemaname, relname } = rangeVar;
  return [catalogname, schemaname, relname].filter((part) => typeof part === "string").join(".");
}
function objectName(object) {
  if (object === null || typeof object !== "object") return "";
  const o = object;
  if (o.String) return stringOf(o);
  if (o.List) {
    const items = list(o.List.items);
    return items.every((item) => item.String) ? items.map(stringOf).join(".") : items.map(objectName).join(", ");
  }
  if (o.TypeName) return formatType(o.TypeName);
  if (o.ObjectWithArgs) return list(o.ObjectWithArgs.objname).map(stringOf).join(".");
  if (o.RangeVar) return relationName(o.RangeVar);
  return "";
}
function roleName(role) {
  const spec = role ?? {};
  if (typeof spec.rolename === "string") return spec.rolename;
  return String(spec.roletype ?? "").replace(/^ROLESPEC_/, "").toLowerCase();
}
function formatType(typeName) {
  if (typeName === null || typeof typeName !== "object") return "";
  const t = typeName;
  const names = list(t.names).map(stringOf);
  let name = names.length === 2 && names[0] === "pg_catalog" ? CATALOG_TYPES.get(names[1]) ?? names[1] : names.join(".");
  const mods = list(t.typmods).map((m) => m.A_Const?.ival);
  if (mods.length > 0 && name !== "interval" && mods.every((m) => m !== void 0)) {
    name += `(${mods.map((m) => m.ival ?? 0).join(",")})`;
  }
  for (const bound of list(t.arrayBounds)) {
    const size = bound.Integer?.ival;
    name += typeof size === "number" && size >= 0 ? `[${size}]` : "[]";
  }
  if (t.pct_type) name += "%TYPE";
  return t.setof ? `SETOF ${name}` : name;
}
function list(value) {
  if (!Array.isArray(value)) return NO_NODES;
  for (const item of value) if (item === null || typeof item !== "object") return value.filter((node) => node !== null && typeof node === "object");
  return value;
}
function stringOf(value) {
  return typeof value.String?.sval === "string" ? value.String.sval : "";
}
function createOther(objectType, name) {
  return { kind: "create-other", phase: "expand", objectType, name: name || null };
}
function data(verb, table) {
  return { kind: "data", phase: "migrate", table, verb };
}
function other(description) {
  return { kind: "other", phase: null, description };
}
var SERIAL_TYPES, CONSTRAINT_TYPES, VOLATILE_FUNCTIONS, ON_TABLE, DATA_VERBS, CREATE_WORDS, OBJECT_WORDS, CATALOG_TYPES, NO_NODES;
var init_facts = __esm({
  "src/sql/facts.ts"() {
    "use strict";
    init_exact_length();
    SERIAL_TYPES = /* @__PURE__ */ new Set(["smallserial", "serial2", "serial", "serial4", "bigserial", "serial8"]);
    CONSTRAINT_TYPES = {
      CONSTR_CHECK: "CHECK",
      CONSTR_FOREIGN: "FOREIGN KEY",
      CONSTR_PRIMARY: "PRIMARY KEY",
      CONSTR_UNIQUE: "UNIQUE",
      CONSTR_EXCLUSION: "EXCLUDE",
      CONSTR_NOTNULL: "NOT NULL"
    };
    VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
      "clock_timestamp",
      "gen_random_bytes",
      "gen_random_uuid",
      "nextval",
      "random",
      "random_normal",
      "timeofday",
      "txid_current",
      "uuid_generate_v1",
      "uuid_generate_v1mc",
      "uuid_generate_v4",
      "uuidv4",
      "uuidv7"
    ]);
    ON_TABLE = /* @__PURE__ */ new Set(["OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE"]);
    DATA_VERBS = {
      InsertStmt: "insert",
      UpdateStmt: "update",
      DeleteStmt: "delete",
      MergeStmt: "merge"
    };
    CREATE_WORDS = {
      Am: "ACCESS METHOD",
      Fdw: "FOREIGN DATA WRAPPER",
      ForeignServer: "SERVER",
      OpClass: "OPERATOR CLASS",
      OpFamily: "OPERATOR FAMILY",
      PLang: "LANGUAGE"
    };
    OBJECT_WORDS = {
      OBJECT_MATVIEW: "MATERIALIZED VIEW",
      OBJECT_TABCONSTRAINT: "CONSTRAINT",
      OBJECT_DOMCONSTRAINT: "DOMAIN CONSTRAINT",
      OBJECT_FDW: "FOREIGN DATA WRAPPER",
      OBJECT_FOREIGN_SERVER: "SERVER",
      OBJECT_OPCLASS: "OPERATOR CLASS",
      OBJECT_OPFAMILY: "OPERATOR FAMILY",
      OBJECT_STATISTIC_EXT: "STATISTICS",
      OBJECT_LARGEOBJECT: "LARGE OBJECT",
      OBJECT_TSCONFIGURATION: "TEXT SEARCH CONFIGURATION",
      OBJECT_TSDICTIONARY: "TEXT SEARCH DICTIONARY",
      OBJECT_TSPARSER: "TEXT SEARCH PARSER",
      OBJECT_TSTEMPLATE: "TEXT SEARCH TEMPLATE"
    };
    CATALOG_TYPES = /* @__PURE__ */ new Map([
      ["int2", "smallint"],
      ["int4", "integer"],
      ["int8", "bigint"],
      ["float4", "real"],
      ["float8", "double precision"],
      ["bool", "boolean"],
      ["bpchar", "char"],
      ["varbit", "bit varying"]
    ]);
    NO_NODES = Object.freeze([]);
  }
});

// src/schema/versioned-map.ts
var VersionedMap;
var init_versioned_map = __esm({
  "src/schema/versioned-map.ts"() {
    "use strict";
    init_lower_bound();
    VersionedMap = class {
      /** Each key's writes, oldest first: the step, and the value (undefined for a delete). */
      writes = /* @__PURE__ */ new Map();
      /** The step writes are stamped with; raise it between steps. */
      step = 0;
      get(key) {
        const history = this.writes.get(key);
        return history?.values[history.values.length - 1];
      }
      has(key) {
        return this.get(key) !== void 0;
      }
      set(key, value) {
        this.write(key, value);
      }
      delete(key) {
        if (this.has(key)) this.write(key, void 0);
      }
      /** The current entries; writes made while iterating are seen as Map iteration sees them. */
      *[Symbol.iterator]() {
        for (const [key, history] of this.writes) {
          const value = history.values[history.values.length - 1];
          if (value !== void 0) yield [key, value];
        }
      }
      /** The value `key` had before `step`: the last write stamped with a smaller step. */
      at(key, step) {
        const history = this.writes.get(key);
        if (history === void 0) return void 0;
        const { steps, values } = history;
        if (steps[steps.length - 1] < step) return values[values.length - 1];
        const after = lowerBound(steps.length, (index) => steps[index] < step);
        return after === 0 ? void 0 : values[after - 1];
      }
      write(key, value) {
        const history = this.writes.get(key);
        if (history === void 0) {
          this.writes.set(key, { steps: [this.step], values: [value] });
          return;
        }
        const last = history.steps.length - 1;
        if (last >= 0 && history.steps[last] === this.step) history.values[last] = value;
        else {
          history.steps.push(this.step);
          history.values.push(value);
        }
      }
    };
  }
});

// src/schema/model.ts
function tableKey(name) {
  return name.startsWith("public.") ? name.slice("public.".length) : name;
}
function columnType(typeName) {
  const type = formatType(typeName);
  return SERIAL_TYPES2.get(type) ?? type;
}
function addColumn(table, def, indexes) {
  const name = typeof def.colname === "string" ? def.colname : "";
  if (!name) return;
  const written = formatType(def.typeName);
  const serial = SERIAL_TYPES2.has(written);
  const column = { name, type: columnType(def.typeName), notNull: def.is_not_null === true || serial, hasDefault: serial };
  for (const item of list(def.constraints)) {
    const constraint = item.Constraint ?? {};
    switch (constraint.contype) {
      case "CONSTR_NOTNULL":
      case "CONSTR_PRIMARY":
        column.notNull = true;
        break;
      case "CONSTR_DEFAULT":
        if (constraint.raw_expr?.A_Const?.isnull !== true) column.hasDefault = true;
        break;
      case "CONSTR_IDENTITY":
        column.notNull = column.hasDefault = true;
        break;
      case "CONSTR_GENERATED":
        column.hasDefault = true;
        break;
    }
    if (CONSTRAINT_TYPES[constraint.contype] && constraint.contype !== "CONSTR_NOTNULL") {
      addConstraint(table, { ...constraint, keys: constraint.keys ?? [{ String: { sval: name } }] }, indexes);
    }
  }
  table.columns.set(name, column);
}
function addConstraint(table, constraint, indexes) {
  const type = CONSTRAINT_TYPES[constraint.contype];
  if (type === void 0) return;
  const keys = list(constraint.keys ?? constraint.fk_attrs).map(stringOf2);
  const notNullColumn = type === "CHECK" ? notNullCheckColumn(constraint.raw_expr) : void 0;
  const shortTable = table.name.split(".").at(-1);
  const firstColumn = keys[0] ?? (type === "CHECK" ? firstColumnRef(constraint.raw_expr) : void 0);
  const name = typeof constraint.conname === "string" ? constraint.conname : constraint.contype === "CONSTR_PRIMARY" ? `${shortTable}_pkey` : `${shortTable}${firstColumn ? `_${firstColumn}` : ""}_${NAME_SUFFIXES[constraint.contype]}`;
  const info = { name, type, validated: constraint.skip_validation !== true };
  if (notNullColumn !== void 0) info.notNullColumn = notNullColumn;
  table.constraints.push(info);
  if (type === "PRIMARY KEY") {
    for (const key of keys) {
      const column = table.columns.get(key);
      if (column) table.columns.set(key, { ...column, notNull: true });
    }
  }
  if (type === "PRIMARY KEY" || type === "UNIQUE") {
    const adopted = typeof constraint.indexname === "string" ? constraint.indexname : null;
    if (adopted) indexes.delete(tableKey(adopted));
    indexes.set(name, { name, table: table.name, unique: true, columns: keys });
  }
}
function firstColumnRef(expression) {
  const stack = [expression];
  while (stack.length > 0) {
    const value = stack.shift();
    if (value === null || typeof value !== "object") continue;
    const fields = list(value.ColumnRef?.fields);
    if (fields.length > 0) return stringOf2(fields.at(-1)) || void 0;
    for (const key in value) stack.push(value[key]);
  }
  return void 0;
}
function notNullCheckColumn(expression) {
  const test = expression?.NullTest;
  if (!test || test.nulltesttype !== "IS_NOT_NULL") return void 0;
  const fields = list(test.arg?.ColumnRef?.fields);
  return fields.length === 1 ? stringOf2(fields[0]) || void 0 : void 0;
}
function relationName2(rangeVar) {
  if (rangeVar === null || typeof rangeVar !== "object") return "";
  const { schemaname, relname } = rangeVar;
  return [schemaname, relname].filter((part) => typeof part === "string").join(".");
}
function objectName2(object) {
  if (object.List) return list(object.List.items).map(stringOf2).join(".");
  if (object.String) return stringOf2(object);
  return "";
}
function stringOf2(value) {
  return typeof value.String?.sval === "string" ? value.String.sval : "";
}
var SchemaState, SERIAL_TYPES2, NAME_SUFFIXES;
var init_model = __esm({
  "src/schema/model.ts"() {
    "use strict";
    init_facts();
    init_versioned_map();
    SchemaState = class {
      tables = new VersionedMap();
      indexes = new VersionedMap();
      /** The step the next changes belong to; earlier steps' states stay readable. */
      set step(step) {
        this.tables.step = step;
        this.indexes.step = step;
      }
      tableAt(key, step) {
        return this.tables.at(key, step);
      }
      indexAt(key, step) {
        return this.indexes.at(key, step);
      }
      /** Marks a table as only partly known (a migration mentioning it could not be read). */
      markIncomplete(name) {
        const table = this.tables.get(tableKey(name));
        if (table) this.tables.set(table.name, { ...table, complete: false });
      }
      /** Replays one statement. Statements about objects the state does not hold change nothing (or add what they tell). */
      apply(statement) {
        const node = statement.node;
        switch (statement.type) {
          case "CreateStmt":
            this.createTable(node);
            return;
          case "CreateTableAsStmt":
            if (node.objtype !== "OBJECT_MATVIEW") this.putOpaqueTable(relationName2(node.into?.rel), node.into?.rel?.relpersistence === "t");
            return;
          case "SelectStmt":
            if (node.intoClause) this.putOpaqueTable(relationName2(node.intoClause.rel), node.intoClause.rel?.relpersistence === "t");
            return;
          case "AlterTableStmt":
            if (node.objtype === void 0 || node.objtype === "OBJECT_TABLE" || node.objtype === "OBJECT_FOREIGN_TABLE") this.alterTable(node);
            return;
          case "IndexStmt":
            this.createIndex(node);
            return;
          case "DropStmt":
            this.drop(node);
            return;
          case "RenameStmt":
            this.rename(node);
            return;
          case "AlterObjectSchemaStmt":
            if (node.objectType === "OBJECT_TABLE" && node.relation) {
              const from = relationName2(node.relation);
              this.renameTable(from, `${node.newschema}.${from.split(".").at(-1)}`);
            }
            return;
        }
        if (statement.type.includes(".")) for (const action of statement.actions) this.applyAction(action);
      }
      applyAction(action) {
        switch (action.kind) {
          case "create-table":
            this.putOpaqueTable(action.table, action.temporary === true);
            return;
          case "drop-table":
            this.drop({ removeType: "OBJECT_TABLE", objects: [{ String: { sval: action.table } }] });
            return;
          case "rename-table":
            this.renameTable(action.table, action.newName);
            return;
          case "drop-index":
            this.indexes.delete(tableKey(action.index));
            return;
          case "create-index": {
            const table2 = tableKey(action.table);
            const name = tableKey(action.index ?? `${table2.split(".").at(-1)}_idx`);
            this.indexes.set(name, { name, table: table2, unique: action.unique, columns: [] });
            return;
          }
        }
        if (!("table" in action) || action.table === null) return;
        const table = this.edit(action.table);
        if (!table) return;
        const column = "column" in action ? table.columns.get(action.column) : void 0;
        switch (action.kind) {
          case "add-column":
            table.columns.set(action.column, { name: action.column, type: "", notNull: action.notNull, hasDefault: action.hasDefault });
            return;
          case "drop-column":
            table.columns.delete(action.column);
            table.constraints = table.constraints.filter((c) => c.notNullColumn !== action.column);
            return;
          case "rename-column":
            if (column) table.columns = new Map([...table.columns].map(([key, value]) => key === column.name ? [action.newName, { ...value, name: action.newName }] : [key, value]));
            return;
          case "alter-column-type":
            if (column) table.columns.set(column.name, { ...column, type: action.type });
            return;
          case "set-not-null":
            if (column) table.columns.set(column.name, { ...column, notNull: true });
            return;
          case "add-constraint":
            if (action.constraint) table.constraints.push({ name: action.constraint, type: action.constraintType, validated: !action.notValid });
            return;
          case "drop-constraint":
            table.constraints = table.constraints.filter((c) => c.name !== action.constraint);
            return;
        }
      }
      createTable(node) {
        const name = tableKey(relationName2(node.relation));
        if (!name) return;
        const table = {
          name,
          columns: /* @__PURE__ */ new Map(),
          constraints: [],
          complete: list(node.inhRelations).length === 0 && !list(node.tableElts).some((e) => e.TableLikeClause) && !node.partbound,
          temporary: node.relation?.relpersistence === "t"
        };
        for (const element of list(node.tableElts)) {
          if (element.ColumnDef) addColumn(table, element.ColumnDef, this.indexes);
          else if (element.Constraint) addConstraint(table, element.Constraint, this.indexes);
        }
        this.tables.set(name, table);
      }
      putOpaqueTable(rawName, temporary) {
        const name = tableKey(rawName);
        if (name) this.tables.set(name, { name, columns: /* @__PURE__ */ new Map(), constraints: [], complete: false, temporary });
      }
      /** A copy of the table to change, put in place of the original (other snapshots keep the original). */
      edit(rawName) {
        const table = this.tables.get(tableKey(rawName));
        if (!table) return null;
        const copy = { ...table, columns: new Map(table.columns), constraints: [...table.constraints] };
        this.tables.set(copy.name, copy);
        return copy;
      }
      alterTable(node) {
        const table = this.edit(relationName2(node.relation));
        if (!table) return;
        for (const item of list(node.cmds)) {
          const cmd = item.AlterTableCmd ?? {};
          const name = typeof cmd.name === "string" ? cmd.name : "";
          const column = table.columns.get(name);
          switch (cmd.subtype) {
            case "AT_AddColumn":
              addColumn(table, cmd.def?.ColumnDef ?? {}, this.indexes);
              break;
            case "AT_DropColumn":
              table.columns.delete(name);
              table.constraints = table.constraints.filter((c) => c.notNullColumn !== name);
              break;
            case "AT_AlterColumnType":
              if (column) table.columns.set(name, { ...column, type: columnType(cmd.def?.ColumnDef?.typeName) });
              break;
            case "AT_SetNotNull":
              if (column) table.columns.set(name, { ...column, notNull: true });
              break;
            case "AT_DropNotNull":
              if (column) table.columns.set(name, { ...column, notNull: false });
              break;
            case "AT_ColumnDefault":
              if (column) table.columns.set(name, { ...column, hasDefault: Boolean(cmd.def) && cmd.def?.A_Const?.isnull !== true });
              break;
            case "AT_AddConstraint":
              addConstraint(table, cmd.def?.Constraint ?? {}, this.indexes);
              break;
            case "AT_DropConstraint":
              table.constraints = table.constraints.filter((c) => c.name !== name);
              break;
            case "AT_ValidateConstraint":
              table.constraints = table.constraints.map((c) => c.name === name ? { ...c, validated: true } : c);
              break;
          }
        }
      }
      createIndex(node) {
        const table = tableKey(relationName2(node.relation));
        const columns = list(node.indexParams).map((p) => typeof p.IndexElem?.name === "string" ? p.IndexElem.name : "expr");
        const name = typeof node.idxname === "string" ? node.idxname : `${table.split(".").at(-1)}_${columns.join("_")}_idx`;
        const schema = table.includes(".") ? `${table.split(".")[0]}.` : "";
        this.indexes.set(tableKey(schema + name), { name: tableKey(schema + name), table, unique: node.unique === true, columns });
      }
      drop(node) {
        for (const object of list(node.objects)) {
          const name = tableKey(objectName2(object));
          if (node.removeType === "OBJECT_TABLE") {
            this.tables.delete(name);
            for (const [key, index] of this.indexes) if (index.table === name) this.indexes.delete(key);
          } else if (node.removeType === "OBJECT_INDEX") {
            this.indexes.delete(name);
          }
        }
      }
      rename(node) {
        const relation = node.relation ? tableKey(relationName2(node.relation)) : "";
        const newName = String(node.newname ?? "");
        switch (node.renameType) {
          case "OBJECT_TABLE":
          case "OBJECT_FOREIGN_TABLE": {
            const schema = relation.includes(".") ? `${relation.split(".")[0]}.` : "";
            this.renameTable(relation, schema + newName);
            return;
          }
          case "OBJECT_COLUMN": {
            const table = this.edit(relation);
            const column = table?.columns.get(String(node.subname ?? ""));
            if (!table || !column) return;
            table.columns = new Map([...table.columns].map(([key, value]) => key === column.name ? [newName, { ...value, name: newName }] : [key, value]));
            table.constraints = table.constraints.map((c) => c.notNullColumn === column.name ? { ...c, notNullColumn: newName } : c);
            return;
          }
          case "OBJECT_TABCONSTRAINT": {
            const table = this.edit(relation);
            if (table) table.constraints = table.constraints.map((c) => c.name === node.subname ? { ...c, name: newName } : c);
            return;
          }
          case "OBJECT_INDEX": {
            const index = this.indexes.get(relation);
            if (!index) return;
            const schema = relation.includes(".") ? `${relation.split(".")[0]}.` : "";
            this.indexes.delete(relation);
            this.indexes.set(tableKey(schema + newName), { ...index, name: tableKey(schema + newName) });
            return;
          }
        }
      }
      renameTable(rawFrom, rawTo) {
        const from = tableKey(rawFrom);
        const to = tableKey(rawTo);
        const table = this.tables.get(from);
        this.tables.delete(from);
        this.tables.set(to, table ? { ...table, name: to } : { name: to, columns: /* @__PURE__ */ new Map(), constraints: [], complete: false, temporary: false });
        for (const [key, index] of this.indexes) if (index.table === from) this.indexes.set(key, { ...index, table: to });
      }
    };
    SERIAL_TYPES2 = /* @__PURE__ */ new Map([
      ["smallserial", "smallint"],
      ["serial2", "smallint"],
      ["serial", "integer"],
      ["serial4", "integer"],
      ["bigserial", "bigint"],
      ["serial8", "bigint"]
    ]);
    NAME_SUFFIXES = {
      CONSTR_CHECK: "check",
      CONSTR_FOREIGN: "fkey",
      CONSTR_UNIQUE: "key",
      CONSTR_EXCLUSION: "excl",
      CONSTR_NOTNULL: "not_null"
    };
  }
});

// src/schema/types.ts
function parseType(type) {
  const match = /^([a-z_][a-z0-9_ .]*?)(?:\(([\d,\s]+)\))?((?:\[\d*\])*)$/i.exec(type.trim());
  if (!match) return null;
  const raw = match[1].toLowerCase().replace(/^pg_catalog\./, "");
  return {
    name: ALIASES.get(raw) ?? raw,
    mods: match[2] ? match[2].split(",").map((m) => Number(m.trim())) : [],
    array: match[3] !== ""
  };
}
function isRewriteFree(from, to) {
  const a = parseType(from);
  const b = parseType(to);
  if (!a || !b || a.array !== b.array) return false;
  if (a.name === b.name && a.mods.join() === b.mods.join()) return true;
  const widens = (limit, next) => next === void 0 || limit !== void 0 && next >= limit;
  if ((a.name === "varchar" || a.name === "text") && (b.name === "varchar" || b.name === "text")) {
    if (b.name === "text") return true;
    return a.name === "varchar" ? widens(a.mods[0], b.mods[0]) : b.mods.length === 0;
  }
  if (a.name === "varbit" && b.name === "varbit") return widens(a.mods[0], b.mods[0]);
  if (a.name === "numeric" && b.name === "numeric") {
    if (b.mods.length === 0) return true;
    if (a.mods.length === 0) return false;
    return b.mods[0] >= a.mods[0] && (b.mods[1] ?? 0) === (a.mods[1] ?? 0);
  }
  return a.name === "cidr" && b.name === "inet";
}
var ALIASES;
var init_types = __esm({
  "src/schema/types.ts"() {
    "use strict";
    ALIASES = /* @__PURE__ */ new Map([
      ["character varying", "varchar"],
      ["bit varying", "varbit"],
      ["decimal", "numeric"],
      ["int", "integer"],
      ["int4", "integer"],
      ["int8", "bigint"],
      ["int2", "smallint"],
      ["timestamp with time zone", "timestamptz"],
      ["timestamp without time zone", "timestamp"]
    ]);
  }
});

// src/schema/index.ts
function hasNotNullCheck(table, column) {
  return table.constraints.some((c) => c.type === "CHECK" && c.validated && c.notNullColumn === column);
}
function compareMigrations(a, b) {
  if (a.directory !== b.directory) return a.directory < b.directory ? -1 : 1;
  const va = a.name?.version ?? null;
  const vb = b.name?.version ?? null;
  if (va !== null && vb !== null) {
    const order = compareVersions(va, vb);
    if (order !== 0) return order;
  } else if (va !== vb) {
    return va === null ? 1 : -1;
  }
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
function namesToLookUp(change, onlyFor) {
  const names = /* @__PURE__ */ new Set();
  for (const migration of change) {
    for (const statement of migration.up?.statements ?? []) {
      for (const action of statement.actions) {
        if (onlyFor && !onlyFor(action)) continue;
        for (const name of namesOf(action)) {
          const bare = name.split(".").at(-1);
          if (/^[A-Za-z_][A-Za-z0-9_$]*$/.test(bare)) names.add(bare.toLowerCase());
        }
      }
    }
  }
  return [...names].sort();
}
function dependsOnBase(action) {
  return action.kind === "alter-column-type" || action.kind === "set-not-null";
}
function namesOf(action) {
  const names = [];
  if ("table" in action && typeof action.table === "string") names.push(action.table);
  if ((action.kind === "create-index" || action.kind === "drop-index") && action.index) names.push(action.index);
  if (action.kind === "add-constraint" && action.references) names.push(action.references);
  if ((action.kind === "create-other" || action.kind === "drop-other" || action.kind === "rename-other") && action.name) {
    names.push(action.name.split(" ON ").at(-1));
  }
  return names;
}
function buildSchema(input) {
  const state = new SchemaState();
  state.step = BASE_STEP;
  for (const migration of [...input.base ?? []].sort(compareMigrations)) {
    for (const statement of migration.up?.statements ?? []) state.apply(statement);
    if (migration.unreadable || migration.up?.error) {
      for (const statement of migration.up?.statements ?? []) for (const action of statement.actions) if ("table" in action) state.markIncomplete(action.table);
    }
  }
  const createdAt = /* @__PURE__ */ new Map();
  const tracker = newObjectTracker(createdAt);
  const positions = /* @__PURE__ */ new Map();
  let position = 0;
  for (const migration of [...input.change].sort(compareMigrations)) {
    for (const statement of migration.up?.statements ?? []) {
      positions.set(statement, position);
      tracker(statement, position);
      state.step = position;
      state.apply(statement);
      position++;
    }
  }
  const searched = input.searched && input.base !== null ? new Set(input.searched) : null;
  const unsearched = /* @__PURE__ */ new Set();
  const note = (name, found) => {
    const bare = name.split(".").at(-1).toLowerCase();
    if (found === void 0 && searched && !searched.has(bare)) unsearched.add(bare);
    return found;
  };
  const replay = { state, createdAt, note };
  const view = (step, newUpTo) => new View(replay, step, newUpTo);
  const baseView = view(0, -1);
  return {
    before(statement) {
      const at = positions.get(statement);
      return at === void 0 ? baseView : view(at, at);
    },
    after: view(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
    baseRead: input.base !== null,
    unsearched: () => [...unsearched].sort()
  };
}
function newObjectTracker(createdAt) {
  const seen = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Set();
  const create = (object, position) => {
    if (!createdAt.has(object)) createdAt.set(object, position);
  };
  return (statement, position) => {
    for (const action of statement.actions) {
      const object = objectKey(action);
      if (object === null) continue;
      const isCreate = action.kind === "create-table" || action.kind === "create-index" || action.kind === "create-other";
      if (!seen.has(object) && isCreate || action.kind === "create-table" && action.temporary) create(object, position);
      if (action.kind === "create-other" && dropped.has(object)) create(object, position);
      if (action.kind === "drop-other") dropped.add(object);
      if ((action.kind === "rename-table" || action.kind === "rename-other") && createdAt.has(object)) create(tableKey(action.newName), position);
      seen.add(object);
    }
  };
}
function objectKey(action) {
  if (action.kind === "create-index" || action.kind === "drop-index") return action.index === null ? null : tableKey(action.index);
  if ("table" in action && typeof action.table === "string") return tableKey(action.table);
  if ("name" in action && typeof action.name === "string") return tableKey(action.name);
  return null;
}
var BASE_STEP, View;
var init_schema = __esm({
  "src/schema/index.ts"() {
    "use strict";
    init_versions();
    init_model();
    init_model();
    init_types();
    BASE_STEP = -1;
    View = class {
      constructor(replay, step, newUpTo) {
        this.replay = replay;
        this.step = step;
        this.newUpTo = newUpTo;
      }
      replay;
      step;
      newUpTo;
      table(name) {
        return this.replay.note(name, this.replay.state.tableAt(tableKey(name), this.step));
      }
      index(name) {
        return this.replay.note(name, this.replay.state.indexAt(tableKey(name), this.step));
      }
      isNew(name) {
        const position = this.replay.createdAt.get(tableKey(name));
        return position !== void 0 && position <= this.newUpTo;
      }
    };
  }
});

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data2 = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data2 ? escapeControlCharacters(String(data2[key])) : whole);
}
function escapeControlCharacters(text) {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (char) => {
    const named = { "\n": "\\n", "	": "\\t", "\r": "\\r" };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
function upStatements(migration) {
  return migration.up?.statements ?? [];
}
function* upActions(migration) {
  for (const statement of upStatements(migration)) {
    for (const action of statement.actions) yield { action, statement };
  }
}
function addedUpMigrations(context) {
  let added = addedOfRun.get(context.migrations);
  if (added === void 0) {
    added = context.migrations.filter((m) => isNewUpMigration(m) || isChangedRename(m));
    addedOfRun.set(context.migrations, added);
  }
  return added;
}
function isNewUpMigration(migration) {
  return migration.status === "added" && migration.name?.direction !== "down" && migration.up !== null;
}
function transactionsIn(context, migration) {
  const sections = migration.sections ?? (migration.transaction === void 0 ? null : { up: null, down: null, transaction: migration.transaction });
  return transactionsOf(conventions[migration.convention], sections, upStatements(migration), context.assumeInTransaction);
}
function typeChangeRewrites(context, action, at) {
  if (action.using) return true;
  const column = knownColumn(context, at, action.table, action.column)?.column;
  return column ? !isRewriteFree(column.type, action.type) : null;
}
function knownColumn(context, at, table, column) {
  const info = context.schema.before(at).table(table);
  const found = info?.complete ? info.columns.get(column) : void 0;
  return info && found ? { table: info, column: found } : void 0;
}
function isChangedRename(migration) {
  return migration.status === "renamed" && migration.unchangedStatements === false && migration.name?.direction !== "down" && migration.up !== null;
}
function summarizeFiles(files) {
  const shown = files.slice(0, 3).join(", ");
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}
function assumedNote(context, table, at) {
  const view = at ? context.schema.before(at) : context.schema.after;
  if (view.table(table) || view.isNew(table)) return "";
  return ` ("${table}" is not created by any migration migration-lint read: assumed to exist and hold rows.)`;
}
function breaksRunningCode(action) {
  if (action.phase !== "contract" || action.kind === "drop-index" || action.kind === "drop-constraint") return false;
  return !(action.kind === "rename-other" && action.objectType === "INDEX");
}
function isHarmlessForRunningCode(context, action, statement) {
  if (action.kind === "alter-column-type") return typeChangeRewrites(context, action, statement) === false;
  if (action.kind !== "set-not-null") return false;
  const known = knownColumn(context, statement, action.table, action.column);
  return known !== void 0 && (known.column.notNull || hasNotNullCheck(known.table, action.column));
}
function* breakingStatements(context) {
  for (const migration of addedUpMigrations(context)) {
    for (const statement of upStatements(migration)) {
      const action = statement.actions.find((a) => {
        const object = objectOf(a);
        return breaksRunningCode(a) && !(object && context.isNewInThisChange(object)) && !isHarmlessForRunningCode(context, a, statement);
      });
      if (action) yield { migration, statement, action };
    }
  }
}
function removedNames(action) {
  const bare = (name) => name.split(".").at(-1);
  if (action.kind === "drop-table" || action.kind === "rename-table") return { table: bare(action.table) };
  if (action.kind === "drop-column" || action.kind === "rename-column") return { table: bare(action.table), column: action.column };
  return null;
}
function tableOf(action) {
  return "table" in action && typeof action.table === "string" ? action.table : null;
}
function describeAction(action) {
  switch (action.kind) {
    case "create-table":
      return `CREATE TABLE ${action.table}`;
    case "create-index":
      return `CREATE INDEX${action.index ? ` ${action.index}` : ""} ON ${action.table}`;
    case "add-column":
      return `ADD COLUMN ${action.table}.${action.column}`;
    case "add-constraint":
      return `ADD CONSTRAINT${action.constraint ? ` ${action.constraint}` : ""} ON ${action.table}`;
    case "create-other":
      return `CREATE ${action.objectType}${action.name ? ` ${action.name}` : ""}`;
    case "data":
      return `${action.verb.toUpperCase()}${action.table ? ` ${action.table}` : ""}`;
    case "drop-table":
      return `DROP TABLE ${action.table}`;
    case "drop-column":
      return `DROP COLUMN ${action.table}.${action.column}`;
    case "drop-index":
      return `DROP INDEX ${action.index}`;
    case "drop-constraint":
      return `DROP CONSTRAINT ${action.constraint} ON ${action.table}`;
    case "drop-other":
      return `DROP ${action.objectType} ${action.name}`;
    case "rename-table":
      return `RENAME TABLE ${action.table} TO ${action.newName}`;
    case "rename-column":
      return `RENAME COLUMN ${action.table}.${action.column} TO ${action.newName}`;
    case "rename-other":
      return `RENAME ${action.objectType} ${action.name} TO ${action.newName}`;
    case "alter-column-type":
      return `ALTER COLUMN ${action.table}.${action.column} TYPE ${action.type}`;
    case "set-not-null":
      return `SET NOT NULL on ${action.table}.${action.column}`;
    case "other":
      return action.description;
  }
}
function safeSequence(action) {
  switch (action.kind) {
    case "drop-column":
      return `Deploy code that no longer reads or writes ${action.table}.${action.column} first; then drop it alone in a later pull request: ALTER TABLE ${action.table} DROP COLUMN ${action.column};`;
    case "drop-table":
      return `Deploy code that no longer uses ${action.table} first; then drop it alone in a later pull request: DROP TABLE ${action.table};`;
    case "rename-column":
      return `Expand and contract instead: ALTER TABLE ${action.table} ADD COLUMN ${action.newName} <type>; deploy code that writes both and backfill ${action.newName} from ${action.column}; switch reads to ${action.newName}; drop ${action.column} in a later pull request.`;
    case "rename-table":
      return `Expand and contract instead: CREATE TABLE ${action.newName} (\u2026) (or a view named ${action.newName}); deploy code that writes both and backfill; switch reads; drop ${action.table} in a later pull request.`;
    case "alter-column-type":
      return `Expand and contract instead: ALTER TABLE ${action.table} ADD COLUMN ${action.column}_new ${action.type}; deploy code that writes both and backfill it; switch reads; drop ${action.column} in a later pull request.`;
    case "set-not-null":
      return `Add a check constraint first, without blocking: ALTER TABLE ${action.table} ADD CONSTRAINT ${action.table}_${action.column}_not_null CHECK (${action.column} IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT it once the code always writes ${action.column} and old rows are backfilled.`;
    case "add-column":
      return `Add it nullable or with a default: ALTER TABLE ${action.table} ADD COLUMN ${action.column} <type> DEFAULT <value> NOT NULL; or add it nullable, backfill, then add NOT NULL in a later pull request.`;
    default:
      return `Deploy code that no longer depends on it first; then make this change alone in a later pull request: ${describeAction(action)};`;
  }
}
var addedOfRun, objectOf;
var init_rule = __esm({
  "src/rule.ts"() {
    "use strict";
    init_conventions();
    init_transactions();
    init_schema();
    addedOfRun = /* @__PURE__ */ new WeakMap();
    objectOf = objectKey;
  }
});

// rules/backward-incompatible.ts
var backward_incompatible_default;
var init_backward_incompatible = __esm({
  "rules/backward-incompatible.ts"() {
    "use strict";
    init_rule();
    backward_incompatible_default = defineRule({
      meta: {
        id: "backward-incompatible",
        summary: "A migration keeps working for code already deployed: no renames, type changes, SET NOT NULL, or NOT NULL columns without a default on existing tables.",
        severity: "error",
        messages: {
          rename: "{{action}} breaks every running query that still uses the old name.",
          type: "{{action}} rewrites the table under an ACCESS EXCLUSIVE lock and can reject values running code still writes.",
          notNull: "{{action}} makes inserts from running code that leave {{column}} empty fail, and scans the whole table under an ACCESS EXCLUSIVE lock.",
          addNotNull: "{{action}} is NOT NULL without a DEFAULT: it fails on a table that has rows, and running code that does not write {{column}} breaks."
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          for (const { action, statement } of upActions(migration)) {
            const table = tableOf(action);
            if (table && context.isNewInThisChange(table)) continue;
            let messageId;
            if (action.kind === "rename-table" || action.kind === "rename-column") messageId = "rename";
            else if (action.kind === "alter-column-type") messageId = "type";
            else if (action.kind === "set-not-null") messageId = "notNull";
            else if (action.kind === "add-column" && action.notNull && !action.hasDefault) messageId = "addNotNull";
            else continue;
            if (isHarmlessForRunningCode(context, action, statement)) continue;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId,
              data: { action: describeAction(action), column: "column" in action ? action.column : "" },
              help: safeSequence(action)
            });
          }
        }
      }
    });
  }
});

// src/sql/deparse.ts
async function deparseStatement(type, node) {
  deparser ??= import("./pgsql-deparser.js");
  const module2 = await deparser;
  const { deparseSync } = module2.default ?? module2;
  return deparseSync({ [type]: node }, { pretty: false }).replace(/;\s*$/, "");
}
var deparser;
var init_deparse = __esm({
  "src/sql/deparse.ts"() {
    "use strict";
    deparser = null;
  }
});

// src/sql/locks.ts
function statementLocks(statement, postgresVersion) {
  const known = locksByStatement.get(statement);
  if (known?.postgresVersion === postgresVersion) return known.locks;
  const locks = locksOf(statement.type, statement.node, postgresVersion);
  locksByStatement.set(statement, { postgresVersion, locks });
  return locks;
}
function locksOf(type, node, postgresVersion) {
  if (node === null || typeof node !== "object") return [];
  switch (type) {
    case "IndexStmt":
      return [
        lock(relationName(node.relation), node.concurrent === true ? "SHARE UPDATE EXCLUSIVE" : "SHARE", {
          scans: true,
          by: node.concurrent === true ? "CREATE INDEX CONCURRENTLY" : "CREATE INDEX"
        })
      ];
    case "CreateStmt":
      return createTableLocks(node);
    case "AlterTableStmt":
      return alterTableLocks(node, postgresVersion);
    case "DropStmt":
      return dropLocks(node);
    case "ReindexStmt":
      return reindexLocks(node);
    case "VacuumStmt": {
      const full = hasOption(node.options, "full");
      const by = node.is_vacuumcmd ? full ? "VACUUM FULL" : "VACUUM" : "ANALYZE";
      return list(node.rels).map(
        (r) => lock(relationName(r.VacuumRelation?.relation), full ? "ACCESS EXCLUSIVE" : "SHARE UPDATE EXCLUSIVE", { rewrites: full, by })
      );
    }
    case "ClusterStmt":
      if (!node.relation) return [];
      return [lock(relationName(node.relation), "ACCESS EXCLUSIVE", { rewrites: true, by: "CLUSTER" })];
    case "LockStmt": {
      const mode = LOCK_BY_NUMBER[Number(node.mode)] ?? "ACCESS EXCLUSIVE";
      return list(node.relations).map((r) => lock(relationName(r.RangeVar), mode, { by: "LOCK TABLE" }));
    }
    case "TruncateStmt":
      return list(node.relations).map((r) => lock(relationName(r.RangeVar), "ACCESS EXCLUSIVE", { by: "TRUNCATE" }));
    case "RefreshMatViewStmt": {
      const concurrent = node.concurrent === true;
      return [
        lock(relationName(node.relation), concurrent ? "EXCLUSIVE" : "ACCESS EXCLUSIVE", {
          rewrites: !concurrent,
          scans: concurrent,
          by: concurrent ? "REFRESH MATERIALIZED VIEW CONCURRENTLY" : "REFRESH MATERIALIZED VIEW"
        })
      ];
    }
    case "RenameStmt":
      return renameLocks(node, postgresVersion);
    case "AlterObjectSchemaStmt":
      if (!node.relation) return [];
      return [lock(relationName(node.relation), "ACCESS EXCLUSIVE", { by: "SET SCHEMA" })];
    case "CreateTrigStmt":
      return [lock(relationName(node.relation), "SHARE ROW EXCLUSIVE", { by: "CREATE TRIGGER" })];
    case "CreatePolicyStmt":
    case "AlterPolicyStmt":
      return [lock(relationName(node.table), "ACCESS EXCLUSIVE", { by: type === "CreatePolicyStmt" ? "CREATE POLICY" : "ALTER POLICY" })];
    case "RuleStmt":
      return [lock(relationName(node.relation), "ACCESS EXCLUSIVE", { by: "CREATE RULE" })];
    case "CommentStmt":
      return [];
    case "InsertStmt":
    case "UpdateStmt":
    case "DeleteStmt":
    case "MergeStmt":
      return node.relation ? [lock(relationName(node.relation), "ROW EXCLUSIVE", { by: type.replace(/Stmt$/, "").toUpperCase() })] : [];
    default:
      return [];
  }
}
function isAtLeast(mode, than) {
  return modeRank(mode) >= modeRank(than);
}
function blockedBy(mode, table) {
  switch (mode) {
    case "ACCESS EXCLUSIVE":
      return `every query on ${table}, reads included,`;
    case "EXCLUSIVE":
      return `every INSERT/UPDATE/DELETE and SELECT \u2026 FOR UPDATE on ${table}`;
    case "SHARE ROW EXCLUSIVE":
    case "SHARE":
      return `every INSERT/UPDATE/DELETE on ${table}`;
    case "SHARE UPDATE EXCLUSIVE":
      return `every other schema change, VACUUM and CREATE INDEX CONCURRENTLY on ${table}`;
    case "ROW EXCLUSIVE":
      return `every CREATE INDEX and other schema change on ${table}`;
    case "ROW SHARE":
      return `every LOCK TABLE \u2026 EXCLUSIVE and other schema change on ${table}`;
    case "ACCESS SHARE":
      return `every DROP, TRUNCATE and ALTER TABLE on ${table}`;
  }
}
function modeRank(mode) {
  return LOCK_MODES.indexOf(mode);
}
function lock(relation, mode, options) {
  return { relation, on: options.on ?? "table", mode, rewrites: options.rewrites ?? false, scans: options.scans ?? false, by: options.by };
}
function createTableLocks(node) {
  const locks = [];
  for (const element of list(node.tableElts)) {
    const constraints = element.Constraint ? [element.Constraint] : list(element.ColumnDef?.constraints).map((c) => c.Constraint ?? {});
    for (const constraint of constraints) {
      if (constraint.contype === "CONSTR_FOREIGN" && constraint.pktable) {
        locks.push(lock(relationName(constraint.pktable), "SHARE ROW EXCLUSIVE", { by: foreignKeyWords(constraint) }));
      }
    }
  }
  return locks;
}
function alterTableLocks(node, postgresVersion) {
  const relation = relationName(node.relation);
  const on = node.objtype === "OBJECT_INDEX" ? "index" : "table";
  const locks = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    const name = typeof cmd.name === "string" ? cmd.name : "";
    const at = (mode, by, extra = {}) => locks.push(lock(relation, mode, { by, on, ...extra }));
    switch (cmd.subtype) {
      case "AT_AddColumn": {
        const def = cmd.def?.ColumnDef ?? {};
        at("ACCESS EXCLUSIVE", `ADD COLUMN ${def.colname ?? ""}`.trim(), addColumnWork(def, postgresVersion));
        for (const c of list(def.constraints)) {
          const constraint = c.Constraint ?? {};
          if (constraint.contype === "CONSTR_FOREIGN" && constraint.pktable) {
            locks.push(lock(relationName(constraint.pktable), "SHARE ROW EXCLUSIVE", { by: foreignKeyWords(constraint) }));
          }
        }
        break;
      }
      case "AT_AddConstraint":
        locks.push(...addConstraintLocks(relation, cmd.def?.Constraint ?? {}));
        break;
      case "AT_AlterColumnType":
        at("ACCESS EXCLUSIVE", `ALTER COLUMN ${name} TYPE`, { rewrites: true });
        break;
      case "AT_SetNotNull":
        at("ACCESS EXCLUSIVE", `ALTER COLUMN ${name} SET NOT NULL`, { scans: true });
        break;
      case "AT_SetTableSpace":
        at("ACCESS EXCLUSIVE", `SET TABLESPACE ${name}`, { rewrites: true });
        break;
      case "AT_SetLogged":
      case "AT_SetUnLogged":
        at("ACCESS EXCLUSIVE", cmd.subtype === "AT_SetLogged" ? "SET LOGGED" : "SET UNLOGGED", { rewrites: true });
        break;
      case "AT_SetAccessMethod":
        at("ACCESS EXCLUSIVE", "SET ACCESS METHOD", { rewrites: true });
        break;
      case "AT_SetExpression":
        at("ACCESS EXCLUSIVE", `ALTER COLUMN ${name} SET EXPRESSION`, { rewrites: true });
        break;
      case "AT_ValidateConstraint":
        at(postgresVersion >= 9.4 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", `VALIDATE CONSTRAINT ${name}`, { scans: true });
        break;
      case "AT_SetStatistics":
      case "AT_SetOptions":
      case "AT_ResetOptions":
      case "AT_ClusterOn":
      case "AT_DropCluster":
      case "AT_DetachPartitionFinalize":
        at("SHARE UPDATE EXCLUSIVE", subcommandWords(cmd));
        break;
      case "AT_SetRelOptions":
      case "AT_ResetRelOptions":
        at(relOptionsLock(cmd.def), subcommandWords(cmd));
        break;
      case "AT_EnableTrig":
      case "AT_EnableAlwaysTrig":
      case "AT_EnableReplicaTrig":
      case "AT_EnableTrigAll":
      case "AT_EnableTrigUser":
      case "AT_DisableTrig":
      case "AT_DisableTrigAll":
      case "AT_DisableTrigUser":
        at("SHARE ROW EXCLUSIVE", subcommandWords(cmd));
        break;
      case "AT_AttachPartition": {
        const partition = relationName(cmd.def?.PartitionCmd?.name);
        at(postgresVersion >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", `ATTACH PARTITION ${partition}`);
        locks.push(lock(partition, "ACCESS EXCLUSIVE", { by: `ATTACH PARTITION ${partition}`, scans: true }));
        break;
      }
      case "AT_DetachPartition": {
        const partition = relationName(cmd.def?.PartitionCmd?.name);
        const concurrent = cmd.def?.PartitionCmd?.concurrent === true && postgresVersion >= 14;
        at(concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", `DETACH PARTITION ${partition}${concurrent ? " CONCURRENTLY" : ""}`);
        break;
      }
      default:
        at("ACCESS EXCLUSIVE", subcommandWords(cmd));
    }
  }
  return locks;
}
function addColumnWork(def, postgresVersion) {
  const typeNames = list(def.typeName?.names).map(stringOf);
  let rewrites = typeNames.length === 1 && SERIAL_TYPES.has(typeNames[0]);
  let scans = false;
  for (const c of list(def.constraints)) {
    const constraint = c.Constraint ?? {};
    switch (constraint.contype) {
      case "CONSTR_DEFAULT":
        if (constraint.raw_expr?.A_Const?.isnull === true) break;
        if (postgresVersion < 11 || callsVolatileFunction(constraint.raw_expr)) rewrites = true;
        break;
      case "CONSTR_IDENTITY":
        rewrites = true;
        break;
      case "CONSTR_GENERATED":
        if (constraint.generated_kind !== "v") rewrites = true;
        break;
      case "CONSTR_PRIMARY":
      case "CONSTR_UNIQUE":
      case "CONSTR_CHECK":
      case "CONSTR_FOREIGN":
      case "CONSTR_EXCLUSION":
        scans = true;
        break;
    }
  }
  return { rewrites, scans };
}
function addConstraintLocks(relation, constraint) {
  const name = typeof constraint.conname === "string" ? ` ${constraint.conname}` : "";
  const notValid = constraint.skip_validation === true;
  switch (constraint.contype) {
    case "CONSTR_FOREIGN": {
      const by = foreignKeyWords(constraint);
      return [
        lock(relation, "SHARE ROW EXCLUSIVE", { by, scans: !notValid }),
        lock(relationName(constraint.pktable), "SHARE ROW EXCLUSIVE", { by, scans: !notValid })
      ];
    }
    case "CONSTR_PRIMARY":
    case "CONSTR_UNIQUE":
    case "CONSTR_EXCLUSION": {
      const words2 = constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : "EXCLUDE";
      const adopts = typeof constraint.indexname === "string";
      return [lock(relation, "ACCESS EXCLUSIVE", { by: `ADD CONSTRAINT${name} ${words2}${adopts ? " USING INDEX" : ""}`, scans: !adopts })];
    }
    case "CONSTR_CHECK":
      return [lock(relation, "ACCESS EXCLUSIVE", { by: `ADD CONSTRAINT${name} CHECK`, scans: !notValid })];
    default:
      return [lock(relation, "ACCESS EXCLUSIVE", { by: `ADD CONSTRAINT${name}` })];
  }
}
function relOptionsLock(def) {
  const options = list(def?.List?.items ?? def).map((item) => {
    const elem = item.DefElem ?? {};
    return elem.defnamespace ? `${elem.defnamespace}.${elem.defname}` : String(elem.defname ?? "");
  });
  return options.length > 0 && options.every((option) => LIGHT_REL_OPTIONS.test(option)) ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
}
function dropLocks(node) {
  const concurrent = node.concurrent === true;
  const names = list(node.objects).map(objectName);
  switch (node.removeType) {
    case "OBJECT_INDEX":
      return names.map(
        (name) => lock(name, concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", { on: "index", by: concurrent ? "DROP INDEX CONCURRENTLY" : "DROP INDEX" })
      );
    case "OBJECT_TABLE":
    case "OBJECT_VIEW":
    case "OBJECT_MATVIEW":
    case "OBJECT_SEQUENCE":
    case "OBJECT_FOREIGN_TABLE":
      return names.map((name) => lock(name, "ACCESS EXCLUSIVE", { by: `DROP ${objectWords(node.removeType)}` }));
    case "OBJECT_TRIGGER":
    case "OBJECT_POLICY":
    case "OBJECT_RULE":
      return list(node.objects).map((object) => {
        const parts = list(object.List?.items).map(stringOf);
        return lock(parts.slice(0, -1).join("."), "ACCESS EXCLUSIVE", { by: `DROP ${objectWords(node.removeType)} ${parts.at(-1) ?? ""}`.trim() });
      });
    default:
      return [];
  }
}
function reindexLocks(node) {
  const concurrent = hasOption(node.params, "concurrently") || node.concurrent === true;
  const by = concurrent ? "REINDEX CONCURRENTLY" : "REINDEX";
  const mode = concurrent ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
  switch (node.kind) {
    case "REINDEX_OBJECT_INDEX":
      return [lock(relationName(node.relation), mode, { on: "index", by, scans: true })];
    case "REINDEX_OBJECT_TABLE":
      return [lock(relationName(node.relation), mode, { by, scans: true })];
    default:
      return [];
  }
}
function renameLocks(node, postgresVersion) {
  if (!node.relation) return [];
  const relation = relationName(node.relation);
  if (node.renameType === "OBJECT_INDEX") {
    return [lock(relation, postgresVersion >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE", { on: "index", by: "RENAME" })];
  }
  return [lock(relation, "ACCESS EXCLUSIVE", { by: node.renameType === "OBJECT_COLUMN" ? `RENAME COLUMN ${node.subname}` : "RENAME" })];
}
function foreignKeyWords(constraint) {
  return `FOREIGN KEY${typeof constraint.conname === "string" ? ` ${constraint.conname}` : ""} REFERENCES ${relationName(constraint.pktable)}`;
}
function subcommandWords(cmd) {
  const name = typeof cmd.name === "string" ? ` ${cmd.name}` : "";
  return `${String(cmd.subtype ?? "").replace(/^AT_/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase()}${name}`;
}
function hasOption(options, name) {
  return list(options).some((o) => {
    const elem = o.DefElem ?? {};
    return elem.defname === name && !(elem.arg?.Boolean?.boolval === false || elem.arg?.String?.sval === "false" || elem.arg?.Integer?.ival === 0);
  });
}
var LOCK_MODES, LOCK_BY_NUMBER, locksByStatement, LIGHT_REL_OPTIONS;
var init_locks = __esm({
  "src/sql/locks.ts"() {
    "use strict";
    init_facts();
    LOCK_MODES = [
      "ACCESS SHARE",
      "ROW SHARE",
      "ROW EXCLUSIVE",
      "SHARE UPDATE EXCLUSIVE",
      "SHARE",
      "SHARE ROW EXCLUSIVE",
      "EXCLUSIVE",
      "ACCESS EXCLUSIVE"
    ];
    LOCK_BY_NUMBER = Object.fromEntries(LOCK_MODES.map((mode, index) => [index + 1, mode]));
    locksByStatement = /* @__PURE__ */ new WeakMap();
    LIGHT_REL_OPTIONS = /^(?:toast\.)?(?:autovacuum_\w+|fillfactor|parallel_workers|toast_tuple_target|log_autovacuum_min_duration|vacuum_index_cleanup|vacuum_truncate|vacuum_max_eager_freeze_failure_rate)$/;
  }
});

// src/lock-rules.ts
function postgresVersionOf(context) {
  return context.postgresVersion;
}
function newStatements(context) {
  let statements = statementsOfRun.get(context.migrations);
  if (statements === void 0) {
    statements = addedUpMigrations(context).flatMap((migration) => upStatements(migration).map((statement) => ({ migration, statement })));
    statementsOfRun.set(context.migrations, statements);
  }
  return statements;
}
function isExisting(context, name, statement) {
  return name !== "" && !context.isNewInThisChange(name, statement);
}
function existingLocks(context, statement, which) {
  return statementLocks(statement, postgresVersionOf(context)).filter((lock2) => (!which || which(lock2)) && isExisting(context, lock2.relation, statement));
}
function lockConsequence(mode, table) {
  return `${article(mode)} ${mode} lock: ${blockedBy(mode, table)} waits`;
}
function article(mode) {
  return /^[AEIOU]/.test(mode) ? "an" : "a";
}
async function sqlOf(type, node) {
  return `${await deparseStatement(type, node)};`;
}
async function rewrittenSql(statement, edit) {
  const node = structuredClone(statement.node);
  edit(node);
  return sqlOf(statement.type, node);
}
function outsideTransaction(convention) {
  switch (convention) {
    case "goose":
      return "a migration of its own that starts with `-- +goose NO TRANSACTION`";
    case "dbmate":
      return "a migration of its own whose marker reads `-- migrate:up transaction:false`";
    case "flyway":
      return "a migration of its own that Flyway runs outside a transaction (`executeInTransaction=false` in its script config file)";
    case "golang-migrate":
      return "a migration of its own, with no BEGIN/COMMIT around it";
    case "knex":
      return "a migration of its own that exports `config = { transaction: false }`";
    case "alembic":
      return "a `with op.get_context().autocommit_block():` block";
    case "node-pg-migrate":
      return "a migration of its own that calls `pgm.noTransaction()`";
    default:
      return "a migration of its own that your tool runs outside a transaction";
  }
}
function addedConstraints(statement) {
  const { node } = statement;
  if (statement.type !== "AlterTableStmt" || node.objtype !== void 0 && node.objtype !== "OBJECT_TABLE") return [];
  const table = relationName(node.relation);
  const added = [];
  for (const item of list(node.cmds)) {
    const cmd = item.AlterTableCmd ?? {};
    if (cmd.subtype === "AT_AddConstraint" && cmd.def?.Constraint) added.push({ table, constraint: cmd.def.Constraint });
    if (cmd.subtype === "AT_AddColumn" && cmd.def?.ColumnDef) {
      for (const c of list(cmd.def.ColumnDef.constraints)) if (c.Constraint) added.push({ table, constraint: c.Constraint, column: cmd.def.ColumnDef });
    }
  }
  return added;
}
async function alterTableSql(statement, cmd) {
  return rewrittenSql(statement, (node) => {
    node.cmds = [{ AlterTableCmd: cmd }];
  });
}
function bareName(name) {
  return name.split(".").at(-1) ?? name;
}
function* columnsAddedToExistingTables(context) {
  for (const added of addedColumns(context)) if (isExisting(context, added.table, added.statement)) yield added;
}
function addedColumns(context) {
  let columns = columnsOfRun.get(context.migrations);
  if (columns === void 0) {
    columns = [];
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== "AlterTableStmt") continue;
      for (const { by, ...column } of columnDefinitions(statement.type, statement.node)) if (by === "add-column") columns.push({ migration, statement, ...column });
    }
    columnsOfRun.set(context.migrations, columns);
  }
  return columns;
}
async function addPlainColumnSql(added, type) {
  const plain = { ...added.node, constraints: list(added.node.constraints).filter((c) => !FILLING.has(c.Constraint?.contype)) };
  if (type !== void 0) plain.typeName = { names: [{ String: { sval: "pg_catalog" } }, { String: { sval: type } }], typemod: -1 };
  return alterTableSql(added.statement, { subtype: "AT_AddColumn", def: { ColumnDef: plain }, behavior: "DROP_RESTRICT" });
}
function defaultExpression(node) {
  return list(node.constraints).find((c) => c.Constraint?.contype === "CONSTR_DEFAULT")?.Constraint?.raw_expr ?? null;
}
async function defaultThenBackfill(added, expression) {
  const column = added.definition.column;
  const setDefault = await alterTableSql(added.statement, { subtype: "AT_ColumnDefault", name: column, def: expression, behavior: "DROP_RESTRICT" });
  const backfill = await sqlOf("UpdateStmt", {
    relation: added.statement.node.relation,
    targetList: [{ ResTarget: { name: column, val: expression } }],
    whereClause: { NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: column } }] } }, nulltesttype: "IS_NULL" } }
  });
  return [
    `2. Give new rows the value (a brief lock): ${setDefault}`,
    `3. Fill the old rows in batches of a few thousand, each its own transaction, from a later migration or a job: ${backfill.replace(/;$/, "")} AND <primary key> IN (SELECT <primary key> FROM ${added.table} WHERE ${column} IS NULL LIMIT 5000);`
  ];
}
function* columnTypeChoices(context) {
  for (const { migration, statement } of newStatements(context)) {
    for (const { table, definition } of columnDefinitions(statement.type, statement.node)) yield { migration, statement, table, definition };
  }
}
var statementsOfRun, columnsOfRun, FILLING;
var init_lock_rules = __esm({
  "src/lock-rules.ts"() {
    "use strict";
    init_rule();
    init_deparse();
    init_facts();
    init_locks();
    init_locks();
    statementsOfRun = /* @__PURE__ */ new WeakMap();
    columnsOfRun = /* @__PURE__ */ new WeakMap();
    FILLING = /* @__PURE__ */ new Set(["CONSTR_DEFAULT", "CONSTR_NOTNULL", "CONSTR_IDENTITY", "CONSTR_GENERATED", "CONSTR_PRIMARY"]);
  }
});

// rules/ban-add-exclude-constraint.ts
var ban_add_exclude_constraint_default;
var init_ban_add_exclude_constraint = __esm({
  "rules/ban-add-exclude-constraint.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_add_exclude_constraint_default = defineRule({
      meta: {
        id: "ban-add-exclude-constraint",
        summary: "Add exclusion constraints only to tables created in the same change.",
        severity: "error",
        messages: {
          building: 'ADD EXCLUDE on "{{table}}" builds its index while it holds {{consequence}} until the build ends, and there is no concurrent way to add it.'
        }
      },
      check(context) {
        for (const { migration, statement } of newStatements(context)) {
          for (const { table, constraint } of addedConstraints(statement)) {
            if (constraint.contype !== "CONSTR_EXCLUSION") continue;
            if (!isExisting(context, table, statement)) continue;
            const name = typeof constraint.conname === "string" ? constraint.conname : `${table}_excl`;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "building",
              data: { table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
              help: [
                `An exclusion constraint cannot be added USING INDEX or NOT VALID. Either:`,
                `1. add ${name} in a maintenance window, with SET lock_timeout = '5s'; before it so it gives up rather than queue every query; or`,
                `2. build a new table with the constraint (CREATE TABLE \u2026 (LIKE ${table} INCLUDING ALL, EXCLUDE \u2026)), copy the rows in batches, and swap the names.`
              ].join("\n")
            });
          }
        }
      }
    });
  }
});

// rules/ban-concurrently-in-transaction.ts
function refusedInTransaction(statement, postgresVersion) {
  const node = statement.node;
  switch (statement.type) {
    case "IndexStmt":
      return node.concurrent === true ? { what: "CREATE INDEX CONCURRENTLY", lock: "SHARE UPDATE EXCLUSIVE" } : null;
    case "DropStmt":
      return node.removeType === "OBJECT_INDEX" && node.concurrent === true ? { what: "DROP INDEX CONCURRENTLY", lock: "SHARE UPDATE EXCLUSIVE" } : null;
    case "ReindexStmt": {
      const params = Array.isArray(node.params) ? node.params : [];
      const concurrently = params.some((p) => p?.DefElem?.defname === "concurrently" && p.DefElem.arg?.Boolean?.boolval !== false);
      return concurrently ? { what: "REINDEX CONCURRENTLY", lock: "SHARE UPDATE EXCLUSIVE" } : null;
    }
    case "VacuumStmt": {
      if (node.is_vacuumcmd !== true) return null;
      const options = Array.isArray(node.options) ? node.options : [];
      const full = options.some((o) => o?.DefElem?.defname === "full");
      return full ? { what: "VACUUM FULL", lock: "ACCESS EXCLUSIVE" } : { what: "VACUUM", lock: "SHARE UPDATE EXCLUSIVE" };
    }
    case "AlterEnumStmt":
      return typeof node.oldVal !== "string" && postgresVersion < 12 ? { what: "ALTER TYPE \u2026 ADD VALUE", lock: "EXCLUSIVE (on the type)" } : null;
    default:
      return null;
  }
}
function isSessionSetting(statement) {
  return statement.type === "VariableSetStmt" || statement.type === "TransactionStmt";
}
function why(migration, transaction) {
  const tool = TOOL_NAMES[migration.convention];
  switch (transaction.mode) {
    case "explicit":
      return "the file's own BEGIN opens a transaction around it";
    case "implicit":
      return `${tool} sends the file's SQL as one query, which PostgreSQL runs as one transaction when it holds several statements`;
    case "config":
      return "the config sets assumeInTransaction: true";
    default:
      return `${tool} runs each migration inside a transaction`;
  }
}
function help(migration, transaction, sql) {
  if (transaction.mode === "explicit") return `Remove the BEGIN and COMMIT around it, and run it as the only statement of its migration:
${sql}`;
  if (transaction.mode === "config") {
    return `Run it in a migration your tool runs outside a transaction, as its only statement (and set assumeInTransaction only for tools that always wrap):
${sql}`;
  }
  switch (migration.convention) {
    case "goose":
      return `Move it to a migration of its own that opts out of the transaction:
-- +goose Up
-- +goose NO TRANSACTION
${sql}`;
    case "dbmate":
      return transaction.mode === "implicit" ? `Move the other statements to another migration: with transaction:false, dbmate sends the up section as one query, so this must be its only statement:
-- migrate:up transaction:false
${sql}` : `Move it to a migration of its own that opts out of the transaction, as the only statement of its up section:
-- migrate:up transaction:false
${sql}`;
    default:
      return `Move it to a migration file of its own, as its only statement:
${sql}`;
  }
}
var TOOL_NAMES, ban_concurrently_in_transaction_default;
var init_ban_concurrently_in_transaction = __esm({
  "rules/ban-concurrently-in-transaction.ts"() {
    "use strict";
    init_rule();
    TOOL_NAMES = {
      goose: "goose",
      dbmate: "dbmate",
      flyway: "Flyway",
      "golang-migrate": "golang-migrate",
      diesel: "diesel",
      prisma: "Prisma Migrate",
      postgrator: "postgrator",
      "sql-migrate": "sql-migrate",
      sqitch: "sqitch",
      supabase: "the Supabase CLI",
      versioned: "the migration tool",
      "node-pg-migrate": "node-pg-migrate",
      knex: "Knex",
      alembic: "Alembic",
      timestamp: "the migration tool"
    };
    ban_concurrently_in_transaction_default = defineRule({
      meta: {
        id: "ban-concurrently-in-transaction",
        summary: "CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY, VACUUM and (before PostgreSQL 12) ALTER TYPE \u2026 ADD VALUE run outside any transaction.",
        severity: "error",
        messages: {
          inTransaction: "{{what}} (which takes a {{lock}} lock and must commit on its own) cannot run inside a transaction block, and {{why}}: the deploy fails at this statement and the migration stops.",
          flywayMixed: "{{what}} (which takes a {{lock}} lock and must commit on its own) cannot run inside a transaction, and Flyway refuses a migration that mixes it with statements that can: the deploy fails at this migration."
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          const transactions = transactionsIn(context, migration);
          const statements = upStatements(migration);
          for (const statement of statements) {
            const refused = refusedInTransaction(statement, context.postgresVersion);
            const transaction = transactions.get(statement);
            if (!refused || !transaction?.inTransaction) continue;
            const sql = `${statement.text};`;
            if (migration.convention === "flyway" && transaction.mode === "tool") {
              const others = statements.filter((s) => !refusedInTransaction(s, context.postgresVersion) && !isSessionSetting(s));
              if (others.length === 0) continue;
              context.report({
                file: migration.path,
                range: statement.range,
                messageId: "flywayMixed",
                data: { ...refused },
                help: `Move it to a migration of its own, with no other statement, so that Flyway runs that file outside a transaction:
${sql}`
              });
              continue;
            }
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "inTransaction",
              data: { ...refused, why: why(migration, transaction) },
              help: help(migration, transaction, sql)
            });
          }
        }
      }
    });
  }
});

// rules/ban-default-before-pg11.ts
var ban_default_before_pg11_default;
var init_ban_default_before_pg11 = __esm({
  "rules/ban-default-before-pg11.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_default_before_pg11_default = defineRule({
      meta: {
        id: "ban-default-before-pg11",
        summary: "Before PostgreSQL 11, add columns to existing tables without a DEFAULT; set it afterwards and backfill in batches.",
        severity: "error",
        messages: {
          rewrite: 'ADD COLUMN {{column}} with a DEFAULT rewrites every row of "{{table}}" on PostgreSQL {{version}} under {{consequence}} until the rewrite ends.'
        }
      },
      async check(context) {
        const version = postgresVersionOf(context);
        if (version >= 11) return;
        for (const added of columnsAddedToExistingTables(context)) {
          if (added.definition.fill !== "default") continue;
          const { table, definition } = added;
          context.report({
            file: added.migration.path,
            range: added.statement.range,
            messageId: "rewrite",
            data: { column: definition.column, table, version, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
            help: [
              `1. Add the column without a default (a brief lock): ${await addPlainColumnSql(added)}`,
              ...await defaultThenBackfill(added, defaultExpression(added.node)),
              `(From PostgreSQL 11 on, the DEFAULT in ADD COLUMN is free: set postgresVersion once every database runs 11 or later.)`
            ].join("\n")
          });
        }
      }
    });
  }
});

// rules/ban-drop-database.ts
var ban_drop_database_default;
var init_ban_drop_database = __esm({
  "rules/ban-drop-database.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_drop_database_default = defineRule({
      meta: {
        id: "ban-drop-database",
        summary: "No DROP DATABASE in migrations.",
        severity: "error",
        messages: {
          drop: "DROP DATABASE {{name}} destroys every table and row in it, and fails while the application is still connected."
        }
      },
      check(context) {
        for (const { migration, statement } of newStatements(context)) {
          if (statement.type !== "DropdbStmt") continue;
          const name = String(statement.node.dbname ?? "");
          if (!isExisting(context, name, statement)) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "drop",
            data: { name },
            help: `Drop databases by hand, after a backup and once nothing connects to ${name}, not from a migration that every environment runs.`
          });
        }
      }
    });
  }
});

// rules/ban-drop-schema.ts
var ban_drop_schema_default;
var init_ban_drop_schema = __esm({
  "rules/ban-drop-schema.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    ban_drop_schema_default = defineRule({
      meta: {
        id: "ban-drop-schema",
        summary: "No DROP SCHEMA \u2026 CASCADE of an existing schema in migrations.",
        severity: "error",
        messages: {
          cascade: "DROP SCHEMA {{name}} CASCADE drops every table, view and function in it, with their rows, under ACCESS EXCLUSIVE locks on each."
        }
      },
      check(context) {
        for (const { migration, statement } of newStatements(context)) {
          const { node } = statement;
          if (statement.type !== "DropStmt" || node.removeType !== "OBJECT_SCHEMA" || node.behavior !== "DROP_CASCADE") continue;
          for (const object of list(node.objects)) {
            const name = objectName(object);
            if (!isExisting(context, name, statement)) continue;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "cascade",
              data: { name },
              help: `Drop the schema's objects one by one, each a contract step the review can see (DROP TABLE ${name}.<table>; \u2026), then DROP SCHEMA ${name}; without CASCADE, which fails if anything was missed.`
            });
          }
        }
      }
    });
  }
});

// rules/ban-drop-still-referenced.ts
function referencesOf(all, removed) {
  const table = all.get(removed.table.toLowerCase()) ?? [];
  if (removed.column === void 0) return [...table];
  const files = new Set(table.map((r) => r.file));
  return (all.get(removed.column.toLowerCase()) ?? []).filter((r) => files.has(r.file));
}
var SHOWN, ban_drop_still_referenced_default;
var init_ban_drop_still_referenced = __esm({
  "rules/ban-drop-still-referenced.ts"() {
    "use strict";
    init_rule();
    SHOWN = 3;
    ban_drop_still_referenced_default = defineRule({
      meta: {
        id: "ban-drop-still-referenced",
        summary: "A DROP or RENAME of a table or column that application code at the head of the branch still mentions.",
        severity: "warning",
        messages: {
          referenced: '{{action}} takes an ACCESS EXCLUSIVE lock on "{{table}}" and removes a name application code still mentions ({{where}}): that code fails from the moment the migration runs.'
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          for (const { action, statement } of upActions(migration)) {
            const removed = removedNames(action);
            const table = tableOf(action);
            if (!removed || !table) continue;
            if (context.isNewInThisChange(table, statement)) continue;
            const references = referencesOf(context.codeReferences, removed);
            if (references.length === 0) continue;
            const where = references.slice(0, SHOWN).map((r) => `${r.file}:${r.line}`).join(", ");
            const more = references.length > SHOWN ? ` and ${references.length - SHOWN} more` : "";
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "referenced",
              data: { action: describeAction(action), table, where: where + more },
              help: `${safeSequence(action)} If those lines name something else that shares the name, say so: -- migration-lint-disable-next-statement ban-drop-still-referenced: <what they name>`
            });
          }
        }
      }
    });
  }
});

// rules/ban-measured-blocking-lock.ts
var ban_measured_blocking_lock_default;
var init_ban_measured_blocking_lock = __esm({
  "rules/ban-measured-blocking-lock.ts"() {
    "use strict";
    init_rule();
    ban_measured_blocking_lock_default = defineRule({
      meta: {
        id: "ban-measured-blocking-lock",
        summary: "With --verify-rollback: no statement is seen to take a blocking lock on, or to rewrite, a table that exists on the base.",
        severity: "warning",
        verifiesRollback: true,
        messages: {
          lock: "Took {{mode}} on {{table}}{{rewrite}} (measured): {{consequence}} until the transaction ends."
        }
      },
      // Where a static lock rule reports the same statement, its finding carries this measurement instead (src/verify/combine.ts).
      check(context) {
        for (const lock2 of context.verification?.locks ?? []) {
          const everything = lock2.mode === "ACCESS EXCLUSIVE";
          context.report({
            file: lock2.file,
            range: lock2.range,
            messageId: "lock",
            data: {
              mode: lock2.mode,
              table: lock2.table,
              rewrite: lock2.rewrote ? " and rewrote it" : "",
              consequence: everything ? `every query on ${lock2.table}, reads included, waits` : `every write to ${lock2.table} waits`
            },
            help: lock2.rewrote ? `Avoid the rewrite of ${lock2.table}: add columns without a volatile default, change a type by adding a new column and backfilling it in batches; put SET lock_timeout = '2s' first, and retry on timeout.` : everything ? `Keep the lock short and never queued behind a long query: SET lock_timeout = '2s'; before this statement (retry on timeout), and nothing slow after it in the same transaction.` : `Use the form that does not block writes: CREATE INDEX CONCURRENTLY (in a migration without a transaction), or ADD CONSTRAINT \u2026 NOT VALID, then VALIDATE CONSTRAINT in a later statement.`
          });
        }
      }
    });
  }
});

// rules/ban-drop-with-app-code.ts
var ban_drop_with_app_code_default;
var init_ban_drop_with_app_code = __esm({
  "rules/ban-drop-with-app-code.ts"() {
    "use strict";
    init_rule();
    ban_drop_with_app_code_default = defineRule({
      meta: {
        id: "ban-drop-with-app-code",
        summary: "A contract change (DROP, RENAME, type change) never ships in the same pull request as application code.",
        severity: "error",
        messages: {
          dropWithCode: "{{action}} ships with application code changes ({{files}}): instances still running the old code will fail against it during the deploy."
        }
      },
      check(context) {
        if (context.appFiles.length === 0) return;
        const files = summarizeFiles(context.appFiles);
        for (const { migration, statement, action } of breakingStatements(context)) {
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "dropWithCode",
            data: { action: describeAction(action), files },
            help: `Move this migration to a pull request of its own. ${safeSequence(action)}`
          });
        }
      }
    });
  }
});

// rules/ban-expand-and-contract.ts
var ban_expand_and_contract_default;
var init_ban_expand_and_contract = __esm({
  "rules/ban-expand-and-contract.ts"() {
    "use strict";
    init_rule();
    ban_expand_and_contract_default = defineRule({
      meta: {
        id: "ban-expand-and-contract",
        summary: "One pull request either expands the schema or contracts it, never both.",
        severity: "error",
        messages: {
          mixed: "{{contract}} is in the same pull request as {{expand}}: old code breaks on the drop before new code can use the addition."
        }
      },
      check(context) {
        const migrations = addedUpMigrations(context);
        const expandsOf = (list2) => list2.flatMap((migration) => [...upActions(migration)].map(({ action }) => action).filter((action) => action.phase === "expand"));
        const changeExpands = context.isChange ? expandsOf(migrations) : [];
        for (const { migration, statement, action } of breakingStatements(context)) {
          const expands = context.isChange ? changeExpands : expandsOf([migration]);
          const table = tableOf(action);
          const expand = expands.find((candidate) => table !== null && tableOf(candidate) === table) ?? expands[0];
          if (!expand) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "mixed",
            data: { contract: describeAction(action), expand: describeAction(expand) },
            help: `Ship the expand now and this contract step in a later pull request, once the code that uses the new schema is deployed. ${safeSequence(action)}`
          });
        }
      }
    });
  }
});

// rules/ban-lock-table.ts
var ban_lock_table_default;
var init_ban_lock_table = __esm({
  "rules/ban-lock-table.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_lock_table_default = defineRule({
      meta: {
        id: "ban-lock-table",
        summary: "No explicit LOCK TABLE of existing tables in migrations: each statement takes the lock it needs, for as short a time as it can.",
        severity: "error",
        messages: {
          lock: `LOCK TABLE "{{table}}" IN {{mode}} MODE takes {{consequence}} until the migration's transaction ends.`
        }
      },
      check(context) {
        for (const { migration, statement } of newStatements(context)) {
          if (statement.type !== "LockStmt") continue;
          for (const lock2 of existingLocks(context, statement)) {
            if (!isAtLeast(lock2.mode, "SHARE")) continue;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "lock",
              data: { table: lock2.relation, mode: lock2.mode, consequence: lockConsequence(lock2.mode, lock2.relation) },
              help: `Remove the LOCK TABLE: the statements that follow take the locks they need, each for as short a time as it can. If the migration must see ${lock2.relation} unchanged throughout, keep it short and start it with SET lock_timeout = '5s'; so the lock request gives up rather than queue every query behind it.`
            });
          }
        }
      }
    });
  }
});

// rules/ban-rewriting-type-change.ts
var ban_rewriting_type_change_default;
var init_ban_rewriting_type_change = __esm({
  "rules/ban-rewriting-type-change.ts"() {
    "use strict";
    init_rule();
    ban_rewriting_type_change_default = defineRule({
      meta: {
        id: "ban-rewriting-type-change",
        summary: "A column type change on an existing table needs no rewrite (varchar(n) to varchar(m > n) or text, numeric(p, s) to numeric(p\u2032 > p, s)).",
        severity: "error",
        messages: {
          rewrite: 'ALTER COLUMN {{column}} TYPE {{type}} rewrites "{{table}}" and every index on it under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the rewrite ends.'
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          for (const { action, statement } of upActions(migration)) {
            if (action.kind !== "alter-column-type") continue;
            if (context.isNewInThisChange(action.table, statement)) continue;
            const rewrites = typeChangeRewrites(context, action, statement);
            if (rewrites === false) continue;
            const column = knownColumn(context, statement, action.table, action.column)?.column;
            const known = column ? ` (${action.table}.${action.column} is ${column.type} now${action.using ? "; a USING expression always rewrites" : ""}.)` : assumedNote(context, action.table, statement) || ` (The current type of ${action.table}.${action.column} is unknown: assumed to need a rewrite.)`;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "rewrite",
              data: { table: action.table, column: action.column, type: action.type },
              help: `Add a new column and move to it without a rewrite:
ALTER TABLE ${action.table} ADD COLUMN ${action.column}_new ${action.type};
-- backfill in batches, with code writing both columns: UPDATE ${action.table} SET ${action.column}_new = ${action.column} WHERE \u2026;
-- then switch reads to ${action.column}_new and drop ${action.column} in a later migration.${known}`
            });
          }
        }
      }
    });
  }
});

// rules/ban-schema-with-app-code.ts
var ban_schema_with_app_code_default;
var init_ban_schema_with_app_code = __esm({
  "rules/ban-schema-with-app-code.ts"() {
    "use strict";
    init_rule();
    ban_schema_with_app_code_default = defineRule({
      meta: {
        id: "ban-schema-with-app-code",
        summary: "Schema changes (expand DDL) ship before the application code that uses them, in their own pull request.",
        severity: "warning",
        messages: {
          schemaWithCode: "{{action}} ships with application code changes ({{files}}): if the code deploys before the migration runs, it meets the old schema."
        }
      },
      check(context) {
        if (context.appFiles.length === 0) return;
        const files = summarizeFiles(context.appFiles);
        for (const migration of addedUpMigrations(context)) {
          for (const { action, statement } of upActions(migration)) {
            if (action.phase !== "expand") continue;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "schemaWithCode",
              data: { action: describeAction(action), files },
              help: `Merge and deploy ${migration.path} first, in a pull request of its own; then ship the code that uses it (a data backfill may ship with that code).`
            });
            break;
          }
        }
      }
    });
  }
});

// rules/ban-serial-column.ts
var SERIAL_INTEGER, ban_serial_column_default;
var init_ban_serial_column = __esm({
  "rules/ban-serial-column.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    SERIAL_INTEGER = { smallserial: "int2", serial2: "int2", serial: "int4", serial4: "int4", bigserial: "int8", serial8: "int8" };
    ban_serial_column_default = defineRule({
      meta: {
        id: "ban-serial-column",
        summary: "Add serial and identity columns only to tables created in the same change; on existing tables, fill a plain column in batches.",
        severity: "error",
        messages: {
          rewrite: 'ADD COLUMN {{column}} {{kind}} writes a sequence value into every row of "{{table}}" under {{consequence}} until the rewrite ends.'
        }
      },
      async check(context) {
        for (const added of columnsAddedToExistingTables(context)) {
          const { fill, column, typeName } = added.definition;
          if (fill !== "serial" && fill !== "identity") continue;
          const { table } = added;
          const sequence = `${bareName(table)}_${column}_seq`;
          const nextval = { FuncCall: { funcname: [{ String: { sval: "nextval" } }], args: [{ A_Const: { sval: { sval: sequence } } }], funcformat: "COERCE_EXPLICIT_CALL" } };
          const steps = [
            `1. Add a plain column and its sequence (brief locks): CREATE SEQUENCE ${sequence}; ${await addPlainColumnSql(added, SERIAL_INTEGER[typeName] ?? (typeName === "int2" || typeName === "int4" ? typeName : "int8"))}`,
            ...await defaultThenBackfill(added, nextval),
            `4. Once every row has a value: ALTER SEQUENCE ${sequence} OWNED BY ${table}.${column}; and make it NOT NULL (a validated CHECK (${column} IS NOT NULL) first, then SET NOT NULL).`
          ];
          context.report({
            file: added.migration.path,
            range: added.statement.range,
            messageId: "rewrite",
            data: { column, kind: fill === "serial" ? typeName : "GENERATED \u2026 AS IDENTITY", table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
            help: steps.join("\n")
          });
        }
      }
    });
  }
});

// rules/ban-stored-generated-column.ts
var ban_stored_generated_column_default;
var init_ban_stored_generated_column = __esm({
  "rules/ban-stored-generated-column.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_stored_generated_column_default = defineRule({
      meta: {
        id: "ban-stored-generated-column",
        summary: "Add stored generated columns only to tables created in the same change.",
        severity: "error",
        messages: {
          rewrite: 'ADD COLUMN {{column}} GENERATED \u2026 STORED rewrites every row of "{{table}}" under {{consequence}} until the rewrite ends.'
        }
      },
      check(context) {
        for (const added of columnsAddedToExistingTables(context)) {
          if (added.definition.fill !== "stored-generated") continue;
          const { table, definition } = added;
          const { column, type } = definition;
          const virtual = postgresVersionOf(context) >= 18;
          context.report({
            file: added.migration.path,
            range: added.statement.range,
            messageId: "rewrite",
            data: { column, table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
            help: [
              ...virtual ? [`On PostgreSQL 18, a VIRTUAL generated column is computed on read and needs no rewrite: ALTER TABLE ${table} ADD COLUMN ${column} ${type} GENERATED ALWAYS AS (\u2026) VIRTUAL;`, "Or keep it stored without the rewrite:"] : [],
              `1. Add a plain column (a brief lock): ALTER TABLE ${table} ADD COLUMN ${column} ${type};`,
              `2. Keep it current with a BEFORE INSERT OR UPDATE trigger that sets NEW.${column} from the same expression.`,
              `3. Fill the old rows in batches of a few thousand, each its own transaction, from a later migration or a job.`
            ].join("\n")
          });
        }
      }
    });
  }
});

// rules/ban-table-rewrite.ts
function commandOf(by) {
  if (by === "VACUUM FULL") return "vacuumFull";
  if (by === "CLUSTER") return "cluster";
  if (by.startsWith("SET TABLESPACE")) return "tablespace";
  if (by === "SET LOGGED" || by === "SET UNLOGGED") return "persistence";
  return null;
}
var HELP, ban_table_rewrite_default;
var init_ban_table_rewrite = __esm({
  "rules/ban-table-rewrite.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    HELP = {
      vacuumFull: "Plain VACUUM (no FULL) frees space for reuse without blocking; to give space back to the operating system online, use the pg_repack extension outside the migration.",
      cluster: "Reorder the table online with the pg_repack extension (pg_repack --table \u2026 --order-by \u2026) outside the migration, or leave the order to new writes.",
      tablespace: "Move it online with the pg_repack extension (pg_repack --table \u2026 --tablespace \u2026), or create a new table in the tablespace, copy the rows in batches and swap the names.",
      persistence: "There is no online way to change a table between LOGGED and UNLOGGED: do it in a maintenance window, or create a new table with the persistence you want, copy the rows in batches and swap the names."
    };
    ban_table_rewrite_default = defineRule({
      meta: {
        id: "ban-table-rewrite",
        summary: "No VACUUM FULL, CLUSTER, SET TABLESPACE or SET LOGGED/UNLOGGED on existing tables in migrations.",
        severity: "error",
        messages: {
          vacuumFull: 'VACUUM FULL rewrites "{{table}}" under {{consequence}} until the copy ends.',
          cluster: 'CLUSTER rewrites "{{table}}" under {{consequence}} until the copy ends.',
          tablespace: '{{command}} copies "{{table}}" to the new tablespace under {{consequence}} until the copy ends.',
          persistence: '{{command}} rewrites "{{table}}" under {{consequence}} until the copy ends.'
        }
      },
      check(context) {
        for (const { migration, statement } of newStatements(context)) {
          const { type, node } = statement;
          const reports = [];
          if (type === "VacuumStmt" && node.is_vacuumcmd && !node.rels && (node.options ?? []).some((o) => o.DefElem?.defname === "full")) {
            reports.push({ command: "vacuumFull", table: "every table of the database", by: "VACUUM FULL" });
          } else if (type === "ClusterStmt" && !node.relation) {
            reports.push({ command: "cluster", table: "every table clustered before", by: "CLUSTER" });
          } else if (type === "AlterTableMoveAllStmt") {
            reports.push({ command: "tablespace", table: `every table in tablespace ${node.orig_tablespacename}`, by: "SET TABLESPACE" });
          }
          for (const lock2 of existingLocks(context, statement, (l) => l.rewrites && commandOf(l.by) !== null)) {
            reports.push({ command: commandOf(lock2.by), table: lock2.relation, by: lock2.by });
          }
          for (const { command, table, by } of reports) {
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: command,
              data: { table, command: by.replace(/^SET TABLESPACE.*/, "SET TABLESPACE"), consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
              help: HELP[command]
            });
          }
        }
      }
    });
  }
});

// rules/ban-truncate.ts
var ban_truncate_default;
var init_ban_truncate = __esm({
  "rules/ban-truncate.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_truncate_default = defineRule({
      meta: {
        id: "ban-truncate",
        summary: "No TRUNCATE of existing tables in migrations; never TRUNCATE \u2026 CASCADE.",
        severity: "error",
        messages: {
          truncate: `TRUNCATE deletes every row of "{{table}}" and takes {{consequence}} until the migration's transaction ends.`,
          cascade: 'TRUNCATE \u2026 CASCADE deletes every row of "{{table}}" and of every table whose foreign keys reference it, under ACCESS EXCLUSIVE locks on all of them.'
        }
      },
      check(context) {
        for (const { migration, statement } of newStatements(context)) {
          if (statement.type !== "TruncateStmt") continue;
          const cascade = statement.node.behavior === "DROP_CASCADE";
          for (const lock2 of existingLocks(context, statement)) {
            const table = lock2.relation;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: cascade ? "cascade" : "truncate",
              data: { table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
              help: cascade ? `Name every table to empty (TRUNCATE ${table}, <each referencing table>;) so the review sees them, or delete the rows in batches: DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000);` : `Delete the rows in batches, each its own transaction, from a job rather than the migration: DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000); or, if the data is truly disposable, run the TRUNCATE in a maintenance window.`
            });
          }
        }
      }
    });
  }
});

// rules/ban-unbounded-data-change.ts
var ban_unbounded_data_change_default;
var init_ban_unbounded_data_change = __esm({
  "rules/ban-unbounded-data-change.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    ban_unbounded_data_change_default = defineRule({
      meta: {
        id: "ban-unbounded-data-change",
        summary: "No UPDATE or DELETE without WHERE on an existing table in a migration that also changes the schema.",
        severity: "warning",
        messages: {
          unbounded: '{{verb}} without WHERE touches every row of "{{table}}" in the same migration as {{ddl}}: the transaction holds that lock and a lock on every row until the last row is written.'
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          const statements = upStatements(migration);
          const ddl = statements.flatMap((statement) => existingLocks(context, statement, (l) => isAtLeast(l.mode, "SHARE UPDATE EXCLUSIVE")))[0];
          if (!ddl) continue;
          for (const statement of statements) {
            const { type, node } = statement;
            if (type !== "UpdateStmt" && type !== "DeleteStmt" || node.whereClause) continue;
            const table = relationName(node.relation);
            if (!isExisting(context, table, statement)) continue;
            const verb = type === "UpdateStmt" ? "UPDATE" : "DELETE";
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "unbounded",
              data: { verb, table, ddl: `${ddl.by} (${ddl.mode} on ${ddl.relation})` },
              help: `Move the ${verb} to a migration (or job) of its own and run it in batches of a few thousand rows, each its own transaction: ${verb === "UPDATE" ? `UPDATE ${table} SET \u2026 WHERE <primary key> IN (SELECT <primary key> FROM ${table} WHERE <not yet done> LIMIT 5000);` : `DELETE FROM ${table} WHERE <primary key> IN (SELECT <primary key> FROM ${table} LIMIT 5000);`}`
            });
          }
        }
      }
    });
  }
});

// rules/ban-unused-suppression.ts
var ban_unused_suppression_default;
var init_ban_unused_suppression = __esm({
  "rules/ban-unused-suppression.ts"() {
    "use strict";
    init_rule();
    ban_unused_suppression_default = defineRule({
      meta: {
        id: "ban-unused-suppression",
        summary: "Every migration-lint-disable comment silences a finding of each rule it names.",
        severity: "error",
        messages: {
          unusedStatement: "This suppression of {{rule}} silences nothing in the statement after it, and would hide a future finding there that nobody reviewed.",
          unusedFile: "This suppression of {{rule}} silences nothing in the file, and would hide a future finding in it that nobody reviewed."
        }
      },
      check() {
      }
    });
  }
});

// rules/ban-volatile-default.ts
var ban_volatile_default_default;
var init_ban_volatile_default = __esm({
  "rules/ban-volatile-default.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    ban_volatile_default_default = defineRule({
      meta: {
        id: "ban-volatile-default",
        summary: "Add columns to existing tables without a volatile DEFAULT; set it afterwards and backfill in batches.",
        severity: "error",
        messages: {
          rewrite: 'ADD COLUMN {{column}} with a volatile DEFAULT rewrites every row of "{{table}}" under {{consequence}} until the rewrite ends.'
        }
      },
      async check(context) {
        for (const added of columnsAddedToExistingTables(context)) {
          if (added.definition.fill !== "volatile-default") continue;
          const { table, definition } = added;
          context.report({
            file: added.migration.path,
            range: added.statement.range,
            messageId: "rewrite",
            data: { column: definition.column, table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
            help: [`1. Add the column without a default (a brief lock): ${await addPlainColumnSql(added)}`, ...await defaultThenBackfill(added, defaultExpression(added.node))].join(
              "\n"
            )
          });
        }
      }
    });
  }
});

// rules/immutable-migrations.ts
var immutable_migrations_default;
var init_immutable_migrations = __esm({
  "rules/immutable-migrations.ts"() {
    "use strict";
    init_conventions();
    init_rule();
    immutable_migrations_default = defineRule({
      meta: {
        id: "immutable-migrations",
        summary: "A migration that exists on the base branch is never modified, deleted or renamed.",
        severity: "error",
        messages: {
          modified: "{{file}} is already merged: databases that ran it will never see this edit, while new ones will, so environments drift apart.",
          deleted: "{{file}} is already merged: deleting it leaves databases that ran it with changes no migration describes.",
          commentsOnly: "{{file}} is already merged: this edit leaves its statements as they were, so no database changes, but the file no longer matches what ran.",
          checksummed: "{{file}} is already merged: its tool checksums applied migrations, so even this edit of comments fails the next deploy of every database that ran it.",
          renamed: "{{from}} is already merged: renamed to {{to}}, the migration tool will run it a second time."
        }
      },
      check(context) {
        if (!context.isChange) return;
        for (const migration of context.migrations) {
          const help2 = "Revert this change to the merged migration and write a new migration that makes the change instead.";
          if (migration.status === "modified" && migration.reworked) continue;
          if (migration.status === "modified" && migration.sameStatements) continue;
          if (migration.status === "modified") {
            if (migration.unchangedStatements !== true) {
              context.report({ file: migration.path, messageId: "modified", data: { file: migration.path }, help: help2 });
            } else if (conventions[migration.convention].checksummed) {
              context.report({ file: migration.path, messageId: "checksummed", data: { file: migration.path }, help: "Revert this edit: a merged migration must stay byte for byte as it ran." });
            } else {
              context.report({
                file: migration.path,
                messageId: "commentsOnly",
                data: { file: migration.path },
                help: "Keep notes about a merged migration in a new migration or in the docs, and revert this edit if it was not meant.",
                severity: "warning"
              });
            }
          } else if (migration.status === "deleted") {
            context.report({ file: migration.path, messageId: "deleted", data: { file: migration.path }, help: help2 });
          } else if (migration.status === "renamed" && !migration.moved) {
            if (migration.oldPath && conventions[migration.convention].isSameMigration?.(migration.oldPath, migration.path)) {
              if (!migration.sameStatements) context.report({ file: migration.path, messageId: "modified", data: { file: migration.path }, help: help2 });
              continue;
            }
            context.report({
              file: migration.path,
              messageId: "renamed",
              data: { from: migration.oldPath ?? migration.path, to: migration.path },
              help: `Rename it back to ${migration.oldPath}; to change the order, write a new migration.`
            });
          }
        }
      }
    });
  }
});

// rules/migration-fails.ts
var migration_fails_default;
var init_migration_fails = __esm({
  "rules/migration-fails.ts"() {
    "use strict";
    init_rule();
    migration_fails_default = defineRule({
      meta: {
        id: "migration-fails",
        summary: "With --verify-rollback: the up runs on the base schema and its down runs after it, in a real PostgreSQL.",
        severity: "error",
        verifiesRollback: true,
        messages: {
          up: "Up fails: ERROR: {{error}}; the deploy stops at this statement.",
          down: "Down fails: ERROR: {{error}}; the rollback stops at this statement when it is needed."
        }
      },
      check(context) {
        for (const failure of context.verification?.failures ?? []) {
          if (failure.direction === "up" && failure.rerun) continue;
          context.report({
            file: failure.file,
            range: failure.range,
            messageId: failure.direction,
            data: { error: failure.error },
            help: failure.direction === "up" ? "Fix the statement so that it runs on the schema the base migrations build; check it against a copy of that schema." : "Fix the statement so that it runs on the schema the up leaves (for example, drop dependent objects first, or use IF EXISTS)."
          });
        }
      }
    });
  }
});

// rules/one-migration-per-pr.ts
var one_migration_per_pr_default;
var init_one_migration_per_pr = __esm({
  "rules/one-migration-per-pr.ts"() {
    "use strict";
    init_conventions();
    init_rule();
    one_migration_per_pr_default = defineRule({
      meta: {
        id: "one-migration-per-pr",
        summary: "A pull request adds at most one migration per migrations directory (an up and its down are one).",
        severity: "error",
        messages: {
          tooMany: "This pull request adds {{count}} migrations to {{directory}}: they can only be reviewed, deployed and reverted together."
        }
      },
      check(context) {
        if (!context.isChange) return;
        const byDirectory = /* @__PURE__ */ new Map();
        for (const migration of context.migrations) {
          if (migration.status !== "added" || !migration.name) continue;
          const units = byDirectory.get(migration.directory) ?? /* @__PURE__ */ new Map();
          byDirectory.set(migration.directory, units);
          const key = migration.name.version ?? `repeatable:${migration.name.name}`;
          const known = units.get(key);
          if (!known || known.name?.direction === "down" && migration.name.direction !== "down") units.set(key, migration);
        }
        for (const [directory, units] of byDirectory) {
          if (units.size <= context.maxMigrationsPerPr) continue;
          const ordered = [...units.values()].sort(
            (a, b) => compareVersions(a.name?.version ?? "0", b.name?.version ?? "0") || a.path.localeCompare(b.path)
          );
          const kept = ordered.slice(0, context.maxMigrationsPerPr).map((m) => m.path);
          for (const extra of ordered.slice(context.maxMigrationsPerPr)) {
            context.report({
              file: extra.path,
              messageId: "tooMany",
              data: { count: units.size, directory },
              help: `Keep ${kept.join(", ")} in this pull request and move ${extra.path} to a pull request of its own, merged after this one.`
            });
          }
        }
      }
    });
  }
});

// rules/prefer-bigint-ids.ts
var SMALL_INTEGERS, prefer_bigint_ids_default;
var init_prefer_bigint_ids = __esm({
  "rules/prefer-bigint-ids.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    SMALL_INTEGERS = {
      int2: { max: "32,767", wider: "bigint" },
      int4: { max: "2,147,483,647", wider: "bigint" },
      smallserial: { max: "32,767", wider: "bigserial" },
      serial2: { max: "32,767", wider: "bigserial" },
      serial: { max: "2,147,483,647", wider: "bigserial" },
      serial4: { max: "2,147,483,647", wider: "bigserial" }
    };
    prefer_bigint_ids_default = defineRule({
      meta: {
        id: "prefer-bigint-ids",
        summary: "Use bigint for primary keys and *_id columns.",
        severity: "off",
        messages: {
          small: "{{column}} is {{type}}: ids stop at {{max}}, and widening the column later rewrites the table under an ACCESS EXCLUSIVE lock."
        }
      },
      check(context) {
        for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
          const small = SMALL_INTEGERS[definition.typeName];
          const { column, primaryKey } = definition;
          if (!small || !(primaryKey || column === "id" || column.endsWith("_id"))) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "small",
            data: { column: `${table}.${column}`, type: definition.type, max: small.max },
            help: `Declare it ${small.wider} (${column} ${small.wider}${small.wider === "bigint" && primaryKey ? " GENERATED ALWAYS AS IDENTITY" : ""}); a column that references it needs bigint too.`
          });
        }
      }
    });
  }
});

// rules/prefer-identity.ts
var IDENTITY_TYPE, prefer_identity_default;
var init_prefer_identity = __esm({
  "rules/prefer-identity.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    IDENTITY_TYPE = { smallserial: "smallint", serial2: "smallint", serial: "integer", serial4: "integer", bigserial: "bigint", serial8: "bigint" };
    prefer_identity_default = defineRule({
      meta: {
        id: "prefer-identity",
        summary: "Use GENERATED \u2026 AS IDENTITY columns instead of serial types.",
        severity: "off",
        messages: {
          serial: "{{column}} is {{type}}: its sequence is a separate object that needs its own grants, and CREATE TABLE \u2026 LIKE copies the column with a default pointing at the old table's sequence."
        }
      },
      check(context) {
        for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
          const type = IDENTITY_TYPE[definition.typeName];
          if (type === void 0 || definition.fill !== "serial") continue;
          const { column } = definition;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "serial",
            data: { column: `${table}.${column}`, type: definition.typeName },
            help: `Declare ${column} ${type} GENERATED ALWAYS AS IDENTITY (BY DEFAULT if code inserts its own ids); the sequence then belongs to the column and follows it.`
          });
        }
      }
    });
  }
});

// rules/prefer-text-over-varchar.ts
var prefer_text_over_varchar_default;
var init_prefer_text_over_varchar = __esm({
  "rules/prefer-text-over-varchar.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    prefer_text_over_varchar_default = defineRule({
      meta: {
        id: "prefer-text-over-varchar",
        summary: "Use text, with a CHECK constraint where a length limit matters, instead of varchar(n).",
        severity: "off",
        messages: {
          varchar: "{{column}} is {{type}}: changing its limit later takes ALTER COLUMN \u2026 TYPE under an ACCESS EXCLUSIVE lock, where text with a CHECK constraint changes without blocking."
        }
      },
      check(context) {
        for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
          if (definition.typeName !== "varchar" || !definition.hasTypmods) continue;
          const { column, type } = definition;
          const limit = /\((\d+)\)/.exec(type)?.[1] ?? "n";
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "varchar",
            data: { column: `${table}.${column}`, type },
            help: `Declare ${column} text, and if the limit matters add it as a constraint: CHECK (char_length(${column}) <= ${limit}); a new limit is then ADD CONSTRAINT \u2026 NOT VALID and VALIDATE, without blocking.`
          });
        }
      }
    });
  }
});

// rules/prefer-timestamptz.ts
var prefer_timestamptz_default;
var init_prefer_timestamptz = __esm({
  "rules/prefer-timestamptz.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    prefer_timestamptz_default = defineRule({
      meta: {
        id: "prefer-timestamptz",
        summary: "Use timestamptz (timestamp with time zone) instead of timestamp.",
        severity: "off",
        messages: {
          timestamp: "{{column}} is timestamp without time zone: it stores no offset, so sessions in other time zones read the wrong instant, and converting it later rewrites the table under an ACCESS EXCLUSIVE lock."
        }
      },
      check(context) {
        for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
          if (definition.typeName !== "timestamp") continue;
          const { column } = definition;
          const precision = /\((\d+)\)/.exec(definition.type)?.[0] ?? "";
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "timestamp",
            data: { column: `${table}.${column}` },
            help: `Declare it timestamptz${precision}: ${column} timestamptz${precision}. It stores the instant (as UTC) and shows it in each session's time zone.`
          });
        }
      }
    });
  }
});

// rules/require-check-before-set-not-null.ts
var require_check_before_set_not_null_default;
var init_require_check_before_set_not_null = __esm({
  "rules/require-check-before-set-not-null.ts"() {
    "use strict";
    init_rule();
    init_schema();
    require_check_before_set_not_null_default = defineRule({
      meta: {
        id: "require-check-before-set-not-null",
        summary: "SET NOT NULL on an existing table comes after a validated CHECK (col IS NOT NULL), which PostgreSQL 12+ trusts instead of scanning.",
        severity: "error",
        messages: {
          scan: 'SET NOT NULL on "{{table}}".{{column}} scans the whole table under an ACCESS EXCLUSIVE lock: every read and write of the table waits until the scan ends.',
          scanBefore12: 'SET NOT NULL on "{{table}}".{{column}} scans the whole table under an ACCESS EXCLUSIVE lock before PostgreSQL 12, whatever constraints exist: every read and write of the table waits until the scan ends.'
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          for (const { action, statement } of upActions(migration)) {
            if (action.kind !== "set-not-null") continue;
            if (context.isNewInThisChange(action.table, statement)) continue;
            const known = knownColumn(context, statement, action.table, action.column);
            if (known?.column.notNull) continue;
            const guarded = known !== void 0 && hasNotNullCheck(known.table, action.column);
            if (guarded && context.postgresVersion >= 12) continue;
            const constraint = `${action.table.split(".").at(-1)}_${action.column}_not_null`;
            const note = assumedNote(context, action.table, statement);
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: context.postgresVersion >= 12 ? "scan" : "scanBefore12",
              data: { table: action.table, column: action.column },
              help: context.postgresVersion >= 12 ? `Prove it first, without blocking, then set it:
ALTER TABLE ${action.table} ADD CONSTRAINT ${constraint} CHECK (${action.column} IS NOT NULL) NOT VALID;
-- in a later migration (SHARE UPDATE EXCLUSIVE: reads and writes go on):
ALTER TABLE ${action.table} VALIDATE CONSTRAINT ${constraint};
-- then, with no scan:
ALTER TABLE ${action.table} ALTER COLUMN ${action.column} SET NOT NULL;
ALTER TABLE ${action.table} DROP CONSTRAINT ${constraint};${note}` : `Keep a validated CHECK instead of SET NOT NULL until you run PostgreSQL 12:
ALTER TABLE ${action.table} ADD CONSTRAINT ${constraint} CHECK (${action.column} IS NOT NULL) NOT VALID;
-- in a later migration:
ALTER TABLE ${action.table} VALIDATE CONSTRAINT ${constraint};${note}`
            });
          }
        }
      }
    });
  }
});

// rules/require-concurrent-index-creation.ts
var require_concurrent_index_creation_default;
var init_require_concurrent_index_creation = __esm({
  "rules/require-concurrent-index-creation.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    require_concurrent_index_creation_default = defineRule({
      meta: {
        id: "require-concurrent-index-creation",
        summary: "Build indexes on existing tables with CREATE INDEX CONCURRENTLY.",
        severity: "error",
        messages: {
          blocking: 'CREATE INDEX on "{{table}}" takes {{consequence}} until the index is built.'
        }
      },
      async check(context) {
        for (const { migration, statement } of newStatements(context)) {
          if (statement.type !== "IndexStmt" || statement.node.concurrent === true) continue;
          const table = relationName(statement.node.relation);
          if (!isExisting(context, table, statement)) continue;
          const sql = await rewrittenSql(statement, (node) => {
            node.concurrent = true;
          });
          const name = typeof statement.node.idxname === "string" ? statement.node.idxname : null;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "blocking",
            data: { table, consequence: lockConsequence("SHARE", table) },
            help: [
              `1. Build it without blocking writes, in ${outsideTransaction(migration.convention)}:`,
              `   ${sql}`,
              `2. If the build fails it leaves an INVALID index behind: drop it (DROP INDEX CONCURRENTLY IF EXISTS ${name ?? "<index>"};) and run step 1 again.`
            ].join("\n")
          });
        }
      }
    });
  }
});

// rules/require-concurrent-index-deletion.ts
var require_concurrent_index_deletion_default;
var init_require_concurrent_index_deletion = __esm({
  "rules/require-concurrent-index-deletion.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    require_concurrent_index_deletion_default = defineRule({
      meta: {
        id: "require-concurrent-index-deletion",
        summary: "Drop indexes of existing tables with DROP INDEX CONCURRENTLY.",
        severity: "error",
        messages: {
          blocking: 'DROP INDEX "{{index}}" takes {{consequence}} until the drop ends, and it cannot start before every running query on the table has finished.'
        }
      },
      async check(context) {
        for (const { migration, statement } of newStatements(context)) {
          const { node } = statement;
          if (statement.type !== "DropStmt" || node.removeType !== "OBJECT_INDEX" || node.concurrent === true) continue;
          for (const object of list(node.objects)) {
            const index = objectName(object);
            if (!isExisting(context, index, statement)) continue;
            const sql = await rewrittenSql(statement, (copy) => {
              copy.objects = [object];
              copy.concurrent = true;
              copy.behavior = "DROP_RESTRICT";
            });
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "blocking",
              data: { index, consequence: lockConsequence("ACCESS EXCLUSIVE", "its table") },
              help: [
                `Drop it without blocking queries, in ${outsideTransaction(migration.convention)}:`,
                `   ${sql}`,
                ...node.behavior === "DROP_CASCADE" ? ["CONCURRENTLY cannot CASCADE: drop the constraints that depend on it first."] : []
              ].join("\n")
            });
          }
        }
      }
    });
  }
});

// rules/require-concurrent-refresh.ts
var require_concurrent_refresh_default;
var init_require_concurrent_refresh = __esm({
  "rules/require-concurrent-refresh.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    require_concurrent_refresh_default = defineRule({
      meta: {
        id: "require-concurrent-refresh",
        summary: "Refresh existing materialized views with REFRESH MATERIALIZED VIEW CONCURRENTLY.",
        severity: "error",
        messages: {
          blocking: 'REFRESH MATERIALIZED VIEW "{{view}}" takes {{consequence}} until the view is recomputed.'
        }
      },
      async check(context) {
        for (const { migration, statement } of newStatements(context)) {
          const { node } = statement;
          if (statement.type !== "RefreshMatViewStmt" || node.concurrent === true || node.skipData === true) continue;
          const view = relationName(node.relation);
          if (!isExisting(context, view, statement)) continue;
          const sql = await rewrittenSql(statement, (copy) => {
            copy.concurrent = true;
          });
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: "blocking",
            data: { view, consequence: lockConsequence("ACCESS EXCLUSIVE", view) },
            help: `Refresh it while reads go on (it needs a unique index on the view, e.g. CREATE UNIQUE INDEX CONCURRENTLY ${view.split(".").at(-1)}_key ON ${view} (<columns that identify a row>);):
   ${sql}`
          });
        }
      }
    });
  }
});

// rules/require-concurrent-reindex.ts
var TARGETS, require_concurrent_reindex_default;
var init_require_concurrent_reindex = __esm({
  "rules/require-concurrent-reindex.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    TARGETS = {
      REINDEX_OBJECT_INDEX: "INDEX",
      REINDEX_OBJECT_TABLE: "TABLE",
      REINDEX_OBJECT_SCHEMA: "SCHEMA",
      REINDEX_OBJECT_DATABASE: "DATABASE",
      REINDEX_OBJECT_SYSTEM: "SYSTEM"
    };
    require_concurrent_reindex_default = defineRule({
      meta: {
        id: "require-concurrent-reindex",
        summary: "Rebuild indexes with REINDEX CONCURRENTLY (PostgreSQL 12+), or by building a replacement concurrently.",
        severity: "error",
        messages: {
          blocking: "REINDEX {{target}} takes a SHARE lock on each table and an ACCESS EXCLUSIVE lock on each index it rebuilds: every INSERT/UPDATE/DELETE waits, and so does every query that would use those indexes, until the rebuild ends."
        }
      },
      async check(context) {
        for (const { migration, statement } of newStatements(context)) {
          const { node } = statement;
          if (statement.type !== "ReindexStmt") continue;
          if ((node.params ?? []).some((p) => p.DefElem?.defname === "concurrently")) continue;
          const kind = TARGETS[node.kind] ?? "INDEX";
          const name = node.relation ? relationName(node.relation) : String(node.name ?? "");
          if (name !== "" && !isExisting(context, name, statement)) continue;
          const target = `${kind}${name ? ` ${name}` : ""}`;
          let help2;
          if (postgresVersionOf(context) >= 12 && kind !== "SYSTEM") {
            const sql = await rewrittenSql(statement, (copy) => {
              copy.params = [...copy.params ?? [], { DefElem: { defname: "concurrently", defaction: "DEFELEM_UNSPEC" } }];
            });
            help2 = `Rebuild it without blocking, in ${outsideTransaction(migration.convention)}:
   ${sql}`;
          } else if (kind === "INDEX") {
            help2 = [
              `REINDEX CONCURRENTLY needs PostgreSQL 12 (postgresVersion is ${postgresVersionOf(context)}). Build a replacement instead, outside a transaction:`,
              `1. CREATE INDEX CONCURRENTLY ${name}_new ON <table> (<the columns of ${name}>);`,
              `2. DROP INDEX CONCURRENTLY ${name};`,
              `3. ALTER INDEX ${name}_new RENAME TO ${name};`
            ].join("\n");
          } else {
            help2 = `Rebuild the indexes one at a time without blocking: for each, CREATE INDEX CONCURRENTLY a replacement, DROP INDEX CONCURRENTLY the old one, and rename the replacement${kind === "SYSTEM" ? " (system catalogs cannot be rebuilt concurrently: do it in a maintenance window)" : ""}.`;
          }
          context.report({ file: migration.path, range: statement.range, messageId: "blocking", data: { target }, help: help2 });
        }
      }
    });
  }
});

// rules/require-lock-timeout.ts
function lockTimeoutSetting(statement) {
  const { type, node } = statement;
  if (type === "VariableSetStmt") {
    if (node.kind === "VAR_RESET_ALL") return { on: false, local: false };
    if (node.name !== "lock_timeout") return null;
    const local = node.is_local === true;
    if (node.kind !== "VAR_SET_VALUE") return { on: false, local };
    return { on: !isZero(list(node.args)[0]?.A_Const), local };
  }
  if (type === "SelectStmt") {
    for (const target of list(node.targetList)) {
      const call = target.ResTarget?.val?.FuncCall;
      if (!call || list(call.funcname).map(stringOf).at(-1) !== "set_config") continue;
      const [name, value, isLocal] = list(call.args).map((a) => a.A_Const);
      if (name?.sval?.sval !== "lock_timeout") continue;
      return { on: !isZero(value), local: isLocal?.boolval?.boolval === true };
    }
  }
  return null;
}
function isZero(constant) {
  if (!constant) return true;
  if ("ival" in constant) return !constant.ival?.ival;
  if ("fval" in constant) return Number(constant.fval?.fval) === 0;
  const text = String(constant.sval?.sval ?? "").trim();
  return /^0*(?:\.0*)?\s*(?:us|ms|s|min|h|d)?$/i.test(text);
}
var require_lock_timeout_default;
var init_require_lock_timeout = __esm({
  "rules/require-lock-timeout.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    require_lock_timeout_default = defineRule({
      meta: {
        id: "require-lock-timeout",
        summary: "Set lock_timeout before a statement that takes an ACCESS EXCLUSIVE lock on an existing table.",
        severity: "warning",
        messages: {
          missing: "{{by}} needs an ACCESS EXCLUSIVE lock on {{target}} and no lock_timeout is set: while it waits for a running query to finish, every new query on it, reads included, queues behind it."
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          let session = false;
          let local = false;
          for (const statement of upStatements(migration)) {
            const setting = lockTimeoutSetting(statement);
            if (setting) {
              if (setting.local) local = setting.on;
              else session = local = setting.on;
              continue;
            }
            if (statement.type === "TransactionStmt" && /COMMIT|ROLLBACK|PREPARE/.test(String(statement.node.kind))) local = session;
            if (local) continue;
            const lock2 = existingLocks(context, statement, (l) => l.mode === "ACCESS EXCLUSIVE")[0];
            if (!lock2) continue;
            const table = lock2.on === "index" ? `the table of index ${lock2.relation}` : lock2.relation;
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "missing",
              data: { by: lock2.by, target: lock2.on === "index" ? `the table of index "${lock2.relation}"` : `"${lock2.relation}"` },
              help: `Start the migration with SET lock_timeout = '5s'; (SET LOCAL inside its transaction) so the lock request gives up instead of stalling ${table}, and deploy again if it does. One setting at the top covers every statement of the file.`
            });
            break;
          }
        }
      }
    });
  }
});

// rules/require-not-valid-constraint.ts
function defaultName(table, columns, suffix) {
  return [bareName(table), ...columns, suffix].join("_");
}
var require_not_valid_constraint_default;
var init_require_not_valid_constraint = __esm({
  "rules/require-not-valid-constraint.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    require_not_valid_constraint_default = defineRule({
      meta: {
        id: "require-not-valid-constraint",
        summary: "Add foreign keys and CHECK constraints to existing tables NOT VALID, then VALIDATE them in a later migration.",
        severity: "error",
        messages: {
          foreignKey: 'ADD FOREIGN KEY on "{{table}}" checks every row while it holds SHARE ROW EXCLUSIVE locks on {{table}} and {{references}}: every INSERT/UPDATE/DELETE on both tables waits until the scan ends.',
          check: 'ADD CHECK on "{{table}}" checks every row while it holds {{consequence}} until the scan ends.'
        }
      },
      async check(context) {
        for (const { migration, statement } of newStatements(context)) {
          for (const { table, constraint, column } of addedConstraints(statement)) {
            const isForeignKey = constraint.contype === "CONSTR_FOREIGN";
            if (!isForeignKey && constraint.contype !== "CONSTR_CHECK" || constraint.skip_validation === true) continue;
            if (!isExisting(context, table, statement)) continue;
            const columns = column ? [String(column.colname)] : list(constraint.fk_attrs).map(stringOf);
            const name = typeof constraint.conname === "string" ? constraint.conname : defaultName(table, columns, isForeignKey ? "fkey" : "check");
            const notValid = { ...constraint, conname: name, skip_validation: true, initially_valid: false };
            if (column) notValid.fk_attrs = [{ String: { sval: String(column.colname) } }];
            const add = await alterTableSql(statement, { subtype: "AT_AddConstraint", def: { Constraint: notValid }, behavior: "DROP_RESTRICT" });
            const validate = await alterTableSql(statement, { subtype: "AT_ValidateConstraint", name, behavior: "DROP_RESTRICT" });
            const steps = [
              ...column ? [`Add the column ${column.colname} without the constraint, then:`] : [],
              `1. Add the constraint without checking the rows that exist (a brief lock; new writes are checked from now on):`,
              `   ${add}`,
              `2. In the next migration, check the existing rows without blocking reads or writes (SHARE UPDATE EXCLUSIVE):`,
              `   ${validate}`
            ];
            const references = isForeignKey ? relationName(constraint.pktable) : "";
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: isForeignKey ? "foreignKey" : "check",
              data: { table, references, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
              help: steps.join("\n")
            });
          }
        }
      }
    });
  }
});

// rules/require-rollback.ts
function describeRevert(convention, path) {
  if (convention === "alembic") return `Write the op calls that revert ${path} in its downgrade() (e.g. drop what upgrade() creates, re-add what it drops).`;
  if (convention === "knex" || convention === "node-pg-migrate") return `Write the calls that revert ${path} in its down function (e.g. drop what up creates, re-add what it drops).`;
  return `Write the SQL that reverts ${path} (e.g. DROP what it creates, re-add what it drops).`;
}
function keepsRollbacks(directory) {
  if (!directory) return false;
  const index = directory.baseIndex ?? directory.index;
  return index.files.some((entry) => index.nameOf(entry)?.direction === "down");
}
function describeRollbackPlace(convention, path, version) {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const folder = path.slice(0, Math.max(path.lastIndexOf("/"), 0));
  switch (convention) {
    case "diesel":
      return `Add ${folder}/down.sql with the SQL that reverts up.sql.`;
    case "prisma":
      return `Prisma Migrate is forward-only: write the SQL that reverts it to ${folder}/down.sql, as Prisma documents, with npx prisma migrate diff --from-schema-datamodel prisma/schema.prisma --to-schema-datasource prisma/schema.prisma --script > ${folder}/down.sql (run before applying the migration), and apply it with prisma db execute --file ${folder}/down.sql when you must roll back.`;
    case "postgrator":
      return `Add ${base.replace(/\.do\./i, ".undo.")} beside it with the SQL that reverts it.`;
    case "sql-migrate":
      return `Add a "-- +migrate Down" section to ${base} with the SQL that reverts it.`;
    case "node-pg-migrate":
      if (!/\.sql$/i.test(base)) {
        return `Export a down function from ${base} that reverts it (exports.down = false declares it irreversible), e.g. exports.down = (pgm) => { pgm.dropTable('<table>'); };`;
      }
      return `Add a "-- Down Migration" section to ${base} with the SQL that reverts it.`;
    case "sqitch":
      return `Add ${path.replace(/(^|\/)deploy\//, "$1revert/")} with the SQL that reverts it (sqitch add creates it with the deploy and verify scripts).`;
    case "supabase":
      return `The Supabase CLI is forward-only: keep the SQL that reverts it in ${path.replace(/(^|\/)migrations\/([^/]*)$/, "$1rollbacks/$2")}, where the CLI never applies it, and run it with psql when you must roll back. ${OPT_OUT}`;
    case "goose":
      return `Add a "-- +goose Down" section to ${base} with the SQL that reverts it.`;
    case "dbmate":
      return `Add a "-- migrate:down" section to ${base} with the SQL that reverts it.`;
    case "flyway":
      return `Add an undo migration U${version}__${base.replace(/^V[^_]*__/, "")} beside it with the SQL that reverts it (Flyway Teams runs it with flyway undo; Flyway Community has no undo). ${OPT_OUT}`;
    case "knex":
      return `Export a down function from ${base} that reverts it, e.g. exports.down = (knex) => knex.schema.dropTable('<table>');`;
    case "alembic":
      return `Write a downgrade() in ${base} with the op calls that revert upgrade(), e.g. op.drop_column('<table>', '<column>').`;
    default:
      return `Add ${base.replace(/(\.up)?\.sql$/i, ".down.sql")} beside it with the SQL that reverts it.`;
  }
}
var require_rollback_default, OPT_OUT;
var init_require_rollback = __esm({
  "rules/require-rollback.ts"() {
    "use strict";
    init_conventions();
    init_rule();
    require_rollback_default = defineRule({
      meta: {
        id: "require-rollback",
        summary: "Every new migration has a non-empty rollback (down) in the place its migration tool expects.",
        severity: "error",
        messages: {
          missing: "Migration {{path}} has no rollback: if the deploy goes wrong there is no tested way to undo it.",
          empty: "The rollback of {{path}} is empty: running it would undo nothing."
        }
      },
      check(context) {
        const byPath = new Map(context.migrations.map((m) => [m.path, m]));
        for (const migration of context.migrations) {
          if (migration.status !== "added" || !migration.name || migration.text === null) continue;
          if (migration.name.direction === "down" || migration.name.kind === "repeatable") continue;
          if ((migration.up?.statements.length ?? 0) === 0 && !migration.up?.error) continue;
          const convention = conventions[migration.convention];
          if (convention.hasRollbacks === false) continue;
          if (convention.forwardOnly && !keepsRollbacks(context.directories.get(migration.directory))) continue;
          const where = describeRollbackPlace(migration.convention, migration.path, migration.name.version ?? "");
          if (migration.rollback === null) {
            context.report({ file: migration.path, messageId: "missing", data: { path: migration.path }, help: where });
            continue;
          }
          const rollback = migration.rollback === migration.path ? migration : byPath.get(migration.rollback);
          if (!rollback?.down) continue;
          const upDoesNothing = migration.up !== null && migration.up.statements.length === 0 && !migration.up.error;
          if (rollback.down.statements.length === 0 && !rollback.down.error && !upDoesNothing) {
            const downStart = rollback.sections?.down?.start;
            const marker = downStart !== void 0 && rollback.lines ? rollback.lines.positionAt(Math.max(0, downStart - 1)) : void 0;
            context.report({
              file: rollback.path,
              ...marker ? { range: { start: { line: marker.line, column: 1 }, end: marker } } : {},
              messageId: "empty",
              data: { path: migration.path },
              help: describeRevert(rollback.convention, migration.path)
            });
          }
        }
      }
    });
    OPT_OUT = "To roll forward only instead, turn this rule off in the config: rules: { require-rollback: off }.";
  }
});

// rules/require-unique-using-index.ts
var require_unique_using_index_default;
var init_require_unique_using_index = __esm({
  "rules/require-unique-using-index.ts"() {
    "use strict";
    init_rule();
    init_lock_rules();
    init_facts();
    require_unique_using_index_default = defineRule({
      meta: {
        id: "require-unique-using-index",
        summary: "Add PRIMARY KEY and UNIQUE constraints to existing tables USING INDEX of an index built concurrently.",
        severity: "error",
        messages: {
          building: 'ADD {{kind}} on "{{table}}" builds its index while it holds {{consequence}} until the index is built.'
        }
      },
      async check(context) {
        for (const { migration, statement } of newStatements(context)) {
          for (const { table, constraint, column } of addedConstraints(statement)) {
            const kind = constraint.contype === "CONSTR_PRIMARY" ? "PRIMARY KEY" : constraint.contype === "CONSTR_UNIQUE" ? "UNIQUE" : null;
            if (kind === null || typeof constraint.indexname === "string") continue;
            if (!isExisting(context, table, statement)) continue;
            const keys = column ? [{ String: { sval: String(column.colname) } }] : list(constraint.keys);
            const columns = keys.map((k) => String(k.String?.sval ?? ""));
            const name = typeof constraint.conname === "string" ? constraint.conname : `${bareName(table)}_${kind === "PRIMARY KEY" ? "pkey" : `${columns.join("_")}_key`}`;
            const index = await sqlOf("IndexStmt", {
              idxname: name,
              relation: statement.node.relation,
              accessMethod: "btree",
              indexParams: keys.map((k) => ({ IndexElem: { name: k.String?.sval, ordering: "SORTBY_DEFAULT", nulls_ordering: "SORTBY_NULLS_DEFAULT" } })),
              ...list(constraint.including).length ? { indexIncludingParams: list(constraint.including).map((k) => ({ IndexElem: { name: k.String?.sval } })) } : {},
              unique: true,
              ...constraint.nulls_not_distinct ? { nulls_not_distinct: true } : {},
              concurrent: true
            });
            const adopt = await alterTableSql(statement, {
              subtype: "AT_AddConstraint",
              def: { Constraint: { contype: constraint.contype, conname: name, indexname: name } },
              behavior: "DROP_RESTRICT"
            });
            const steps = [
              ...column ? [`Add the column ${column.colname} without the constraint, then:`] : [],
              `1. Build the index without blocking writes, in ${outsideTransaction(migration.convention)}:`,
              `   ${index}`,
              `2. In the next migration, make it the constraint (a brief lock${kind === "PRIMARY KEY" ? `; the columns must already be NOT NULL, or this scans the table to set it` : ""}):`,
              `   ${adopt}`
            ];
            context.report({
              file: migration.path,
              range: statement.range,
              messageId: "building",
              data: { kind, table, consequence: lockConsequence("ACCESS EXCLUSIVE", table) },
              help: steps.join("\n")
            });
          }
        }
      }
    });
  }
});

// rules/require-valid-suppression.ts
var require_valid_suppression_default;
var init_require_valid_suppression = __esm({
  "rules/require-valid-suppression.ts"() {
    "use strict";
    init_rule();
    require_valid_suppression_default = defineRule({
      meta: {
        id: "require-valid-suppression",
        summary: "A migration-lint-disable comment names existing rules and says why, after a colon.",
        severity: "error",
        messages: {
          noReason: "This suppression of {{rules}} gives no reason, so it silences nothing: reviewers could not judge why the hazard is safe here.",
          noRule: "This suppression names no rule, so it silences nothing.",
          unknownRule: '"{{rule}}" is not a migration-lint rule, so this suppression silences nothing for it.',
          unsuppressible: "{{rule}} cannot be suppressed: the finding stands whatever the comment says.",
          unknownDirective: "{{directive}} is not a migration-lint directive, so it silences nothing."
        }
      },
      check() {
      }
    });
  }
});

// rules/require-validate-separately.ts
function relationName3(rangeVar) {
  return [rangeVar?.schemaname, rangeVar?.relname].filter((part) => typeof part === "string").join(".");
}
var require_validate_separately_default;
var init_require_validate_separately = __esm({
  "rules/require-validate-separately.ts"() {
    "use strict";
    init_rule();
    require_validate_separately_default = defineRule({
      meta: {
        id: "require-validate-separately",
        summary: "VALIDATE CONSTRAINT runs in a later migration than the ADD CONSTRAINT \u2026 NOT VALID it validates.",
        severity: "error",
        messages: {
          sameTransaction: 'VALIDATE CONSTRAINT {{constraint}} runs in the same transaction as its NOT VALID add, whose {{lock}} lock on "{{table}}" is held until commit: {{blocked}} of the table waits for the whole validation scan.'
        }
      },
      check(context) {
        for (const migration of addedUpMigrations(context)) {
          const transactions = transactionsIn(context, migration);
          const adds = /* @__PURE__ */ new Map();
          for (const statement of upStatements(migration)) {
            if (statement.type !== "AlterTableStmt") continue;
            const table = relationName3(statement.node.relation);
            const block = transactions.get(statement)?.block ?? null;
            for (const item of Array.isArray(statement.node.cmds) ? statement.node.cmds : []) {
              const cmd = item?.AlterTableCmd ?? {};
              const constraint = cmd.def?.Constraint;
              if (cmd.subtype === "AT_AddConstraint" && constraint?.skip_validation === true && typeof constraint.conname === "string") {
                adds.set(`${table}\0${constraint.conname}`, { statement, block, foreignKey: constraint.contype === "CONSTR_FOREIGN" });
                continue;
              }
              if (cmd.subtype !== "AT_ValidateConstraint" || typeof cmd.name !== "string") continue;
              const add = adds.get(`${table}\0${cmd.name}`);
              if (!add || add.block === null || add.block !== block) continue;
              if (context.isNewInThisChange(table, statement)) continue;
              context.report({
                file: migration.path,
                range: statement.range,
                messageId: "sameTransaction",
                data: {
                  constraint: cmd.name,
                  table,
                  lock: add.foreignKey ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE",
                  blocked: add.foreignKey ? "every write" : "every read and write"
                },
                help: `Keep the NOT VALID add in this migration and validate in the next one, once the add has committed:
${add.statement.text};
-- in a later migration:
ALTER TABLE ${table} VALIDATE CONSTRAINT ${cmd.name};`
              });
            }
          }
        }
      }
    });
  }
});

// rules/rollback-roundtrip.ts
function dropStatement(label) {
  const column = /^column (.+)\.([^.]+)$/.exec(label);
  if (column) return `ALTER TABLE ${column[1]} DROP COLUMN ${column[2]};`;
  const constraint = /^constraint (\S+) on (.+)$/.exec(label);
  if (constraint) return `ALTER TABLE ${constraint[2]} DROP CONSTRAINT ${constraint[1]};`;
  const trigger = /^trigger (\S+) on (.+)$/.exec(label);
  if (trigger) return `DROP TRIGGER ${trigger[1]} ON ${trigger[2]};`;
  const value = /^enum (.+) value '(.*)'$/.exec(label);
  if (value) return `PostgreSQL cannot drop an enum value: in the down, create the type again without '${value[2]}' (ALTER TYPE ${value[1]} RENAME TO ${value[1]}_old; CREATE TYPE ${value[1]} AS ENUM (\u2026); ALTER TABLE \u2026 ALTER COLUMN \u2026 TYPE ${value[1]} USING \u2026::text::${value[1]}; DROP TYPE ${value[1]}_old;).`;
  const object = /^(table|view|materialized view|foreign table|index|sequence|enum|domain|type|range type|function|procedure|aggregate|schema|extension) (.+)$/.exec(label);
  if (object) {
    const kind = object[1] === "enum" || object[1] === "range type" ? "TYPE" : object[1].toUpperCase();
    return `DROP ${kind} ${object[2]};`;
  }
  return `drop ${label}.`;
}
var rollback_roundtrip_default;
var init_rollback_roundtrip = __esm({
  "rules/rollback-roundtrip.ts"() {
    "use strict";
    init_rule();
    rollback_roundtrip_default = defineRule({
      meta: {
        id: "rollback-roundtrip",
        summary: "With --verify-rollback: in a real PostgreSQL, the down gives back the schema from before the up, and the up runs again after it.",
        severity: "error",
        verifiesRollback: true,
        messages: {
          leaves: "Down leaves {{object}}: after a rollback the schema is not what it was before the up.",
          notRestored: "Down does not restore {{object}}: after a rollback the schema is not what it was before the up.",
          changed: "Down leaves {{object}} changed ({{after}}; before the up: {{before}}): after a rollback the schema is not what it was.",
          redeployMissing: "The up run again after its down does not create {{object}}: a redeploy after a rollback gives another schema.",
          redeployExtra: "The up run again after its down leaves {{object}}, which its first run did not: a redeploy gives another schema.",
          redeployChanged: "The up run again after its down gives {{object}} as {{after}}, its first run as {{before}}: a redeploy gives another schema.",
          redeployFails: "The up fails when run again after its down: ERROR: {{error}}; the migration cannot be deployed again after a rollback.",
          skipped: "Rollback verification skipped: {{reason}}."
        }
      },
      check(context) {
        const verification = context.verification;
        if (!verification) return;
        for (const skip of verification.skipped) {
          context.report({
            file: skip.file ?? skip.directory,
            messageId: "skipped",
            data: { reason: skip.reason },
            severity: "warning",
            help: "Nothing was judged here: run --verify-rollback with --database-url against a server that has what the base history needs (its extensions), or turn verifyRollback off for this repository."
          });
        }
        for (const failure of verification.failures) {
          if (!(failure.direction === "up" && failure.rerun)) continue;
          context.report({
            file: failure.file,
            range: failure.range,
            messageId: "redeployFails",
            data: { error: failure.error },
            help: "Make the down undo everything the up creates (or make the up tolerate what the down keeps: CREATE \u2026 IF NOT EXISTS), so that deploy, rollback, deploy works."
          });
        }
        for (const { file, range, phase, difference } of verification.mismatches) {
          const object = difference.label;
          const data2 = { object, before: difference.before ?? "", after: difference.after ?? "" };
          if (phase === "down") {
            const messageId = difference.kind === "extra" ? "leaves" : difference.kind === "missing" ? "notRestored" : "changed";
            const help2 = difference.kind === "extra" ? `Drop it in the down: ${dropStatement(object)}` : difference.kind === "missing" ? `Create it again in the down, as it was before the up${difference.before ? ` (${difference.before})` : ""}.` : `Restore it in the down as it was before the up: ${difference.before}.`;
            context.report({ file, range, messageId, data: data2, help: help2 });
          } else {
            const messageId = difference.kind === "extra" ? "redeployExtra" : difference.kind === "missing" ? "redeployMissing" : "redeployChanged";
            context.report({
              file,
              range,
              messageId,
              data: data2,
              help: "Make the down undo exactly what the up does, so that the up finds the same schema each time it runs."
            });
          }
        }
      }
    });
  }
});

// rules/syntax-error.ts
var UNREADABLE_HELP, syntax_error_default;
var init_syntax_error = __esm({
  "rules/syntax-error.ts"() {
    "use strict";
    init_rule();
    UNREADABLE_HELP = {
      binary: 'Remove it from the migrations directory, or match migrations more narrowly with the "migrations" globs in the config.',
      encoding: "Save the file as UTF-8.",
      symlink: "A migration must be a regular file: replace the link with a copy of the file it points to, or move it out of the migrations directory."
    };
    syntax_error_default = defineRule({
      meta: {
        id: "syntax-error",
        summary: "Every migration and rollback is SQL that PostgreSQL can parse (and a JavaScript or Python migration file parses), in UTF-8 text, in a regular file.",
        severity: "error",
        messages: {
          syntax: "PostgreSQL cannot parse this: {{message}}.",
          source: "The migration tool cannot load this {{language}} file: {{message}}.",
          binary: "{{file}} is a binary file, not SQL: the migration tool will fail on it.",
          encoding: "{{file}} is not valid UTF-8: PostgreSQL will reject it or store garbled text.",
          symlink: "{{file}} is a symbolic link, not a regular file: git stores only the path it points to, so what runs depends on the checkout."
        }
      },
      check(context) {
        for (const migration of context.migrations) {
          if (migration.unreadable) {
            context.report({
              file: migration.path,
              messageId: migration.unreadable,
              data: { file: migration.path },
              help: UNREADABLE_HELP[migration.unreadable]
            });
            continue;
          }
          for (const sql of [migration.up, migration.down]) {
            if (!sql?.error) continue;
            const { language, message, range } = sql.error;
            context.report({
              file: migration.path,
              range,
              messageId: language ? "source" : "syntax",
              data: language ? { language, message } : { message },
              help: language ? `Fix the ${language} at this position; run the migration against a scratch database before merging.` : "Fix the SQL at this position; check it with psql against a scratch database before merging."
            });
          }
        }
      }
    });
  }
});

// rules/timestamp-order.ts
function checkGraph(context, migration, directory, graph) {
  const file = migration.path.slice(migration.path.lastIndexOf("/") + 1);
  const revision = migration.revision;
  if (!revision) {
    if (migration.up?.error?.language) return;
    context.report({
      file: migration.path,
      messageId: "noRevision",
      data: { file, directory: directory.path },
      help: `Declare revision = '<id>' and down_revision = '<the id it follows>' at the top of ${file}.`
    });
    return;
  }
  const heads = baseHeads(graph.base);
  const moveTo = heads.length === 1 ? `Set down_revision = '${heads[0]}' in ${file} (the head of the base branch)` : `Point down_revision in ${file} at the head it continues`;
  const twin = graph.head.find((node) => node.path !== migration.path && node.revision.id === revision.id);
  if (twin) {
    context.report({
      file: migration.path,
      messageId: "duplicate",
      data: { version: revision.id, other: twin.path.slice(twin.path.lastIndexOf("/") + 1) },
      help: `Give ${file} a revision id of its own (alembic revision generates one), and follow it from the head.`
    });
    return;
  }
  const known = new Set(graph.head.map((node) => node.revision.id));
  for (const parent of revision.parents) {
    if (known.has(parent)) continue;
    context.report({
      file: migration.path,
      messageId: "unknownParent",
      data: { revision: revision.id, parent, directory: directory.path },
      help: `${moveTo}.`
    });
    return;
  }
  const isEarlierOrMerged = (node) => isMerged(context, node) || node.path < migration.path;
  if (revision.parents.length === 0) {
    const root = graph.head.find((node) => node.path !== migration.path && node.revision.parents.length === 0 && isEarlierOrMerged(node));
    if (root && !revision.labeled) {
      context.report({
        file: migration.path,
        messageId: "secondRoot",
        data: { revision: revision.id, root: root.revision.id },
        help: `${moveTo}; a separate history on purpose needs branch_labels = ('<label>',).`
      });
    }
    return;
  }
  for (const parent of revision.parents) {
    const sibling = graph.head.find((node) => node.path !== migration.path && node.revision.parents.includes(parent) && isEarlierOrMerged(node));
    if (!sibling) continue;
    context.report({
      file: migration.path,
      messageId: "secondHead",
      data: { revision: revision.id, other: sibling.revision.id, parent },
      help: `${isMerged(context, sibling) ? moveTo : `Set down_revision = '${sibling.revision.id}' in ${file}, so the two run one after the other`}, or, when both must stay, add a merge revision: alembic merge -m "merge heads" ${sibling.revision.id} ${revision.id}`
    });
    return;
  }
}
function isMerged(context, node) {
  return context.migrations.find((m) => m.path === node.path)?.status !== "added";
}
function baseHeads(base) {
  const followed = new Set(base.flatMap((node) => node.revision.parents));
  return base.map((node) => node.revision.id).filter((id) => !followed.has(id));
}
function exampleName(convention) {
  switch (convention) {
    case "golang-migrate":
      return "<version>_<name>.up.sql and <version>_<name>.down.sql";
    case "flyway":
      return "V<version>__<description>.sql";
    case "diesel":
      return "<timestamp>_<name>/up.sql and down.sql (diesel migration generate <name>)";
    case "prisma":
      return "<timestamp>_<name>/migration.sql (prisma migrate dev --name <name>)";
    case "postgrator":
      return "<version>.do.<name>.sql and <version>.undo.<name>.sql";
    case "sqitch":
      return "a change listed in sqitch.plan (sqitch add <name>)";
    case "versioned":
      return "v<major>.<minor>/<name>.sql";
    default:
      return "<timestamp>_<name>.sql (e.g. 20260213010000_add_email_v2.sql)";
  }
}
function nowTimestamp(latest) {
  const now = (/* @__PURE__ */ new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  if (/^\d{8,17}$/.test(latest) && latest.length <= 14) return now.slice(0, latest.length);
  const digits = latest.split(".");
  digits[0] = String(BigInt(digits[0] ?? "0") + 1n).padStart(digits[0]?.length ?? 1, "0");
  return digits.slice(0, 1).join(".");
}
function renameWithVersion(file, version, next) {
  const index = file.indexOf(version);
  return index < 0 ? `${next}_${file}` : file.slice(0, index) + next + file.slice(index + version.length);
}
var timestamp_order_default;
var init_timestamp_order = __esm({
  "rules/timestamp-order.ts"() {
    "use strict";
    init_conventions();
    init_rule();
    timestamp_order_default = defineRule({
      meta: {
        id: "timestamp-order",
        summary: "A new migration's version is greater than every version on the base branch, unique, and readable from its file name.",
        severity: "error",
        messages: {
          outOfOrder: "Version {{version}} is not newer than {{latest}}, already on the base branch: databases that ran {{latest}} will skip it or apply it out of order.",
          duplicate: "Version {{version}} is also used by {{other}}: the migration tool will refuse to run, or run only one of them.",
          unreadable: "The file name {{file}} is not a {{convention}} migration name, so its place in the order is unknown.",
          secondHead: 'Revisions {{revision}} and {{other}} both follow {{parent}}: the history gets a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
          secondRoot: 'Revision {{revision}} follows no revision while {{root}} already starts the history: it is a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
          unknownParent: "Revision {{revision}} follows {{parent}}, which no migration in {{directory}} declares: alembic cannot place it and refuses to run.",
          noRevision: "{{file}} declares no revision, so alembic cannot load the migrations of {{directory}}."
        }
      },
      check(context) {
        if (!context.isChange) return;
        for (const migration of context.migrations) {
          if (migration.status !== "added") continue;
          const directory = context.directories.get(migration.directory);
          if (!directory) continue;
          const base = migration.entry;
          if (directory.revisions) {
            checkGraph(context, migration, directory, directory.revisions);
            continue;
          }
          if (!migration.name) {
            context.report({
              file: migration.path,
              messageId: "unreadable",
              data: { file: base, convention: migration.convention },
              help: `Rename it to ${exampleName(migration.convention)}, with a timestamp newer than every merged migration.`
            });
            continue;
          }
          const version = migration.name.version;
          if (version === null) continue;
          if (migration.name.direction === "down") continue;
          const latest = directory.baseIndex?.latestVersion() ?? null;
          if (latest !== null && compareVersions(version, latest) <= 0) {
            context.report({
              file: migration.path,
              messageId: "outOfOrder",
              data: { version, latest },
              help: migration.convention === "sqitch" ? `Move ${migration.name.name} to the end of sqitch.plan, after every change already merged: sqitch deploys the plan in order.` : `Rename it with a version newer than ${latest}, e.g. ${renameWithVersion(base, version, nowTimestamp(latest))}.`
            });
            continue;
          }
          const { direction, unit } = migration.name;
          const twin = directory.index.withVersion(version).find((other2) => other2.file !== base && other2.name.direction === direction && (unit === void 0 || other2.name.unit !== unit));
          if (twin) {
            context.report({
              file: migration.path,
              messageId: "duplicate",
              data: { version, other: twin.file },
              help: `Give ${base} a version of its own, newer than every other migration in ${directory.path}.`
            });
          }
        }
      }
    });
  }
});

// rules/index.ts
var rules;
var init_rules = __esm({
  "rules/index.ts"() {
    "use strict";
    init_backward_incompatible();
    init_ban_add_exclude_constraint();
    init_ban_concurrently_in_transaction();
    init_ban_default_before_pg11();
    init_ban_drop_database();
    init_ban_drop_schema();
    init_ban_drop_still_referenced();
    init_ban_measured_blocking_lock();
    init_ban_drop_with_app_code();
    init_ban_expand_and_contract();
    init_ban_lock_table();
    init_ban_rewriting_type_change();
    init_ban_schema_with_app_code();
    init_ban_serial_column();
    init_ban_stored_generated_column();
    init_ban_table_rewrite();
    init_ban_truncate();
    init_ban_unbounded_data_change();
    init_ban_unused_suppression();
    init_ban_volatile_default();
    init_immutable_migrations();
    init_migration_fails();
    init_one_migration_per_pr();
    init_prefer_bigint_ids();
    init_prefer_identity();
    init_prefer_text_over_varchar();
    init_prefer_timestamptz();
    init_require_check_before_set_not_null();
    init_require_concurrent_index_creation();
    init_require_concurrent_index_deletion();
    init_require_concurrent_refresh();
    init_require_concurrent_reindex();
    init_require_lock_timeout();
    init_require_not_valid_constraint();
    init_require_rollback();
    init_require_unique_using_index();
    init_require_valid_suppression();
    init_require_validate_separately();
    init_rollback_roundtrip();
    init_syntax_error();
    init_timestamp_order();
    rules = [
      backward_incompatible_default,
      ban_add_exclude_constraint_default,
      ban_concurrently_in_transaction_default,
      ban_default_before_pg11_default,
      ban_drop_database_default,
      ban_drop_schema_default,
      ban_drop_still_referenced_default,
      ban_drop_with_app_code_default,
      ban_expand_and_contract_default,
      ban_lock_table_default,
      ban_measured_blocking_lock_default,
      ban_rewriting_type_change_default,
      ban_schema_with_app_code_default,
      ban_serial_column_default,
      ban_stored_generated_column_default,
      ban_table_rewrite_default,
      ban_truncate_default,
      ban_unbounded_data_change_default,
      ban_unused_suppression_default,
      ban_volatile_default_default,
      immutable_migrations_default,
      migration_fails_default,
      one_migration_per_pr_default,
      prefer_bigint_ids_default,
      prefer_identity_default,
      prefer_text_over_varchar_default,
      prefer_timestamptz_default,
      require_check_before_set_not_null_default,
      require_concurrent_index_creation_default,
      require_concurrent_index_deletion_default,
      require_concurrent_refresh_default,
      require_concurrent_reindex_default,
      require_lock_timeout_default,
      require_not_valid_constraint_default,
      require_rollback_default,
      require_unique_using_index_default,
      require_valid_suppression_default,
      require_validate_separately_default,
      rollback_roundtrip_default,
      syntax_error_default,
      timestamp_order_default
    ];
  }
});

// src/errors.ts
function brandOf(name) {
  const symbol = /* @__PURE__ */ Symbol.for(`migration-lint.${name}`);
  return { symbol, has: (value) => typeof value === "object" && value !== null && value[symbol] === true };
}
var USAGE_ERROR, UsageError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    USAGE_ERROR = brandOf("UsageError");
    UsageError = class extends Error {
      static [Symbol.hasInstance](value) {
        return USAGE_ERROR.has(value);
      }
      name = "UsageError";
      [USAGE_ERROR.symbol] = true;
    };
  }
});

// part:./config-validate.cjs#m0
var require_config_validate = __commonJS({
  "part:./config-validate.cjs#m0"(exports2, module2) {
    module2.exports = require("./config-validate.cjs").m0;
  }
});

// src/config.ts
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
    const path = (0, import_node_path5.join)(dir, explicitPath);
    if (!(0, import_node_fs.existsSync)(path)) throw new UsageError(`config file ${explicitPath} not found: check the --config path`);
    return { values: await parseConfigText(path, (0, import_node_fs.readFileSync)(path, "utf8"), explicitPath), source: explicitPath };
  }
  const found = CONFIG_FILES.filter((name2) => (0, import_node_fs.existsSync)((0, import_node_path5.join)(dir, name2)));
  if (found.length > 1) {
    throw new UsageError(`${found.join(" and ")} both exist: migration-lint reads one config file, so merge them into one and delete the other`);
  }
  const [name] = found;
  if (name !== void 0) {
    const path = (0, import_node_path5.join)(dir, name);
    return { values: await parseConfigText(path, (0, import_node_fs.readFileSync)(path, "utf8"), name), source: name };
  }
  const pkgPath = (0, import_node_path5.join)(dir, "package.json");
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
  const list2 = [...problems];
  const hints = [
    list2.some((p) => p.startsWith("unknown key")) ? `allowed keys: ${CONFIG_KEYS().join(", ")}` : "",
    list2.some((p) => p.startsWith("unknown rule")) ? "run `migration-lint rules` to list the rules" : ""
  ].filter(Boolean);
  throw new UsageError(`${raw.source}: ${list2.join("; ")}${hints.length ? ` (${hints.join("; ")})` : ""}`);
}
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
var import_node_fs, import_node_path5, DIALECTS, DEFAULT_POSTGRES_VERSION, DEFAULT_NON_CODE, CONFIG_FILES, CONVENTION_IDS, CONFIG_KEYS;
var init_config = __esm({
  "src/config.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path5 = require("node:path");
    init_errors();
    init_placeholders();
    DIALECTS = ["postgresql", "sqlite", "mysql", "clickhouse", "spanner", "other"];
    DEFAULT_POSTGRES_VERSION = 15;
    DEFAULT_NON_CODE = [
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
    CONFIG_FILES = [".migration-lint.json", ".migration-lint.yaml", ".migration-lint.yml"];
    CONVENTION_IDS = [
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
    CONFIG_KEYS = () => Object.keys(configSchema([]).properties).filter((key) => key !== "$schema");
  }
});

// src/conventions/dialect.ts
function guessDialect(directory, samples) {
  for (const part of directory.toLowerCase().split(/[/_.-]+/)) {
    const dialect = NAMED[part];
    if (dialect) return { dialect, engine: dialect === "other" ? part : dialect, evidence: `its path names ${part}` };
  }
  for (const { path, text } of samples) {
    if (!/\.sql$/i.test(path)) continue;
    const sign = findForeignSyntax(text);
    if (sign) return { dialect: sign.dialect, engine: sign.dialect, evidence: `${sign.what} in ${import_node_path6.posix.basename(path)}` };
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
var import_node_path6, NAMED;
var init_dialect = __esm({
  "src/conventions/dialect.ts"() {
    "use strict";
    import_node_path6 = require("node:path");
    init_scan();
    NAMED = {
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
  }
});

// src/conventions/globs.generated.ts
var COMPILED_GLOBS;
var init_globs_generated = __esm({
  "src/conventions/globs.generated.ts"() {
    "use strict";
    COMPILED_GLOBS = [
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
  }
});

// src/conventions/globs.ts
async function loadGlobMatcher(globs) {
  return compiledMatcher(globs) ?? (await import("./glob-matcher.js")).createGlobMatcher(globs);
}
function compiledMatcher(globs) {
  const compiled = COMPILED_GLOBS.find((entry) => entry.globs.length === globs.length && entry.globs.every((glob, i) => glob === globs[i]));
  if (compiled === void 0) return null;
  const { globs: list2, literals, patterns } = compiled;
  return (path) => path !== "" && list2.some((glob, i) => path === glob || path.includes(literals[i]) && patterns[i].test(path));
}
var init_globs = __esm({
  "src/conventions/globs.ts"() {
    "use strict";
    init_globs_generated();
  }
});

// src/git/base.ts
var init_base = __esm({
  "src/git/base.ts"() {
    "use strict";
    init_errors();
  }
});

// src/git/run-git.ts
var EMPTY_TREE, GIT_COMMAND_ERROR, GitCommandError;
var init_run_git = __esm({
  "src/git/run-git.ts"() {
    "use strict";
    init_errors();
    EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    GIT_COMMAND_ERROR = brandOf("GitCommandError");
    GitCommandError = class extends Error {
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
  }
});

// src/git/blob-reader.ts
var init_blob_reader = __esm({
  "src/git/blob-reader.ts"() {
    "use strict";
    init_run_git();
  }
});

// src/git/name-status.ts
var init_name_status = __esm({
  "src/git/name-status.ts"() {
    "use strict";
    init_run_git();
  }
});

// src/git/repo.ts
function toBlobSpec(rev, path) {
  return rev === INDEX ? `:0:${path}` : `${rev}:${path}`;
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
var import_node_fs2, import_node_path7, INDEX;
var init_repo = __esm({
  "src/git/repo.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path7 = require("node:path");
    init_errors();
    init_base();
    init_blob_reader();
    init_name_status();
    init_run_git();
    INDEX = "INDEX";
  }
});

// src/git/index.ts
var init_git = __esm({
  "src/git/index.ts"() {
    "use strict";
    init_repo();
    init_run_git();
  }
});

// src/package-change.ts
function isPackageManifest(path) {
  const name = import_node_path8.posix.basename(path);
  return name === "package.json" || name === "package-lock.json";
}
function isToolingOnlyChange(path, before, after) {
  const old = parseObject(before);
  const now = parseObject(after);
  if (old === null || now === null) return false;
  return import_node_path8.posix.basename(path) === "package-lock.json" ? isDevOnlyLockChange(old, now) : isToolingOnlyManifestChange(old, now);
}
function isToolingOnlyManifestChange(old, now) {
  if (!sameExcept(old, now, ["devDependencies", "scripts"])) return false;
  const oldScripts = asObject(old.scripts);
  const newScripts = asObject(now.scripts);
  if (oldScripts === null || newScripts === null) return false;
  return Object.entries(oldScripts).every(([name, value]) => name === "prepare" || (0, import_node_util.isDeepStrictEqual)(newScripts[name], value));
}
function isDevOnlyLockChange(old, now) {
  if (!sameExcept(old, now, ["packages"])) return false;
  const oldPackages = asObject(old.packages);
  const newPackages = asObject(now.packages);
  if (oldPackages === null || newPackages === null) return false;
  for (const key of /* @__PURE__ */ new Set([...Object.keys(oldPackages), ...Object.keys(newPackages)])) {
    const was = oldPackages[key];
    const is = newPackages[key];
    if ((0, import_node_util.isDeepStrictEqual)(was, is)) continue;
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
    if (!keys.includes(key) && !(0, import_node_util.isDeepStrictEqual)(a[key], b[key])) return false;
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
var import_node_util, import_node_path8;
var init_package_change = __esm({
  "src/package-change.ts"() {
    "use strict";
    import_node_util = require("node:util");
    import_node_path8 = require("node:path");
  }
});

// src/suppressions.ts
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
    const report = (messageId, data2, help2) => reports.push({ ruleId: "require-valid-suppression", file: migration.path, range, messageId, data: data2, help: help2 });
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
var UNSUPPRESSIBLE, MARKER, DIRECTIVE;
var init_suppressions = __esm({
  "src/suppressions.ts"() {
    "use strict";
    UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["syntax-error", "require-valid-suppression", "ban-unused-suppression"]);
    MARKER = "migration-lint-";
    DIRECTIVE = /^migration-lint-([\w-]+)(.*)$/s;
  }
});

// src/conventions/discover.ts
async function placeInSqitchProject(path, list2) {
  const segments = path.split("/");
  for (let index = segments.length - 2; index >= 0; index--) {
    if (!/^(?:deploy|revert|verify)$/.test(segments[index])) continue;
    const project = index === 0 ? "." : segments.slice(0, index).join("/");
    if (!(await list2(project)).files.includes(SQITCH_PLAN)) return null;
    return { directory: project, entry: segments.slice(index).join("/") };
  }
  return null;
}
var MARKERS, MARKER_FILES, MAJORITY_SHARE;
var init_discover = __esm({
  "src/conventions/discover.ts"() {
    "use strict";
    init_conventions();
    init_sqitch();
    init_versioned();
    MARKERS = [
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
    MARKER_FILES = [new RegExp(`^${SQITCH_PLAN.replace(".", "\\.")}$`), /^sqitch\.conf$/, ...MARKERS.map((marker) => marker.file)];
    MAJORITY_SHARE = 2 / 3;
  }
});

// src/verify/combine.ts
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
var MEASURED_RULE, MODES, MODE;
var init_combine = __esm({
  "src/verify/combine.ts"() {
    "use strict";
    MEASURED_RULE = "ban-measured-blocking-lock";
    MODES = ["ACCESS EXCLUSIVE", "SHARE ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "ROW EXCLUSIVE", "EXCLUSIVE", "SHARE"];
    MODE = new RegExp(`\\b(${MODES.join("|")})\\b`);
  }
});

// src/rule-meta.generated.ts
var ruleMeta;
var init_rule_meta_generated = __esm({
  "src/rule-meta.generated.ts"() {
    "use strict";
    ruleMeta = [
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
  }
});

// src/sql/locate.ts
var locate_exports = {};
__export(locate_exports, {
  ByteMap: () => ByteMap,
  LineIndex: () => LineIndex,
  byteToCharIndex: () => byteToCharIndex,
  codePointToCharIndex: () => codePointToCharIndex
});
function byteToCharIndex(text, byteOffset) {
  if (lastMap === null || lastMap.text !== text) lastMap = new ByteMap(text);
  return lastMap.charIndex(byteOffset);
}
function codePointToCharIndex(text, codePoint) {
  let index = 0;
  for (let remaining = Math.trunc(codePoint) || 0; remaining > 0 && index < text.length; remaining--) {
    index += isSurrogatePair(text, index) ? 2 : 1;
  }
  return index;
}
function isSurrogatePair(text, i) {
  const code = text.charCodeAt(i);
  if (code < 55296 || code > 56319) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 56320 && next <= 57343;
}
var LineIndex, ByteMap, lastMap;
var init_locate = __esm({
  "src/sql/locate.ts"() {
    "use strict";
    LineIndex = class {
      text;
      found = null;
      constructor(text) {
        this.text = text;
      }
      /** Number of lines; a text that ends with a line break has an empty last line. */
      get lineCount() {
        return this.starts().length;
      }
      /** The 1-based line and column (in UTF-16 code units) of a string index, clamped to the text. */
      positionAt(charIndex) {
        const index = Math.max(0, Math.min(Math.trunc(charIndex) || 0, this.text.length));
        const starts = this.starts();
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (starts[mid] <= index) low = mid;
          else high = mid - 1;
        }
        return { line: low + 1, column: index - starts[low] + 1 };
      }
      starts() {
        if (this.found === null) {
          const { text } = this;
          let count = 1;
          for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
          const starts = new Uint32Array(count);
          for (let i = text.indexOf("\n"), line = 1; i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
          this.found = starts;
        }
        return this.found;
      }
    };
    ByteMap = class {
      /** Byte offset of each non-ASCII character, ascending. */
      bytes = [];
      /** String index of each non-ASCII character. */
      chars = [];
      /** UTF-8 length of each non-ASCII character. */
      widths = [];
      /** Total UTF-8 length of the text. */
      byteLength;
      text;
      constructor(text) {
        this.text = text;
        let byte = 0;
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code < 128) {
            byte++;
            continue;
          }
          const width = code < 2048 ? 2 : isSurrogatePair(text, i) ? 4 : 3;
          this.bytes.push(byte);
          this.chars.push(i);
          this.widths.push(width);
          byte += width;
          if (width === 4) i++;
        }
        this.byteLength = byte;
      }
      /** The string index of a byte offset; an offset inside a multi-byte character maps to that character's start. */
      charIndex(byteOffset) {
        const target = Math.max(0, Math.min(Math.trunc(byteOffset) || 0, this.byteLength));
        const bytes = this.bytes;
        if (bytes.length === 0 || target < bytes[0]) return target;
        let low = 0;
        let high = bytes.length - 1;
        while (low < high) {
          const mid = low + high + 1 >> 1;
          if (bytes[mid] <= target) low = mid;
          else high = mid - 1;
        }
        const start = bytes[low];
        const width = this.widths[low];
        const char = this.chars[low];
        if (target < start + width) return char;
        return char + (width === 4 ? 2 : 1) + (target - start - width);
      }
    };
    lastMap = null;
  }
});

// src/sql/parse.ts
var parse_exports = {};
__export(parse_exports, {
  loadParser: () => loadParser,
  parseSql: () => parseSql,
  sameStatements: () => sameStatements,
  scanComments: () => scanComments
});
async function loadParser() {
  await getParser();
}
function getParser() {
  if (parser === null) {
    (0, import_node_v8.setFlagsFromString)("--liftoff-only");
    const loading = (async () => {
      const module2 = typeof require === "function" ? require("libpg-query") : await import("libpg-query");
      await module2.loadModule();
      return module2;
    })();
    loading.catch(() => {
      if (parser === loading) parser = null;
    });
    parser = loading;
  }
  return parser;
}
async function parseSql(fileText, section, lines) {
  const from = clamp(section?.start ?? 0, 0, fileText.length);
  const to = clamp(section?.end ?? fileText.length, from, fileText.length);
  const original = fileText.slice(from, to);
  const sql = toParserInput(original);
  if (isBlankSql(sql)) return { statements: [], error: null };
  const { parseSync } = await getParser();
  const context = { original, sql, bytes: new ByteMap(sql), lines: lines ?? new LineIndex(fileText), offset: from };
  let parsed;
  try {
    parsed = parseSync(sql).stmts;
  } catch (thrown) {
    const at = errorIndex(thrown, sql);
    return {
      statements: at === null ? [] : recoverStatements(context, parseSync, at),
      error: toSyntaxError(context, thrown, at)
    };
  }
  return { statements: toStatements(context, parsed, sql.length), error: null };
}
function sameStatements(a, b) {
  if (a?.error || b?.error) return false;
  return statementsKey(a) === statementsKey(b);
}
function statementsKey(parsed) {
  return JSON.stringify(parsed?.statements.map((s) => ({ [s.type]: s.node })) ?? [], (key, value) => key === "location" ? void 0 : value);
}
async function scanComments(fileText) {
  const sql = toParserInput(fileText);
  const { scanSync } = await getParser();
  try {
    const bytes = new ByteMap(sql);
    return scanSync(sql).tokens.filter((token) => token.tokenName === "SQL_COMMENT" || token.tokenName === "C_COMMENT").map((token) => {
      const start = bytes.charIndex(token.start);
      const end = bytes.charIndex(token.end);
      return { start, end, text: fileText.slice(start, end) };
    });
  } catch {
    const comments = [];
    const scanner = new SqlScanner(sql);
    while (scanner.next()) {
      if (scanner.kind === "comment") comments.push({ start: scanner.start, end: scanner.end, text: fileText.slice(scanner.start, scanner.end) });
    }
    return comments;
  }
}
function toParserInput(text) {
  let sql = text.includes("\0") ? text.replaceAll("\0", " ") : text;
  sql = sql.replace(LONE_SURROGATE, "\uFFFD");
  return blankPsqlLines(sql);
}
function toStatements(context, raw, inputLength) {
  const { sql, bytes } = context;
  const statements = [];
  const section = { original: context.original, lines: context.lines, offset: context.offset };
  for (const { stmt, stmt_location: location = 0, stmt_len: length = 0 } of raw ?? []) {
    const wrapper = stmt ?? {};
    const [type] = Object.keys(wrapper);
    if (type === void 0) continue;
    const node = internStrings(wrapper[type] ?? {});
    const limit = length > 0 ? bytes.charIndex(location + length) : inputLength;
    const start = skipTrivia(sql, bytes.charIndex(location), limit);
    const end = Math.max(start, lastTokenEnd(sql, start, limit, true));
    statements.push(new ParsedStatement(type, node, actionsOf(type, node), section, start, end));
  }
  return exactLength(statements);
}
function internStrings(tree) {
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    for (const key in node) {
      const value = node[key];
      if (typeof value === "string") {
        if (value.length > INTERNED_LENGTH) continue;
        const kept = interned.get(value);
        if (kept === void 0) interned.set(value, value);
        else node[key] = kept;
      } else if (value !== null && typeof value === "object") stack.push(value);
    }
  }
  return tree;
}
function recoverStatements(context, parseSync, errorAt) {
  let limit = errorAt;
  for (let attempt = 0; attempt < 3; attempt++) {
    const cut = lastStatementEnd(context.sql, limit);
    if (cut < 0) return [];
    const prefix = context.sql.slice(0, cut + 1);
    try {
      return toStatements(context, parseSync(prefix).stmts, prefix.length);
    } catch (thrown) {
      const next = errorIndex(thrown, prefix);
      if (next === null) return [];
      limit = Math.min(next, cut);
    }
  }
  return [];
}
function errorIndex(thrown, text) {
  const details = thrown?.sqlDetails;
  const cursor = details?.cursorPosition;
  if (typeof cursor !== "number" || !Number.isFinite(cursor) || cursor < 0) return null;
  const index = codePointToCharIndex(text, cursor);
  if (index === 0 && skipTrivia(text, 0) !== 0) return null;
  return index;
}
function toSyntaxError(context, thrown, at) {
  const { sql } = context;
  const sqlEnd = lastTokenEnd(sql, 0);
  const start = Math.min(at ?? sqlEnd, sqlEnd);
  let end = start;
  const c = sql.charCodeAt(start);
  if (start < sql.length && c !== 10 && c !== 13) {
    const next = sql.charCodeAt(start + 1);
    end = start + (c >= 55296 && c <= 56319 && next >= 56320 && next <= 57343 ? 2 : 1);
  }
  return { message: messageOf(thrown), range: rangeOf(context, start, end) };
}
function messageOf(thrown) {
  if (thrown instanceof Error && thrown.message) return thrown.message;
  if (typeof thrown === "string" && thrown) return thrown;
  return "the SQL parser failed";
}
function rangeOf(context, start, end) {
  return { start: context.lines.positionAt(context.offset + start), end: context.lines.positionAt(context.offset + end) };
}
function clamp(value, low, high) {
  return Math.max(low, Math.min(Number.isFinite(value) ? Math.trunc(value) : low, high));
}
var import_node_v8, parser, LONE_SURROGATE, INTERNED_LENGTH, interned, ParsedStatement;
var init_parse = __esm({
  "src/sql/parse.ts"() {
    "use strict";
    import_node_v8 = require("node:v8");
    init_exact_length();
    init_facts();
    init_locate();
    init_scan();
    parser = null;
    LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    INTERNED_LENGTH = 32;
    interned = /* @__PURE__ */ new Map();
    ParsedStatement = class {
      constructor(type, node, actions, section, start, end) {
        this.type = type;
        this.node = node;
        this.actions = actions;
        this.section = section;
        this.start = start;
        this.end = end;
      }
      type;
      node;
      actions;
      section;
      start;
      end;
      get text() {
        return this.section.original.slice(this.start, this.end);
      }
      get range() {
        return rangeOf(this.section, this.start, this.end);
      }
    };
  }
});

// src/lint.ts
function describeBase(change, empty) {
  if (change.base === EMPTY_TREE) return {};
  if (!(empty && change.defaultBase && change.headBehindBase)) return { baseRef: change.baseRef };
  const notice = `HEAD is behind ${change.baseRef} (an older commit of it, as on a detached HEAD), so there is nothing of its own to lint: check out your branch, or pass the commit to compare with as --base.`;
  return { baseRef: change.baseRef, notices: [notice] };
}
function buildResult(base, head, migrations, findings, rules2, skipped = []) {
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
    rules: rules2,
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
function loadSqlStage() {
  sqlStage ??= Promise.all([Promise.resolve().then(() => (init_parse(), parse_exports)), Promise.resolve().then(() => (init_locate(), locate_exports))]).then(([parse, locate]) => ({ ...parse, ...locate }));
  return sqlStage;
}
function startParser(files) {
  if (files === 0) return;
  loadSqlStage().then(({ loadParser: loadParser2 }) => loadParser2()).catch(() => void 0);
}
var DOCS_BASE_URL, sqlStage;
var init_lint = __esm({
  "src/lint.ts"() {
    "use strict";
    init_config();
    init_discover();
    init_globs();
    init_conventions();
    init_git();
    init_rule_meta_generated();
    DOCS_BASE_URL = "https://github.com/migration-lint/migration-lint/blob/main/docs/rules/";
  }
});

// src/pipeline.ts
var pipeline_exports = {};
__export(pipeline_exports, {
  lintChangedMigrations: () => lintChangedMigrations,
  lintFiles: () => lintFiles
});
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
        const headPlan = change.files.map((f) => f.status !== "deleted" && import_node_path9.posix.dirname(f.path) === dir ? import_node_path9.posix.basename(f.path) : "").find((file) => PLAN_FILES.has(file));
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
      const real = locations.get(dir) ?? (0, import_node_path9.resolve)(options.cwd, dir);
      const listing = await listEntries(async (path) => readDirectory(path), real, entries);
      if (listing.plan !== void 0) plan = { head: (0, import_node_fs3.readFileSync)((0, import_node_path9.join)(real, listing.plan), "utf8"), base: null };
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
  (0, import_node_v82.setFlagsFromString)("--semi-space-growth-factor=1");
}
async function readGivenFiles(options, alsoParsing) {
  const root = options.files?.length ? findWorkTree((0, import_node_path9.resolve)(options.cwd)) : null;
  const locations = /* @__PURE__ */ new Map();
  const showDirectory = memoize((dir) => displayDirectory(options.cwd, root, dir));
  const onDiskOf = memoize((key) => {
    const [fileDir, shownDir, dir] = key.split("\0");
    return (0, import_node_path9.resolve)(fileDir, import_node_path9.posix.relative(shownDir, dir));
  });
  const paths = [];
  for (const given of options.files ?? []) {
    const absolute = (0, import_node_path9.resolve)(options.cwd, given);
    let stat;
    try {
      stat = (0, import_node_fs3.statSync)(absolute);
    } catch {
      if (!isSymlink(absolute)) throw new UsageError(`${given}: no such file or directory`);
    }
    const found = stat?.isDirectory() ? findMigrationFiles(absolute) : [{ path: absolute, symlink: isSymlink(absolute) }];
    for (const { path, symlink } of found) {
      const shown = showDirectory((0, import_node_path9.dirname)(path))((0, import_node_path9.basename)(path));
      const onDisk = (dir) => onDiskOf(`${(0, import_node_path9.dirname)(path)}\0${import_node_path9.posix.dirname(shown)}\0${dir}`);
      const place = await placeInSqitchProject(shown, async (dir) => readDirectoryOrNothing(onDisk(dir))) ?? locateMigration(shown);
      locations.set(place.directory, onDisk(place.directory));
      paths.push({ path, shown, place, symlink });
    }
  }
  startParser(paths.length + alsoParsing);
  const candidates = [];
  for (const { path, shown, place, symlink } of paths) {
    candidates.push({ path: shown, place, status: "added", ...symlink ? SYMLINK : decode((0, import_node_fs3.readFileSync)(path)) });
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
async function listEntries(list2, dir, touched, headPlan) {
  const { files, directories } = await list2(dir);
  const plan = files.find((file) => PLAN_FILES.has(file)) ?? headPlan;
  if (plan !== void 0) return { entries: files, plan };
  const newest = touched.size === 0 ? void 0 : directories.filter((sub) => !touched.has(sub)).sort().at(-1);
  const rollbacks = isSupabaseDirectory(dir, "migrations") ? SUPABASE_ROLLBACKS : null;
  const [nested, rollbackFiles] = await Promise.all([
    touched.size === 0 ? [] : Promise.all(
      directories.map(
        async (sub) => touched.has(sub) || sub === newest ? (await list2(joinPath(dir, sub))).files.map((file) => `${sub}/${file}`) : [`${sub}/`]
      )
    ),
    rollbacks === null ? { files: [] } : list2(import_node_path9.posix.join(dir, rollbacks))
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
  for (const entry of (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true })) {
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
  const { sameStatements: sameStatements2 } = await loadSqlStage();
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
        migration.unchangedStatements = sameStatements2(before.up, migration.up) && sameStatements2(before.down, migration.down);
      }
    }
    if (name && name.version !== null && !convention.inFileRollback && name.direction !== "down" && convention.isRollbackOf) {
      const rollbackName = directory.index.withVersion(name.version).find((other2) => other2.name.direction === "down" && convention.isRollbackOf(other2.name, name))?.file;
      if (rollbackName) migration.rollback = import_node_path9.posix.normalize(joinPath(directory.path, rollbackName));
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
  const { LineIndex: LineIndex2, parseSql: parseSql2 } = await loadSqlStage();
  const lines = new LineIndex2(text);
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
        up: sections.up ? await parseSql2(sql, sections.up, lines) : null,
        down: sections.down ? await parseSql2(sql, sections.down, lines) : null
      },
      hasRollback: sections.down !== null
    };
  }
  const parsed = await parseSql2(sql, void 0, lines);
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
  const words2 = [...names].map((name) => ({ name, pattern: new RegExp(`(?:^|[^A-Za-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^A-Za-z0-9_])`, "i") }));
  for (const hit of hits) {
    if (!isAppCode(hit.path)) continue;
    for (const { name, pattern } of words2) {
      if (!pattern.test(hit.text)) continue;
      const list2 = references.get(name) ?? [];
      list2.push({ file: hit.path, line: hit.line });
      references.set(name, list2);
    }
  }
  return references;
}
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
  const { scanComments: scanComments2 } = await loadSqlStage();
  const known = new Set(rules.map((rule) => rule.meta.id));
  const active = new Set(rules.filter((rule) => severityOf(rule.meta, config)).map((rule) => rule.meta.id));
  const suppressions = [];
  const reports = [];
  for (const migration of candidates) {
    const read = readSuppressions(migration, await scanComments2(migration.text), known);
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
  for (const entry of (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".git") continue;
    const path = (0, import_node_path9.join)(dir, entry.name);
    if (entry.isDirectory()) found.push(...findMigrationFiles(path));
    else if ((entry.isFile() || entry.isSymbolicLink()) && isMigrationFile(entry.name)) found.push({ path, symlink: entry.isSymbolicLink() });
  }
  return found.sort((a, b) => compareStrings(a.path, b.path));
}
function isSymlink(path) {
  try {
    return (0, import_node_fs3.lstatSync)(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function displayDirectory(cwd, root, dir) {
  if (root !== null) {
    const inRepo = (0, import_node_path9.relative)(root, (0, import_node_fs3.realpathSync)(dir));
    const prefix2 = inRepo === "" ? "" : `${toSlash(inRepo)}/`;
    if (!/^\.\.(?:[\\/]|$)/.test(inRepo) && !(0, import_node_path9.isAbsolute)(inRepo)) return (name) => toSlash(`${prefix2}${name}`);
  }
  const rel = (0, import_node_path9.relative)(cwd, dir);
  const prefix = rel === "" ? "" : `${toSlash(rel)}/`;
  return (name) => {
    const shown = `${prefix}${toSlash(name)}`;
    return shown.startsWith("..") ? toSlash((0, import_node_path9.join)(dir, name)) : shown;
  };
}
function toSlash(path) {
  return path.includes("\\") ? path.split("\\").join("/") : path;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var import_node_fs3, import_node_path9, import_node_v82, PLAN_FILES, SHOWN_NAMES, CLEARLY_READABLE, UTF8, SYMLINK;
var init_pipeline = __esm({
  "src/pipeline.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path9 = require("node:path");
    import_node_v82 = require("node:v8");
    init_rules();
    init_config();
    init_dialect();
    init_conventions();
    init_globs();
    init_name_index();
    init_errors();
    init_git();
    init_package_change();
    init_schema();
    init_rule();
    init_suppressions();
    init_placeholders();
    init_discover();
    init_sqitch();
    init_supabase();
    init_combine();
    init_lint();
    PLAN_FILES = new Set(Object.values(conventions).flatMap((convention) => convention.planFile ? [convention.planFile] : []));
    SHOWN_NAMES = 3;
    CLEARLY_READABLE = 0.25;
    UTF8 = new TextDecoder("utf-8", { fatal: true });
    SYMLINK = { text: null, unreadable: "symlink" };
  }
});

// pipeline.cjs
var pipeline_exports2 = {};
__export(pipeline_exports2, {
  m0: () => pipeline_exports,
  m1: () => parse_exports,
  m2: () => locate_exports
});
module.exports = __toCommonJS(pipeline_exports2);
init_pipeline();
init_parse();
init_locate();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  m0,
  m1,
  m2
});
