/** Turns one parsed statement into the actions it performs, so rules read facts instead of parser JSON. */
import { exactLength } from '../exact-length.js';

/** Where an action belongs in an expand → migrate → contract rollout. */
export type Phase = 'expand' | 'migrate' | 'contract';

/** A constraint kind, as SQL spells it. */
export type ConstraintType = 'CHECK' | 'FOREIGN KEY' | 'PRIMARY KEY' | 'UNIQUE' | 'EXCLUDE' | 'NOT NULL';

/** How the rows a table already has get a value when a column is added. */
export type ColumnFill =
  /** They hold NULL (no default, DEFAULT NULL, or a virtual generated column computed on read). */
  | 'null'
  /** A DEFAULT without volatile functions: PostgreSQL 11+ stores it once in the catalog; before 11 it is written into every row. */
  | 'default'
  /** A DEFAULT calling a volatile function (gen_random_uuid(), random(), clock_timestamp()…): evaluated and written per row. */
  | 'volatile-default'
  /** serial/bigserial/smallserial: a DEFAULT nextval(…), written per row. */
  | 'serial'
  /** GENERATED … AS IDENTITY: a sequence value written per row. */
  | 'identity'
  /** GENERATED ALWAYS AS (…) STORED: computed and written per row. */
  | 'stored-generated';

/** A column as CREATE TABLE or ADD COLUMN defines it. */
export interface ColumnDefinition {
  column: string;
  /** As the user would write it: `bigint`, `varchar(20)`, `timestamp`, `myschema.mytype`. */
  type: string;
  /** The type's own name without schema, as the parser spells it: `int4`, `varchar`, `serial`, `timestamp`, `mytype`. */
  typeName: string;
  /** The type has modifiers, e.g. the length of `varchar(20)`. */
  hasTypmods: boolean;
  /** Part of the table's PRIMARY KEY (a column constraint, or a table constraint that names it). */
  primaryKey: boolean;
  fill: ColumnFill;
}

/**
 * One thing a statement does. Names are `schema.name` when the SQL qualifies them, else the bare name,
 * folded as PostgreSQL folds them. `objectType` is the SQL keyword, upper-case (`TYPE`, `MATERIALIZED VIEW`);
 * objects that live on a table are named `name ON table` (triggers, policies, rules, constraints).
 */
export type Action =
  /** A temporary table (CREATE TEMP TABLE) lives only in the migration's session: no schema change, so no phase. */
  | { kind: 'create-table'; phase: 'expand' | null; table: string; temporary?: true }
  | { kind: 'create-index'; phase: 'expand'; table: string; index: string | null; concurrently: boolean; unique: boolean }
  | {
      kind: 'add-column';
      phase: 'expand';
      table: string;
      column: string;
      /** NOT NULL, PRIMARY KEY, identity and serial columns. */
      notNull: boolean;
      /** A DEFAULT other than NULL, or a value PostgreSQL fills in (identity, serial, generated). */
      hasDefault: boolean;
      /** The value is computed row by row (volatile function, identity, serial, stored generated): adding the column rewrites the table. */
      volatileDefault?: boolean;
    }
  | {
      kind: 'add-constraint';
      phase: 'expand';
      table: string;
      constraint: string | null;
      constraintType: ConstraintType;
      /** Added NOT VALID: existing rows are not checked. */
      notValid: boolean;
      /** `… USING INDEX name`: the constraint adopts an index built beforehand. */
      usingIndex?: string;
      /** The referenced table of a FOREIGN KEY. */
      references?: string;
    }
  | { kind: 'create-other'; phase: 'expand'; objectType: string; name: string | null }
  | { kind: 'data'; phase: 'migrate'; table: string | null; verb: 'insert' | 'update' | 'delete' | 'copy' | 'merge' | 'truncate' }
  | { kind: 'drop-table'; phase: 'contract'; table: string }
  | { kind: 'drop-column'; phase: 'contract'; table: string; column: string }
  | { kind: 'drop-index'; phase: 'contract'; index: string; concurrently: boolean }
  | { kind: 'drop-constraint'; phase: 'contract'; table: string; constraint: string }
  | { kind: 'drop-other'; phase: 'contract'; objectType: string; name: string }
  | { kind: 'rename-table'; phase: 'contract'; table: string; newName: string }
  | { kind: 'rename-column'; phase: 'contract'; table: string; column: string; newName: string }
  | { kind: 'rename-other'; phase: 'contract'; objectType: string; name: string; newName: string }
  /** `using`: a USING expression computes the new values, which always rewrites. */
  | { kind: 'alter-column-type'; phase: 'contract'; table: string; column: string; type: string; using?: true }
  | { kind: 'set-not-null'; phase: 'contract'; table: string; column: string }
  | { kind: 'other'; phase: null; description: string };

