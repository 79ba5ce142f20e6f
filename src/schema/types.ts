/** Which column type changes PostgreSQL makes without rewriting the table (binary-coercible, with no narrower limit). */

interface ParsedType {
  name: string;
  mods: number[];
  array: boolean;
}

const ALIASES = new Map([
  ['character varying', 'varchar'],
  ['bit varying', 'varbit'],
  ['decimal', 'numeric'],
  ['int', 'integer'],
  ['int4', 'integer'],
  ['int8', 'bigint'],
  ['int2', 'smallint'],
  ['timestamp with time zone', 'timestamptz'],
  ['timestamp without time zone', 'timestamp'],
]);

function parseType(type: string): ParsedType | null {
  const match = /^([a-z_][a-z0-9_ .]*?)(?:\(([\d,\s]+)\))?((?:\[\d*\])*)$/i.exec(type.trim());
  if (!match) return null;
  const raw = match[1]!.toLowerCase().replace(/^pg_catalog\./, '');
  return {
    name: ALIASES.get(raw) ?? raw,
    mods: match[2] ? match[2].split(',').map((m) => Number(m.trim())) : [],
    array: match[3] !== '',
  };
}

/**
 * True when changing a column from `from` to `to` rewrites neither the table nor its indexes, as PostgreSQL documents
 * for ALTER COLUMN … TYPE: the same type, `varchar(n)` to `varchar(m ≥ n)`, `varchar` or `text`, `text` to `varchar`,
 * `numeric(p, s)` to `numeric(p' ≥ p, s)` or `numeric`, `varbit(n)` to `varbit(m ≥ n)`, `cidr` to `inet`.
 * Anything else (`integer` to `bigint`, a narrower limit, `timestamp` to `timestamptz`) is taken to rewrite.
 */
export function isRewriteFree(from: string, to: string): boolean {
  const a = parseType(from);
  const b = parseType(to);
  if (!a || !b || a.array !== b.array) return false;
  if (a.name === b.name && a.mods.join() === b.mods.join()) return true;
  const widens = (limit: number | undefined, next: number | undefined) => next === undefined || (limit !== undefined && next >= limit);
  if ((a.name === 'varchar' || a.name === 'text') && (b.name === 'varchar' || b.name === 'text')) {
    if (b.name === 'text') return true;
    return a.name === 'varchar' ? widens(a.mods[0], b.mods[0]) : b.mods.length === 0;
  }
  if (a.name === 'varbit' && b.name === 'varbit') return widens(a.mods[0], b.mods[0]);
  if (a.name === 'numeric' && b.name === 'numeric') {
    if (b.mods.length === 0) return true;
    if (a.mods.length === 0) return false;
    return b.mods[0]! >= a.mods[0]! && (b.mods[1] ?? 0) === (a.mods[1] ?? 0);
  }
  return a.name === 'cidr' && b.name === 'inet';
}
