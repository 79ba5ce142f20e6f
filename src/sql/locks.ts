/**
 * Which table-level locks a statement takes, on which relations, and whether it rewrites or scans them while it holds
 * them: what PostgreSQL does at run time, read from the statement alone (no schema).
 *
 * Sources: the "Table-level Locks" section of PostgreSQL's "Explicit Locking" chapter, the lock notes of each
 * command's reference page, and `AlterTableGetLockLevel` in src/backend/commands/tablecmds.c, which decides the lock
 * of every ALTER TABLE subcommand (the statement takes the strongest of its subcommands' locks, and holds it until
 * the transaction ends). Where a version changed the answer, `postgresVersion` picks it.
 *
 * What this cannot know without the schema is stated where it matters: an `ALTER COLUMN … TYPE` is reported as a
 * rewrite although a binary-compatible change (varchar(n) → text) is not; `DROP INDEX` and `REINDEX INDEX` lock the
 * index's table, which the statement does not name.
 */
import { callsVolatileFunction, list, objectName, objectWords, relationName, SERIAL_TYPES, stringOf } from './facts.js';

/** PostgreSQL's table lock modes, weakest first. */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;

export type LockMode = (typeof LOCK_MODES)[number];

/** One lock a statement takes. */
export interface Lock {
  /** The relation as the statement names it (`schema.name` when qualified), folded as PostgreSQL folds names. */
  relation: string;
  /**
   * `table` for a table, view, materialized view or sequence; `index` when the statement names only an index
   * (DROP INDEX, REINDEX INDEX, ALTER INDEX): the lock then falls on that index and, for DROP and REINDEX, on its
   * table too.
   */
  on: 'table' | 'index';
  mode: LockMode;
  /** The statement copies every row into new storage while it holds the lock (time grows with the table). */
  rewrites: boolean;
  /** The statement reads every row while it holds the lock (to build an index or check a constraint), without rewriting. */
  scans: boolean;
  /** The part of the statement that takes it, in SQL words: `CREATE INDEX`, `ADD COLUMN email`, `FOREIGN KEY orders_user_id_fkey`. */
  by: string;
}

// Parser output is untyped JSON, read defensively with facts.ts's helpers.
type AstNode = Record<string, any>;

/** The lock modes as LOCK TABLE's `mode` number gives them (lockdefs.h: AccessShareLock = 1 … AccessExclusiveLock = 8). */
const LOCK_BY_NUMBER: Record<number, LockMode> = Object.fromEntries(LOCK_MODES.map((mode, index) => [index + 1, mode]));

/**
 * The locks a statement takes, strongest first per relation. `postgresVersion` is the oldest major version the
 * migration runs on. Statements that lock no existing relation (CREATE TABLE without foreign keys, SET, most
 * CREATE FUNCTION…) return none.
 */
export function statementLocks(statement: { type: string; node: AstNode }, postgresVersion: number): Lock[] {
  // Many rules ask about each statement: worked out once.
  const known = locksByStatement.get(statement);
  if (known?.postgresVersion === postgresVersion) return known.locks;
  const locks = locksOf(statement.type, statement.node, postgresVersion);
  locksByStatement.set(statement, { postgresVersion, locks });
  return locks;
}

const locksByStatement = new WeakMap<object, { postgresVersion: number; locks: Lock[] }>();