// Parser output is untyped JSON; these helpers read it defensively so odd trees never throw.
type AstNode = Record<string, any>;

function createTable(relation: AstNode): Action {
  const table = relationName(relation);
  return relation?.relpersistence === 't' ? { kind: 'create-table', phase: null, table, temporary: true } : { kind: 'create-table', phase: 'expand', table };
}

/** A column a statement defines: its table, what it declares, its ColumnDef node, and which statement form. */
export interface DefinedColumn {
  table: string;
  definition: ColumnDefinition;
  node: AstNode;
  by: 'create-table' | 'add-column' | 'alter-type';
}

/**
 * The columns a statement defines, with their table: CREATE TABLE's (its PRIMARY KEY table constraint applied to the
 * columns it names), ALTER TABLE's ADD COLUMNs, and the new types of its ALTER COLUMN … TYPEs. Empty for any other
 * statement.
 */
export function columnDefinitions(type: string, node: AstNode): DefinedColumn[] {
  if (node === null || typeof node !== 'object') return [];
  if (type === 'CreateStmt') {
    const table = relationName(node.relation);
    const columns = list(node.tableElts).flatMap((e): DefinedColumn[] =>
      e.ColumnDef ? [{ table, definition: columnDefinition(e.ColumnDef), node: e.ColumnDef, by: 'create-table' }] : [],
    );
    for (const element of list(node.tableElts)) {
      if (element.Constraint?.contype !== 'CONSTR_PRIMARY') continue;
      const keys = new Set(list(element.Constraint.keys).map(stringOf));
      for (const { definition } of columns) if (keys.has(definition.column)) definition.primaryKey = true;
    }
    return columns;
  }
  if (type === 'AlterTableStmt' && (node.objtype === undefined || node.objtype === 'OBJECT_TABLE')) {
    const table = relationName(node.relation);
    return list(node.cmds).flatMap((item): DefinedColumn[] => {
      const cmd: AstNode = item.AlterTableCmd ?? {};
      if (!cmd.def?.ColumnDef) return [];
      if (cmd.subtype === 'AT_AddColumn') return [{ table, definition: columnDefinition(cmd.def.ColumnDef), node: cmd.def.ColumnDef, by: 'add-column' }];
      if (cmd.subtype !== 'AT_AlterColumnType') return [];
      const definition = { ...columnDefinition(cmd.def.ColumnDef), column: typeof cmd.name === 'string' ? cmd.name : '' };
      return [{ table, definition, node: cmd.def.ColumnDef, by: 'alter-type' }];
    });
  }
  return [];
}

