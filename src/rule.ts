/** The shape of a rule and what it sees: facts about the change, never raw git output or parser JSON. */
import type { NameIndex } from './conventions/name-index.js';
import type { FileSections } from './conventions/types.js';
import type { Revision } from './conventions/types.js';
import type { LineIndex } from './sql/locate.js';
import type { Action, ParsedSql, SqlStatement } from './sql/parse.js';
import { conventions } from './conventions/index.js';
import { transactionsOf } from './conventions/transactions.js';
import type { StatementTransaction } from './conventions/transactions.js';
import { hasNotNullCheck, isRewriteFree, objectKey, tableKey } from './schema/index.js';
import type { ColumnInfo, SchemaModel, TableInfo } from './schema/index.js';
import type { Verification } from './verify/index.js';
import type { ChangedFile, ConventionId, ParsedName, Range, RuleSetting, Severity } from './types.js';


/** A migration file the change touches, with its SQL parsed. */
export interface Migration {
  path: string;
  /** Its path on the base, for a renamed file. */
  oldPath?: string;
  status: ChangedFile['status'];
  /** The migrations directory it belongs to. */
  directory: string;
  /** Its entry in that directory: the file name, or `<subdirectory>/<file>` where a migration is a directory (diesel). */
  entry: string;
  convention: ConventionId;
  /** The file name as its convention reads it; null when the convention cannot read it. */
  name: ParsedName | null;
  /** Where its rollback lives (the same path for an in-file down section), or null. */
  rollback: string | null;
  /** Its text; null when deleted, binary or not UTF-8. */
  text: string | null;
  /** Why `text` is null for a file that exists: not text ('binary', 'encoding'), or a symbolic link, not a file. */
  unreadable?: 'binary' | 'encoding' | 'symlink';
  sections: FileSections | null;
  /** false when the file opts out of its tool's transaction (a goose or dbmate marker); absent: the tool's model. */
  transaction?: boolean;
  /** An edit of a merged migration that its tool records as such (a sqitch rework): not a merged migration edited. */
  reworked?: boolean;
  /**
   * A modified (or renamed) migration written as code (Knex, Alembic) whose statements and their facts are those of its
   * merged version: the edit refactors the code (an import, arrow functions) and changes no SQL it runs.
   */
  sameStatements?: boolean;
  /**
   * Renamed with its entry unchanged: its migrations directory moved (`db/` to `pgsql/`), and the tool, which knows a
   * migration by its name in that directory, sees the same migration.
   */
  moved?: boolean;
  /** Converts string indices of `text` to line/column. */
  lines: LineIndex | null;
  /** The SQL that applies the migration (the whole file for a plain up file); null when there is none. */
  up: ParsedSql | null;
  /** The SQL that reverts it (a down section, or the whole text of a down file); null when there is none. */
  down: ParsedSql | null;
  /**
   * For a modified or renamed migration: whether its statements (up and down) parse the same as on the base, so that the
   * edit changes only comments or layout. Absent when the base text could not be read and compared.
   */
  unchangedStatements?: boolean;
  /** The revision it declares, for tools whose order is a revision graph (Alembic). */
  revision?: Revision;
}

/** A migration file of a revision graph. */
export interface GraphNode {
  path: string;
  revision: Revision;
}

/** A line of application code that mentions a name. */
export interface CodeReference {
  file: string;
  line: number;
}

/** A migrations directory the change touches. */
export interface MigrationDirectory {
  path: string;
  convention: ConventionId;
  /** Entries of the directory after the change: file names, or `<subdirectory>/…` where migrations are directories. */
  files: string[];
  /** Entries of the directory on the base; null when not linting a git change. */
  baseFiles: string[] | null;
  /** `files` as the directory's convention reads them, read only as far as asked. */
  index: NameIndex;
  /** `baseFiles` likewise; null when not linting a git change. */
  baseIndex: NameIndex | null;
  /** For tools ordered by a revision graph (Alembic) in a git change: the graph's files on the base and after the change. */
  revisions?: { base: GraphNode[]; head: GraphNode[] };
  /** The text of the convention's plan file (sqitch.plan) after the change and on the base; null when there is none. */
  plan?: { head: string | null; base: string | null };
}