function locksOf(type: string, node: AstNode, postgresVersion: number): Lock[] {
  if (node === null || typeof node !== 'object') return [];
  switch (type) {
    case 'IndexStmt':
      return [
        lock(relationName(node.relation), node.concurrent === true ? 'SHARE UPDATE EXCLUSIVE' : 'SHARE', {
          scans: true,
          by: node.concurrent === true ? 'CREATE INDEX CONCURRENTLY' : 'CREATE INDEX',
        }),
      ];
    case 'CreateStmt':
      return createTableLocks(node);
    case 'AlterTableStmt':
      return alterTableLocks(node, postgresVersion);
    case 'DropStmt':
      return dropLocks(node);
    case 'ReindexStmt':
      return reindexLocks(node);
    case 'VacuumStmt': {
      const full = hasOption(node.options, 'full');
      const by = node.is_vacuumcmd ? (full ? 'VACUUM FULL' : 'VACUUM') : 'ANALYZE';
      // VACUUM FULL copies the table into new files; plain VACUUM and ANALYZE run beside reads and writes.
      return list(node.rels).map((r) =>
        lock(relationName(r.VacuumRelation?.relation), full ? 'ACCESS EXCLUSIVE' : 'SHARE UPDATE EXCLUSIVE', { rewrites: full, by }),
      );
    }
    case 'ClusterStmt':
      if (!node.relation) return [];
      return [lock(relationName(node.relation), 'ACCESS EXCLUSIVE', { rewrites: true, by: 'CLUSTER' })];
    case 'LockStmt': {
      const mode = LOCK_BY_NUMBER[Number(node.mode)] ?? 'ACCESS EXCLUSIVE';
      return list(node.relations).map((r) => lock(relationName(r.RangeVar), mode, { by: 'LOCK TABLE' }));
    }
    case 'TruncateStmt':
      return list(node.relations).map((r) => lock(relationName(r.RangeVar), 'ACCESS EXCLUSIVE', { by: 'TRUNCATE' }));
    case 'RefreshMatViewStmt': {
      // CONCURRENTLY still takes EXCLUSIVE: reads go on, writes to the view (there are none) wait.
      const concurrent = node.concurrent === true;
      return [
        lock(relationName(node.relation), concurrent ? 'EXCLUSIVE' : 'ACCESS EXCLUSIVE', {
          rewrites: !concurrent,
          scans: concurrent,
          by: concurrent ? 'REFRESH MATERIALIZED VIEW CONCURRENTLY' : 'REFRESH MATERIALIZED VIEW',
        }),
      ];
    }
    case 'RenameStmt':
      return renameLocks(node, postgresVersion);
    case 'AlterObjectSchemaStmt':
      if (!node.relation) return [];
      return [lock(relationName(node.relation), 'ACCESS EXCLUSIVE', { by: 'SET SCHEMA' })];
    case 'CreateTrigStmt':
      // CREATE TRIGGER blocks writes (the trigger must see them all) but not reads.
      return [lock(relationName(node.relation), 'SHARE ROW EXCLUSIVE', { by: 'CREATE TRIGGER' })];
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      return [lock(relationName(node.table), 'ACCESS EXCLUSIVE', { by: type === 'CreatePolicyStmt' ? 'CREATE POLICY' : 'ALTER POLICY' })];
    case 'RuleStmt':
      return [lock(relationName(node.relation), 'ACCESS EXCLUSIVE', { by: 'CREATE RULE' })];
    case 'CommentStmt':
      return [];
    case 'InsertStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt':
      return node.relation ? [lock(relationName(node.relation), 'ROW EXCLUSIVE', { by: type.replace(/Stmt$/, '').toUpperCase() })] : [];
    default:
      return [];
  }
}

/** The strongest of some locks' modes, or null when there are none. */
export function strongestMode(locks: Iterable<{ mode: LockMode }>): LockMode | null {
  let strongest: LockMode | null = null;
  for (const { mode } of locks) if (strongest === null || modeRank(mode) > modeRank(strongest)) strongest = mode;
  return strongest;
}

/** Whether `mode` is at least as strong as `than`. */
export function isAtLeast(mode: LockMode, than: LockMode): boolean {
  return modeRank(mode) >= modeRank(than);
}

/** Who waits for a lock, in the application's terms: the subject of "… waits", e.g. `every INSERT/UPDATE/DELETE on users`. */
export function blockedBy(mode: LockMode, table: string): string {
  switch (mode) {
    case 'ACCESS EXCLUSIVE':
      return `every query on ${table}, reads included,`;
    case 'EXCLUSIVE':
      return `every INSERT/UPDATE/DELETE and SELECT … FOR UPDATE on ${table}`;
    case 'SHARE ROW EXCLUSIVE':
    case 'SHARE':
      return `every INSERT/UPDATE/DELETE on ${table}`;
    case 'SHARE UPDATE EXCLUSIVE':
      return `every other schema change, VACUUM and CREATE INDEX CONCURRENTLY on ${table}`;
    case 'ROW EXCLUSIVE':
      return `every CREATE INDEX and other schema change on ${table}`;
    case 'ROW SHARE':
      return `every LOCK TABLE … EXCLUSIVE and other schema change on ${table}`;
    case 'ACCESS SHARE':
      return `every DROP, TRUNCATE and ALTER TABLE on ${table}`;
  }
}

function modeRank(mode: LockMode): number {
  return LOCK_MODES.indexOf(mode);
}

function lock(relation: string, mode: LockMode, options: { by: string; rewrites?: boolean; scans?: boolean; on?: 'table' | 'index' }): Lock {
  return { relation, on: options.on ?? 'table', mode, rewrites: options.rewrites ?? false, scans: options.scans ?? false, by: options.by };
}

