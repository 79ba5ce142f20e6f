/** The tables, columns, indexes and constraints that replaying migrations' statements leaves behind, without running them. */
import type { Action, ConstraintType, SqlStatement } from '../sql/parse.js';
import { CONSTRAINT_TYPES, formatType, list } from '../sql/facts.js';
import { VersionedMap } from './versioned-map.js';

/** One column as the migrations read so far define it. */
export interface ColumnInfo {
  name: string;
  /** As the user would write it (`bigint`, `varchar(20)`, `numeric(10,2)`); serial types read as their integer type. */
  type: string;
  notNull: boolean;
  /** A DEFAULT other than NULL, or a value PostgreSQL fills in (identity, serial, generated). */
  hasDefault: boolean;
}

export interface ConstraintInfo {
  /** As written, or as PostgreSQL would name it (`users_pkey`, `users_email_check`). */
  name: string;
  type: ConstraintType;
  /** Existing rows were checked: added without NOT VALID, or validated since. */
  validated: boolean;
  /** For `CHECK (col IS NOT NULL)`: the column it guards. */
  notNullColumn?: string;
}

export interface IndexInfo {
  name: string;
  table: string;
  unique: boolean;
  columns: string[];
}

export interface TableInfo {
  name: string;
  columns: ReadonlyMap<string, ColumnInfo>;
  constraints: readonly ConstraintInfo[];
  /**
   * False when the migrations read do not tell the whole definition (CREATE TABLE AS, LIKE, INHERITS, a rename from a
   * table they never create, a history that stops at a syntax error): a column missing from `columns` may still exist.
   */
  complete: boolean;
  temporary: boolean;
}

type MutableTable = { -readonly [K in keyof TableInfo]: TableInfo[K] } & { columns: Map<string, ColumnInfo>; constraints: ConstraintInfo[] };

// Parser output is untyped JSON, read defensively as in sql/facts.ts.
type AstNode = Record<string, any>;

/** `public.users` and `users` name the same table on the default search path. */
export function tableKey(name: string): string {
  return name.startsWith('public.') ? name.slice('public.'.length) : name;
}

/**
 * A schema state that keeps its past: `step` stamps what replaying a statement changes, and `tableAt`/`indexAt` read
 * the state as it was before a step. Each change replaces the table object, so earlier steps keep seeing the old one.
 */
export class SchemaState {
  readonly tables = new VersionedMap<TableInfo>();
  readonly indexes = new VersionedMap<IndexInfo>();

  /** The step the next changes belong to; earlier steps' states stay readable. */
  set step(step: number) {
    this.tables.step = step;
    this.indexes.step = step;
  }

  tableAt(key: string, step: number): TableInfo | undefined {
    return this.tables.at(key, step);
  }

  indexAt(key: string, step: number): IndexInfo | undefined {
    return this.indexes.at(key, step);
  }

  /** Marks a table as only partly known (a migration mentioning it could not be read). */
  markIncomplete(name: string): void {
    const table = this.tables.get(tableKey(name));
    if (table) this.tables.set(table.name, { ...table, complete: false });
  }

  /** Replays one statement. Statements about objects the state does not hold change nothing (or add what they tell). */
  apply(statement: SqlStatement): void {
    const node = statement.node;
    switch (statement.type) {
      case 'CreateStmt':
        this.createTable(node);
        return;
      case 'CreateTableAsStmt':
        if (node.objtype !== 'OBJECT_MATVIEW') this.putOpaqueTable(relationName(node.into?.rel), node.into?.rel?.relpersistence === 't');
        return;
      case 'SelectStmt':
        if (node.intoClause) this.putOpaqueTable(relationName(node.intoClause.rel), node.intoClause.rel?.relpersistence === 't');
        return;
      case 'AlterTableStmt':
        if (node.objtype === undefined || node.objtype === 'OBJECT_TABLE' || node.objtype === 'OBJECT_FOREIGN_TABLE') this.alterTable(node);
        return;
      case 'IndexStmt':
        this.createIndex(node);
        return;
      case 'DropStmt':
        this.drop(node);
        return;
      case 'RenameStmt':
        this.rename(node);
        return;
      case 'AlterObjectSchemaStmt':
        if (node.objectType === 'OBJECT_TABLE' && node.relation) {
          const from = relationName(node.relation);
          this.renameTable(from, `${node.newschema}.${from.split('.').at(-1)}`);
        }
        return;
    }
    // A builder call of a migration written as code (`knex.dropColumn`, `alembic.add_column`) has no SQL node: its facts tell.
    if (statement.type.includes('.')) for (const action of statement.actions) this.applyAction(action);
  }

