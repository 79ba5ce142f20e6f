/**
 * A comparable picture of a database's schema, read from the catalogs: every object as a label ("column users.email")
 * and a normalised definition, so that two snapshots compare as maps and their differences read as sentences.
 */
import type { Engine } from './engine.js';

/** One object of the schema. */
export interface SnapshotEntry {
  /** What people call it: `table users`, `column users.email`, `index users_email_idx`, `enum mood value 'sad'`. */
  label: string;
  /** Its definition, normalised; two entries with the same label differ when this does. */
  definition: string;
  /** The label of the object it belongs to (a column's table): a missing parent says it all. */
  parent?: string;
}

/** The schema of one moment, by label. */
export type Snapshot = Map<string, SnapshotEntry>;

/** A difference between two snapshots, from `before` to `after`. */
export interface SnapshotDifference {
  kind: 'missing' | 'extra' | 'changed';
  label: string;
  before?: string;
  after?: string;
}

const SYSTEM_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;

/** Objects created by an extension belong to the extension, not to the migrations. */
const NOT_IN_EXTENSION = (oid: string, catalog: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

export async function takeSnapshot(engine: Engine): Promise<Snapshot> {
  const schemas = engine.sharedDatabase ? `n.nspname = '${engine.schema}'` : SYSTEM_SCHEMAS;
  const name = (schema: string, object: string) => (schema === engine.schema ? object : `${schema}.${object}`);
  const strip = (definition: string) => stripSchema(definition, engine.schema);
  const snapshot: Snapshot = new Map();
  const add = (entry: SnapshotEntry) => snapshot.set(entry.label, entry);

  type Row = Record<string, string | boolean | null>;
  const rows = (sql: string) => engine.query<Row>(sql);
  const s = (value: unknown) => String(value ?? '');

  // One after another: a connection runs one query at a time, and pg deprecates queueing them.
  const [relations = [], columns = [], indexes = [], constraints = [], sequences = [], enums = [], types = [], routines = [], triggers = [], extras = []] =
    await inSequence([
    () => rows(`SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind, c.relpersistence AS persistence,
            CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS viewdef
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${schemas} AND ${NOT_IN_EXTENSION('c.oid', 'pg_class')}`),
    () => rows(`SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity,
            a.attgenerated AS generated, CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_type t ON t.oid = a.atttypid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
          LEFT JOIN pg_collation co ON co.oid = a.attcollation
          WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f') AND ${schemas}
            AND ${NOT_IN_EXTENSION('c.oid', 'pg_class')}`),
    () => rows(`SELECT n.nspname AS schema, ic.relname AS name, tc.relname AS table, pg_get_indexdef(i.indexrelid) AS definition
          FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = ic.relnamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION('tc.oid', 'pg_class')}`),
    () => rows(`SELECT n.nspname AS schema, con.conname AS name, coalesce(rel.relname, typ.typname) AS on,
            pg_get_constraintdef(con.oid) AS definition, con.convalidated AS valid
          FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
          LEFT JOIN pg_class rel ON rel.oid = con.conrelid LEFT JOIN pg_type typ ON typ.oid = con.contypid
          WHERE con.contype <> 'n' AND ${schemas} AND ${NOT_IN_EXTENSION('coalesce(rel.oid, typ.oid)', 'pg_class')}`),
    () => rows(`SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start,
            s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max, s.seqcycle AS cycle
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION('c.oid', 'pg_class')}`),
    () => rows(`SELECT n.nspname AS schema, t.typname AS type, e.enumlabel AS value,
            (row_number() OVER (PARTITION BY t.oid ORDER BY e.enumsortorder))::text AS position
          FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION('t.oid', 'pg_type')}`),
    () => rows(`SELECT n.nspname AS schema, t.typname AS name, t.typtype AS kind,
            CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
              || coalesce(' DEFAULT ' || t.typdefault, '')
            WHEN t.typtype = 'c' THEN (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
              FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
            ELSE '' END AS definition
          FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE (t.typtype IN ('d', 'e', 'r', 'm') OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
            AND ${schemas} AND ${NOT_IN_EXTENSION('t.oid', 'pg_type')}`),
    () => rows(`SELECT n.nspname AS schema, p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args, p.prokind AS kind,
            CASE WHEN p.prokind IN ('f', 'p') THEN pg_get_functiondef(p.oid) ELSE '' END AS definition
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE ${schemas} AND ${NOT_IN_EXTENSION('p.oid', 'pg_proc')}`),
    () => rows(`SELECT n.nspname AS schema, tg.tgname AS name, c.relname AS table, pg_get_triggerdef(tg.oid) AS definition, tg.tgenabled AS enabled
          FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE NOT tg.tgisinternal AND ${schemas}`),
    () => engine.sharedDatabase
      ? Promise.resolve([] as Row[])
      : rows(`SELECT 'schema' AS kind, n.nspname AS name, '' AS definition FROM pg_namespace n
              WHERE ${SYSTEM_SCHEMAS} AND n.nspname <> 'public' AND ${NOT_IN_EXTENSION('n.oid', 'pg_namespace')}
            UNION ALL SELECT 'extension', extname, extversion FROM pg_extension WHERE extname <> 'plpgsql'`),
  ]);

  const relationKinds: Record<string, string> = { r: 'table', p: 'table', v: 'view', m: 'materialized view', f: 'foreign table' };
  for (const r of relations) {
    const kind = relationKinds[s(r.kind)]!;
    const persistence = r.persistence === 'u' ? 'UNLOGGED' : '';
    const partitioned = r.kind === 'p' ? 'PARTITIONED' : '';
    add({
      label: `${kind} ${name(s(r.schema), s(r.name))}`,
      definition: [persistence, partitioned, r.viewdef ? normaliseSpace(strip(s(r.viewdef))) : ''].filter(Boolean).join(' '),
    });
  }
  for (const c of columns) {
    const table = name(s(c.schema), s(c.table));
    const definition = [
      s(c.type),
      c.collation ? `COLLATE ${s(c.collation)}` : '',
      c.notnull ? 'NOT NULL' : 'NULL',
      c.generated === 's' ? `GENERATED ALWAYS AS (${strip(s(c.default))}) STORED` : c.default !== null ? `DEFAULT ${strip(s(c.default))}` : '',
      c.identity === 'a' ? 'GENERATED ALWAYS AS IDENTITY' : c.identity === 'd' ? 'GENERATED BY DEFAULT AS IDENTITY' : '',
    ];
    add({ label: `column ${table}.${s(c.name)}`, definition: definition.filter(Boolean).join(' '), parent: `table ${table}` });
  }
  for (const i of indexes) {
    add({ label: `index ${name(s(i.schema), s(i.name))}`, definition: strip(s(i.definition)), parent: `table ${name(s(i.schema), s(i.table))}` });
  }
  for (const c of constraints) {
    const on = name(s(c.schema), s(c.on));
    add({
      label: `constraint ${s(c.name)} on ${on}`,
      definition: `${strip(s(c.definition))}${c.valid === false ? ' NOT VALID' : ''}`,
      parent: `table ${on}`,
    });
  }
  for (const q of sequences) {
    add({
      label: `sequence ${name(s(q.schema), s(q.name))}`,
      definition: `AS ${s(q.type)} START ${s(q.start)} INCREMENT ${s(q.increment)} MINVALUE ${s(q.min)} MAXVALUE ${s(q.max)}${q.cycle ? ' CYCLE' : ''}`,
    });
  }
  const typeKinds: Record<string, string> = { d: 'domain', e: 'enum', r: 'range type', m: 'multirange type', c: 'type' };
  for (const t of types) {
    // A range type brings its multirange along: one object to the user.
    if (t.kind === 'm') continue;
    add({ label: `${typeKinds[s(t.kind)]} ${name(s(t.schema), s(t.name))}`, definition: strip(s(t.definition)) });
  }
  for (const e of enums) {
    const type = name(s(e.schema), s(e.type));
    add({ label: `enum ${type} value '${s(e.value)}'`, definition: `position ${s(e.position)}`, parent: `enum ${type}` });
  }
  const routineKinds: Record<string, string> = { f: 'function', p: 'procedure', a: 'aggregate', w: 'window function' };
  for (const p of routines) {
    add({ label: `${routineKinds[s(p.kind)]} ${name(s(p.schema), s(p.name))}(${s(p.args)})`, definition: normaliseSpace(strip(s(p.definition))) });
  }
  for (const t of triggers) {
    const table = name(s(t.schema), s(t.table));
    add({ label: `trigger ${s(t.name)} on ${table}`, definition: `${strip(s(t.definition))}${t.enabled === 'D' ? ' DISABLED' : ''}`, parent: `table ${table}` });
  }
  for (const x of extras) add({ label: `${s(x.kind)} ${s(x.name)}`, definition: s(x.definition) });
  return snapshot;
}

async function inSequence<T>(queries: Array<() => Promise<T>>): Promise<T[]> {
  const results: T[] = [];
  for (const query of queries) results.push(await query());
  return results;
}

/** What changed from `before` to `after`; objects inside a missing or extra parent are left out (the parent says it). */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDifference[] {
  const differences: SnapshotDifference[] = [];
  const missing = new Set([...before.keys()].filter((label) => !after.has(label)));
  const extra = new Set([...after.keys()].filter((label) => !before.has(label)));
  for (const label of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const was = before.get(label);
    const now = after.get(label);
    if (was && !now) {
      if (!(was.parent && missing.has(was.parent))) differences.push({ kind: 'missing', label, before: was.definition });
    } else if (now && !was) {
      if (!(now.parent && extra.has(now.parent))) differences.push({ kind: 'extra', label, after: now.definition });
    } else if (was && now && was.definition !== now.definition) {
      differences.push({ kind: 'changed', label, before: was.definition, after: now.definition });
    }
  }
  return differences;
}

/** Drops the home schema's qualification (`public.users` → `users`), as the user wrote the name. */
function stripSchema(definition: string, schema: string): string {
  const escaped = schema.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return definition.replace(new RegExp(`(?<![\\w"$])(?:"${escaped}"|${escaped})\\.`, 'g'), '');
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
