/** VACUUM FULL, CLUSTER, SET TABLESPACE and SET LOGGED/UNLOGGED copy the whole table into new storage under an ACCESS EXCLUSIVE lock: every query on it waits for the copy. */
import { defineRule } from '../src/rule.js';
import { existingLocks, lockConsequence, newStatements } from '../src/lock-rules.js';

type Command = 'vacuumFull' | 'cluster' | 'tablespace' | 'persistence';

const HELP: Record<Command, string> = {
  vacuumFull:
    'Plain VACUUM (no FULL) frees space for reuse without blocking; to give space back to the operating system online, use the pg_repack extension outside the migration.',
  cluster: 'Reorder the table online with the pg_repack extension (pg_repack --table … --order-by …) outside the migration, or leave the order to new writes.',
  tablespace:
    'Move it online with the pg_repack extension (pg_repack --table … --tablespace …), or create a new table in the tablespace, copy the rows in batches and swap the names.',
  persistence:
    'There is no online way to change a table between LOGGED and UNLOGGED: do it in a maintenance window, or create a new table with the persistence you want, copy the rows in batches and swap the names.',
};

/** Which command a rewriting lock comes from, by the words locks.ts records. */
function commandOf(by: string): Command | null {
  if (by === 'VACUUM FULL') return 'vacuumFull';
  if (by === 'CLUSTER') return 'cluster';
  if (by.startsWith('SET TABLESPACE')) return 'tablespace';
  if (by === 'SET LOGGED' || by === 'SET UNLOGGED') return 'persistence';
  return null;
}

export default defineRule({
  meta: {
    id: 'ban-table-rewrite',
    summary: 'No VACUUM FULL, CLUSTER, SET TABLESPACE or SET LOGGED/UNLOGGED on existing tables in migrations.',
    severity: 'error',
    messages: {
      vacuumFull: 'VACUUM FULL rewrites "{{table}}" under {{consequence}} until the copy ends.',
      cluster: 'CLUSTER rewrites "{{table}}" under {{consequence}} until the copy ends.',
      tablespace: '{{command}} copies "{{table}}" to the new tablespace under {{consequence}} until the copy ends.',
      persistence: '{{command}} rewrites "{{table}}" under {{consequence}} until the copy ends.',
    },
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { type, node } = statement;
      const reports: Array<{ command: Command; table: string; by: string }> = [];
      // The forms that name no table act on many: every table of the database, or of a tablespace.
      if (type === 'VacuumStmt' && node.is_vacuumcmd && !node.rels && (node.options ?? []).some((o: any) => o.DefElem?.defname === 'full')) {
        reports.push({ command: 'vacuumFull', table: 'every table of the database', by: 'VACUUM FULL' });
      } else if (type === 'ClusterStmt' && !node.relation) {
        reports.push({ command: 'cluster', table: 'every table clustered before', by: 'CLUSTER' });
      } else if (type === 'AlterTableMoveAllStmt') {
        reports.push({ command: 'tablespace', table: `every table in tablespace ${node.orig_tablespacename}`, by: 'SET TABLESPACE' });
      }
      for (const lock of existingLocks(context, statement, (l) => l.rewrites && commandOf(l.by) !== null)) {
        reports.push({ command: commandOf(lock.by)!, table: lock.relation, by: lock.by });
      }
      for (const { command, table, by } of reports) {
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: command,
          data: { table, command: by.replace(/^SET TABLESPACE.*/, 'SET TABLESPACE'), consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
          help: HELP[command],
        });
      }
    }
  },
});
