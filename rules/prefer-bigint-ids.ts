/** A 4-byte (or 2-byte) id runs out, and widening it to bigint later rewrites the table and its indexes under an ACCESS EXCLUSIVE lock. */
import { defineRule } from '../src/rule.js';
import { columnTypeChoices } from '../src/lock-rules.js';

/** Integer types smaller than bigint, with the largest value each holds. */
const SMALL_INTEGERS: Record<string, { max: string; wider: string }> = {
  int2: { max: '32,767', wider: 'bigint' },
  int4: { max: '2,147,483,647', wider: 'bigint' },
  smallserial: { max: '32,767', wider: 'bigserial' },
  serial2: { max: '32,767', wider: 'bigserial' },
  serial: { max: '2,147,483,647', wider: 'bigserial' },
  serial4: { max: '2,147,483,647', wider: 'bigserial' },
};

export default defineRule({
  meta: {
    id: 'prefer-bigint-ids',
    summary: 'Use bigint for primary keys and *_id columns.',
    severity: 'off',
    messages: {
      small: '{{column}} is {{type}}: ids stop at {{max}}, and widening the column later rewrites the table under an ACCESS EXCLUSIVE lock.',
    },
  },
  check(context) {
    for (const { migration, statement, table, definition } of columnTypeChoices(context)) {
      const small = SMALL_INTEGERS[definition.typeName];
      const { column, primaryKey } = definition;
      if (!small || !(primaryKey || column === 'id' || column.endsWith('_id'))) continue;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'small',
        data: { column: `${table}.${column}`, type: definition.type, max: small.max },
        help: `Declare it ${small.wider} (${column} ${small.wider}${small.wider === 'bigint' && primaryKey ? ' GENERATED ALWAYS AS IDENTITY' : ''}); a column that references it needs bigint too.`,
      });
    }
  },
});