/** CREATE TABLE locks nothing that exists, except the tables its foreign keys reference (to add triggers to them). */
function createTableLocks(node: AstNode): Lock[] {
  const locks: Lock[] = [];
  for (const element of list(node.tableElts)) {
    const constraints = element.Constraint ? [element.Constraint] : list(element.ColumnDef?.constraints).map((c) => c.Constraint ?? {});
    for (const constraint of constraints) {
      if (constraint.contype === 'CONSTR_FOREIGN' && constraint.pktable) {
        locks.push(lock(relationName(constraint.pktable), 'SHARE ROW EXCLUSIVE', { by: foreignKeyWords(constraint) }));
      }
    }
  }
  return locks;
}

function alterTableLocks(node: AstNode, postgresVersion: number): Lock[] {
  const relation = relationName(node.relation);
  const on = node.objtype === 'OBJECT_INDEX' ? 'index' : 'table';
  const locks: Lock[] = [];
  for (const item of list(node.cmds)) {
    const cmd: AstNode = item.AlterTableCmd ?? {};
    const name = typeof cmd.name === 'string' ? cmd.name : '';
    const at = (mode: LockMode, by: string, extra: { rewrites?: boolean; scans?: boolean } = {}) => locks.push(lock(relation, mode, { by, on, ...extra }));
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const def: AstNode = cmd.def?.ColumnDef ?? {};
        at('ACCESS EXCLUSIVE', `ADD COLUMN ${def.colname ?? ''}`.trim(), addColumnWork(def, postgresVersion));
        for (const c of list(def.constraints)) {
          const constraint: AstNode = c.Constraint ?? {};
          if (constraint.contype === 'CONSTR_FOREIGN' && constraint.pktable) {
            locks.push(lock(relationName(constraint.pktable), 'SHARE ROW EXCLUSIVE', { by: foreignKeyWords(constraint) }));
          }
        }
        break;
      }
      case 'AT_AddConstraint':
        locks.push(...addConstraintLocks(relation, cmd.def?.Constraint ?? {}));
        break;
      case 'AT_AlterColumnType':
        // Binary-compatible changes (varchar(n) → varchar(m > n), varchar → text) keep the rows; telling them apart needs the column's current type.
        at('ACCESS EXCLUSIVE', `ALTER COLUMN ${name} TYPE`, { rewrites: true });
        break;
      case 'AT_SetNotNull':
        // Every row is read to prove it, unless (PostgreSQL 12+) a validated CHECK (… IS NOT NULL) already does.
        at('ACCESS EXCLUSIVE', `ALTER COLUMN ${name} SET NOT NULL`, { scans: true });
        break;
      case 'AT_SetTableSpace':
        at('ACCESS EXCLUSIVE', `SET TABLESPACE ${name}`, { rewrites: true });
        break;
      case 'AT_SetLogged':
      case 'AT_SetUnLogged':
        at('ACCESS EXCLUSIVE', cmd.subtype === 'AT_SetLogged' ? 'SET LOGGED' : 'SET UNLOGGED', { rewrites: true });
        break;
      case 'AT_SetAccessMethod':
        at('ACCESS EXCLUSIVE', 'SET ACCESS METHOD', { rewrites: true });
        break;
      case 'AT_SetExpression':
        at('ACCESS EXCLUSIVE', `ALTER COLUMN ${name} SET EXPRESSION`, { rewrites: true });
        break;
      case 'AT_ValidateConstraint':
        // Reads every row, but beside the application's reads and writes (PostgreSQL 9.4+).
        at(postgresVersion >= 9.4 ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', `VALIDATE CONSTRAINT ${name}`, { scans: true });
        break;
      case 'AT_SetStatistics':
      case 'AT_SetOptions':
      case 'AT_ResetOptions':
      case 'AT_ClusterOn':
      case 'AT_DropCluster':
      case 'AT_DetachPartitionFinalize':
        at('SHARE UPDATE EXCLUSIVE', subcommandWords(cmd));
        break;
      case 'AT_SetRelOptions':
      case 'AT_ResetRelOptions':
        at(relOptionsLock(cmd.def), subcommandWords(cmd));
        break;
      case 'AT_EnableTrig':
      case 'AT_EnableAlwaysTrig':
      case 'AT_EnableReplicaTrig':
      case 'AT_EnableTrigAll':
      case 'AT_EnableTrigUser':
      case 'AT_DisableTrig':
      case 'AT_DisableTrigAll':
      case 'AT_DisableTrigUser':
        at('SHARE ROW EXCLUSIVE', subcommandWords(cmd));
        break;
      case 'AT_AttachPartition': {
        const partition = relationName(cmd.def?.PartitionCmd?.name);
        // Since PostgreSQL 12 the parent takes SHARE UPDATE EXCLUSIVE; the table attached is scanned to check its bound.
        at(postgresVersion >= 12 ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', `ATTACH PARTITION ${partition}`);
        locks.push(lock(partition, 'ACCESS EXCLUSIVE', { by: `ATTACH PARTITION ${partition}`, scans: true }));
        break;
      }
      case 'AT_DetachPartition': {
        const partition = relationName(cmd.def?.PartitionCmd?.name);
        const concurrent = cmd.def?.PartitionCmd?.concurrent === true && postgresVersion >= 14;
        at(concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', `DETACH PARTITION ${partition}${concurrent ? ' CONCURRENTLY' : ''}`);
        break;
      }
      default:
        // Every other subcommand (DROP COLUMN, SET DEFAULT, DROP NOT NULL, ADD IDENTITY, OWNER TO, ENABLE ROW LEVEL
        // SECURITY…) takes ACCESS EXCLUSIVE, briefly: it changes the catalog only.
        at('ACCESS EXCLUSIVE', subcommandWords(cmd));
    }
  }
  return locks;
}

/** How ADD COLUMN fills the rows that exist: a rewrite when each row needs its own stored value. */
function addColumnWork(def: AstNode, postgresVersion: number): { rewrites: boolean; scans: boolean } {
  const typeNames = list(def.typeName?.names).map(stringOf);
  let rewrites = typeNames.length === 1 && SERIAL_TYPES.has(typeNames[0]!);
  let scans = false;
  for (const c of list(def.constraints)) {
    const constraint: AstNode = c.Constraint ?? {};
    switch (constraint.contype) {
      case 'CONSTR_DEFAULT':
        if (constraint.raw_expr?.A_Const?.isnull === true) break;
        // PostgreSQL 11 stores a non-volatile default once in the catalog; before 11 every default was written into every row.
        if (postgresVersion < 11 || callsVolatileFunction(constraint.raw_expr)) rewrites = true;
        break;
      case 'CONSTR_IDENTITY':
        rewrites = true;
        break;
      case 'CONSTR_GENERATED':
        // A virtual column (PostgreSQL 18) is computed on read; a stored one is written into every row.
        if (constraint.generated_kind !== 'v') rewrites = true;
        break;
      case 'CONSTR_PRIMARY':
      case 'CONSTR_UNIQUE':
      case 'CONSTR_CHECK':
      case 'CONSTR_FOREIGN':
      case 'CONSTR_EXCLUSION':
        scans = true;
        break;
    }
  }
  return { rewrites, scans };
}

function addConstraintLocks(relation: string, constraint: AstNode): Lock[] {
  const name = typeof constraint.conname === 'string' ? ` ${constraint.conname}` : '';
  const notValid = constraint.skip_validation === true;
  switch (constraint.contype) {
    case 'CONSTR_FOREIGN': {
      // Triggers go on both tables, so both take SHARE ROW EXCLUSIVE: writes to either wait while the rows are checked.
      const by = foreignKeyWords(constraint);
      return [
        lock(relation, 'SHARE ROW EXCLUSIVE', { by, scans: !notValid }),
        lock(relationName(constraint.pktable), 'SHARE ROW EXCLUSIVE', { by, scans: !notValid }),
      ];
    }
    case 'CONSTR_PRIMARY':
    case 'CONSTR_UNIQUE':
    case 'CONSTR_EXCLUSION': {
      const words = constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : constraint.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : 'EXCLUDE';
      // USING INDEX adopts an index built beforehand: only the catalog changes.
      const adopts = typeof constraint.indexname === 'string';
      return [lock(relation, 'ACCESS EXCLUSIVE', { by: `ADD CONSTRAINT${name} ${words}${adopts ? ' USING INDEX' : ''}`, scans: !adopts })];
    }
    case 'CONSTR_CHECK':
      return [lock(relation, 'ACCESS EXCLUSIVE', { by: `ADD CONSTRAINT${name} CHECK`, scans: !notValid })];
    default:
      return [lock(relation, 'ACCESS EXCLUSIVE', { by: `ADD CONSTRAINT${name}` })];
  }
}

/** Storage parameters that only tune maintenance or planning take SHARE UPDATE EXCLUSIVE (reloptions.c); the rest ACCESS EXCLUSIVE. */
const LIGHT_REL_OPTIONS = /^(?:toast\.)?(?:autovacuum_\w+|fillfactor|parallel_workers|toast_tuple_target|log_autovacuum_min_duration|vacuum_index_cleanup|vacuum_truncate|vacuum_max_eager_freeze_failure_rate)$/;

function relOptionsLock(def: unknown): LockMode {
  const options = list((def as AstNode | undefined)?.List?.items ?? def).map((item) => {
    const elem: AstNode = item.DefElem ?? {};
    return elem.defnamespace ? `${elem.defnamespace}.${elem.defname}` : String(elem.defname ?? '');
  });
  return options.length > 0 && options.every((option) => LIGHT_REL_OPTIONS.test(option)) ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
}

function dropLocks(node: AstNode): Lock[] {
  const concurrent = node.concurrent === true;
  const names = list(node.objects).map(objectName);
  switch (node.removeType) {
    case 'OBJECT_INDEX':
      return names.map((name) =>
        lock(name, concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', { on: 'index', by: concurrent ? 'DROP INDEX CONCURRENTLY' : 'DROP INDEX' }),
      );
    case 'OBJECT_TABLE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
    case 'OBJECT_SEQUENCE':
    case 'OBJECT_FOREIGN_TABLE':
      return names.map((name) => lock(name, 'ACCESS EXCLUSIVE', { by: `DROP ${objectWords(node.removeType)}` }));
    case 'OBJECT_TRIGGER':
    case 'OBJECT_POLICY':
    case 'OBJECT_RULE':
      // Named `table.name`: the object's own name last, its table before it.
      return list(node.objects).map((object) => {
        const parts = list(object.List?.items).map(stringOf);
        return lock(parts.slice(0, -1).join('.'), 'ACCESS EXCLUSIVE', { by: `DROP ${objectWords(node.removeType)} ${parts.at(-1) ?? ''}`.trim() });
      });
    default:
      return [];
  }
}

function reindexLocks(node: AstNode): Lock[] {
  const concurrent = hasOption(node.params, 'concurrently') || node.concurrent === true;
  const by = concurrent ? 'REINDEX CONCURRENTLY' : 'REINDEX';
  // Without CONCURRENTLY: SHARE on the table (writes wait) and ACCESS EXCLUSIVE on each index rebuilt, which every
  // query that would plan with that index waits for.
  const mode: LockMode = concurrent ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE';
  switch (node.kind) {
    case 'REINDEX_OBJECT_INDEX':
      return [lock(relationName(node.relation), mode, { on: 'index', by, scans: true })];
    case 'REINDEX_OBJECT_TABLE':
      return [lock(relationName(node.relation), mode, { by, scans: true })];
    default:
      // REINDEX SCHEMA / DATABASE / SYSTEM: every table of it, none named.
      return [];
  }
}

function renameLocks(node: AstNode, postgresVersion: number): Lock[] {
  if (!node.relation) return [];
  const relation = relationName(node.relation);
  // ALTER INDEX … RENAME takes SHARE UPDATE EXCLUSIVE since PostgreSQL 12.
  if (node.renameType === 'OBJECT_INDEX') {
    return [lock(relation, postgresVersion >= 12 ? 'SHARE UPDATE EXCLUSIVE' : 'ACCESS EXCLUSIVE', { on: 'index', by: 'RENAME' })];
  }
  return [lock(relation, 'ACCESS EXCLUSIVE', { by: node.renameType === 'OBJECT_COLUMN' ? `RENAME COLUMN ${node.subname}` : 'RENAME' })];
}

function foreignKeyWords(constraint: AstNode): string {
  return `FOREIGN KEY${typeof constraint.conname === 'string' ? ` ${constraint.conname}` : ''} REFERENCES ${relationName(constraint.pktable)}`;
}

function subcommandWords(cmd: AstNode): string {
  const name = typeof cmd.name === 'string' ? ` ${cmd.name}` : '';
  return `${String(cmd.subtype ?? '').replace(/^AT_/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase()}${name}`;
}

function hasOption(options: unknown, name: string): boolean {
  return list(options).some((o) => {
    const elem: AstNode = o.DefElem ?? {};
    // `(FULL false)` turns it off.
    return elem.defname === name && !(elem.arg?.Boolean?.boolval === false || elem.arg?.String?.sval === 'false' || elem.arg?.Integer?.ival === 0);
  });
}
