import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startEngine,
  toEngineError
} from "./chunk-WRAL3AYF.js";
import {
  conventions
} from "./chunk-4J5UB25P.js";
import {
  blankPsqlLines
} from "./chunk-FJ6M4U55.js";
import "./chunk-XNDQ27F5.js";

// src/verify/snapshot.ts
var SYSTEM_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;
var NOT_IN_EXTENSION = (oid, catalog) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
async function takeSnapshot(engine) {
  const schemas = engine.sharedDatabase ? `n.nspname = '${engine.schema}'` : SYSTEM_SCHEMAS;
  const name = (schema, object) => schema === engine.schema ? object : `${schema}.${object}`;
  const strip = (definition) => stripSchema(definition, engine.schema);
  const snapshot = /* @__PURE__ */ new Map();
  const add = (entry) => snapshot.set(entry.label, entry);
  const rows = (sql) => engine.query(sql);
  const s = (value) => String(value ?? "");
  const [relations = [], columns = [], indexes = [], constraints = [], sequences = [], enums = [], types = [], routines = [], triggers = [], extras = []] = await inSequence([
    () => rows(`SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.relpersistence AS persistence,
            CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS viewdef
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${schemas} AND ${NOT_IN_EXTENSION("c.oid", "pg_class")}`),
    () => rows(`SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity,
            a.attgenerated AS generated, CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_type t ON t.oid = a.atttypid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          LEFT JOIN pg_collation co ON co.oid = a.attcollation
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND ${schemas}
            AND ${NOT_IN_EXTENSION("c.oid", "pg_class")}`),
    () => rows(`SELECT n.nspname AS schema, ic.relname AS name, tc.relname AS table, pg_get_indexdef(i.indexrelid) AS definition
          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = ic.relnamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION("tc.oid", "pg_class")}`),
    () => rows(`SELECT n.nspname AS schema, con.conname AS name, coalesce(rel.relname, typ.typname) AS on,
            pg_get_constraintdef(con.oid) AS definition, con.convalidated AS valid
          FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
          LEFT JOIN pg_class rel ON rel.oid = con.conrelid LEFT JOIN pg_type typ ON typ.oid = con.contypid
          WHERE con.contype <> 'n' AND ${schemas} AND ${NOT_IN_EXTENSION("coalesce(rel.oid, typ.oid)", "pg_class")}`),
    () => rows(`SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start,
            s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max, s.seqcycle AS cycle
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION("c.oid", "pg_class")}`),
    () => rows(`SELECT n.nspname AS schema, t.typname AS type, e.enumlabel AS value,
            (row_number() OVER (PARTITION BY t.oid ORDER BY e.enumsortorder))::text AS position
          FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION("t.oid", "pg_type")}`),
    () => rows(`SELECT n.nspname AS schema, t.typname AS name, t.typtype AS kind,
            CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
              || coalesce(' DEFAULT ' || t.typdefault, '')
            WHEN t.typtype = 'c' THEN (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
              FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
            ELSE '' END AS definition
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE (t.typtype IN ('d', 'e', 'r', 'm') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
            AND ${schemas} AND ${NOT_IN_EXTENSION("t.oid", "pg_type")}`),
    () => rows(`SELECT n.nspname AS schema, p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args, p.prokind AS kind,
            CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE '' END AS definition
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION("p.oid", "pg_proc")}`),
    () => rows(`SELECT n.nspname AS schema, tg.tgname AS name, c.relname AS table, pg_get_triggerdef(tg.oid) AS definition, tg.tgenabled AS enabled
          FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT tg.tgisinternal AND ${schemas}`),
    () => engine.sharedDatabase ? Promise.resolve([]) : rows(`SELECT 'schema' AS kind, n.nspname AS name, '' AS definition FROM pg_namespace n
              WHERE ${SYSTEM_SCHEMAS} AND n.nspname <> 'public' AND ${NOT_IN_EXTENSION("n.oid", "pg_namespace")}
            UNION ALL SELECT 'extension', extname, extversion FROM pg_extension WHERE extname <> 'plpgsql'`)
  ]);
  const relationKinds = { r: "table", p: "table", v: "view", m: "materialized view", f: "foreign table" };
  for (const r of relations) {
    const kind = relationKinds[s(r.kind)];
    const persistence = r.persistence === "u" ? "UNLOGGED" : "";
    const partitioned = r.kind === "p" ? "PARTITIONED" : "";
    add({
      label: `${kind} ${name(s(r.schema), s(r.name))}`,
      definition: [persistence, partitioned, r.viewdef ? normaliseSpace(strip(s(r.viewdef))) : ""].filter(Boolean).join(" ")
    });
  }
  for (const c of columns) {
    const table = name(s(c.schema), s(c.table));
    const definition = [
      s(c.type),
      c.collation ? `COLLATE ${s(c.collation)}` : "",
      c.notnull ? "NOT NULL" : "NULL",
      c.generated === "s" ? `GENERATED ALWAYS AS (${strip(s(c.default))}) STORED` : c.default !== null ? `DEFAULT ${strip(s(c.default))}` : "",
      c.identity === "a" ? "GENERATED ALWAYS AS IDENTITY" : c.identity === "d" ? "GENERATED BY DEFAULT AS IDENTITY" : ""
    ];
    add({ label: `column ${table}.${s(c.name)}`, definition: definition.filter(Boolean).join(" "), parent: `table ${table}` });
  }
  for (const i of indexes) {
    add({ label: `index ${name(s(i.schema), s(i.name))}`, definition: strip(s(i.definition)), parent: `table ${name(s(i.schema), s(i.table))}` });
  }
  for (const c of constraints) {
    const on = name(s(c.schema), s(c.on));
    add({
      label: `constraint ${s(c.name)} on ${on}`,
      definition: `${strip(s(c.definition))}${c.valid === false ? " NOT VALID" : ""}`,
      parent: `table ${on}`
    });
  }
  for (const q of sequences) {
    add({
      label: `sequence ${name(s(q.schema), s(q.name))}`,
      definition: `AS ${s(q.type)} START ${s(q.start)} INCREMENT ${s(q.increment)} MINVALUE ${s(q.min)} MAXVALUE ${s(q.max)}${q.cycle ? " CYCLE" : ""}`
    });
  }
  const typeKinds = { d: "domain", e: "enum", r: "range type", m: "multirange type", c: "type" };
  for (const t of types) {
    if (t.kind === "m") continue;
    add({ label: `${typeKinds[s(t.kind)]} ${name(s(t.schema), s(t.name))}`, definition: strip(s(t.definition)) });
  }
  for (const e of enums) {
    const type = name(s(e.schema), s(e.type));
    add({ label: `enum ${type} value '${s(e.value)}'`, definition: `position ${s(e.position)}`, parent: `enum ${type}` });
  }
  const routineKinds = { f: "function", p: "procedure", a: "aggregate", w: "window function" };
  for (const p of routines) {
    add({ label: `${routineKinds[s(p.kind)]} ${name(s(p.schema), s(p.name))}(${s(p.args)})`, definition: normaliseSpace(strip(s(p.definition))) });
  }
  for (const t of triggers) {
    const table = name(s(t.schema), s(t.table));
    add({ label: `trigger ${s(t.name)} on ${table}`, definition: `${strip(s(t.definition))}${t.enabled === "D" ? " DISABLED" : ""}`, parent: `table ${table}` });
  }
  for (const x of extras) add({ label: `${s(x.kind)} ${s(x.name)}`, definition: s(x.definition) });
  return snapshot;
}
async function inSequence(queries) {
  const results = [];
  for (const query of queries) results.push(await query());
  return results;
}
function diffSnapshots(before, after) {
  const differences = [];
  const missing = new Set([...before.keys()].filter((label) => !after.has(label)));
  const extra = new Set([...after.keys()].filter((label) => !before.has(label)));
  for (const label of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = before.get(label);
    const now = after.get(label);
    if (was && !now) {
      if (!(was.parent && missing.has(was.parent))) differences.push({ kind: "missing", label, before: was.definition });
    } else if (now && !was) {
      if (!(now.parent && extra.has(now.parent))) differences.push({ kind: "extra", label, after: now.definition });
    } else if (was && now && was.definition !== now.definition) {
      differences.push({ kind: "changed", label, before: was.definition, after: now.definition });
    }
  }
  return differences;
}
function stripSchema(definition, schema) {
  const escaped = schema.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return definition.replace(new RegExp(`(?<![\\w"$])(?:"${escaped}"|${escaped})\\.`, "g"), "");
}
function normaliseSpace(text) {
  return text.replace(/\s+/g, " ").trim();
}