/** Everything a rule may look at. */
export interface RuleContext {
  /** Migration files the change touches (added, modified, deleted, renamed), in path order. */
  migrations: Migration[];
  directories: Map<string, MigrationDirectory>;
  /** Changed files that are application code (not migrations, not matched by `nonCode`); empty when not linting a git change. */
  appFiles: string[];
  /**
   * Where the application code at the change's head (files outside the migrations and `nonCode`) mentions, as a whole
   * word in any case, a table or column name the change drops or renames: keyed by the bare name, lower-case.
   * Empty when not linting a git change.
   */
  codeReferences: ReadonlyMap<string, readonly CodeReference[]>;
  /** True when linting a git change (a branch or staged work); false for plain files. */
  isChange: boolean;
  maxMigrationsPerPr: number;
  /** The oldest PostgreSQL major version the migrations must run on (config `postgresVersion`, default 15). */
  postgresVersion: number;
  /** Config `assumeInTransaction`: when set, it wins over each migration tool's own transaction model. */
  assumeInTransaction?: boolean;
  /**
   * Whether the change creates this table (or index, view, sequence…) before anything else touches it, or replaces a
   * table-less object (drops and creates a view again): nothing deployed depends on it yet, and a table has no rows.
   * With `at`, whether it is new by that statement: created earlier in the change (or by that statement itself).
   */
  isNewInThisChange(name: string, at?: SqlStatement): boolean;
  /**
   * The schema replayed from the base's migrations that mention what the change touches, then the change's own:
   * `context.schema.before(statement).table('users')` is the table as it stands when that statement runs.
   */
  schema: SchemaModel;
  /** What `--verify-rollback` saw in a real PostgreSQL; null when it did not run. */
  verification: Verification | null;
  report(report: Report): void;
}

export interface Report {
  file: string;
  /** Where; the start of the file when omitted. */
  range?: Range;
  messageId: string;
  data?: Record<string, string | number>;
  help: string;
  /** At most this severity for this one finding (a rule set to `error` may report a lesser case as a warning). */
  severity?: Severity;
}

export interface RuleMetaDefinition<M extends string> {
  id: string;
  summary: string;
  /** The severity it runs at unless the config says otherwise; `off` for rules that run only when a config turns them on. */
  severity: RuleSetting;
  /** Messages keyed by id, with {{placeholders}}: one sentence of production consequence. */
  messages: Record<M, string>;
  /** The rule judges what `--verify-rollback` saw in a real PostgreSQL, and reports nothing without it. */
  verifiesRollback?: boolean;
}

export interface Rule<M extends string = string> {
  meta: RuleMetaDefinition<M>;
  /** Reports through `context.report`; may be async (to render help SQL with the deparser). */
  check(context: RuleContext): void | Promise<void>;
}

