/** A serial or identity column added to an existing table gets a sequence value written into every row under an ACCESS EXCLUSIVE lock: the table is rewritten while every query waits. */
import { defineRule } from '../src/rule.js';
import { addPlainColumnSql, bareName, columnsAddedToExistingTables, defaultThenBackfill, lockConsequence } from '../src/lock-rules.js';

/** The integer type behind each serial pseudo-type. */
const SERIAL_INTEGER: Record<string, string> = { smallserial: 'int2', serial2: 'int2', serial: 'int4', serial4: 'int4', bigserial: 'int8', serial8: 'int8' };

export default defineRule({
  meta: {
    id: 'ban-serial-column',
    summary: 'Add serial and identity columns only to tables created in the same change; on existing tables, fill a plain column in batches.',
    severity: 'error',
    messages: {
      rewrite: 'ADD COLUMN {{column}} {{kind}} writes a sequence value into every row of "{{table}}" under {{consequence}} until the rewrite ends.',
    },
  },
  async check(context) {
    for (const added of columnsAddedToExistingTables(context)) {
      const { fill, column, typeName } = added.definition;
      if (fill !== 'serial' && fill !== 'identity') continue;
      const { table } = added;
      const sequence = `${bareName(table)}_${column}_seq`;
      const nextval = { FuncCall: { funcname: [{ String: { sval: 'nextval' } }], args: [{ A_Const: { sval: { sval: sequence } } }], funcformat: 'COERCE_EXPLICIT_CALL' } };
      const steps = [
        `1. Add a plain column and its sequence (brief locks): CREATE SEQUENCE ${sequence}; ${await addPlainColumnSql(added, SERIAL_INTEGER[typeName] ?? (typeName === 'int2' || typeName === 'int4' ? typeName : 'int8'))}`,
        ...(await defaultThenBackfill(added, nextval)),
        `4. Once every row has a value: ALTER SEQUENCE ${sequence} OWNED BY ${table}.${column}; and make it NOT NULL (a validated CHECK (${column} IS NOT NULL) first, then SET NOT NULL).`,
      ];
      context.report({
        file: added.migration.path,
        range: added.statement.range,
        messageId: 'rewrite',
        data: { column, kind: fill === 'serial' ? typeName : 'GENERATED … AS IDENTITY', table, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
        help: steps.join('\n'),
      });
    }
  },
});
