/** A varchar(n) limit can only be changed with ALTER COLUMN … TYPE under an ACCESS EXCLUSIVE lock (a full scan when it shrinks), where text with a CHECK can be changed NOT VALID. */
import { defineRule } from '../src/rule.js';
import { columnTypeChoices } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'prefer-text-over-varchar',
    summary: 'Use text, with a CHECK constraint where a length limit matters, instead of varchar(n).',
    severity: 'off',
    messages: {
      varchar:
        '{{column}} is {{type}}: changing its limit later takes ALTER COLUMN … TYPE under an ACCESS EXCLUSIVE lock, where text with a CHECK constraint changes without blocking.',
    },
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      if (definition.typeName !== 'varchar' || !definition.hasTypmods) continue;
      const { column, type } = definition;
      const limit = /\((\d+)\)/.exec(type)?.[1] ?? 'n';
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'varchar',
        data: { column: `${table}.${column}`, type },
        help: `Declare ${column} text, and if the limit matters add it as a constraint: CHECK (char_length(${column}) <= ${limit}); a new limit is then ADD CONSTRAINT … NOT VALID and VALIDATE, without blocking.`,
      });
    }
  },
});