  private applyAction(action: Action): void {
    switch (action.kind) {
      case 'create-table':
        // The builder's column list is not read: columns the state lacks may exist.
        this.putOpaqueTable(action.table, action.temporary === true);
        return;
      case 'drop-table':
        this.drop({ removeType: 'OBJECT_TABLE', objects: [{ String: { sval: action.table } }] });
        return;
      case 'rename-table':
        this.renameTable(action.table, action.newName);
        return;
      case 'drop-index':
        this.indexes.delete(tableKey(action.index));
        return;
      case 'create-index': {
        const table = tableKey(action.table);
        const name = tableKey(action.index ?? `${table.split('.').at(-1)}_idx`);
        this.indexes.set(name, { name, table, unique: action.unique, columns: [] });
        return;
      }
    }
    if (!('table' in action) || action.table === null) return;
    const table = this.edit(action.table);
    if (!table) return;
    const column = 'column' in action ? table.columns.get(action.column) : undefined;
    switch (action.kind) {
      case 'add-column':
        table.columns.set(action.column, { name: action.column, type: '', notNull: action.notNull, hasDefault: action.hasDefault });
        return;
      case 'drop-column':
        table.columns.delete(action.column);
        table.constraints = table.constraints.filter((c) => c.notNullColumn !== action.column);
        return;
      case 'rename-column':
        if (column) table.columns = new Map([...table.columns].map(([key, value]) => (key === column.name ? [action.newName, { ...value, name: action.newName }] : [key, value])));
        return;
      case 'alter-column-type':
        if (column) table.columns.set(column.name, { ...column, type: action.type });
        return;
      case 'set-not-null':
        if (column) table.columns.set(column.name, { ...column, notNull: true });
        return;
      case 'add-constraint':
        if (action.constraint) table.constraints.push({ name: action.constraint, type: action.constraintType, validated: !action.notValid });
        return;
      case 'drop-constraint':
        table.constraints = table.constraints.filter((c) => c.name !== action.constraint);
        return;
    }
  }

  private createTable(node: AstNode): void {
    const name = tableKey(relationName(node.relation));
    if (!name) return;
    const table: MutableTable = {
      name,
      columns: new Map(),
      constraints: [],
      complete: list(node.inhRelations).length === 0 && !list(node.tableElts).some((e) => e.TableLikeClause) && !node.partbound,
      temporary: node.relation?.relpersistence === 't',
    };
    for (const element of list(node.tableElts)) {
      if (element.ColumnDef) addColumn(table, element.ColumnDef, this.indexes);
      else if (element.Constraint) addConstraint(table, element.Constraint, this.indexes);
    }
    this.tables.set(name, table);
  }

  private putOpaqueTable(rawName: string, temporary: boolean): void {
    const name = tableKey(rawName);
    if (name) this.tables.set(name, { name, columns: new Map(), constraints: [], complete: false, temporary });
  }

  /** A copy of the table to change, put in place of the original (other snapshots keep the original). */
  private edit(rawName: string): MutableTable | null {
    const table = this.tables.get(tableKey(rawName));
    if (!table) return null;
    const copy: MutableTable = { ...table, columns: new Map(table.columns), constraints: [...table.constraints] };
    this.tables.set(copy.name, copy);
    return copy;
  }

