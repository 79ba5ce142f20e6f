/**
 * A migration whose version is not newer than every merged one is skipped or applied out of order by the migration tool;
 * one that forks a revision graph (Alembic) leaves two heads, and `upgrade head` refuses to run.
 */
import { compareVersions } from '../src/conventions/index.js';
import { defineRule } from '../src/rule.js';
import type { GraphNode, Migration, MigrationDirectory, RuleContext } from '../src/rule.js';

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
      secondHead:
        'Revisions {{revision}} and {{other}} both follow {{parent}}: the history gets a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
      secondRoot:
        'Revision {{revision}} follows no revision while {{root}} already starts the history: it is a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
      unknownParent: 'Revision {{revision}} follows {{parent}}, which no migration in {{directory}} declares: alembic cannot place it and refuses to run.',
      noRevision: '{{file}} declares no revision, so alembic cannot load the migrations of {{directory}}.',
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
      // The revision graph gives the order (Alembic), not the names.
      if (directory.revisions) {
        checkGraph(context, migration, directory, directory.revisions);
        continue;
      }
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

/** The new revision joins the graph at its head: no fork, no second root, no parent the graph lacks, no id taken twice. */
function checkGraph(context: RuleContext, migration: Migration, directory: MigrationDirectory, graph: { base: GraphNode[]; head: GraphNode[] }): void {
  const file = migration.path.slice(migration.path.lastIndexOf('/') + 1);
  const revision = migration.revision;
  if (!revision) {
    // A file that does not parse has no revision to read; syntax-error reports it.
    if (migration.up?.error?.language) return;
    context.report({
      file: migration.path,
      messageId: 'noRevision',
      data: { file, directory: directory.path },
      help: `Declare revision = '<id>' and down_revision = '<the id it follows>' at the top of ${file}.`,
    });
    return;
  }
  const heads = baseHeads(graph.base);
  const moveTo = heads.length === 1 ? `Set down_revision = '${heads[0]}' in ${file} (the head of the base branch)` : `Point down_revision in ${file} at the head it continues`;
  const twin = graph.head.find((node) => node.path !== migration.path && node.revision.id === revision.id);
  if (twin) {
    context.report({
      file: migration.path,
      messageId: 'duplicate',
      data: { version: revision.id, other: twin.path.slice(twin.path.lastIndexOf('/') + 1) },
      help: `Give ${file} a revision id of its own (alembic revision generates one), and follow it from the head.`,
    });
    return;
  }
  const known = new Set(graph.head.map((node) => node.revision.id));
  for (const parent of revision.parents) {
    if (known.has(parent)) continue;
    context.report({
      file: migration.path,
      messageId: 'unknownParent',
      data: { revision: revision.id, parent, directory: directory.path },
      help: `${moveTo}.`,
    });
    return;
  }
  // Reported once for two new revisions that fork the same parent: on the second, in path order.
  const isEarlierOrMerged = (node: GraphNode) => isMerged(context, node) || node.path < migration.path;
  if (revision.parents.length === 0) {
    const root = graph.head.find((node) => node.path !== migration.path && node.revision.parents.length === 0 && isEarlierOrMerged(node));
    if (root && !revision.labeled) {
      context.report({
        file: migration.path,
        messageId: 'secondRoot',
        data: { revision: revision.id, root: root.revision.id },
        help: `${moveTo}; a separate history on purpose needs branch_labels = ('<label>',).`,
      });
    }
    return;
  }
  for (const parent of revision.parents) {
    const sibling = graph.head.find((node) => node.path !== migration.path && node.revision.parents.includes(parent) && isEarlierOrMerged(node));
    if (!sibling) continue;
    context.report({
      file: migration.path,
      messageId: 'secondHead',
      data: { revision: revision.id, other: sibling.revision.id, parent },
      help: `${isMerged(context, sibling) ? moveTo : `Set down_revision = '${sibling.revision.id}' in ${file}, so the two run one after the other`}, or, when both must stay, add a merge revision: alembic merge -m "merge heads" ${sibling.revision.id} ${revision.id}`,
    });
    return;
  }
}

function isMerged(context: RuleContext, node: GraphNode): boolean {
  return context.migrations.find((m) => m.path === node.path)?.status !== 'added';
}

/** The revisions of the base no other revision follows. */
function baseHeads(base: GraphNode[]): string[] {
  const followed = new Set(base.flatMap((node) => node.revision.parents));
  return base.map((node) => node.revision.id).filter((id) => !followed.has(id));
}

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
