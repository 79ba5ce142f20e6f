/** ADD FOREIGN KEY or CHECK on an existing table checks every row while it holds its lock: writes (for CHECK, every query) wait for the whole scan. */
import { defineRule } from '../src/rule.js';
import { addedConstraints, alterTableSql, bareName, isExisting, lockConsequence, newStatements } from '../src/lock-rules.js';
import { list, relationName, stringOf } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'require-not-valid-constraint',
    summary: 'Add foreign keys and CHECK constraints to existing tables NOT VALID, then VALIDATE them in a later migration.',
    severity: 'error',
    messages: {
      foreignKey:
        'ADD FOREIGN KEY on "{{table}}" checks every row while it holds SHARE ROW EXCLUSIVE locks on {{table}} and {{references}}: every INSERT/UPDATE/DELETE on both tables waits until the scan ends.',
      check: 'ADD CHECK on "{{table}}" checks every row while it holds {{consequence}} until the scan ends.',
    },
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      for (const { table, constraint, column } of addedConstraints(statement)) {
        const isForeignKey = constraint.contype === 'CONSTR_FOREIGN';
        if ((!isForeignKey && constraint.contype !== 'CONSTR_CHECK') || constraint.skip_validation === true) continue;
        // A table created earlier in this change has no rows to check.
        if (!isExisting(context, table, statement)) continue;
        const columns = column ? [String(column.colname)] : list(constraint.fk_attrs).map(stringOf);
        const name = typeof constraint.conname === 'string' ? constraint.conname : defaultName(table, columns, isForeignKey ? 'fkey' : 'check');
        const notValid: Record<string, unknown> = { ...constraint, conname: name, skip_validation: true, initially_valid: false };
        if (column) notValid.fk_attrs = [{ String: { sval: String(column.colname) } }];
        const add = await alterTableSql(statement, { subtype: 'AT_AddConstraint', def: { Constraint: notValid }, behavior: 'DROP_RESTRICT' });
        const validate = await alterTableSql(statement, { subtype: 'AT_ValidateConstraint', name, behavior: 'DROP_RESTRICT' });
        const steps = [
          ...(column ? [`Add the column ${column.colname} without the constraint, then:`] : []),
          `1. Add the constraint without checking the rows that exist (a brief lock; new writes are checked from now on):`,
          `   ${add}`,
          `2. In the next migration, check the existing rows without blocking reads or writes (SHARE UPDATE EXCLUSIVE):`,
          `   ${validate}`,
        ];
        const references = isForeignKey ? relationName(constraint.pktable) : '';
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: isForeignKey ? 'foreignKey' : 'check',
          data: { table, references, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
          help: steps.join('\n'),
        });
      }
    }
  },
});

/** Close to PostgreSQL's own default: `<table>_<columns>_fkey`, `<table>_<column>_check`. */
function defaultName(table: string, columns: string[], suffix: string): string {
  return [bareName(table), ...columns, suffix].join('_');
}
