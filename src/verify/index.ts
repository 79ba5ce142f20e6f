/**
 * Rollback verification: in a real PostgreSQL, replay the base's migrations, then apply each new migration's up
 * (snapshot S1), its down (must give the base's schema back) and its up again (must give S1 again), recording the
 * locks each up statement takes. Returns plain facts; the rules rollback-roundtrip, migration-fails and
 * measured-lock turn them into findings.
 */
import { conventions } from '../conventions/index.js';
import type { Migration } from '../rule.js';
import type { ParsedSql, SqlStatement } from '../sql/parse.js';
import { blankPsqlLines } from '../sql/scan.js';
import type { ConventionId, Range } from '../types.js';
import { startEngine, toEngineError } from './engine.js';
import type { Engine, EngineOptions } from './engine.js';
import { diffSnapshots, takeSnapshot } from './snapshot.js';
import type { Snapshot, SnapshotDifference } from './snapshot.js';

/** One migrations directory to verify: its base history and the change's new migrations, each in the tool's order. */
export interface VerifyDirectory {
  path: string;
  convention: ConventionId;
  /** The base's up migrations, parsed, in the order the tool applies them. */
  base: Migration[];
  /** The change's new up migrations, in order. */
  change: Migration[];
  /** Rollback files by path (golang-migrate `.down.sql`, Flyway `U…`, plain `.down.sql`). */
  rollbacks: Map<string, Migration>;
  /** Config `assumeInTransaction`: when set, it wins over the tool's transaction model. */
  assumeInTransaction?: boolean;
}

/** Why a directory was not verified. */
export interface VerifySkip {
  directory: string;
  reason: string;
  /** The file that stopped it, when one did. */
  file?: string;
}

/** A statement PostgreSQL rejected. */
export interface VerifyFailure {
  file: string;
  range: Range;
  direction: 'up' | 'down';
  /** PostgreSQL's message, `ERROR: …` stripped. */
  error: string;
  /** The down ran after the up (always for a down), or the up ran again after the down. */
  rerun: boolean;
}

/** How the schema after a down (or after the up run again) differs from what it should be. */
export interface VerifyMismatch {
  file: string;
  range: Range;
  /** `down`: after the down, compared with before the up; `redeploy`: after the up again, compared with after the first up. */
  phase: 'down' | 'redeploy';
  difference: SnapshotDifference;
}

/** A lock a statement was seen to take on a table that exists on the base, or a rewrite of that table. */
export interface MeasuredLock {
  file: string;
  range: Range;
  table: string;
  /** e.g. `ACCESS EXCLUSIVE`, `SHARE`. */
  mode: string;
  rewrote: boolean;
}

export interface Verification {
  engine: string;
  skipped: VerifySkip[];
  failures: VerifyFailure[];
  mismatches: VerifyMismatch[];
  locks: MeasuredLock[];
  /** The statements whose locks were read (each new up's first run): one without a lock above took none. */
  measured: Array<{ file: string; line: number }>;
}

/** Locks that block writes (or reads) to a table while they are held. */
const BLOCKING_MODES = ['AccessExclusiveLock', 'ExclusiveLock', 'ShareRowExclusiveLock', 'ShareLock'];