/** What a column definition (a ColumnDef node) declares. */
function columnDefinition(def: AstNode): ColumnDefinition {
  const typeNames = list(def.typeName?.names).map(stringOf);
  const typeName = typeNames.at(-1) ?? '';
  let fill: ColumnFill = typeNames.length === 1 && SERIAL_TYPES.has(typeName) ? 'serial' : 'null';
  let primaryKey = false;
  for (const item of list(def.constraints)) {
    const constraint: AstNode = item.Constraint ?? {};
    if (constraint.contype === 'CONSTR_PRIMARY') primaryKey = true;
    else if (constraint.contype === 'CONSTR_IDENTITY') fill = 'identity';
    else if (constraint.contype === 'CONSTR_GENERATED' && constraint.generated_kind !== 'v') fill = 'stored-generated';
    else if (constraint.contype === 'CONSTR_DEFAULT' && constraint.raw_expr?.A_Const?.isnull !== true && fill === 'null') {
      fill = callsVolatileFunction(constraint.raw_expr) ? 'volatile-default' : 'default';
    }
  }
  return {
    column: typeof def.colname === 'string' ? def.colname : '',
    type: formatType(def.typeName),
    typeName,
    hasTypmods: list(def.typeName?.typmods).length > 0,
    primaryKey,
    fill,
  };
}

/** The actions of one statement, given its AST node type and body as libpg-query returns them. */
export function actionsOf(type: string, node: AstNode): Action[] {
  if (node === null || typeof node !== 'object') return [other(describeStatement(type, {}))];
  switch (type) {
    case 'CreateStmt':
      return [createTable(node.relation)];
    case 'CreateTableAsStmt':
      if (node.objtype === 'OBJECT_MATVIEW') return [createOther('MATERIALIZED VIEW', relationName(node.into?.rel))];
      return [createTable(node.into?.rel)];
    case 'IndexStmt':
      return [
        {
          kind: 'create-index',
          phase: 'expand',
          table: relationName(node.relation),
          index: typeof node.idxname === 'string' ? node.idxname : null,
          concurrently: node.concurrent === true,
          unique: node.unique === true,
        },
      ];
    case 'AlterTableStmt':
      return alterTableActions(node);
    case 'DropStmt':
      return dropActions(node);
    case 'RenameStmt':
      return [renameAction(node)];
    case 'AlterObjectSchemaStmt':
      return [moveAction(node)];
    case 'AlterEnumStmt':
      return [enumAction(node)];
    case 'InsertStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt':
    case 'SelectStmt':
      return dataActions(type, node);
    case 'CopyStmt':
      if (node.is_from !== true) return [other(node.relation ? `COPY ${relationName(node.relation)} TO` : 'COPY TO')];
      return [data('copy', node.relation ? relationName(node.relation) : null)];
    case 'TruncateStmt':
      return list(node.relations).map((r) => data('truncate', relationName(r.RangeVar)));
    default:
      return createActions(type, node) ?? dropOtherActions(type, node) ?? [other(describeStatement(type, node))];
  }
}

function alterTableActions(node: AstNode): Action[] {
  const table = relationName(node.relation);
  const isTable = node.objtype === undefined || node.objtype === 'OBJECT_TABLE' || node.objtype === 'OBJECT_FOREIGN_TABLE';
  const actions: Action[] = [];
  for (const item of list(node.cmds)) {
    const cmd: AstNode = item.AlterTableCmd ?? {};
    const column = typeof cmd.name === 'string' ? cmd.name : '';
    if (isTable) {
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          actions.push(...addColumnActions(table, cmd.def?.ColumnDef ?? {}));
          continue;
        case 'AT_AddConstraint':
          actions.push(constraintAction(table, cmd.def?.Constraint ?? {}));
          continue;
        case 'AT_DropColumn':
          actions.push({ kind: 'drop-column', phase: 'contract', table, column });
          continue;
        case 'AT_DropConstraint':
          actions.push({ kind: 'drop-constraint', phase: 'contract', table, constraint: column });
          continue;
        case 'AT_AlterColumnType':
          actions.push({
            kind: 'alter-column-type',
            phase: 'contract',
            table,
            column,
            type: formatType(cmd.def?.ColumnDef?.typeName),
            ...(cmd.def?.ColumnDef?.raw_default ? { using: true as const } : {}),
          });
          continue;
        case 'AT_SetNotNull':
          actions.push({ kind: 'set-not-null', phase: 'contract', table, column });
          continue;
      }
    }
    actions.push(other(`ALTER ${objectWords(node.objtype ?? 'OBJECT_TABLE')} ${table} ${describeSubcommand(cmd)}`));
  }
  return exactLength(actions);
}

