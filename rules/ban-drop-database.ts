/** DROP DATABASE destroys every table in it at once, and fails while any session (the application's) is connected. */
import { defineRule } from '../src/rule.js';
import { isExisting, newStatements } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'ban-drop-database',
    summary: 'No DROP DATABASE in migrations.',
    severity: 'error',
    messages: {
      drop: 'DROP DATABASE {{name}} destroys every table and row in it, and fails while the application is still connected.',
    },
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      if (statement.type !== 'DropdbStmt') continue;
      const name = String(statement.node.dbname ?? '');
      // A database this change created holds nothing deployed.
      if (!isExisting(context, name, statement)) continue;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'drop',
        data: { name },
        help: `Drop databases by hand, after a backup and once nothing connects to ${name}, not from a migration that every environment runs.`,
      });
    }
  },
});
