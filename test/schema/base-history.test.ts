/** The base's migrations reach the rules: read when a verdict or a finding's help needs them, else not at all. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { createRepo } from '../helpers/git-repo.js';

async function helpOf(base: Record<string, string>, sql: string, rule: string): Promise<string[]> {
  const repo = await createRepo({ base: { 'README.md': '# app\n', ...base }, branch: [{ 'db/migrations/20260301000000_x.sql': sql }] });
  try {
    const result = await lint({ cwd: repo.dir, base: 'main', overrides: { rules: { 'one-migration-per-pr': 'off', 'require-rollback': 'off' } } });
    return result.findings.filter((f) => f.ruleId === rule).map((f) => f.help);
  } finally {
    await repo.cleanup();
  }
}

describe('the base history', () => {
  it("gives a rewrite's help the column's current type, from a base migration", async () => {
    const [help] = await helpOf(
      { 'db/migrations/20260101000000_orders.sql': 'CREATE TABLE orders (id integer PRIMARY KEY);', 'db/migrations/20260102000000_other.sql': 'CREATE TABLE other (id int);' },
      'ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
      'ban-rewriting-type-change',
    );
    expect(help).toContain('(orders.id is integer now.)');
    expect(help).not.toContain('assumed');
  });

  it('says a table no migration creates is assumed to exist and hold rows', async () => {
    const [help] = await helpOf({ 'db/migrations/20260101000000_other.sql': 'CREATE TABLE other (id int);' }, 'ALTER TABLE orders ALTER COLUMN id SET NOT NULL;', 'require-check-before-set-not-null');
    expect(help).toContain('("orders" is not created by any migration migration-lint read: assumed to exist and hold rows.)');
  });

  it('takes a column of a base file that stops at a syntax error as unknown: it may have changed after', async () => {
    const [help] = await helpOf(
      { 'db/migrations/20260101000000_orders.sql': 'CREATE TABLE orders (id integer);\nALTER TABLE orders SELEC;' },
      'ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
      'ban-rewriting-type-change',
    );
    expect(help).toContain('(The current type of orders.id is unknown: assumed to need a rewrite.)');
  });
});
