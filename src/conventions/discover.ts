/**
 * Finds the migrations of a change by what their directories hold, not only by their paths: tool markers
 * (`sqitch.plan`, `migration_lock.toml`, `diesel.toml`, `dbconfig.yml`, `flyway.conf`…) and directories most of whose
 * files one tool names. Reads tree listings only (through the caller's `list`), and only for the changed files of a
 * kind some tool reads: a commit of application code lists nothing.
 */
import { posix } from 'node:path';
import type { TreeListing } from '../git/repo.js';
import type { ConventionId } from '../types.js';
import { conventions, hasExtension, isMigrationFile, locateMigration } from './index.js';
import { SQITCH_PLAN } from './sqitch.js';
import type { MigrationPlace } from './types.js';
import { versioned } from './versioned.js';

/** A tool's marker file, and where its migrations are relative to the marker's directory. */
interface Marker {
  file: RegExp;
  /** The tool whose marker it is: only files it reads can be its migrations. */
  tool: ConventionId;
  migrations: string;
}

const MARKERS: Marker[] = [
  { file: /^migration_lock\.toml$/, tool: 'prisma', migrations: '.' },
  { file: /^diesel\.toml$/, tool: 'diesel', migrations: 'migrations' },
  // sql-migrate's dbconfig.yml names a `dir`, by custom under migrations/ (`migrations/postgres`).
  { file: /^dbconfig\.ya?ml$/, tool: 'sql-migrate', migrations: 'migrations' },
  // Flyway's command line reads `sql/` by default.
  { file: /^flyway\.conf$/, tool: 'flyway', migrations: 'sql' },
  { file: /^knexfile\.[cm]?[jt]s$/, tool: 'knex', migrations: 'migrations' },
  { file: /^alembic\.ini$/, tool: 'alembic', migrations: '.' },
  { file: /^env\.py$/, tool: 'alembic', migrations: 'versions' },
];

const MARKER_FILES = [new RegExp(`^${SQITCH_PLAN.replace('.', '\\.')}$`), /^sqitch\.conf$/, ...MARKERS.map((marker) => marker.file)];

/** How many directories up from a file its tool's marker may sit. */
const MARKER_DEPTH = 4;

/** Directory names whose SQL is tests, fixtures, seeds or declarative schema, never a migration history. */
const NOT_MIGRATIONS = /^(?:tests?|specs?|fixtures?|seeds?|schemas?|queries|examples?|testdata|__tests__)$/i;

/** The fewest files, and the share of them, one tool must name for a directory to count as its migrations. */
const MAJORITY_FILES = 3;
const MAJORITY_SHARE = 2 / 3;

/** What discovery found in a change. */
export interface Discovery {
  /** Each migration file's place. */
  places: Map<string, MigrationPlace>;
  /** Changed files that are a migration tool's own (markers, plans): not application code, and not migrations. */
  toolFiles: Set<string>;
}

export interface DiscoverOptions {
  /** Whether a path is matched by the `migrations` globs in force. */
  inGlobs: (path: string) => boolean;
  /** Whether to look beyond the globs (only with the default globs: a configured list is the user's word). */
  beyondGlobs: boolean;
  /** Lists a directory (repository-relative, `.` for the top); the caller caches. */
  list: (dir: string) => Promise<TreeListing>;
}

export async function discoverMigrations(paths: string[], options: DiscoverOptions): Promise<Discovery> {
  const places = new Map<string, MigrationPlace>();
  const toolFiles = new Set<string>();
  await Promise.all(
    paths.map(async (path) => {
      if (MARKER_FILES.some((marker) => marker.test(posix.basename(path)))) toolFiles.add(path);
      if (!isMigrationFile(path)) return;
      const inGlobs = options.inGlobs(path);
      if (!inGlobs && !options.beyondGlobs) return;
      const place = (await placeInSqitchProject(path, options.list)) ?? (inGlobs ? locateMigration(path) : await placeBeyondGlobs(path, options.list));
      if (place !== null) places.set(path, place);
    }),
  );
  return { places, toolFiles };
}

/** `<project>/deploy/<change>.sql` (or revert/, verify/) where `<project>` holds sqitch.plan; change names may hold `/`. */
export async function placeInSqitchProject(path: string, list: DiscoverOptions['list']): Promise<MigrationPlace | null> {
  const segments = path.split('/');
  for (let index = segments.length - 2; index >= 0; index--) {
    if (!/^(?:deploy|revert|verify)$/.test(segments[index]!)) continue;
    const project = index === 0 ? '.' : segments.slice(0, index).join('/');
    if (!(await list(project)).files.includes(SQITCH_PLAN)) return null;
    return { directory: project, entry: segments.slice(index).join('/') };
  }
  return null;
}

/** A file outside the globs: in a directory-versioned tree, under a tool's marker, or in a directory one tool names. */
async function placeBeyondGlobs(path: string, list: DiscoverOptions['list']): Promise<MigrationPlace | null> {
  const release = versioned.locate(path);
  if (release !== null) return release;
  const place = locateMigration(path);
  // A tool's own rollback directory (Supabase's supabase/rollbacks/) beside its migrations.
  if (place.entry.startsWith('../')) return place;
  // The markers that could place this file, by its path alone: their tool reads its kind, and their migrations
  // directory is one its path goes through. Application code (`src/orders/x.ts`) usually meets none: nothing to list.
  const segments = place.directory.split('/');
  const markers = MARKERS.filter(
    (marker) => hasExtension(path, conventions[marker.tool].extensions) && (marker.migrations === '.' || segments.includes(marker.migrations)),
  );
  const isSql = /\.sql$/i.test(path);
  if (markers.length === 0 && !isSql) return null;
  const parent = posix.dirname(path);
  let dir = parent;
  for (let depth = 0; depth < MARKER_DEPTH && markers.length > 0; depth++) {
    const { files } = await list(dir);
    for (const marker of markers) {
      if (!files.some((file) => marker.file.test(file))) continue;
      const migrations = posix.join(dir, marker.migrations);
      if (isWithin(place.directory, migrations)) return place;
    }
    if (dir === '.') break;
    dir = posix.dirname(dir);
  }
  // The tools a directory's names are compared with write SQL.
  return isSql && (await isNamedByOneTool(parent, list)) ? place : null;
}

/** Whether `dir` is `root` or inside it. */
function isWithin(dir: string, root: string): boolean {
  return root === '.' || dir === root || dir.startsWith(`${root}/`);
}

/**
 * Whether most `.sql` files of a directory carry one tool's migration names. Names that only start with a number
 * (`0010_tables.sql`) are not enough: ordered schema files and test scripts look the same. A tool's own syntax is
 * (`.up.sql` pairs, `V1__`, `.do.`), or a full timestamp.
 */
async function isNamedByOneTool(dir: string, list: DiscoverOptions['list']): Promise<boolean> {
  if (NOT_MIGRATIONS.test(posix.basename(dir))) return false;
  const sql = (await list(dir)).files.filter((file) => /\.sql$/i.test(file));
  if (sql.length < MAJORITY_FILES) return false;
  const readers = [
    (name: string) => /\.(?:up|down)\.sql$/i.test(name) && conventions['golang-migrate'].parseName(name) !== null,
    (name: string) => conventions.flyway.parseName(name) !== null,
    (name: string) => conventions.postgrator.parseName(name) !== null,
    (name: string) => /^\d{12,17}[_-]/.test(name) && conventions.timestamp.parseName(name) !== null,
  ];
  return readers.some((reads) => sql.filter(reads).length >= sql.length * MAJORITY_SHARE);
}