// src/verify/index.ts
var BLOCKING_MODES = ["AccessExclusiveLock", "ExclusiveLock", "ShareRowExclusiveLock", "ShareLock"];
async function verifyRollbacks(directories, options) {
  const result = { engine: "", skipped: [], failures: [], mismatches: [], locks: [], measured: [] };
  for (const directory of directories) {
    if (directory.change.length === 0) continue;
    const unusable = whyNotRunnable(directory);
    if (unusable) {
      result.skipped.push({ directory: directory.path, ...unusable });
      continue;
    }
    const engine = await startEngine(options);
    result.engine = engine.name;
    try {
      await verifyDirectory(engine, directory, result);
    } finally {
      await engine.close();
    }
  }
  return result;
}
function whyNotRunnable(directory) {
  const convention = conventions[directory.convention];
  if (convention.read) return { reason: `${directory.convention} migrations are code, not SQL that can be run`, file: directory.change[0]?.path };
  const rollbacks = directory.change.flatMap((m) => {
    const down = rollbackOf(directory, m);
    return down && down !== m ? [down] : [];
  });
  for (const migration of [...directory.base, ...directory.change, ...rollbacks]) {
    const { text } = migration;
    if (text === null) return { reason: `${migration.path} is not UTF-8 text`, file: migration.path };
    if (blankPsqlLines(text) !== text) return { reason: `${migration.path} uses psql meta-commands, which only psql runs`, file: migration.path };
    if (convention.toSql && convention.toSql(text) !== text) {
      return { reason: `${migration.path} has placeholders filled from the environment at deploy time`, file: migration.path };
    }
  }
  for (const migration of directory.base) {
    const error = migration.up?.error;
    if (error) return { reason: `${migration.path} on the base does not parse (line ${error.range.start.line}: ${error.message})`, file: migration.path };
  }
  return null;
}
async function verifyDirectory(engine, directory, result) {
  for (const migration of directory.base) {
    const failure = await applyBase(engine, directory, migration);
    if (failure) {
      result.skipped.push({
        directory: directory.path,
        file: migration.path,
        reason: `the base migration ${migration.path} fails on ${engine.name}: ${failure}`
      });
      return;
    }
  }
  for (const migration of directory.change) {
    if (!migration.up || migration.up.error) return;
    const before = await takeSnapshot(engine);
    const baseTables = await tableFiles(engine);
    const up = await applyStatements(engine, migration, migration.up, inTransaction(directory, migration, "up"), baseTables);
    result.locks.push(...up.locks);
    result.measured.push(...up.measured.map((range) => ({ file: migration.path, line: range.start.line })));
    if (up.failure) {
      result.failures.push({ ...up.failure, direction: "up", rerun: false });
      return;
    }
    const afterUp = await takeSnapshot(engine);
    const rollback = rollbackOf(directory, migration);
    const down = rollback === migration ? migration.down : rollback?.up ?? rollback?.down ?? null;
    if (!rollback || !down || down.error) continue;
    const downRun = await applyStatements(engine, rollback, down, inTransaction(directory, rollback, "down"), null);
    if (downRun.failure) {
      result.failures.push({ ...downRun.failure, direction: "down", rerun: true });
      return;
    }
    const downAt = statementRange(rollback, down);
    const leftovers = diffSnapshots(before, await takeSnapshot(engine));
    for (const difference of leftovers) result.mismatches.push({ file: rollback.path, range: downAt, phase: "down", difference });
    if (leftovers.length > 0) continue;
    const again = await applyStatements(engine, migration, migration.up, inTransaction(directory, migration, "up"), null);
    if (again.failure) {
      result.failures.push({ ...again.failure, direction: "up", rerun: true });
      return;
    }
    const upAt = statementRange(migration, migration.up);
    for (const difference of diffSnapshots(afterUp, await takeSnapshot(engine))) {
      result.mismatches.push({ file: migration.path, range: upAt, phase: "redeploy", difference });
    }
  }
}
function rollbackOf(directory, migration) {
  if (migration.sections) return migration.sections.down ? migration : null;
  return migration.rollback ? directory.rollbacks.get(migration.rollback) ?? null : null;
}
function inTransaction(directory, migration, direction) {
  if (directory.assumeInTransaction !== void 0) return directory.assumeInTransaction;
  const wraps = conventions[directory.convention].wrapsInTransaction;
  if (!wraps) return false;
  const sections = migration.sections;
  if (direction === "down" && sections?.downTransaction !== void 0) return sections.downTransaction;
  return migration.transaction ?? sections?.transaction ?? true;
}
async function applyBase(engine, directory, migration) {
  const sql = migration.up;
  if (!sql || sql.statements.length === 0) return null;
  const wraps = directory.assumeInTransaction ?? conventions[directory.convention].wrapsInTransaction;
  const whole = wraps === false || inTransaction(directory, migration, "up");
  try {
    if (whole) await engine.exec(sectionText(migration));
    else for (const statement of sql.statements) await engine.exec(statement.text);
    return null;
  } catch (thrown) {
    await rollbackQuietly(engine);
    const error = toEngineError(thrown);
    if (!error) throw thrown;
    return `ERROR: ${error.message}`;
  }
}
function sectionText(migration) {
  const text = migration.text ?? "";
  const section = migration.sections?.up;
  return section ? text.slice(section.start, section.end) : text;
}
async function tableFiles(engine) {
  const rows = await engine.query(
    `SELECT c.oid::text AS oid, CASE WHEN n.nspname = $1 THEN c.relname ELSE n.nspname || '.' || c.relname END AS name,
       c.relfilenode::text AS file
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
       AND (NOT $2 OR n.nspname = $1)`,
    [engine.schema, engine.sharedDatabase]
  );
  return new Map(rows.map((r) => [r.oid, { name: r.name, file: r.file }]));
}
async function applyStatements(engine, migration, sql, transaction, baseTables) {
  const locks = [];
  const measured = [];
  const seen = /* @__PURE__ */ new Set();
  const files = new Map([...baseTables ?? /* @__PURE__ */ new Map()].map(([oid, t]) => [oid, t.file]));
  if (transaction) await engine.exec("BEGIN");
  for (const statement of sql.statements) {
    let own = !transaction && baseTables !== null;
    try {
      if (own) await engine.exec("BEGIN");
      try {
        await engine.exec(statement.text);
      } catch (thrown) {
        if (!own || toEngineError(thrown)?.code !== "25001") throw thrown;
        await engine.exec("ROLLBACK");
        own = false;
        await engine.exec(statement.text);
      }
      if (baseTables) {
        locks.push(...await measureLocks(engine, migration, statement, baseTables, seen, files));
        measured.push(statement.range);
      }
      if (own) await engine.exec("COMMIT");
      if (!transaction) seen.clear();
    } catch (thrown) {
      const error = toEngineError(thrown);
      await rollbackQuietly(engine);
      if (!error) throw thrown;
      return { failure: { file: migration.path, range: statement.range, error: error.message }, locks, measured };
    }
  }
  if (transaction) {
    try {
      await engine.exec("COMMIT");
    } catch (thrown) {
      const error = toEngineError(thrown);
      await rollbackQuietly(engine);
      if (!error) throw thrown;
      const last = sql.statements[sql.statements.length - 1];
      return { failure: { file: migration.path, range: last.range, error: error.message }, locks, measured };
    }
  }
  return { failure: null, locks, measured };
}
async function measureLocks(engine, migration, statement, baseTables, seen, files) {
  const held = await engine.query(
    `SELECT relation::text AS oid, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND mode = ANY($1)`,
    [BLOCKING_MODES]
  );
  const now = await engine.query(
    `SELECT oid::text AS oid, relfilenode::text AS file FROM pg_class WHERE oid = ANY($1::oid[])`,
    [[...baseTables.keys()]]
  );
  const byTable = /* @__PURE__ */ new Map();
  const strongest = (modes) => BLOCKING_MODES.find((m) => modes.includes(m));
  const modesByOid = /* @__PURE__ */ new Map();
  for (const { oid, mode } of held) {
    if (!baseTables.has(oid) || seen.has(`${oid} ${mode}`)) continue;
    seen.add(`${oid} ${mode}`);
    modesByOid.set(oid, [...modesByOid.get(oid) ?? [], mode]);
  }
  for (const [oid, modes] of modesByOid) {
    byTable.set(oid, { file: migration.path, range: statement.range, table: baseTables.get(oid).name, mode: lockName(strongest(modes)), rewrote: false });
  }
  for (const { oid, file } of now) {
    if (files.get(oid) === file) continue;
    files.set(oid, file);
    const lock = byTable.get(oid) ?? { file: migration.path, range: statement.range, table: baseTables.get(oid).name, mode: "ACCESS EXCLUSIVE", rewrote: false };
    byTable.set(oid, { ...lock, rewrote: true });
  }
  return [...byTable.values()];
}
function lockName(mode) {
  return mode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
async function rollbackQuietly(engine) {
  await engine.exec("ROLLBACK").catch(() => void 0);
}
function statementRange(migration, sql) {
  const first = sql.statements[0];
  if (first) return first.range;
  const at = migration.lines?.positionAt(migration.sections?.down?.start ?? 0) ?? { line: 1, column: 1 };
  return { start: at, end: at };
}
export {
  rollbackOf,
  verifyRollbacks
};
