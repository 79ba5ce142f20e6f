/** A statement that needs an ACCESS EXCLUSIVE lock waits behind every running query on the table, and while it waits every new query queues behind it: without lock_timeout, one slow query stalls the whole table. */
import { addedUpMigrations, defineRule, upStatements } from '../src/rule.js';
import { existingLocks } from '../src/lock-rules.js';
import { list, stringOf } from '../src/sql/facts.js';
import type { SqlStatement } from '../src/sql/parse.js';

export default defineRule({
  meta: {
    id: 'require-lock-timeout',
    summary: 'Set lock_timeout before a statement that takes an ACCESS EXCLUSIVE lock on an existing table.',
    severity: 'warning',
    messages: {
      missing:
        '{{by}} needs an ACCESS EXCLUSIVE lock on {{target}} and no lock_timeout is set: while it waits for a running query to finish, every new query on it, reads included, queues behind it.',
    },
  },
  check(context) {
    for (const migration of addedUpMigrations(context)) {
      // `session`: SET for the connection; `local`: SET LOCAL, which ends with the transaction.
      let session = false;
      let local = false;
      for (const statement of upStatements(migration)) {
        const setting = lockTimeoutSetting(statement);
        if (setting) {
          if (setting.local) local = setting.on;
          else session = local = setting.on;
          continue;
        }
        if (statement.type === 'TransactionStmt' && /COMMIT|ROLLBACK|PREPARE/.test(String(statement.node.kind))) local = session;
        if (local) continue;
        const lock = existingLocks(context, statement, (l) => l.mode === 'ACCESS EXCLUSIVE')[0];
        if (!lock) continue;
        const table = lock.on === 'index' ? `the table of index ${lock.relation}` : lock.relation;
        context.report({
          file: migration.path,
          range: statement.range,
          messageId: 'missing',
          data: { by: lock.by, target: lock.on === 'index' ? `the table of index "${lock.relation}"` : `"${lock.relation}"` },
          help: `Start the migration with SET lock_timeout = '5s'; (SET LOCAL inside its transaction) so the lock request gives up instead of stalling ${table}, and deploy again if it does. One setting at the top covers every statement of the file.`,
        });
        // One finding per file: one SET fixes them all.
        break;
      }
    }
  },
});

/** What a statement does to lock_timeout: SET, SET LOCAL, RESET, or set_config('lock_timeout', …); null when it does not touch it. */
function lockTimeoutSetting(statement: SqlStatement): { on: boolean; local: boolean } | null {
  const { type, node } = statement;
  if (type === 'VariableSetStmt') {
    if (node.kind === 'VAR_RESET_ALL') return { on: false, local: false };
    if (node.name !== 'lock_timeout') return null;
    const local = node.is_local === true;
    if (node.kind !== 'VAR_SET_VALUE') return { on: false, local };
    return { on: !isZero(list(node.args)[0]?.A_Const), local };
  }
  if (type === 'SelectStmt') {
    for (const target of list(node.targetList)) {
      const call = target.ResTarget?.val?.FuncCall;
      if (!call || list(call.funcname).map(stringOf).at(-1) !== 'set_config') continue;
      const [name, value, isLocal] = list(call.args).map((a) => a.A_Const);
      if (name?.sval?.sval !== 'lock_timeout') continue;
      return { on: !isZero(value), local: isLocal?.boolval?.boolval === true };
    }
  }
  return null;
}

/** `0`, `'0'`, `'0ms'`: a lock_timeout of zero waits forever. */
function isZero(constant: Record<string, any> | undefined): boolean {
  if (!constant) return true;
  if ('ival' in constant) return !constant.ival?.ival;
  if ('fval' in constant) return Number(constant.fval?.fval) === 0;
  const text = String(constant.sval?.sval ?? '').trim();
  return /^0*(?:\.0*)?\s*(?:us|ms|s|min|h|d)?$/i.test(text);
}