export const SERIAL_TYPES = new Set(['smallserial', 'serial2', 'serial', 'serial4', 'bigserial', 'serial8']);

function addColumnActions(table: string, def: AstNode): Action[] {
  const column = typeof def.colname === 'string' ? def.colname : '';
  const typeNames = list(def.typeName?.names).map(stringOf);
  const serial = typeNames.length === 1 && SERIAL_TYPES.has(typeNames[0]!);
  let notNull = def.is_not_null === true || serial;
  let hasDefault = serial;
  let volatileDefault = serial;
  const constraints: Action[] = [];
  for (const item of list(def.constraints)) {
    const constraint: AstNode = item.Constraint ?? {};
    switch (constraint.contype) {
      case 'CONSTR_NOTNULL':
        notNull = true;
        break;
      case 'CONSTR_DEFAULT':
        // DEFAULT NULL fills nothing in: a NOT NULL column with it still fails on existing rows.
        if (constraint.raw_expr?.A_Const?.isnull === true) break;
        hasDefault = true;
        volatileDefault ||= callsVolatileFunction(constraint.raw_expr);
        break;
      case 'CONSTR_IDENTITY':
        notNull = hasDefault = volatileDefault = true;
        break;
      case 'CONSTR_GENERATED':
        hasDefault = true;
        // A virtual column is computed on read; only a stored one is written into every row.
        volatileDefault ||= constraint.generated_kind !== 'v';
        break;
      case 'CONSTR_PRIMARY':
        notNull = true;
        constraints.push(constraintAction(table, constraint));
        break;
      case 'CONSTR_CHECK':
      case 'CONSTR_UNIQUE':
      case 'CONSTR_FOREIGN':
      case 'CONSTR_EXCLUSION':
        constraints.push(constraintAction(table, constraint));
        break;
    }
  }
  return [{ kind: 'add-column', phase: 'expand', table, column, notNull, hasDefault, volatileDefault }, ...constraints];
}

/** libpg-query's constraint kinds, in SQL's words. */
export const CONSTRAINT_TYPES: Record<string, ConstraintType> = {
  CONSTR_CHECK: 'CHECK',
  CONSTR_FOREIGN: 'FOREIGN KEY',
  CONSTR_PRIMARY: 'PRIMARY KEY',
  CONSTR_UNIQUE: 'UNIQUE',
  CONSTR_EXCLUSION: 'EXCLUDE',
  CONSTR_NOTNULL: 'NOT NULL',
};

function constraintAction(table: string, constraint: AstNode): Action {
  const constraintType = CONSTRAINT_TYPES[constraint.contype];
  if (constraintType === undefined) return other(`ALTER TABLE ${table} ADD CONSTRAINT`);
  const action: Action = {
    kind: 'add-constraint',
    phase: 'expand',
    table,
    constraint: typeof constraint.conname === 'string' ? constraint.conname : null,
    constraintType,
    // NOT VALID sets skip_validation; initially_valid is absent for UNIQUE and PRIMARY KEY even without it.
    notValid: constraint.skip_validation === true,
  };
  if (typeof constraint.indexname === 'string') action.usingIndex = constraint.indexname;
  if (constraint.pktable) action.references = relationName(constraint.pktable);
  return action;
}

/** Functions whose value differs per row: a DEFAULT calling one makes ADD COLUMN rewrite the table. */
const VOLATILE_FUNCTIONS = new Set([
  'clock_timestamp',
  'gen_random_bytes',
  'gen_random_uuid',
  'nextval',
  'random',
  'random_normal',
  'timeofday',
  'txid_current',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
]);