  private alterTable(node: AstNode): void {
    const table = this.edit(relationName(node.relation));
    if (!table) return;
    for (const item of list(node.cmds)) {
      const cmd: AstNode = item.AlterTableCmd ?? {};
      const name = typeof cmd.name === 'string' ? cmd.name : '';
      const column = table.columns.get(name);
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          addColumn(table, cmd.def?.ColumnDef ?? {}, this.indexes);
          break;
        case 'AT_DropColumn':
          table.columns.delete(name);
          table.constraints = table.constraints.filter((c) => c.notNullColumn !== name);
          break;
        case 'AT_AlterColumnType':
          if (column) table.columns.set(name, { ...column, type: columnType(cmd.def?.ColumnDef?.typeName) });
          break;
        case 'AT_SetNotNull':
          if (column) table.columns.set(name, { ...column, notNull: true });
          break;
        case 'AT_DropNotNull':
          if (column) table.columns.set(name, { ...column, notNull: false });
          break;
        case 'AT_ColumnDefault':
          if (column) table.columns.set(name, { ...column, hasDefault: Boolean(cmd.def) && cmd.def?.A_Const?.isnull !== true });
          break;
        case 'AT_AddConstraint':
          addConstraint(table, cmd.def?.Constraint ?? {}, this.indexes);
          break;
        case 'AT_DropConstraint':
          table.constraints = table.constraints.filter((c) => c.name !== name);
          break;
        case 'AT_ValidateConstraint':
          table.constraints = table.constraints.map((c) => (c.name === name ? { ...c, validated: true } : c));
          break;
      }
    }
  }

  private createIndex(node: AstNode): void {
    const table = tableKey(relationName(node.relation));
    const columns = list(node.indexParams).map((p) => (typeof p.IndexElem?.name === 'string' ? p.IndexElem.name : 'expr'));
    const name = typeof node.idxname === 'string' ? node.idxname : `${table.split('.').at(-1)}_${columns.join('_')}_idx`;
    const schema = table.includes('.') ? `${table.split('.')[0]}.` : '';
    this.indexes.set(tableKey(schema + name), { name: tableKey(schema + name), table, unique: node.unique === true, columns });
  }

  private drop(node: AstNode): void {
    for (const object of list(node.objects)) {
      const name = tableKey(objectName(object));
      if (node.removeType === 'OBJECT_TABLE') {
        this.tables.delete(name);
        for (const [key, index] of this.indexes) if (index.table === name) this.indexes.delete(key);
      } else if (node.removeType === 'OBJECT_INDEX') {
        this.indexes.delete(name);
      }
    }
  }

  private rename(node: AstNode): void {
    const relation = node.relation ? tableKey(relationName(node.relation)) : '';
    const newName = String(node.newname ?? '');
    switch (node.renameType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_FOREIGN_TABLE': {
        const schema = relation.includes('.') ? `${relation.split('.')[0]}.` : '';
        this.renameTable(relation, schema + newName);
        return;
      }
      case 'OBJECT_COLUMN': {
        const table = this.edit(relation);
        const column = table?.columns.get(String(node.subname ?? ''));
        if (!table || !column) return;
        table.columns = new Map([...table.columns].map(([key, value]) => (key === column.name ? [newName, { ...value, name: newName }] : [key, value])));
        table.constraints = table.constraints.map((c) => (c.notNullColumn === column.name ? { ...c, notNullColumn: newName } : c));
        return;
      }
      case 'OBJECT_TABCONSTRAINT': {
        const table = this.edit(relation);
        if (table) table.constraints = table.constraints.map((c) => (c.name === node.subname ? { ...c, name: newName } : c));
        return;
      }
      case 'OBJECT_INDEX': {
        const index = this.indexes.get(relation);
        if (!index) return;
        const schema = relation.includes('.') ? `${relation.split('.')[0]}.` : '';
        this.indexes.delete(relation);
        this.indexes.set(tableKey(schema + newName), { ...index, name: tableKey(schema + newName) });
        return;
      }
    }
  }

  private renameTable(rawFrom: string, rawTo: string): void {
    const from = tableKey(rawFrom);
    const to = tableKey(rawTo);
    const table = this.tables.get(from);
    this.tables.delete(from);
    // Renamed from a table no migration read creates: it exists, but nothing is known of its columns.
    this.tables.set(to, table ? { ...table, name: to } : { name: to, columns: new Map(), constraints: [], complete: false, temporary: false });
    for (const [key, index] of this.indexes) if (index.table === from) this.indexes.set(key, { ...index, table: to });
  }
}

const SERIAL_TYPES = new Map([
  ['smallserial', 'smallint'],
  ['serial2', 'smallint'],
  ['serial', 'integer'],
  ['serial4', 'integer'],
  ['bigserial', 'bigint'],
  ['serial8', 'bigint'],
]);

function columnType(typeName: unknown): string {
  const type = formatType(typeName);
  return SERIAL_TYPES.get(type) ?? type;
}

