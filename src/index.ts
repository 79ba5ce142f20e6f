/** The public API: lint() and the types of its options and result, and defineRule for rules. */
export { lint } from './lint.js';
export type { LintOptions } from './lint.js';
export { defineRule } from './rule.js';
export type { Migration, MigrationDirectory, Rule, RuleContext } from './rule.js';
export { UsageError } from './errors.js';
export type * from './types.js';
