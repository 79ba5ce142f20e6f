/** DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: every query on it waits, and it waits for every running one. */
import { defineRule } from '../src/rule.js';
import { isExisting, lockConsequence, newStatements, outsideTransaction, rewrittenSql } from '../src/lock-rules.js';
import { list, objectName } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'require-concurrent-index-deletion',
    summary: 'Drop indexes of existing tables with DROP INDEX CONCURRENTLY.',
    severity: 'error',
    messages: {
      blocking: 'DROP INDEX "{{index}}" takes {{consequence}} until the drop ends, and it cannot start before every running query on the table has finished.',
    },
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      if (statement.type !== 'DropStmt' || node.removeType !== 'OBJECT_INDEX' || node.concurrent === true) continue;
      for (const object of list(node.objects)) {
        const index = objectName(object);
        // An index this change created is on a table nothing uses yet, or was never deployed.
        if (!isExisting(context, index, statement)) continue;
        // CONCURRENTLY drops one index at a time and cannot CASCADE.
        const sql = await rewrittenSql(statement, (copy) => {
          copy.objects = [object];
          copy.concurrent = true;
          copy.behavior = 'DROP_RESTRICT';
        });
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'blocking',
          data: { index, consequence: lockConsequence('ACCESS EXCLUSIVE', 'its table') },
          help: [
            `Drop it without blocking queries, in ${outsideTransaction(migration.convention)}:`,
            `   ${sql}`,
            ...(node.behavior === 'DROP_CASCADE' ? ['CONCURRENTLY cannot CASCADE: drop the constraints that depend on it first.'] : []),
          ].join('\n'),
        });
      }
    }
  },
});