export function callsVolatileFunction(expression: unknown): boolean {
  const stack: unknown[] = [expression];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const call = (value as AstNode).FuncCall;
    if (call) {
      const name = list(call.funcname).map(stringOf).at(-1);
      if (name !== undefined && VOLATILE_FUNCTIONS.has(name)) return true;
    }
    // A loop, not push(...values): an ARRAY[…] of many thousand elements would overflow the call stack.
    for (const key in value) stack.push((value as AstNode)[key]);
  }
  return false;
}

function dropActions(node: AstNode): Action[] {
  const objects = list(node.objects);
  switch (node.removeType) {
    case 'OBJECT_TABLE':
      return objects.map((o) => ({ kind: 'drop-table', phase: 'contract', table: objectName(o) }));
    case 'OBJECT_INDEX':
      return objects.map((o) => ({ kind: 'drop-index', phase: 'contract', index: objectName(o), concurrently: node.concurrent === true }));
    default: {
      const objectType = objectWords(node.removeType);
      const onTable = ON_TABLE.has(node.removeType);
      return objects.map((o) => ({ kind: 'drop-other', phase: 'contract', objectType, name: onTable ? onTableName(o) : objectName(o) }));
    }
  }
}

/** Object types named by their table plus their own name, written `name ON table`. */
const ON_TABLE = new Set(['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE']);

function onTableName(object: AstNode): string {
  const names = list(object.List?.items).map(stringOf);
  if (names.length < 2) return objectName(object);
  return `${names.at(-1)} ON ${names.slice(0, -1).join('.')}`;
}

function dropOtherActions(type: string, node: AstNode): Action[] | null {
  const drop = (objectType: string, names: string[]): Action[] =>
    names.map((name) => ({ kind: 'drop-other', phase: 'contract', objectType, name }));
  switch (type) {
    case 'DropRoleStmt':
      return drop('ROLE', list(node.roles).map((r) => roleName(r.RoleSpec)));
    case 'DropdbStmt':
      return drop('DATABASE', [String(node.dbname ?? '')]);
    case 'DropTableSpaceStmt':
      return drop('TABLESPACE', [String(node.tablespacename ?? '')]);
    case 'DropSubscriptionStmt':
      return drop('SUBSCRIPTION', [String(node.subname ?? '')]);
    default:
      return null;
  }
}

function renameAction(node: AstNode): Action {
  const newName = String(node.newname ?? '');
  const subname = typeof node.subname === 'string' ? node.subname : null;
  const relation = node.relation ? relationName(node.relation) : null;
  switch (node.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_FOREIGN_TABLE':
      return { kind: 'rename-table', phase: 'contract', table: relation ?? '', newName };
    case 'OBJECT_COLUMN':
      if (node.relationType === 'OBJECT_TABLE' || node.relationType === 'OBJECT_FOREIGN_TABLE') {
        return { kind: 'rename-column', phase: 'contract', table: relation ?? '', column: subname ?? '', newName };
      }
      return { kind: 'rename-other', phase: 'contract', objectType: 'COLUMN', name: `${relation}.${subname}`, newName };
  }
  const base = relation ?? (node.object ? objectName(node.object) : null);
  const name = subname !== null && base !== null ? `${subname} ON ${base}` : (base ?? subname ?? '');
  return { kind: 'rename-other', phase: 'contract', objectType: objectWords(node.renameType), name, newName };
}

/** `ALTER … SET SCHEMA` changes the qualified name every query uses: a rename in all but name. */
function moveAction(node: AstNode): Action {
  const name = node.relation ? relationName(node.relation) : objectName(node.object);
  const newName = `${node.newschema}.${name.split('.').at(-1)}`;
  if (node.objectType === 'OBJECT_TABLE') return { kind: 'rename-table', phase: 'contract', table: name, newName };
  return { kind: 'rename-other', phase: 'contract', objectType: objectWords(node.objectType), name, newName };
}

