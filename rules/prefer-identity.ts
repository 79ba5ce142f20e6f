/** A serial column's sequence is a separate object with its own permissions, which copies and dumps of the table do not carry along. */
import { defineRule } from '../src/rule.js';
import { columnTypeChoices } from '../src/lock-rules.js';

const IDENTITY_TYPE: Record<string, string> = { smallserial: 'smallint', serial2: 'smallint', serial: 'integer', serial4: 'integer', bigserial: 'bigint', serial8: 'bigint' };

export default defineRule({
  meta: {
    id: 'prefer-identity',
    summary: 'Use GENERATED … AS IDENTITY columns instead of serial types.',
    severity: 'off',
    messages: {
      serial:
        '{{column}} is {{type}}: its sequence is a separate object that needs its own grants, and CREATE TABLE … LIKE copies the column with a default pointing at the old table\'s sequence.',
    },
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      const type = IDENTITY_TYPE[definition.typeName];
      if (type === undefined || definition.fill !== 'serial') continue;
      const { column } = definition;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'serial',
        data: { column: `${table}.${column}`, type: definition.typeName },
        help: `Declare ${column} ${type} GENERATED ALWAYS AS IDENTITY (BY DEFAULT if code inserts its own ids); the sequence then belongs to the column and follows it.`,
      });
    }
  },
});