function addColumn(table: MutableTable, def: AstNode, indexes: VersionedMap<IndexInfo>): void {
  const name = typeof def.colname === 'string' ? def.colname : '';
  if (!name) return;
  const written = formatType(def.typeName);
  const serial = SERIAL_TYPES.has(written);
  const column: ColumnInfo = { name, type: columnType(def.typeName), notNull: def.is_not_null === true || serial, hasDefault: serial };
  for (const item of list(def.constraints)) {
    const constraint: AstNode = item.Constraint ?? {};
    switch (constraint.contype) {
      case 'CONSTR_NOTNULL':
      case 'CONSTR_PRIMARY':
        column.notNull = true;
        break;
      case 'CONSTR_DEFAULT':
        if (constraint.raw_expr?.A_Const?.isnull !== true) column.hasDefault = true;
        break;
      case 'CONSTR_IDENTITY':
        column.notNull = column.hasDefault = true;
        break;
      case 'CONSTR_GENERATED':
        column.hasDefault = true;
        break;
    }
    if (CONSTRAINT_TYPES[constraint.contype] && constraint.contype !== 'CONSTR_NOTNULL') {
      addConstraint(table, { ...constraint, keys: constraint.keys ?? [{ String: { sval: name } }] }, indexes);
    }
  }
  table.columns.set(name, column);
}


const NAME_SUFFIXES: Record<string, string> = {
  CONSTR_CHECK: 'check',
  CONSTR_FOREIGN: 'fkey',
  CONSTR_UNIQUE: 'key',
  CONSTR_EXCLUSION: 'excl',
  CONSTR_NOTNULL: 'not_null',
};

function addConstraint(table: MutableTable, constraint: AstNode, indexes: VersionedMap<IndexInfo>): void {
  const type = CONSTRAINT_TYPES[constraint.contype];
  if (type === undefined) return;
  const keys = list(constraint.keys ?? constraint.fk_attrs).map(stringOf);
  const notNullColumn = type === 'CHECK' ? notNullCheckColumn(constraint.raw_expr) : undefined;
  const shortTable = table.name.split('.').at(-1);
  const firstColumn = keys[0] ?? (type === 'CHECK' ? firstColumnRef(constraint.raw_expr) : undefined);
  const name =
    typeof constraint.conname === 'string'
      ? constraint.conname
      : constraint.contype === 'CONSTR_PRIMARY'
        ? `${shortTable}_pkey`
        : `${shortTable}${firstColumn ? `_${firstColumn}` : ''}_${NAME_SUFFIXES[constraint.contype]}`;
  const info: ConstraintInfo = { name, type, validated: constraint.skip_validation !== true };
  if (notNullColumn !== undefined) info.notNullColumn = notNullColumn;
  table.constraints.push(info);
  if (type === 'PRIMARY KEY') {
    for (const key of keys) {
      const column = table.columns.get(key);
      if (column) table.columns.set(key, { ...column, notNull: true });
    }
  }
  // PRIMARY KEY and UNIQUE build (or adopt) an index of the constraint's name.
  if (type === 'PRIMARY KEY' || type === 'UNIQUE') {
    const adopted = typeof constraint.indexname === 'string' ? constraint.indexname : null;
    if (adopted) indexes.delete(tableKey(adopted));
    indexes.set(name, { name, table: table.name, unique: true, columns: keys });
  }
}

/** The first column an expression names, as PostgreSQL picks it for a CHECK constraint's generated name. */
function firstColumnRef(expression: unknown): string | undefined {
  const stack: unknown[] = [expression];
  while (stack.length > 0) {
    const value = stack.shift();
    if (value === null || typeof value !== 'object') continue;
    const fields = list((value as AstNode).ColumnRef?.fields);
    if (fields.length > 0) return stringOf(fields.at(-1)!) || undefined;
    for (const key in value) stack.push((value as AstNode)[key]);
  }
  return undefined;
}

/** `CHECK (col IS NOT NULL)`: the column, else undefined. */
function notNullCheckColumn(expression: unknown): string | undefined {
  const test = (expression as AstNode | undefined)?.NullTest;
  if (!test || test.nulltesttype !== 'IS_NOT_NULL') return undefined;
  const fields = list(test.arg?.ColumnRef?.fields);
  return fields.length === 1 ? stringOf(fields[0]!) || undefined : undefined;
}

function relationName(rangeVar: unknown): string {
  if (rangeVar === null || typeof rangeVar !== 'object') return '';
  const { schemaname, relname } = rangeVar as AstNode;
  return [schemaname, relname].filter((part) => typeof part === 'string').join('.');
}

function objectName(object: AstNode): string {
  if (object.List) return list(object.List.items).map(stringOf).join('.');
  if (object.String) return stringOf(object);
  return '';
}

function stringOf(value: AstNode): string {
  return typeof value.String?.sval === 'string' ? value.String.sval : '';
}
