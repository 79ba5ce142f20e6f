/** A down that does not undo its up leaves a rollback that breaks the next deploy, or a schema nobody planned. */
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'rollback-roundtrip',
    summary: 'With --verify-rollback: in a real PostgreSQL, the down gives back the schema from before the up, and the up runs again after it.',
    severity: 'error',
    verifiesRollback: true,
    messages: {
      leaves: 'Down leaves {{object}}: after a rollback the schema is not what it was before the up.',
      notRestored: 'Down does not restore {{object}}: after a rollback the schema is not what it was before the up.',
      changed: 'Down leaves {{object}} changed ({{after}}; before the up: {{before}}): after a rollback the schema is not what it was.',
      redeployMissing: 'The up run again after its down does not create {{object}}: a redeploy after a rollback gives another schema.',
      redeployExtra: 'The up run again after its down leaves {{object}}, which its first run did not: a redeploy gives another schema.',
      redeployChanged: 'The up run again after its down gives {{object}} as {{after}}, its first run as {{before}}: a redeploy gives another schema.',
      redeployFails: 'The up fails when run again after its down: ERROR: {{error}}; the migration cannot be deployed again after a rollback.',
      skipped: 'Rollback verification skipped: {{reason}}.',
    },
  },
  check(context) {
    const verification = context.verification;
    if (!verification) return;
    for (const skip of verification.skipped) {
      context.report({
        file: skip.file ?? skip.directory,
        messageId: 'skipped',
        data: { reason: skip.reason },
        severity: 'warning',
        help: 'Nothing was judged here: run --verify-rollback with --database-url against a server that has what the base history needs (its extensions), or turn verifyRollback off for this repository.',
      });
    }
    for (const failure of verification.failures) {
      if (!(failure.direction === 'up' && failure.rerun)) continue;
      context.report({
        file: failure.file,
        range: failure.range,
        messageId: 'redeployFails',
        data: { error: failure.error },
        help: 'Make the down undo everything the up creates (or make the up tolerate what the down keeps: CREATE … IF NOT EXISTS), so that deploy, rollback, deploy works.',
      });
    }
    for (const { file, range, phase, difference } of verification.mismatches) {
      const object = difference.label;
      const data = { object, before: difference.before ?? '', after: difference.after ?? '' };
      if (phase === 'down') {
        const messageId = difference.kind === 'extra' ? 'leaves' : difference.kind === 'missing' ? 'notRestored' : 'changed';
        const help =
          difference.kind === 'extra'
            ? `Drop it in the down: ${dropStatement(object)}`
            : difference.kind === 'missing'
              ? `Create it again in the down, as it was before the up${difference.before ? ` (${difference.before})` : ''}.`
              : `Restore it in the down as it was before the up: ${difference.before}.`;
        context.report({ file, range, messageId, data, help });
      } else {
        const messageId = difference.kind === 'extra' ? 'redeployExtra' : difference.kind === 'missing' ? 'redeployMissing' : 'redeployChanged';
        context.report({
          file,
          range,
          messageId,
          data,
          help: 'Make the down undo exactly what the up does, so that the up finds the same schema each time it runs.',
        });
      }
    }
  },
});

/** The SQL that drops an object a down left behind, from its label. */
function dropStatement(label: string): string {
  const column = /^column (.+)\.([^.]+)$/.exec(label);
  if (column) return `ALTER TABLE ${column[1]} DROP COLUMN ${column[2]};`;
  const constraint = /^constraint (\S+) on (.+)$/.exec(label);
  if (constraint) return `ALTER TABLE ${constraint[2]} DROP CONSTRAINT ${constraint[1]};`;
  const trigger = /^trigger (\S+) on (.+)$/.exec(label);
  if (trigger) return `DROP TRIGGER ${trigger[1]} ON ${trigger[2]};`;
  const value = /^enum (.+) value '(.*)'$/.exec(label);
  if (value) return `PostgreSQL cannot drop an enum value: in the down, create the type again without '${value[2]}' (ALTER TYPE ${value[1]} RENAME TO ${value[1]}_old; CREATE TYPE ${value[1]} AS ENUM (…); ALTER TABLE … ALTER COLUMN … TYPE ${value[1]} USING …::text::${value[1]}; DROP TYPE ${value[1]}_old;).`;
  const object = /^(table|view|materialized view|foreign table|index|sequence|enum|domain|type|range type|function|procedure|aggregate|schema|extension) (.+)$/.exec(label);
  if (object) {
    const kind = object[1] === 'enum' || object[1] === 'range type' ? 'TYPE' : object[1]!.toUpperCase();
    return `DROP ${kind} ${object[2]};`;
  }
  return `drop ${label}.`;
}