function enumAction(node: AstNode): Action {
  const type = list(node.typeName).map(stringOf).join('.');
  if (typeof node.oldVal === 'string') {
    return { kind: 'rename-other', phase: 'contract', objectType: 'ENUM VALUE', name: `${type}.${node.oldVal}`, newName: String(node.newVal ?? '') };
  }
  return createOther('ENUM VALUE', `${type}.${node.newVal}`);
}

function dataActions(type: string, node: AstNode): Action[] {
  const actions: Action[] = [];
  for (const cte of list(node.withClause?.ctes)) {
    const query: AstNode = cte.CommonTableExpr?.ctequery ?? {};
    const [queryType] = Object.keys(query);
    if (queryType !== undefined && DATA_VERBS[queryType]) actions.push(...dataActions(queryType, query[queryType] ?? {}));
  }
  const verb = DATA_VERBS[type];
  if (verb) actions.push(data(verb, node.relation ? relationName(node.relation) : null));
  else if (node.intoClause) actions.push(createTable(node.intoClause.rel));
  else if (actions.length === 0) actions.push(other('SELECT'));
  return exactLength(actions);
}

const DATA_VERBS: Record<string, 'insert' | 'update' | 'delete' | 'merge'> = {
  InsertStmt: 'insert',
  UpdateStmt: 'update',
  DeleteStmt: 'delete',
  MergeStmt: 'merge',
};

/** CREATE statements other than tables and indexes; CREATE OR REPLACE changes something that exists, so it is `other`. */
function createActions(type: string, node: AstNode): Action[] | null {
  if (!type.startsWith('Create') && type !== 'ViewStmt' && type !== 'CompositeTypeStmt' && type !== 'DefineStmt' && type !== 'RuleStmt') {
    return null;
  }
  const [objectType, name] = createdObject(type, node);
  if (node.replace === true) return [other(`CREATE OR REPLACE ${objectType}${name ? ` ${name}` : ''}`)];
  return [createOther(objectType, name)];
}

function createdObject(type: string, node: AstNode): [string, string | null] {
  const names = (value: unknown) => list(value).map(stringOf).join('.') || null;
  switch (type) {
    case 'ViewStmt':
      return ['VIEW', relationName(node.view)];
    case 'CreateFunctionStmt':
      return [node.is_procedure ? 'PROCEDURE' : 'FUNCTION', names(node.funcname)];
    case 'CreateTrigStmt':
      return [node.isconstraint ? 'CONSTRAINT TRIGGER' : 'TRIGGER', `${node.trigname} ON ${relationName(node.relation)}`];
    case 'RuleStmt':
      return ['RULE', `${node.rulename} ON ${relationName(node.relation)}`];
    case 'CreatePolicyStmt':
      return ['POLICY', `${node.policy_name} ON ${relationName(node.table)}`];
    case 'CreateExtensionStmt':
      return ['EXTENSION', node.extname ?? null];
    case 'CreateSchemaStmt':
      return ['SCHEMA', node.schemaname ?? (node.authrole ? roleName(node.authrole) : null)];
    case 'CreateSeqStmt':
      return ['SEQUENCE', relationName(node.sequence)];
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
      return ['TYPE', names(node.typeName)];
    case 'CompositeTypeStmt':
      return ['TYPE', relationName(node.typevar)];
    case 'CreateDomainStmt':
      return ['DOMAIN', names(node.domainname)];
    case 'DefineStmt':
      return [objectWords(node.kind), names(node.defnames)];
    case 'CreateForeignTableStmt':
      return ['FOREIGN TABLE', relationName(node.base?.relation)];
    case 'CreateRoleStmt':
      return ['ROLE', node.role ?? null];
    case 'CreatedbStmt':
      return ['DATABASE', node.dbname ?? null];
    case 'CreateEventTrigStmt':
      return ['EVENT TRIGGER', node.trigname ?? null];
    case 'CreatePublicationStmt':
      return ['PUBLICATION', node.pubname ?? null];
    case 'CreateSubscriptionStmt':
      return ['SUBSCRIPTION', node.subname ?? null];
    case 'CreateStatsStmt':
      return ['STATISTICS', names(node.defnames)];
    default: {
      const kind = type.replace(/^Create|Stmt$/g, '');
      return [CREATE_WORDS[kind] ?? words(kind), null];
    }
  }
}

