/** ADD PRIMARY KEY or UNIQUE builds its index while holding an ACCESS EXCLUSIVE lock: every query on the table waits for the whole build. */
import { defineRule } from '../src/rule.js';
import { addedConstraints, alterTableSql, bareName, isExisting, lockConsequence, newStatements, outsideTransaction, sqlOf } from '../src/lock-rules.js';
import { list } from '../src/sql/facts.js';

export default defineRule({
  meta: {
    id: 'require-unique-using-index',
    summary: 'Add PRIMARY KEY and UNIQUE constraints to existing tables USING INDEX of an index built concurrently.',
    severity: 'error',
    messages: {
      building: 'ADD {{kind}} on "{{table}}" builds its index while it holds {{consequence}} until the index is built.',
    },
  },
  async check(context) {
    for (const { migration, statement } of newStatements(context)) {
      for (const { table, constraint, column } of addedConstraints(statement)) {
        const kind = constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : constraint.contype === 'CONSTR_UNIQUE' ? 'UNIQUE' : null;
        // USING INDEX adopts an index built beforehand: only the catalog changes.
        if (kind === null || typeof constraint.indexname === 'string') continue;
        // A table created earlier in this change has no rows to index.
        if (!isExisting(context, table, statement)) continue;
        const keys = column ? [{ String: { sval: String(column.colname) } }] : list(constraint.keys);
        const columns = keys.map((k) => String(k.String?.sval ?? ''));
        const name =
          typeof constraint.conname === 'string' ? constraint.conname : `${bareName(table)}_${kind === 'PRIMARY KEY' ? 'pkey' : `${columns.join('_')}_key`}`;
        const index = await sqlOf('IndexStmt', {
            idxname: name,
            relation: statement.node.relation,
            accessMethod: 'btree',
            indexParams: keys.map((k) => ({ IndexElem: { name: k.String?.sval, ordering: 'SORTBY_DEFAULT', nulls_ordering: 'SORTBY_NULLS_DEFAULT' } })),
            ...(list(constraint.including).length ? { indexIncludingParams: list(constraint.including).map((k) => ({ IndexElem: { name: k.String?.sval } })) } : {}),
            unique: true,
            ...(constraint.nulls_not_distinct ? { nulls_not_distinct: true } : {}),
            concurrent: true,
        });
        const adopt = await alterTableSql(statement, {
          subtype: 'AT_AddConstraint',
          def: { Constraint: { contype: constraint.contype, conname: name, indexname: name } },
          behavior: 'DROP_RESTRICT',
        });
        const steps = [
          ...(column ? [`Add the column ${column.colname} without the constraint, then:`] : []),
          `1. Build the index without blocking writes, in ${outsideTransaction(migration.convention)}:`,
          `   ${index}`,
          `2. In the next migration, make it the constraint (a brief lock${kind === 'PRIMARY KEY' ? `; the columns must already be NOT NULL, or this scans the table to set it` : ''}):`,
          `   ${adopt}`,
        ];
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'building',
          data: { kind, table, consequence: lockConsequence('ACCESS EXCLUSIVE', table) },
          help: steps.join('\n'),
        });
      }
    }
  },
});