/** Verifies each directory in a database of its own. Never throws for what migrations do: that is a finding or a skip. */
export async function verifyRollbacks(directories: VerifyDirectory[], options: EngineOptions): Promise<Verification> {
  const result: Verification = { engine: '', skipped: [], failures: [], mismatches: [], locks: [], measured: [] };
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

/** Files no engine can run as written: the reason to skip, before starting one. */
function whyNotRunnable(directory: VerifyDirectory): { reason: string; file?: string } | null {
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

async function verifyDirectory(engine: Engine, directory: VerifyDirectory, result: Verification): Promise<void> {
  for (const migration of directory.base) {
    const failure = await applyBase(engine, directory, migration);
    if (failure) {
      result.skipped.push({
        directory: directory.path,
        file: migration.path,
        reason: `the base migration ${migration.path} fails on ${engine.name}: ${failure}`,
      });
      return;
    }
  }
  for (const migration of directory.change) {
    // A syntax error is the syntax-error rule's finding; running the SQL would only repeat it.
    if (!migration.up || migration.up.error) return;
    const before = await takeSnapshot(engine);
    const baseTables = await tableFiles(engine);
    const up = await applyStatements(engine, migration, migration.up, inTransaction(directory, migration, 'up'), baseTables);
    result.locks.push(...up.locks);
    result.measured.push(...up.measured.map((range) => ({ file: migration.path, line: range.start.line })));
    if (up.failure) {
      result.failures.push({ ...up.failure, direction: 'up', rerun: false });
      return;
    }
    const afterUp = await takeSnapshot(engine);
    const rollback = rollbackOf(directory, migration);
    const down = rollback === migration ? migration.down : rollback?.up ?? rollback?.down ?? null;
    // No rollback is require-rollback's finding; one that does not parse is syntax-error's.
    if (!rollback || !down || down.error) continue;
    const downRun = await applyStatements(engine, rollback, down, inTransaction(directory, rollback, 'down'), null);
    if (downRun.failure) {
      result.failures.push({ ...downRun.failure, direction: 'down', rerun: true });
      return;
    }
    const downAt = statementRange(rollback, down);
    const leftovers = diffSnapshots(before, await takeSnapshot(engine));
    for (const difference of leftovers) result.mismatches.push({ file: rollback.path, range: downAt, phase: 'down', difference });
    // The up run again on what a faulty down left would only fail for the same reason: fixing the down fixes both.
    if (leftovers.length > 0) continue;
    const again = await applyStatements(engine, migration, migration.up, inTransaction(directory, migration, 'up'), null);
    if (again.failure) {
      result.failures.push({ ...again.failure, direction: 'up', rerun: true });
      return;
    }
    const upAt = statementRange(migration, migration.up);
    for (const difference of diffSnapshots(afterUp, await takeSnapshot(engine))) {
      result.mismatches.push({ file: migration.path, range: upAt, phase: 'redeploy', difference });
    }
  }
}

export function rollbackOf(directory: VerifyDirectory, migration: Migration): Migration | null {
  if (migration.sections) return migration.sections.down ? migration : null;
  return migration.rollback ? (directory.rollbacks.get(migration.rollback) ?? null) : null;
}

/** Whether the tool runs this file's section in one transaction. */
function inTransaction(directory: VerifyDirectory, migration: Migration, direction: 'up' | 'down'): boolean {
  if (directory.assumeInTransaction !== undefined) return directory.assumeInTransaction;
  const wraps = conventions[directory.convention].wrapsInTransaction;
  if (!wraps) return false;
  const sections = migration.sections;
  if (direction === 'down' && sections?.downTransaction !== undefined) return sections.downTransaction;
  return migration.transaction ?? sections?.transaction ?? true;
}

/**
 * A base migration, in as few round trips as its transaction model allows: the whole section at once (PostgreSQL
 * runs a multi-statement query as one transaction, as the tools do), or statement by statement outside one.
 * Returns PostgreSQL's error, or null.
 */
async function applyBase(engine: Engine, directory: VerifyDirectory, migration: Migration): Promise<string | null> {
  const sql = migration.up;
  if (!sql || sql.statements.length === 0) return null;
  const wraps = directory.assumeInTransaction ?? conventions[directory.convention].wrapsInTransaction;
  const whole = wraps === false || inTransaction(directory, migration, 'up');
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

function sectionText(migration: Migration): string {
  const text = migration.text ?? '';
  const section = migration.sections?.up;
  return section ? text.slice(section.start, section.end) : text;
}

/** Table files of the tables that exist now, by oid, to see later what a statement locked and rewrote. */
async function tableFiles(engine: Engine): Promise<Map<string, { name: string; file: string }>> {
  const rows = await engine.query<{ oid: string; name: string; file: string }>(
    `SELECT c.oid::text AS oid, CASE WHEN n.nspname = $1 THEN c.relname ELSE n.nspname || '.' || c.relname END AS name,
       c.relfilenode::text AS file
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
       AND (NOT $2 OR n.nspname = $1)`,
    [engine.schema, engine.sharedDatabase],
  );
  return new Map(rows.map((r) => [r.oid, { name: r.name, file: r.file }]));
}

interface StatementsRun {
  failure: { file: string; range: Range; error: string } | null;
  locks: MeasuredLock[];
  /** The statements that ran with their locks read. */
  measured: Range[];
}

/**
 * Runs a migration's statements one by one, so a failure has its line, inside one transaction when the tool uses one.
 * With `baseTables`, reads after each statement (before the transaction ends) the locks this backend holds on them
 * and whether their files changed (a rewrite).
 */
async function applyStatements(
  engine: Engine,
  migration: Migration,
  sql: ParsedSql,
  transaction: boolean,
  baseTables: Map<string, { name: string; file: string }> | null,
): Promise<StatementsRun> {
  const locks: MeasuredLock[] = [];
  const measured: Range[] = [];
  const seen = new Set<string>();
  const files = new Map([...(baseTables ?? new Map<string, { name: string; file: string }>())].map(([oid, t]) => [oid, t.file]));
  if (transaction) await engine.exec('BEGIN');
  for (const statement of sql.statements) {
    // Outside the tool's transaction, each statement still gets one of its own where it can, so its locks can be read.
    let own = !transaction && baseTables !== null;
    try {
      if (own) await engine.exec('BEGIN');
      try {
        await engine.exec(statement.text);
      } catch (thrown) {
        // 25001: CREATE INDEX CONCURRENTLY and the like refuse a transaction block; they run as the tool runs them.
        if (!own || toEngineError(thrown)?.code !== '25001') throw thrown;
        await engine.exec('ROLLBACK');
        own = false;
        await engine.exec(statement.text);
      }
      if (baseTables) {
        locks.push(...(await measureLocks(engine, migration, statement, baseTables, seen, files)));
        measured.push(statement.range);
      }
      if (own) await engine.exec('COMMIT');
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
      await engine.exec('COMMIT');
    } catch (thrown) {
      const error = toEngineError(thrown);
      await rollbackQuietly(engine);
      if (!error) throw thrown;
      const last = sql.statements[sql.statements.length - 1]!;
      return { failure: { file: migration.path, range: last.range, error: error.message }, locks, measured };
    }
  }
  return { failure: null, locks, measured };
}

async function measureLocks(
  engine: Engine,
  migration: Migration,
  statement: SqlStatement,
  baseTables: Map<string, { name: string; file: string }>,
  seen: Set<string>,
  files: Map<string, string>,
): Promise<MeasuredLock[]> {
  const held = await engine.query<{ oid: string; mode: string }>(
    `SELECT relation::text AS oid, mode FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND granted AND mode = ANY($1)`,
    [BLOCKING_MODES],
  );
  const now = await engine.query<{ oid: string; file: string }>(
    `SELECT oid::text AS oid, relfilenode::text AS file FROM pg_class WHERE oid = ANY($1::oid[])`,
    [[...baseTables.keys()]],
  );
  const byTable = new Map<string, MeasuredLock>();
  const strongest = (modes: string[]) => BLOCKING_MODES.find((m) => modes.includes(m));
  const modesByOid = new Map<string, string[]>();
  for (const { oid, mode } of held) {
    if (!baseTables.has(oid) || seen.has(`${oid} ${mode}`)) continue;
    seen.add(`${oid} ${mode}`);
    modesByOid.set(oid, [...(modesByOid.get(oid) ?? []), mode]);
  }
  for (const [oid, modes] of modesByOid) {
    byTable.set(oid, { file: migration.path, range: statement.range, table: baseTables.get(oid)!.name, mode: lockName(strongest(modes)!), rewrote: false });
  }
  for (const { oid, file } of now) {
    if (files.get(oid) === file) continue;
    files.set(oid, file);
    const lock = byTable.get(oid) ?? { file: migration.path, range: statement.range, table: baseTables.get(oid)!.name, mode: 'ACCESS EXCLUSIVE', rewrote: false };
    byTable.set(oid, { ...lock, rewrote: true });
  }
  return [...byTable.values()];
}

/** `AccessExclusiveLock` → `ACCESS EXCLUSIVE`, as the PostgreSQL docs name the modes. */
function lockName(mode: string): string {
  return mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

async function rollbackQuietly(engine: Engine): Promise<void> {
  await engine.exec('ROLLBACK').catch(() => undefined);
}

/** Where a finding about the whole section goes: its first statement. */
function statementRange(migration: Migration, sql: ParsedSql): Range {
  const first = sql.statements[0];
  if (first) return first.range;
  const at = migration.lines?.positionAt(migration.sections?.down?.start ?? 0) ?? { line: 1, column: 1 };
  return { start: at, end: at };
}

export type { Snapshot, SnapshotDifference };