const CREATE_WORDS: Record<string, string> = {
  Am: 'ACCESS METHOD',
  Fdw: 'FOREIGN DATA WRAPPER',
  ForeignServer: 'SERVER',
  OpClass: 'OPERATOR CLASS',
  OpFamily: 'OPERATOR FAMILY',
  PLang: 'LANGUAGE',
};

function describeStatement(type: string, node: AstNode): string {
  switch (type) {
    case 'VariableSetStmt': {
      const reset = String(node.kind ?? '').startsWith('VAR_RESET');
      return `${reset ? 'RESET' : node.is_local ? 'SET LOCAL' : 'SET'} ${node.name ?? (reset ? 'ALL' : '')}`.trim();
    }
    case 'TransactionStmt':
      return String(node.kind ?? 'TRANS_STMT_BEGIN').replace('TRANS_STMT_', '').replace(/_/g, ' ');
    case 'GrantStmt':
    case 'GrantRoleStmt':
      return node.is_grant ? 'GRANT' : 'REVOKE';
    case 'CommentStmt':
      return `COMMENT ON ${objectWords(node.objtype)}`;
    case 'VacuumStmt':
      return node.is_vacuumcmd ? 'VACUUM' : 'ANALYZE';
    case 'RefreshMatViewStmt':
      return `REFRESH MATERIALIZED VIEW ${relationName(node.relation)}`;
    case 'AlterSeqStmt':
      return `ALTER SEQUENCE ${relationName(node.sequence)}`;
    case 'LockStmt':
      return `LOCK TABLE ${list(node.relations).map((r) => relationName(r.RangeVar)).join(', ')}`;
    default:
      return words(type.replace(/Stmt$/, ''));
  }
}

function describeSubcommand(cmd: AstNode): string {
  const name = typeof cmd.name === 'string' ? cmd.name : '';
  switch (cmd.subtype) {
    case 'AT_ColumnDefault':
      return `ALTER COLUMN ${name} ${cmd.def ? 'SET' : 'DROP'} DEFAULT`;
    case 'AT_DropNotNull':
      return `ALTER COLUMN ${name} DROP NOT NULL`;
    case 'AT_ValidateConstraint':
      return `VALIDATE CONSTRAINT ${name}`;
    default:
      return `${words(String(cmd.subtype ?? '').replace(/^AT_/, ''))}${name ? ` ${name}` : ''}`;
  }
}

const OBJECT_WORDS: Record<string, string> = {
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_TABCONSTRAINT: 'CONSTRAINT',
  OBJECT_DOMCONSTRAINT: 'DOMAIN CONSTRAINT',
  OBJECT_FDW: 'FOREIGN DATA WRAPPER',
  OBJECT_FOREIGN_SERVER: 'SERVER',
  OBJECT_OPCLASS: 'OPERATOR CLASS',
  OBJECT_OPFAMILY: 'OPERATOR FAMILY',
  OBJECT_STATISTIC_EXT: 'STATISTICS',
  OBJECT_LARGEOBJECT: 'LARGE OBJECT',
  OBJECT_TSCONFIGURATION: 'TEXT SEARCH CONFIGURATION',
  OBJECT_TSDICTIONARY: 'TEXT SEARCH DICTIONARY',
  OBJECT_TSPARSER: 'TEXT SEARCH PARSER',
  OBJECT_TSTEMPLATE: 'TEXT SEARCH TEMPLATE',
};

/** `OBJECT_FOREIGN_TABLE` → `FOREIGN TABLE`. */
export function objectWords(objectType: unknown): string {
  const key = String(objectType ?? '');
  return OBJECT_WORDS[key] ?? key.replace(/^OBJECT_/, '').replace(/_/g, ' ');
}

