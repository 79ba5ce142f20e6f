/**
 * The schema model stage: replays, in version order, the base's migrations (those that mention what the change touches)
 * and then the change's own, so rules can ask what a table looked like just before a statement, and whether the change
 * itself created it.
 */
import { compareVersions } from '../conventions/versions.js';
import type { Action, ParsedSql, SqlStatement } from '../sql/parse.js';
import type { ParsedName } from '../types.js';
import { SchemaState, tableKey } from './model.js';
import type { IndexInfo, TableInfo } from './model.js';

export type { ColumnInfo, ConstraintInfo, IndexInfo, TableInfo } from './model.js';
export { tableKey } from './model.js';
export { isRewriteFree } from './types.js';

/** Whether a validated `CHECK (column IS NOT NULL)` guards the column: PostgreSQL 12+ then sets NOT NULL without a scan. */
export function hasNotNullCheck(table: TableInfo, column: string): boolean {
  return table.constraints.some((c) => c.type === 'CHECK' && c.validated && c.notNullColumn === column);
}

/** A migration to replay: where it sits in the order, and its up SQL. */
export interface ReplayMigration {
  path: string;
  directory: string;
  name: ParsedName | null;
  up: ParsedSql | null;
  /** Set when the file could not be read as SQL at all. */
  unreadable?: 'binary' | 'encoding' | 'symlink';
}

/** The schema at one point of the replay. */
export interface SchemaView {
  /** The table as the migrations read so far leave it; undefined when none of them creates it. */
  table(name: string): TableInfo | undefined;
  /** An index by name (`schema.name` when qualified). */
  index(name: string): IndexInfo | undefined;
  /** Whether the change created this table (or index, view, sequence…) at or before this point, before anything else touched it. */
  isNew(name: string): boolean;
}

export interface SchemaModel {
  /** The schema just before `statement` (a statement of one of the change's new migrations) runs; the base's schema for others. */
  before(statement: SqlStatement): SchemaView;
  /** The schema after every migration of the change. */
  after: SchemaView;
  /** Whether the base's migrations were read (false for plain files, or when git could not list them). */
  baseRead: boolean;
  /** Names rules asked about that the base was not searched for, and that nothing read creates (see `SchemaInput.searched`). */
  unsearched(): string[];
}

export interface SchemaInput {
  /** The base's migrations that mention the change's tables; null when the base was not read. */
  base: ReplayMigration[] | null;
  /** The change's new migrations, up direction (any order: they are replayed in version order). */
  change: ReplayMigration[];
  /**
   * The names (as namesToLookUp gives them) the base was searched for, when not all: a question about another name
   * that the model cannot answer is remembered, so that the caller can search for it and ask again.
   */
  searched?: readonly string[];
}

