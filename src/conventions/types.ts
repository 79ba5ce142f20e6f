/** What a migration tool's conventions tell the pipeline: how its files are named, paired and split. */
import type { MigrationSource, Revision } from '../orm/source.js';
import type { LineIndex } from '../sql/locate.js';
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

/** One migration tool's rules for names, rollbacks and file layout. */
export interface Convention {
  id: ConventionId;
  /** Reads a base file name (no directory). null when the name is not one of this tool's migration names. */
  parseName(fileName: string): ParsedName | null;
  /** True when up and down live in one file (goose, dbmate): rollback = the file's down section. */
  inFileRollback: boolean;
  /**
   * Whether the tool runs each migration file inside a transaction unless the file opts out (see
   * `FileSections.transaction`): true for goose, dbmate and Flyway on PostgreSQL, false for golang-migrate (the file
   * runs as written), null when the tool is not known (plain timestamped files).
   */
  wrapsInTransaction: boolean | null;
  /** Whether the tool checksums applied migrations (Flyway), so that any edit of a merged file breaks the next deploy. */
  checksummed: boolean;
  /** For separate-file rollbacks: does `candidate` (a base name in the same directory) hold the rollback of the migration `up`? */
  isRollbackOf?(candidate: ParsedName, up: ParsedName): boolean;
  /** For single-file conventions: the up and down sections of a file's text, each starting after its marker line. */
  sections?(text: string): FileSections;
  /** The text the SQL parser sees, of the same length so positions stay true: the tool's own non-SQL syntax masked. */
  toSql?(text: string): string;
  /**
   * Extensions (lower case, with the dot) of the migration files the tool writes as code, which `read` reads: `.js`,
   * `.ts`, `.py`. `.sql` files always go through the SQL parser.
   */
  extensions?: string[];
  /** Reads a migration written as code into the same statements SQL gives; loads its language's parser only when called. */
  read?(text: string, path: string, lines: LineIndex): Promise<MigrationSource>;
  /**
   * For tools whose order is a revision graph (Alembic), not the file names: the revision a file declares.
   * Every file of the base directory is read with it, to know the graph's heads.
   */
  revisionOf?(text: string): Promise<Revision | null>;
}
