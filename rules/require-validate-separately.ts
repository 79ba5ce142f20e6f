/** VALIDATE CONSTRAINT in the transaction of its NOT VALID add scans the whole table while the add's lock still blocks it. */
import { addedUpMigrations, defineRule, transactionsIn, upStatements } from '../src/rule.js';
import type { SqlStatement } from '../src/sql/parse.js';

interface NotValidAdd {
  statement: SqlStatement;
  block: number | null;
  foreignKey: boolean;
}

export default defineRule({
  meta: {
    id: 'require-validate-separately',
    summary: 'VALIDATE CONSTRAINT runs in a later migration than the ADD CONSTRAINT … NOT VALID it validates.',
    severity: 'error',
    messages: {
      sameTransaction:
        'VALIDATE CONSTRAINT {{constraint}} runs in the same transaction as its NOT VALID add, whose {{lock}} lock on "{{table}}" is held until commit: {{blocked}} of the table waits for the whole validation scan.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      const transactions = transactionsIn(context, migration);
      const adds = new Map<string, NotValidAdd>();
      for (const statement of upStatements(migration)) {
        if (statement.type !== 'AlterTableStmt') continue;
        const table = relationName(statement.node.relation);
        const block = transactions.get(statement)?.block ?? null;
        for (const item of Array.isArray(statement.node.cmds) ? statement.node.cmds : []) {
          const cmd = item?.AlterTableCmd ?? {};
          const constraint = cmd.def?.Constraint;
          if (cmd.subtype === 'AT_AddConstraint' && constraint?.skip_validation === true && typeof constraint.conname === 'string') {
            adds.set(`${table}\0${constraint.conname}`, { statement, block, foreignKey: constraint.contype === 'CONSTR_FOREIGN' });
            continue;
          }
          if (cmd.subtype !== 'AT_ValidateConstraint' || typeof cmd.name !== 'string') continue;
          const add = adds.get(`${table}\0${cmd.name}`);
          // Outside a transaction (or in another one) the add has committed and released its lock: the validation then
          // takes only SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.
          if (!add || add.block === null || add.block !== block) continue;
          // A table the change creates has no rows to scan and nobody waiting on it.
          if (context.isNewInThisChange(table, statement)) continue;
          context.report({
            file: migration.path,
            range: statement.range,
            messageId: 'sameTransaction',
            data: {
              constraint: cmd.name,
              table,
              lock: add.foreignKey ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE',
              blocked: add.foreignKey ? 'every write' : 'every read and write',
            },
            help: `Keep the NOT VALID add in this migration and validate in the next one, once the add has committed:\n${add.statement.text};\n-- in a later migration:\nALTER TABLE ${table} VALIDATE CONSTRAINT ${cmd.name};`,
          });
        }
      }
    }
  },
});

function relationName(rangeVar: Record<string, any> | undefined): string {
  return [rangeVar?.schemaname, rangeVar?.relname].filter((part) => typeof part === 'string').join('.');
}
