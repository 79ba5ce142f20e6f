import { describe as group, expect, it } from 'vitest';
import { describe, read } from './read.js';

const path = 'migrations/versions/b2_change.py';

group('Alembic reader', () => {
  it('reads the revision, down_revision and the op calls of upgrade() and downgrade()', async () => {
    const source = await read(
      'alembic',
      path,
      [
        '"""change"""',
        'from alembic import op',
        'import sqlalchemy as sa',
        '',
        "revision: str = 'b2'",
        "down_revision: Union[str, None] = 'a1'",
        'branch_labels = None',
        '',
        'def upgrade() -> None:',
        "    op.add_column('users', sa.Column('email', sa.String(), nullable=False, server_default=''), schema='app')",
        "    op.drop_column('users', 'name')",
        "    op.alter_column('users', 'age', type_=sa.BigInteger(), nullable=False)",
        "    op.alter_column('users', 'nick', new_column_name='nickname')",
        "    op.create_index(op.f('ix_users_email'), 'users', ['email'], unique=True, postgresql_concurrently=True)",
        "    op.drop_index('ix_old', table_name='users')",
        "    op.create_foreign_key('fk_org', 'users', 'orgs', ['org_id'], ['id'])",
        "    op.drop_constraint('uq_x', 'users', type_='unique')",
        "    op.rename_table('a', 'b')",
        "    op.drop_table('legacy')",
        '',
        'def downgrade() -> None:',
        "    op.create_table('legacy', sa.Column('id', sa.Integer(), primary_key=True))",
      ].join('\n'),
    );
    expect(source.revision).toEqual({ id: 'b2', parents: ['a1'], labeled: false });
    expect(describe(source.up)).toEqual([
      '10:5 ADD COLUMN app.users.email',
      '11:5 DROP COLUMN users.name',
      '12:5 ALTER COLUMN users.age TYPE bigint; SET NOT NULL on users.age',
      '13:5 RENAME COLUMN users.nick TO nickname',
      '14:5 CREATE INDEX ix_users_email ON users',
      '15:5 DROP INDEX ix_old',
      '16:5 ADD CONSTRAINT fk_org ON users',
      '17:5 DROP CONSTRAINT uq_x ON users',
      '18:5 RENAME TABLE a TO b',
      '19:5 DROP TABLE legacy',
    ]);
    expect(source.up.statements[0]!.actions[0]).toMatchObject({ notNull: true, hasDefault: true });
    expect(source.up.statements[4]!.actions[0]).toMatchObject({ concurrently: true, unique: true });
    expect(source.up.statements[6]!.actions[0]).toMatchObject({ constraintType: 'FOREIGN KEY', references: 'orgs' });
    expect(describe(source.down)).toEqual(['22:5 CREATE TABLE legacy']);
    expect(source.hasRollback).toBe(true);
  });

  it('reads batch_alter_table blocks, merge revisions and op.execute SQL with positions in the file', async () => {
    const source = await read(
      'alembic',
      path,
      [
        "revision = 'm1'",
        "down_revision = ('a1', 'b1')",
        'def upgrade():',
        "    with op.batch_alter_table('users', schema=None) as batch_op:",
        "        batch_op.drop_column('email')",
        "        batch_op.alter_column('name', new_column_name='full_name')",
        '    op.execute("""',
        '        UPDATE users SET \\"name\\" = \'x\';',
        '        DROP TABLE t;',
        '    """)',
        "    op.execute(sa.text('DELETE FROM logs'))",
        "    op.get_bind().execute(sa.text(f'DELETE FROM {table}'))",
        'def downgrade():',
        '    """Nothing to undo."""',
        '    pass',
      ].join('\n'),
    );
    expect(source.revision).toEqual({ id: 'm1', parents: ['a1', 'b1'], labeled: false });
    expect(describe(source.up)).toEqual([
      '5:9 DROP COLUMN users.email',
      '6:9 RENAME COLUMN users.name TO full_name',
      '8:9 UPDATE users',
      '9:9 DROP TABLE t',
      '11:25 DELETE logs',
      '12:5 execute',
    ]);
    expect(source.up.statements[2]!.text).toBe('UPDATE users SET "name" = \'x\'');
    // A downgrade of only a docstring and `pass` runs nothing: an empty rollback, not a missing one.
    expect(source.hasRollback).toBe(true);
    expect(source.down?.statements).toEqual([]);
  });

  it('a downgrade that raises is no rollback; a syntax error is reported at the parser\'s place', async () => {
    const raising = await read('alembic', path, "revision = 'x'\ndown_revision = None\ndef upgrade():\n    op.drop_table('t')\ndef downgrade():\n    raise NotImplementedError()\n");
    expect(raising.hasRollback).toBe(false);
    expect(raising.revision).toEqual({ id: 'x', parents: [], labeled: false });

    const broken = await read('alembic', path, "revision = 'x'\ndef upgrade(:\n    op.drop_table('t')\n");
    expect(broken.up.error).toMatchObject({ language: 'Python', range: { start: { line: 2, column: 13 } } });

    const sql = await read('alembic', path, "revision = 'x'\ndef upgrade():\n    op.execute('ALTER TABLE t DROPP c')\n");
    expect(sql.up.error).toMatchObject({ message: 'syntax error at or near "DROPP"', range: { start: { line: 3, column: 31 } } });
  });

  it('follows helper functions of the file called from upgrade()', async () => {
    const source = await read('alembic', path, "revision = 'x'\ndef _drop():\n    op.drop_column('t', 'c')\ndef upgrade():\n    _drop()\n");
    expect(describe(source.up)).toEqual(['3:5 DROP COLUMN t.c']);
    expect(source.hasRollback).toBe(false);
  });

  it("masks SQLAlchemy's named bind parameters, not casts", async () => {
    const source = await read('alembic', path, "revision = 'x'\ndef upgrade():\n    conn.execute('UPDATE w SET o = :o::jsonb WHERE id = :id', {'o': 1, 'id': 2})\n");
    expect(source.up.error).toBeNull();
    expect(describe(source.up)).toEqual(['3:19 UPDATE w']);
  });
});
