/** Adding the new and dropping the old in one deploy leaves no moment when both old and new code work. */
import { addedUpMigrations, breakingStatements, defineRule, describeAction, safeSequence, tableOf, upActions } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'ban-expand-and-contract',
    summary: 'One pull request either expands the schema or contracts it, never both.',
    severity: 'error',
    messages: {
      mixed:
        '{{contract}} is in the same pull request as {{expand}}: old code breaks on the drop before new code can use the addition.',
    },
  },
  check(context) {
    const migrations = addedUpMigrations(context);
    const expandsOf = (list: typeof migrations) =>
      list.flatMap((migration) => [...upActions(migration)].map(({ action }) => action).filter((action) => action.phase === 'expand'));
    // A pull request is judged as a whole; plain files (no change to judge) one by one.
    const changeExpands = context.isChange ? expandsOf(migrations) : [];
    for (const { migration, statement, action } of breakingStatements(context)) {
      const expands = context.isChange ? changeExpands : expandsOf([migration]);
      // Name the addition on the same table when there is one: that is the pair the reader must split.
      const table = tableOf(action);
      const expand = expands.find((candidate) => table !== null && tableOf(candidate) === table) ?? expands[0];
      if (!expand) continue;
      context.report({
        file: migration.path,
        range: statement.range,
        messageId: 'mixed',
        data: { contract: describeAction(action), expand: describeAction(expand) },
        help: `Ship the expand now and this contract step in a later pull request, once the code that uses the new schema is deployed. ${safeSequence(action)}`,
      });
    }
  },
});
