/** Finds the migrations directories of a working tree and writes the starter config that names them and their tool. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMigrationMatcher } from '../conventions/glob-matcher.js';
import { DEFAULT_MIGRATION_GLOBS, detectConvention, migrationDirectory } from '../conventions/index.js';
import { runGit } from '../git/run-git.js';
import type { ConventionId } from '../types.js';

/** A migrations directory found in the working tree. */
export interface FoundDirectory {
  /** Repository-relative, with `/`. */
  path: string;
  convention: ConventionId;
  /** How many migration files it holds. */
  files: number;
}

/** The file init writes; `.yaml` so it can carry comments. */
export const STARTER_CONFIG = '.migration-lint.yaml';

/** How many of a directory's files are read to tell goose and dbmate from plain SQL. */
const SAMPLES = 3;

/** The migrations directories among the tracked and untracked (not ignored) files, by the default globs. */
export async function findMigrationDirectories(root: string): Promise<FoundDirectory[]> {
  const { stdout } = await runGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const isMigration = createMigrationMatcher(DEFAULT_MIGRATION_GLOBS);
  const byDirectory = new Map<string, string[]>();
  for (const path of new Set(stdout.split('\0'))) {
    if (!path || !isMigration(path)) continue;
    const dir = migrationDirectory(path);
    byDirectory.set(dir, [...(byDirectory.get(dir) ?? []), path]);
  }
  return [...byDirectory.keys()].sort().map((dir) => {
    const paths = byDirectory.get(dir)!.sort();
    // The newest files say best which tool the directory uses today.
    const samples = paths.slice(-SAMPLES).flatMap((path) => readText(join(root, path)));
    return { path: dir, convention: detectConvention(paths, samples), files: paths.length };
  });
}

function readText(path: string): string[] {
  try {
    return [readFileSync(path, 'utf8')];
  } catch {
    // Listed by git but gone from the working tree: its name still counts, its text cannot.
    return [];
  }
}

/** The starter config's text: the directories found as globs, and the tool when they agree on one. */
export function renderStarterConfig(directories: FoundDirectory[]): string {
  const lines = [
    '# yaml-language-server: $schema=node_modules/migration-lint/schema/config.schema.json',
    '# migration-lint settings (data only, never executed): https://github.com/migration-lint/migration-lint#configuration',
  ];
  if (directories.length === 0) {
    lines.push(
      '# No migrations were found under the default globs; say where yours live:',
      '# migrations: ["db/migrations/**"]',
      '# convention: timestamp   # golang-migrate | goose | dbmate | flyway | timestamp',
    );
  } else {
    const conventions = new Set(directories.map((d) => d.convention));
    lines.push('migrations:');
    for (const directory of directories) {
      const note = conventions.size > 1 ? `   # ${directory.convention}` : '';
      lines.push(`  - ${JSON.stringify(`${escapeGlob(directory.path)}/**`)}${note}`);
    }
    if (conventions.size === 1) {
      lines.push(`convention: ${directories[0]!.convention}   # golang-migrate | goose | dbmate | flyway | timestamp`);
    } else {
      lines.push('# convention: detected per directory, as noted above');
    }
  }
  lines.push(
    '# base: origin/main            # default: $GITHUB_BASE_REF, origin/HEAD, origin/main, main, origin/master, master',
    '# maxMigrationsPerPr: 1',
    '# rules:',
    '#   ban-schema-with-app-code: error   # off | warning | error',
  );
  return `${lines.join('\n')}\n`;
}

/** A directory name as a glob that matches only itself. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

/** One line for the user: what the starter config says. */
export function describeStarterConfig(directories: FoundDirectory[]): string {
  if (directories.length === 0) return 'found no migrations under the default globs: set "migrations" in it';
  return directories.map((d) => `${d.path} (${d.convention}, ${d.files} file${d.files === 1 ? '' : 's'})`).join(', ');
}
