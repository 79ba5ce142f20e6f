/**
 * The data that flows through the pipeline:
 * git → changeset → migrations → statements → rules → findings → reporters.
 * Every stage takes and returns plain data of these shapes.
 */

/** How serious a finding is. */
export type Severity = 'error' | 'warning';
/** What a config file may set a rule to. */
export type RuleSetting = Severity | 'off';

/** The migration tools whose file layout migration-lint understands. */
export type ConventionId =
  | 'golang-migrate'
  | 'goose'
  | 'dbmate'
  | 'flyway'
  | 'diesel'
  | 'prisma'
  | 'postgrator'
  | 'sql-migrate'
  | 'sqitch'
  | 'supabase'
  | 'versioned'
  | 'node-pg-migrate'
  | 'timestamp';

/** Which way a migration file goes: `both` when up and down live in one file (goose, dbmate). */
export type Direction = 'up' | 'down' | 'both';

/** What the change did to a file, relative to the base. `unchanged` files exist on the base only as context. */
export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One path the change touches. Paths are repository-relative with `/`. */
export interface ChangedFile {
  path: string;
  status: FileStatus;
  /** The path on the base, for a renamed file. */
  oldPath?: string;
}

/** 1-based line and column, in UTF-16 code units of the file's text (what editors show). */
export interface Position {
  line: number;
  column: number;
}

/** A stretch of a file's text. */
export interface Range {
  start: Position;
  end: Position;
}

/** A file name read by a convention. */
export interface ParsedName {
  /** The version as written (digits, or dotted digits for Flyway); null for Flyway repeatables. */
  version: string | null;
  /** The descriptive part of the name. */
  name: string;
  direction: Direction;
  /** `repeatable` (Flyway `R__`) migrations have no version and no order. */
  kind: 'versioned' | 'repeatable';
  /** Where several files make one migration (a directory-versioned release): the key they share. */
  unit?: string;
}

/** One finding: a rule that a place in a file breaks. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** One sentence: what goes wrong in production. */
  message: string;
  /** What to do instead, with the user's own names; SQL they can paste where one exists. */
  help: string;
  /** Which of the rule's messages this is (not part of the JSON output). */
  messageId?: string;
}

/** A migration file the change touches, as reported in the JSON output. */
export interface MigrationInfo {
  path: string;
  version: string | null;
  direction: Direction;
  status: FileStatus;
  /** Where its rollback lives (the same path when it is a section of the same file), or null. */
  rollback: string | null;
}

/** Metadata of a rule, as shown by `migration-lint rules` and in SARIF. */
export interface RuleMeta {
  id: string;
  summary: string;
  severity: Severity;
  /** URL of the rule's documentation page. */
  docs: string;
}

/** What `lint()` returns: everything a reporter needs, and nothing it must compute. */
export interface LintResult {
  /** Sha the change is compared against (the merge-base), or null when linting plain files. */
  base: string | null;
  /** Sha of HEAD, `INDEX` for `--staged`, or null when linting plain files. */
  head: string | null;
  migrations: MigrationInfo[];
  /** Sorted by file, line, column, rule. */
  findings: Finding[];
  summary: { errors: number; warnings: number };
  /** The rules that ran, with the severity they ran at. */
  rules: RuleMeta[];
  /** Text of each file that has findings, so reporters can show the offending line. */
  sources: Record<string, string>;
  /** Directories that look like migrations but were not linted, each reported once; absent when there are none. */
  skippedDirectories?: SkippedDirectory[];
}

/** A directory that holds what looks like migrations, left unlinted, with what would make it linted. */
export interface SkippedDirectory {
  /** Repository-relative, with `/`; `.` for the top. */
  path: string;
  /** `unknown-layout`: no migration tool's file layout reads it; `dialect`: its SQL is not PostgreSQL's. */
  reason: 'unknown-layout' | 'dialect';
  /** What was seen, e.g. `3 .sql files, none named <version>_<name>.sql: add_users.sql, …`. */
  detail: string;
  /** The setting that would make it linted (or silence it), as the user would write it in `.migration-lint.yaml`. */
  fix: string;
}