/** Migration order: by directory, then by version as the tools compare them; unversioned (repeatable) ones last. */
export function compareMigrations(a: ReplayMigration, b: ReplayMigration): number {
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

/**
 * The names a change's statements touch: the tables, indexes and other objects of their actions (of `onlyFor` actions,
 * when given). The base's migrations that mention none of them cannot change what rules see, so only the others are read.
 */
export function namesToLookUp(change: ReplayMigration[], onlyFor?: (action: Action) => boolean): string[] {
  const names = new Set<string>();
  for (const migration of change) {
    for (const statement of migration.up?.statements ?? []) {
      for (const action of statement.actions) {
        if (onlyFor && !onlyFor(action)) continue;
        for (const name of namesOf(action)) {
          const bare = name.split('.').at(-1)!;
          if (/^[A-Za-z_][A-Za-z0-9_$]*$/.test(bare)) names.add(bare.toLowerCase());
        }
      }
    }
  }
  return [...names].sort();
}

/**
 * Actions whose verdict depends on the base's schema: a type change rewrites or not depending on the column's current
 * type, SET NOT NULL scans or not depending on a validated CHECK. For all others the base only sharpens a finding's
 * help (a table the change does not create is taken to exist and hold rows either way).
 */
export function dependsOnBase(action: Action): boolean {
  return action.kind === 'alter-column-type' || action.kind === 'set-not-null';
}

function namesOf(action: Action): string[] {
  const names: string[] = [];
  if ('table' in action && typeof action.table === 'string') names.push(action.table);
  if ((action.kind === 'create-index' || action.kind === 'drop-index') && action.index) names.push(action.index);
  if (action.kind === 'add-constraint' && action.references) names.push(action.references);
  if ((action.kind === 'create-other' || action.kind === 'drop-other' || action.kind === 'rename-other') && action.name) {
    names.push(action.name.split(' ON ').at(-1)!);
  }
  return names;
}

/** The step the base's statements are replayed at: before the change's first (0). */
const BASE_STEP = -1;

/** Replays the base, then the change. */
export function buildSchema(input: SchemaInput): SchemaModel {
  // Steps: the base's statements at BASE_STEP, the change's at 0, 1, 2…; a view at step n sees what was before it.
  const state = new SchemaState();
  state.step = BASE_STEP;
  for (const migration of [...(input.base ?? [])].sort(compareMigrations)) {
    for (const statement of migration.up?.statements ?? []) state.apply(statement);
    // What the file does after its syntax error is unknown: the tables it touches may differ from what the replay says.
    if (migration.unreadable || migration.up?.error) {
      for (const statement of migration.up?.statements ?? []) for (const action of statement.actions) if ('table' in action) state.markIncomplete(action.table as string);
    }
  }
  const createdAt = new Map<string, number>();
  const tracker = newObjectTracker(createdAt);
  const positions = new Map<SqlStatement, number>();
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
  const unsearched = new Set<string>();
  const note = <T>(name: string, found: T | undefined): T | undefined => {
    const bare = name.split('.').at(-1)!.toLowerCase();
    if (found === undefined && searched && !searched.has(bare)) unsearched.add(bare);
    return found;
  };
  const replay: Replay = { state, createdAt, note };
  /** The schema before `step`, with the objects the change created up to `newUpTo` counted as new. */
  const view = (step: number, newUpTo: number): SchemaView => new View(replay, step, newUpTo);
  const baseView = view(0, -1);
  return {
    before(statement) {
      const at = positions.get(statement);
      return at === undefined ? baseView : view(at, at);
    },
    after: view(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY),
    baseRead: input.base !== null,
    unsearched: () => [...unsearched].sort(),
  };
}

interface Replay {
  state: SchemaState;
  createdAt: Map<string, number>;
  /** Records a name asked for and not found, when the base was searched only for some names. */
  note<T>(name: string, found: T | undefined): T | undefined;
}

/** The schema at one point of the replay. Rules ask for one per statement: a small object, its methods shared. */
class View implements SchemaView {
  constructor(
    private readonly replay: Replay,
    private readonly step: number,
    private readonly newUpTo: number,
  ) {}

  table(name: string): TableInfo | undefined {
    return this.replay.note(name, this.replay.state.tableAt(tableKey(name), this.step));
  }

  index(name: string): IndexInfo | undefined {
    return this.replay.note(name, this.replay.state.indexAt(tableKey(name), this.step));
  }

  isNew(name: string): boolean {
    const position = this.replay.createdAt.get(tableKey(name));
    return position !== undefined && position <= this.newUpTo;
  }
}

/**
 * Follows which objects the change creates: those it creates before anything else touches them (followed through
 * renames), and views, functions and other table-less objects it drops and creates again (a replacement).
 * A table dropped and created again is not new: its rows are gone, but running code still uses it.
 */
function newObjectTracker(createdAt: Map<string, number>): (statement: SqlStatement, position: number) => void {
  const seen = new Set<string>();
  const dropped = new Set<string>();
  const create = (object: string, position: number) => {
    if (!createdAt.has(object)) createdAt.set(object, position);
  };
  return (statement, position) => {
    for (const action of statement.actions) {
      const object = objectKey(action);
      if (object === null) continue;
      const isCreate = action.kind === 'create-table' || action.kind === 'create-index' || action.kind === 'create-other';
      // A temporary table exists only in the migration's session, whatever was dropped before it.
      if ((!seen.has(object) && isCreate) || (action.kind === 'create-table' && action.temporary)) create(object, position);
      if (action.kind === 'create-other' && dropped.has(object)) create(object, position);
      if (action.kind === 'drop-other') dropped.add(object);
      if ((action.kind === 'rename-table' || action.kind === 'rename-other') && createdAt.has(object)) create(tableKey(action.newName), position);
      seen.add(object);
    }
  };
}

/** The object an action is about, normalized: its table, or the index, view, sequence… it creates, drops or renames. */
export function objectKey(action: Action): string | null {
  if (action.kind === 'create-index' || action.kind === 'drop-index') return action.index === null ? null : tableKey(action.index);
  if ('table' in action && typeof action.table === 'string') return tableKey(action.table);
  if ('name' in action && typeof action.name === 'string') return tableKey(action.name);
  return null;
}
