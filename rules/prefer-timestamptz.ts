/** timestamp without time zone stores no offset: readers in another time zone read the wrong instant, and converting the column later rewrites the table under an ACCESS EXCLUSIVE lock. */
import { defineRule } from '../src/rule.js';
import { columnTypeChoices } from '../src/lock-rules.js';

export default defineRule({
  meta: {
    id: 'prefer-timestamptz',
    summary: 'Use timestamptz (timestamp with time zone) instead of timestamp.',
    severity: 'off',
    messages: {
      timestamp:
        '{{column}} is timestamp without time zone: it stores no offset, so sessions in other time zones read the wrong instant, and converting it later rewrites the table under an ACCESS EXCLUSIVE lock.',
    },
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      if (definition.typeName !== 'timestamp') continue;
      const { column } = definition;
      const precision = /\((\d+)\)/.exec(definition.type)?.[0] ?? '';
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'timestamp',
        data: { column: `${table}.${column}` },
        help: `Declare it timestamptz${precision}: ${column} timestamptz${precision}. It stores the instant (as UTC) and shows it in each session's time zone.`,
      });
    }
  },
});