/** Declares a rule; the identity function that gives rules their types. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills `{{name}}` placeholders of a rule message; control characters in the values (a line break in a file name) are escaped. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? escapeControlCharacters(String(data[key])) : whole));
}

/** `\n`, `\t`, `\r` and `\u00XX` in place of control characters, so that a name stays on one line and shows what it holds. */
export function escapeControlCharacters(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The statements a migration applies, each with the actions it performs. */
export function upStatements(migration: Migration): SqlStatement[] {
  return migration.up?.statements ?? [];
}

/** Actions of the statements a migration applies, paired with their statement. */
export function* upActions(migration: Migration): Generator<{ action: Action; statement: SqlStatement }> {
  for (const statement of upStatements(migration)) {
    for (const action of statement.actions) yield { action, statement };
  }
}

/**
 * Migrations the change adds that apply changes: the ones phase rules judge (a rollback's DROPs are what it is for).
 * A renamed migration whose statements changed counts too: its tool runs it again, new statements and all.
 */
export function addedUpMigrations(context: RuleContext): Migration[] {
  // Most rules ask: found once per run (the migrations of a run do not change while its rules run).
  let added = addedOfRun.get(context.migrations);
  if (added === undefined) {
    added = context.migrations.filter((m) => isNewUpMigration(m) || isChangedRename(m));
    addedOfRun.set(context.migrations, added);
  }
  return added;
}

const addedOfRun = new WeakMap<readonly Migration[], Migration[]>();

/** A migration the change adds that applies changes (not a rollback). */
export function isNewUpMigration(migration: Migration): boolean {
  return migration.status === 'added' && migration.name?.direction !== 'down' && migration.up !== null;
}

/** Whether each statement a migration applies runs in a transaction, as its tool runs it (config `assumeInTransaction` wins). */
export function transactionsIn(context: RuleContext, migration: Migration): Map<SqlStatement, StatementTransaction> {
  // A reader's own answer (Convention.read) stands where a marker-split file has its sections.
  const sections = migration.sections ?? (migration.transaction === undefined ? null : { up: null, down: null, transaction: migration.transaction });
  return transactionsOf(conventions[migration.convention], sections, upStatements(migration), context.assumeInTransaction);
}

/**
 * Whether an ALTER COLUMN … TYPE rewrites the table, from the column's type just before it: false for the changes
 * PostgreSQL makes in place (varchar(n) to varchar(m > n) or text…); null when the current type is unknown.
 */
export function typeChangeRewrites(context: RuleContext, action: Extract<Action, { kind: 'alter-column-type' }>, at: SqlStatement): boolean | null {
  if (action.using) return true;
  const column = knownColumn(context, at, action.table, action.column)?.column;
  return column ? !isRewriteFree(column.type, action.type) : null;
}

/**
 * A column as the migrations read define it just before `at`, with its table; undefined when they do not tell for
 * sure (no migration read creates the table, or one that touches it could not be read whole): exemptions need facts.
 */
export function knownColumn(context: RuleContext, at: SqlStatement, table: string, column: string): { table: TableInfo; column: ColumnInfo } | undefined {
  const info = context.schema.before(at).table(table);
  const found = info?.complete ? info.columns.get(column) : undefined;
  return info && found ? { table: info, column: found } : undefined;
}

/**
 * A merged migration renamed with new statements: its tool runs it again, so phase rules judge it as new. The schema
 * model keeps it out of the change (its objects exist already), so its statements see the base's schema.
 */
function isChangedRename(migration: Migration): boolean {
  return migration.status === 'renamed' && migration.unchangedStatements === false && migration.name?.direction !== 'down' && migration.up !== null;
}

/** Application files for a message: the first three, and how many more. */
export function summarizeFiles(files: string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}

/**
 * For a finding's help: a note that the table is taken to exist and hold rows because no migration read creates it
 * (empty when one does, or when the change itself creates it by `at`).
 */
export function assumedNote(context: RuleContext, table: string, at?: SqlStatement): string {
  const view = at ? context.schema.before(at) : context.schema.after;
  if (view.table(table) || view.isNew(table)) return '';
  return ` ("${table}" is not created by any migration migration-lint read: assumed to exist and hold rows.)`;
}

/**
 * Whether running code can fail because of this action: dropped or renamed names vanish, new types and NOT NULL reject writes.
 * Dropping or renaming an index, or dropping a constraint, is contract too, but queries keep working (at worst slower,
 * or less checked).
 */
export function breaksRunningCode(action: Action): boolean {
  if (action.phase !== 'contract' || action.kind === 'drop-index' || action.kind === 'drop-constraint') return false;
  return !(action.kind === 'rename-other' && action.objectType === 'INDEX');
}

/**
 * What the replayed schema shows to be harmless for running code: a type change that keeps every value and needs no
 * rewrite (varchar(n) to varchar(m > n) or text), and SET NOT NULL on a column already NOT NULL or guarded by a
 * validated CHECK (col IS NOT NULL), which already rejects the writes SET NOT NULL would.
 */
export function isHarmlessForRunningCode(context: RuleContext, action: Action, statement: SqlStatement): boolean {
  if (action.kind === 'alter-column-type') return typeChangeRewrites(context, action, statement) === false;
  if (action.kind !== 'set-not-null') return false;
  const known = knownColumn(context, statement, action.table, action.column);
  return known !== undefined && (known.column.notNull || hasNotNullCheck(known.table, action.column));
}

/**
 * The statements of the change's new migrations that break code already running, each with its first breaking action.
 * Objects this change creates are skipped: nothing deployed uses them yet.
 */
export function* breakingStatements(context: RuleContext): Generator<{ migration: Migration; statement: SqlStatement; action: Action }> {
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

/** The table and column names an action drops or renames, bare (no schema): what code that still uses them would name. */
export function removedNames(action: Action): { table: string; column?: string } | null {
  const bare = (name: string) => name.split('.').at(-1)!;
  if (action.kind === 'drop-table' || action.kind === 'rename-table') return { table: bare(action.table) };
  if (action.kind === 'drop-column' || action.kind === 'rename-column') return { table: bare(action.table), column: action.column };
  return null;
}

/** `public.users` and `users` name the same object on the default search path. */
export const normalizeName: (name: string) => string = tableKey;

/** The object an action is about, normalized: its table, or the index, view, sequence… it creates, drops or renames. */
export const objectOf: (action: Action) => string | null = objectKey;

/** The table an action touches, when it touches one. */
export function tableOf(action: Action): string | null {
  return 'table' in action && typeof action.table === 'string' ? action.table : null;
}

/** An action in the user's terms, e.g. `DROP COLUMN users.email`. */
export function describeAction(action: Action): string {
  switch (action.kind) {
    case 'create-table':
      return `CREATE TABLE ${action.table}`;
    case 'create-index':
      return `CREATE INDEX${action.index ? ` ${action.index}` : ''} ON ${action.table}`;
    case 'add-column':
      return `ADD COLUMN ${action.table}.${action.column}`;
    case 'add-constraint':
      return `ADD CONSTRAINT${action.constraint ? ` ${action.constraint}` : ''} ON ${action.table}`;
    case 'create-other':
      return `CREATE ${action.objectType}${action.name ? ` ${action.name}` : ''}`;
    case 'data':
      return `${action.verb.toUpperCase()}${action.table ? ` ${action.table}` : ''}`;
    case 'drop-table':
      return `DROP TABLE ${action.table}`;
    case 'drop-column':
      return `DROP COLUMN ${action.table}.${action.column}`;
    case 'drop-index':
      return `DROP INDEX ${action.index}`;
    case 'drop-constraint':
      return `DROP CONSTRAINT ${action.constraint} ON ${action.table}`;
    case 'drop-other':
      return `DROP ${action.objectType} ${action.name}`;
    case 'rename-table':
      return `RENAME TABLE ${action.table} TO ${action.newName}`;
    case 'rename-column':
      return `RENAME COLUMN ${action.table}.${action.column} TO ${action.newName}`;
    case 'rename-other':
      return `RENAME ${action.objectType} ${action.name} TO ${action.newName}`;
    case 'alter-column-type':
      return `ALTER COLUMN ${action.table}.${action.column} TYPE ${action.type}`;
    case 'set-not-null':
      return `SET NOT NULL on ${action.table}.${action.column}`;
    case 'other':
      return action.description;
  }
}

/** The expand → migrate → contract sequence that makes a contract action safe, with the user's own names. */
export function safeSequence(action: Action): string {
  switch (action.kind) {
    case 'drop-column':
      return `Deploy code that no longer reads or writes ${action.table}.${action.column} first; then drop it alone in a later pull request: ALTER TABLE ${action.table} DROP COLUMN ${action.column};`;
    case 'drop-table':
      return `Deploy code that no longer uses ${action.table} first; then drop it alone in a later pull request: DROP TABLE ${action.table};`;
    case 'rename-column':
      return `Expand and contract instead: ALTER TABLE ${action.table} ADD COLUMN ${action.newName} <type>; deploy code that writes both and backfill ${action.newName} from ${action.column}; switch reads to ${action.newName}; drop ${action.column} in a later pull request.`;
    case 'rename-table':
      return `Expand and contract instead: CREATE TABLE ${action.newName} (…) (or a view named ${action.newName}); deploy code that writes both and backfill; switch reads; drop ${action.table} in a later pull request.`;
    case 'alter-column-type':
      return `Expand and contract instead: ALTER TABLE ${action.table} ADD COLUMN ${action.column}_new ${action.type}; deploy code that writes both and backfill it; switch reads; drop ${action.column} in a later pull request.`;
    case 'set-not-null':
      return `Add a check constraint first, without blocking: ALTER TABLE ${action.table} ADD CONSTRAINT ${action.table}_${action.column}_not_null CHECK (${action.column} IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT it once the code always writes ${action.column} and old rows are backfilled.`;
    case 'add-column':
      return `Add it nullable or with a default: ALTER TABLE ${action.table} ADD COLUMN ${action.column} <type> DEFAULT <value> NOT NULL; or add it nullable, backfill, then add NOT NULL in a later pull request.`;
    default:
      return `Deploy code that no longer depends on it first; then make this change alone in a later pull request: ${describeAction(action)};`;
  }
}
