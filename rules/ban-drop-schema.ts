/** DROP SCHEMA … CASCADE drops every table, view and function in the schema under ACCESS EXCLUSIVE locks, with their data. */
import { defineRule } from '../src/rule.js';
import { isExisting, newStatements } from '../src/lock-rules.js';
import { list, objectName } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'ban-drop-schema',
    summary: 'No DROP SCHEMA … CASCADE of an existing schema in migrations.',
    severity: 'error',
    messages: {
      cascade: 'DROP SCHEMA {{name}} CASCADE drops every table, view and function in it, with their rows, under ACCESS EXCLUSIVE locks on each.',
    },
  },
  check(context) {
    for (const { migration, statement } of newStatements(context)) {
      const { node } = statement;
      // Without CASCADE the drop fails unless the schema is already empty: nothing is lost.
      if (statement.type !== 'DropStmt' || node.removeType !== 'OBJECT_SCHEMA' || node.behavior !== 'DROP_CASCADE') continue;
      for (const object of list(node.objects)) {
        const name = objectName(object);
        // A schema this change created holds nothing deployed.
        if (!isExisting(context, name, statement)) continue;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'cascade',
          data: { name },
          help: `Drop the schema's objects one by one, each a contract step the review can see (DROP TABLE ${name}.<table>; …), then DROP SCHEMA ${name}; without CASCADE, which fails if anything was missed.`,
        });
      }
    }
  },
});