/** `AlterTableSpaceOptions` → `ALTER TABLESPACE OPTIONS`. */
function words(camel: string): string {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toUpperCase().replace('TABLE SPACE', 'TABLESPACE');
}

export function relationName(rangeVar: unknown): string {
  if (rangeVar === null || typeof rangeVar !== 'object') return '';
  const { catalogname, schemaname, relname } = rangeVar as AstNode;
  return [catalogname, schemaname, relname].filter((part) => typeof part === 'string').join('.');
}

/** The name of a DROP/RENAME target: a name list, a type, a function signature or a plain string. */
export function objectName(object: unknown): string {
  if (object === null || typeof object !== 'object') return '';
  const o = object as AstNode;
  if (o.String) return stringOf(o);
  if (o.List) {
    const items = list(o.List.items);
    return items.every((item) => item.String) ? items.map(stringOf).join('.') : items.map(objectName).join(', ');
  }
  if (o.TypeName) return formatType(o.TypeName);
  if (o.ObjectWithArgs) return list(o.ObjectWithArgs.objname).map(stringOf).join('.');
  if (o.RangeVar) return relationName(o.RangeVar);
  return '';
}

function roleName(role: unknown): string {
  const spec = (role ?? {}) as AstNode;
  if (typeof spec.rolename === 'string') return spec.rolename;
  return String(spec.roletype ?? '').replace(/^ROLESPEC_/, '').toLowerCase();
}

/** SQL names of the types the grammar spells with keywords (INT → pg_catalog.int4). A Map: the names come from user text. */
const CATALOG_TYPES = new Map([
  ['int2', 'smallint'],
  ['int4', 'integer'],
  ['int8', 'bigint'],
  ['float4', 'real'],
  ['float8', 'double precision'],
  ['bool', 'boolean'],
  ['bpchar', 'char'],
  ['varbit', 'bit varying'],
]);

/** A type as the user would write it: `bigint`, `varchar(20)`, `numeric(10,2)`, `text[]`, `myschema.mytype`. */
export function formatType(typeName: unknown): string {
  if (typeName === null || typeof typeName !== 'object') return '';
  const t = typeName as AstNode;
  const names = list(t.names).map(stringOf);
  let name = names.length === 2 && names[0] === 'pg_catalog' ? (CATALOG_TYPES.get(names[1]!) ?? names[1]!) : names.join('.');
  const mods = list(t.typmods).map((m) => m.A_Const?.ival);
  // INTERVAL's modifiers encode its field list as a bit mask, which reads as nonsense.
  if (mods.length > 0 && name !== 'interval' && mods.every((m) => m !== undefined)) {
    name += `(${mods.map((m) => m.ival ?? 0).join(',')})`;
  }
  for (const bound of list(t.arrayBounds)) {
    const size = bound.Integer?.ival;
    name += typeof size === 'number' && size >= 0 ? `[${size}]` : '[]';
  }
  if (t.pct_type) name += '%TYPE';
  return t.setof ? `SETOF ${name}` : name;
}

export function list(value: unknown): readonly AstNode[] {
  if (!Array.isArray(value)) return NO_NODES;
  // Parser lists hold only nodes: the list itself, unless one does not.
  for (const item of value) if (item === null || typeof item !== 'object') return value.filter((node): node is AstNode => node !== null && typeof node === 'object');
  return value as AstNode[];
}

const NO_NODES: readonly AstNode[] = Object.freeze([]);

export function stringOf(value: AstNode): string {
  return typeof value.String?.sval === 'string' ? value.String.sval : '';
}

function createOther(objectType: string, name: string | null): Action {
  return { kind: 'create-other', phase: 'expand', objectType, name: name || null };
}

function data(verb: 'insert' | 'update' | 'delete' | 'copy' | 'merge' | 'truncate', table: string | null): Action {
  return { kind: 'data', phase: 'migrate', table, verb };
}

function other(description: string): Action {
  return { kind: 'other', phase: null, description };
}
