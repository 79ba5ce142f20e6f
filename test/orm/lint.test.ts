/** Knex, node-pg-migrate and Alembic migrations through lint() on real git repositories: the same rules as SQL, no config. */
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { createRepo } from '../helpers/git-repo.js';
import type { Tree } from '../helpers/git-repo.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function lintBranch(base: Tree, branch: Tree) {
  const repo = await createRepo({ base: { 'README.md': '# app\n', ...base }, branch: [branch] });
  cleanups.push(repo.cleanup);
  const result = await lint({ cwd: repo.dir, base: 'main' });
  return { result, findings: result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.messageId}`) };
}

const alembicHead = (revision: string, parent: string | null, body = "    op.create_table('t_" + revision + "')", down = "    op.drop_table('t_" + revision + "')") =>
  [
    'from alembic import op',
    'import sqlalchemy as sa',
    '',
    `revision = '${revision}'`,
    `down_revision = ${parent === null ? 'None' : parent.startsWith('(') ? parent : `'${parent}'`}`,
    'branch_labels = None',
    '',
    'def upgrade():',
    body,
    '',
    'def downgrade():',
    down,
    '',
  ].join('\n');

const versions = 'migrations/versions';
const alembicBase: Tree = {
  [`${versions}/a1_create_users.py`]: alembicHead('a1', null, "    op.create_table('users', sa.Column('email', sa.Text()))", "    op.drop_table('users')"),
  [`${versions}/b2_create_orders.py`]: alembicHead('b2', 'a1'),
};

describe('migrations written as code, through lint()', () => {
  it('an Alembic op.drop_column beside application code is ban-drop-with-app-code, as the SQL form is', async () => {
    const { findings, result } = await lintBranch(alembicBase, {
      [`${versions}/c3_drop_email.py`]: alembicHead('c3', 'b2', "    op.drop_column('users', 'email')", "    op.add_column('users', sa.Column('email', sa.Text()))"),
      'app/models.py': 'class User:\n    pass\n',
    });
    expect(findings).toContain(`ban-drop-with-app-code ${versions}/c3_drop_email.py:9:5 dropWithCode`);
    expect(result.migrations).toEqual([
      { path: `${versions}/c3_drop_email.py`, version: 'c3', direction: 'both', status: 'added', rollback: `${versions}/c3_drop_email.py` },
    ]);
    const finding = result.findings.find((f) => f.ruleId === 'ban-drop-with-app-code')!;
    expect(finding.message).toMatch(/^DROP COLUMN users\.email ships with application code changes \(app\/models\.py\)/);
  });

  it('a Knex migration whose down does nothing is require-rollback empty, at its down function', async () => {
    const { findings } = await lintBranch(
      { 'db/migrations/20240101000000_create_users.js': "exports.up = (knex) => knex.schema.createTable('users', (t) => { t.increments(); });\nexports.down = (knex) => knex.schema.dropTable('users');\n" },
      {
        'db/migrations/20240201000000_add_email.js': [
          'exports.up = (knex) =>',
          "  knex.schema.table('users', (t) => { t.string('email'); });",
          '',
          'exports.down = function (knex) {',
          '  // nothing',
          '};',
        ].join('\n'),
      },
    );
    expect(findings).toEqual(['require-rollback db/migrations/20240201000000_add_email.js:4:1 empty']);
  });

  it('a Knex migration without down, and node-pg-migrate\'s exports.down = false, have no rollback', async () => {
    const { findings } = await lintBranch(
      {},
      {
        'db/migrations/20240201000000_add_email.ts': "export async function up(knex) { await knex.schema.table('users', (t) => t.text('email')); }\n",
        'migrations/1700000000000_drop-legacy.js': "exports.up = (pgm) => { pgm.dropTable('legacy'); };\nexports.down = false;\n",
        'migrations/1700000000001_add-index.js': "exports.up = (pgm) => { pgm.createIndex('users', 'email', { concurrently: true }); pgm.noTransaction(); };\n",
      },
    );
    expect(findings.filter((f) => f.startsWith('require-rollback'))).toEqual([
      'require-rollback db/migrations/20240201000000_add_email.ts:1:1 missing',
      'require-rollback migrations/1700000000000_drop-legacy.js:1:1 missing',
    ]);
  });

  it('a second Alembic head is reported: a new revision following a revision that already has a child', async () => {
    const { findings, result } = await lintBranch(alembicBase, { [`${versions}/c3_add_x.py`]: alembicHead('c3', 'a1') });
    expect(findings).toEqual([`timestamp-order ${versions}/c3_add_x.py:1:1 secondHead`]);
    const finding = result.findings[0]!;
    expect(finding.message).toBe(
      'Revisions c3 and b2 both follow a1: the history gets a second head, and `alembic upgrade head` stops with "Multiple head revisions are present".',
    );
    expect(finding.help).toMatch(/^Set down_revision = 'b2' in c3_add_x\.py \(the head of the base branch\)/);
  });

  it('two new Alembic revisions on the same parent are reported once; a merge revision and a following one are not', async () => {
    const forked = await lintBranch(alembicBase, { [`${versions}/c3_x.py`]: alembicHead('c3', 'b2'), [`${versions}/d4_y.py`]: alembicHead('d4', 'b2') });
    expect(forked.findings.filter((f) => f.startsWith('timestamp-order'))).toEqual([`timestamp-order ${versions}/d4_y.py:1:1 secondHead`]);

    const merged = await lintBranch(
      { ...alembicBase, [`${versions}/c3_x.py`]: alembicHead('c3', 'a1') },
      { [`${versions}/d4_merge.py`]: alembicHead('d4', "('b2', 'c3')", '    pass', '    pass') },
    );
    expect(merged.findings.filter((f) => f.startsWith('timestamp-order'))).toEqual([]);

    // File names do not order Alembic revisions: "0000_…" after "b2" is fine when it follows the head.
    const next = await lintBranch(alembicBase, { [`${versions}/0000_next.py`]: alembicHead('ffff', 'b2') });
    expect(next.findings).toEqual([]);
  });

  it('a parent no revision declares, a second root, and an edited down_revision of a merged revision', async () => {
    const unknown = await lintBranch(alembicBase, { [`${versions}/c3_x.py`]: alembicHead('c3', 'zz') });
    expect(unknown.findings).toEqual([`timestamp-order ${versions}/c3_x.py:1:1 unknownParent`]);

    const root = await lintBranch(alembicBase, { [`${versions}/c3_x.py`]: alembicHead('c3', null) });
    expect(root.findings).toEqual([`timestamp-order ${versions}/c3_x.py:1:1 secondRoot`]);

    const edited = await lintBranch(alembicBase, { [`${versions}/b2_create_orders.py`]: alembicHead('b2', null) });
    expect(edited.findings).toEqual([`immutable-migrations ${versions}/b2_create_orders.py:1:1 modified`]);
  });

  it('a table created and indexed in the same pull request raises no alarm', async () => {
    const { findings } = await lintBranch(
      {},
      {
        'db/migrations/20240201000000_create_orders.js':
          "exports.up = (knex) => knex.schema.createTable('orders', (t) => { t.increments(); t.integer('user_id'); t.string('note'); });\nexports.down = (knex) => knex.schema.dropTable('orders');\n",
        'db/migrations/20240201000001_orders_index.js': [
          "exports.up = (knex) => knex.schema.table('orders', (t) => {",
          "  t.index(['user_id']);",
          "  t.dropColumn('note');",
          "  t.integer('total').notNullable();",
          '});',
          "exports.down = (knex) => knex.schema.table('orders', (t) => { t.dropIndex(['user_id']); });",
        ].join('\n'),
        'src/orders.ts': 'export const orders = [];\n',
      },
    );
    expect(findings.filter((f) => !f.startsWith('one-migration-per-pr') && !f.startsWith('ban-schema-with-app-code'))).toEqual([]);
  });

  it('embedded SQL and the host file get syntax-error findings at their places', async () => {
    const { findings, result } = await lintBranch(alembicBase, {
      [`${versions}/c3_x.py`]: alembicHead('c3', 'b2', "    op.execute('UPDATE users SET email = NULL WHER true')"),
      'db/migrations/20240201000000_x.js': "exports.up = (knex) => {\n  knex.schema.dropTable('t'\n};\nexports.down = () => {};\n",
    });
    expect(findings.filter((f) => f.startsWith('syntax-error'))).toEqual([
      'syntax-error db/migrations/20240201000000_x.js:3:1 source',
      `syntax-error ${versions}/c3_x.py:9:47 syntax`,
    ]);
    expect(result.findings.find((f) => f.messageId === 'source')!.message).toMatch(/^The migration tool cannot load this JavaScript file: /);
  });

  it('JavaScript and Python of other tools in migration folders are not read', async () => {
    const { result } = await lintBranch(
      {},
      {
        'db/migrations/20240201000000-create-user.js': "module.exports = { async up(queryInterface) { await queryInterface.dropTable('users'); } };\n",
        'src/migrations/1700000000000-Init.ts': "export class Init1700000000000 { async up(q) { await q.query('DROP TABLE users'); } }\n",
        'shop/migrations/0001_initial.py': 'from django.db import migrations\n\nclass Migration(migrations.Migration):\n    operations = []\n',
        'migrations/versions/__init__.py': '',
      },
    );
    expect(result.migrations).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('a merged migration refactored without changing its statements is not an edit; a changed statement is', async () => {
    const merged = {
      'db/migrations/20240101000000_users.ts': "export async function up(knex) {\n  await knex.schema.createTable('users', (t) => { t.increments(); });\n}\nexport async function down(knex) {\n  await knex.schema.dropTable('users');\n}\n",
      'migrations/1700000000000_orders.js': "exports.shorthands = undefined;\n\nexports.up = (pgm) => {\n  pgm.createTable('orders', {\n    id: 'id',\n  });\n};\n",
    };
    const refactored = await lintBranch(merged, {
      'db/migrations/20240101000000_users.ts': "import type { Knex } from 'knex';\n\nexport const up = async (knex: Knex) => {\n  await knex.schema.createTable(\"users\", function (t) {\n    t.increments();\n  });\n};\n\nexport const down = async (knex: Knex) => {\n  await knex.schema.dropTable('users');\n};\n",
      // node-pg-migrate records names without their extension: converting the file to TypeScript runs nothing again.
      'migrations/1700000000000_orders.js': null,
      'migrations/1700000000000_orders.ts': "exports.shorthands = undefined;\n\nexports.up = (pgm: any) => {\n  pgm.createTable('orders', {\n    id: 'id',\n  });\n};\n",
    });
    expect(refactored.findings).toEqual([]);

    const changed = await lintBranch(merged, {
      'db/migrations/20240101000000_users.ts': "export async function up(knex) {\n  await knex.schema.createTable('accounts', (t) => { t.increments(); });\n}\nexport async function down(knex) {\n  await knex.schema.dropTable('users');\n}\n",
    });
    expect(changed.findings).toEqual(['immutable-migrations db/migrations/20240101000000_users.ts:1:1 modified']);

    // A column added to the list of a merged createTable is an edit, though the call's facts stay "CREATE TABLE users".
    const column = await lintBranch(merged, {
      'db/migrations/20240101000000_users.ts': "export async function up(knex) {\n  await knex.schema.createTable('users', (t) => { t.increments(); t.text('email'); });\n}\nexport async function down(knex) {\n  await knex.schema.dropTable('users');\n}\n",
    });
    expect(column.findings).toEqual(['immutable-migrations db/migrations/20240101000000_users.ts:1:1 modified']);
  });

  it('an Alembic merge revision that does nothing needs no rollback', async () => {
    const { findings } = await lintBranch(
      { ...alembicBase, [`${versions}/c3_x.py`]: alembicHead('c3', 'a1') },
      { [`${versions}/d4_merge.py`]: alembicHead('d4', "('b2', 'c3')", '    pass', '    pass') },
    );
    expect(findings).toEqual([]);
  });
});
