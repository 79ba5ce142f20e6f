/** Several migrations in one pull request cannot be reviewed, reverted or sequenced one at a time. */
import { compareVersions } from '../src/conventions/index.js';
import { defineRule } from '../src/rule.js';
import type { Migration } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'one-migration-per-pr',
    summary: 'A pull request adds at most one migration per migrations directory (an up and its down are one).',
    severity: 'error',
    messages: {
      tooMany:
        'This pull request adds {{count}} migrations to {{directory}}: they can only be reviewed, deployed and reverted together.',
    },
  },
  check(context) {
    if (!context.isChange) return;
    const byDirectory = new Map<string, Map<string, Migration>>();
    for (const migration of context.migrations) {
      if (migration.status !== 'added' || !migration.name) continue;
      const units = byDirectory.get(migration.directory) ?? new Map<string, Migration>();
      byDirectory.set(migration.directory, units);
      // An up file and its down file share a version: together they are one migration.
      const key = migration.name.version ?? `repeatable:${migration.name.name}`;
      const known = units.get(key);
      if (!known || (known.name?.direction === 'down' && migration.name.direction !== 'down')) units.set(key, migration);
    }
    for (const [directory, units] of byDirectory) {
      if (units.size <= context.maxMigrationsPerPr) continue;
      const ordered = [...units.values()].sort((a, b) =>
        compareVersions(a.name?.version ?? '0', b.name?.version ?? '0') || a.path.localeCompare(b.path),
      );
      const kept = ordered.slice(0, context.maxMigrationsPerPr).map((m) => m.path);
      for (const extra of ordered.slice(context.maxMigrationsPerPr)) {
        context.report({
          file: extra.path,
          messageId: 'tooMany',
          data: { count: units.size, directory },
          help: `Keep ${kept.join(', ')} in this pull request and move ${extra.path} to a pull request of its own, merged after this one.`,
        });
      }
    }
  },
});
