/** A migration whose version is not newer than every merged one is skipped or applied out of order by the migration tool. */
import { compareVersions } from '../src/conventions/index.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'timestamp-order',
    summary: 'A new migration\'s version is greater than every version on the base branch, unique, and readable from its file name.',
    severity: 'error',
    messages: {
      outOfOrder:
        'Version {{version}} is not newer than {{latest}}, already on the base branch: databases that ran {{latest}} will skip it or apply it out of order.',
      duplicate: 'Version {{version}} is also used by {{other}}: the migration tool will refuse to run, or run only one of them.',
      unreadable: 'The file name {{file}} is not a {{convention}} migration name, so its place in the order is unknown.',
    },
  },
  check(context) {
    // Order is relative to the base branch: plain files outside a git change have none.
    if (!context.isChange) return;
    for (const migration of context.migrations) {
      // A renamed merged migration is immutable-migrations' to judge.
      if (migration.status !== 'added') continue;
      const directory = context.directories.get(migration.directory);
      if (!directory) continue;
      const base = migration.entry;
      if (!migration.name) {
        context.report({
          file: migration.path,
          messageId: 'unreadable',
          data: { file: base, convention: migration.convention },
          help: `Rename it to ${exampleName(migration.convention)}, with a timestamp newer than every merged migration.`,
        });
        continue;
      }
      const version = migration.name.version;
      // Repeatable migrations have no version: they run whenever their content changes.
      if (version === null) continue;
      // A down file shares its up file's version: the up carries the finding.
      if (migration.name.direction === 'down') continue;
      const latest = directory.baseIndex?.latestVersion() ?? null;
      if (latest !== null && compareVersions(version, latest) <= 0) {
        context.report({
          file: migration.path,
          messageId: 'outOfOrder',
          data: { version, latest },
          help:
            migration.convention === 'sqitch'
              ? `Move ${migration.name.name} to the end of sqitch.plan, after every change already merged: sqitch deploys the plan in order.`
              : `Rename it with a version newer than ${latest}, e.g. ${renameWithVersion(base, version, nowTimestamp(latest))}.`,
        });
        continue;
      }
      const { direction, unit } = migration.name;
      // Files of one release (a version directory) share its version.
      const twin = directory.index
        .withVersion(version)
        .find((other) => other.file !== base && other.name.direction === direction && (unit === undefined || other.name.unit !== unit));
      if (twin) {
        context.report({
          file: migration.path,
          messageId: 'duplicate',
          data: { version, other: twin.file },
          help: `Give ${base} a version of its own, newer than every other migration in ${directory.path}.`,
        });
      }
    }
  },
});

function exampleName(convention: string): string {
  switch (convention) {
    case 'golang-migrate':
      return '<version>_<name>.up.sql and <version>_<name>.down.sql';
    case 'flyway':
      return 'V<version>__<description>.sql';
    case 'diesel':
      return '<timestamp>_<name>/up.sql and down.sql (diesel migration generate <name>)';
    case 'prisma':
      return '<timestamp>_<name>/migration.sql (prisma migrate dev --name <name>)';
    case 'postgrator':
      return '<version>.do.<name>.sql and <version>.undo.<name>.sql';
    case 'sqitch':
      return 'a change listed in sqitch.plan (sqitch add <name>)';
    case 'versioned':
      return 'v<major>.<minor>/<name>.sql';
    default:
      return '<timestamp>_<name>.sql (e.g. 20260213010000_add_email_v2.sql)';
  }
}

/** A timestamp for now in the same style (length) as the latest version, when it looks like one. */
function nowTimestamp(latest: string): string {
  const now = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  if (/^\d{8,17}$/.test(latest) && latest.length <= 14) return now.slice(0, latest.length);
  const digits = latest.split('.');
  digits[0] = String(BigInt(digits[0] ?? '0') + 1n).padStart(digits[0]?.length ?? 1, '0');
  return digits.slice(0, 1).join('.');
}

function renameWithVersion(file: string, version: string, next: string): string {
  const index = file.indexOf(version);
  return index < 0 ? `${next}_${file}` : file.slice(0, index) + next + file.slice(index + version.length);
}
