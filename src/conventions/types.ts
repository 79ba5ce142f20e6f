/** What a migration tool's conventions tell the pipeline: how its files are named, paired and split. */
import type { LineIndex } from '../sql/locate.js';
import type { ParsedSql } from '../sql/parse.js';
import type { ConventionId, ParsedName } from '../types.js';

/** A stretch of a file's text: [start, end) in JS string indices. */
export interface Section {
  start: number;
  end: number;
}

/** The up and down parts of a single-file migration. */
export interface FileSections {
  up: Section | null;
  down: Section | null;
  /** false when the file opts out of a transaction (goose `-- +goose NO TRANSACTION`, dbmate `-- migrate:up transaction:false`) */
  transaction: boolean;
  /**
   * The down section's own transaction mode, where the tool sets it apart from the up section's
   * (dbmate's `-- migrate:down transaction:false`). Absent: the same as `transaction`.
   */
  downTransaction?: boolean;
}

/** What a convention's own reader (`Convention.read`) makes of one migration file. */
export interface MigrationRead {
  /** The statements that apply the migration; null when the file has none (a down file). */
  up: ParsedSql | null;
  /** The statements that revert it, when they live in the same file; null when there are none. */
  down: ParsedSql | null;
  /** false when the file opts out of its tool's transaction; absent: the tool's model (`wrapsInTransaction`). */
  transaction?: boolean;
}

/** Where a migration file sits: its migrations directory, and its entry there (what the convention's parseName reads). */
export interface MigrationPlace {
  /** Repository-relative, `.` for the top. */
  directory: string;
  /** The file name, or `<subdirectory>/<file name>` where a migration is a directory (diesel, Prisma). */
  entry: string;
}

/** One migration tool's rules for names, rollbacks and file layout. */
export interface Convention {
  id: ConventionId;
  /** The file name endings its migrations have, lowercase with the dot (`['.sql']`); other files in its directories are not migrations. */
  extensions: readonly string[];
  /**
   * Where a migration is a directory of files (diesel's `<version>_<name>/up.sql`): the place of a file path, read
   * from the path alone; null when the path is not one of this tool's. Absent: a migration is one file, its directory
   * is the file's parent.
   */
  locate?(path: string): MigrationPlace | null;
  /**
   * Reads an entry of a migrations directory (a base file name, or `<subdirectory>/<file>`; see MigrationPlace). null
   * when it is not one of this tool's migration names. `plan` is the text of the directory's `planFile`, for tools
   * whose order a plan gives.
   */
  parseName(entry: string, plan?: string | null): ParsedName | null;
  /** A file in the migrations directory whose list of changes gives their order (sqitch's `sqitch.plan`). */
  planFile?: string;
  /** Entries that belong to the tool but are no migrations (sqitch's `verify/` checks): neither linted nor counted. */
  isSupport?(entry: string): boolean;
  /** Whether a merged migration's edit is one the tool records (a sqitch rework), given the plan after and before. */
  isRework?(entry: string, plan: string | null, basePlan: string | null): boolean;
  /**
   * Where rollbacks live when not beside their migrations, relative to the migrations directory (Supabase's
   * `../rollbacks`); its files are entries `<rollbackDirectory>/<file>` of the migrations directory.
   */
  rollbackDirectory?: string;
  /** false when the layout has no place for a rollback (directory-versioned releases): none is asked for. */
  hasRollbacks?: boolean;
  /**
   * The tool itself never rolls back (Prisma, Supabase): a rollback is asked for only in a directory that already
   * keeps one, so a project that chose to roll forward is not failed on every pull request.
   */
  forwardOnly?: boolean;
  /** True when up and down live in one file (goose, dbmate): rollback = the file's down section. */
  inFileRollback: boolean;
  /**
   * Whether the tool runs each migration file inside a transaction unless the file opts out (see
   * `FileSections.transaction`): true for goose, dbmate and Flyway on PostgreSQL, false for golang-migrate (the file
   * runs as written), null when the tool is not known (plain timestamped files).
   */
  wrapsInTransaction: boolean | null;
  /**
   * Whether, running a file without a transaction of its own, the tool sends the file's SQL as one query string
   * (golang-migrate, dbmate): PostgreSQL then runs its statements as one implicit transaction when there are several.
   * False when it sends statement by statement (goose, Flyway).
   */
  sendsFileAsOneQuery: boolean;
  /** Whether the tool checksums applied migrations (Flyway), so that any edit of a merged file breaks the next deploy. */
  checksummed: boolean;
  /** For separate-file rollbacks: does `candidate` (a base name in the same directory) hold the rollback of the migration `up`? */
  isRollbackOf?(candidate: ParsedName, up: ParsedName): boolean;
  /** For single-file conventions: the up and down sections of a file's text, each starting after its marker line. */
  sections?(text: string): FileSections;
  /** The text the SQL parser sees, of the same length so positions stay true: the tool's own non-SQL syntax masked. */
  toSql?(text: string): string;
  /**
   * Reads a migration file itself (a Knex or Alembic file), instead of the SQL split above (sections, toSql, then
   * the SQL parser). Its statements carry the same facts (`Action`s) as parsed SQL, with positions in `path`'s text;
   * `lines` converts string indices of `text` to line/column. With `inFileRollback`, a non-null `down` is the rollback.
   */
  read?(text: string, path: string, lines: LineIndex): Promise<MigrationRead>;
}
