/**
 * Reads JavaScript and TypeScript migrations (Knex, node-pg-migrate) with @babel/parser: finds the exported up and down
 * functions in their CommonJS, ESM and TypeScript forms, and hands their bodies to the tool's dialect, which turns its
 * builder calls into statements.
 */
import type { LineIndex } from '../sql/locate.js';
import type { MigrationRead } from '../conventions/types.js';
import type { LiteralText } from './source.js';
import { LiteralBuilder, StatementList, functionSection, unparsable } from './source.js';

/** A Babel AST node; the readers check every field they use. */
export type JsNode = Record<string, any>;

/** One link of a call chain: `.name(args)`, or `.name` read without a call (args null). */
export interface Link {
  name: string;
  args: JsNode[] | null;
  /** Where the link's name starts and its call ends, in the file. */
  start: number;
  end: number;
}

/** `root.a(…).b.c(…)` taken apart; `rootArgs` when the root itself is called (`knex('users')`). */
export interface Chain {
  root: string;
  /** Where the root name starts: the first operation of a chain is shown from there. */
  start: number;
  rootArgs: JsNode[] | null;
  links: Link[];
  node: JsNode;
}

/** What a dialect knows while it walks one function. */
export interface Scope {
  /** Names bound to the tool's object (`knex`, `pgm`, a transaction). */
  receivers: Set<string>;
  out: StatementList;
  text: string;
  /** Set by a dialect when the migration opts out of the transaction (`pgm.noTransaction()`). */
  noTransaction: boolean;
  /** Top-level functions of the file, for helpers called with the receiver. */
  functions: Map<string, JsNode>;
  depth: number;
  /** Columns the file has declared so far (`<table>.<column>`), with their type and nullability, for the dialect. */
  columns: Map<string, { type: string; notNull: boolean }>;
}

/** A tool's builder API: handles a call chain that starts at a receiver, or returns false to leave it to the walker. */
export interface Dialect {
  name: string;
  handle(chain: Chain, scope: Scope, walk: Walker): Promise<boolean>;
  /** node-pg-migrate derives the down of a file without one from the up operations, when each can be reversed. */
  derivesDown?(up: StatementList): boolean;
}

export type Walker = (node: JsNode | null | undefined, scope: Scope) => Promise<void>;

type Babel = typeof import('@babel/parser');
let babel: Promise<Babel['parse']> | null = null;

/** Reads a migration file of the dialect's tool. Never throws: a file Babel rejects is a syntax error at Babel's position. */
export async function readJavaScriptMigration(text: string, path: string, lines: LineIndex, dialect: Dialect): Promise<MigrationRead> {
  // A CommonJS package: bundled, its exports are the module's default.
  babel ??= import('@babel/parser').then((module) => module.parse ?? (module as unknown as { default: Babel }).default.parse);
  const parse = await babel;
  const typescript = /\.[cm]?ts$/i.test(path);
  let program: JsNode;
  try {
    program = parse(text, {
      sourceType: /\.(mjs|mts)$/i.test(path) ? 'module' : 'unambiguous',
      plugins: typescript ? ['typescript'] : [],
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      errorRecovery: false,
    }).program;
  } catch (thrown) {
    const error = thrown as { message?: string; pos?: number };
    if (!(thrown instanceof SyntaxError) || typeof error.pos !== 'number') throw thrown;
    const message = String(error.message ?? 'the file does not parse').replace(/\s*\(\d+:\d+\)$/, '');
    return unparsable(lines, typescript ? 'TypeScript' : 'JavaScript', message, error.pos);
  }
  const module = readModule(program);
  let noTransaction = module.noTransaction;
  const run = async (fn: JsNode | undefined) => {
    const out = new StatementList(lines);
    if (fn) {
      const scope: Scope = { receivers: new Set(), out, text, noTransaction: false, functions: module.functions, depth: 0, columns: new Map() };
      const receiver = paramName(fn.params?.[0]);
      if (receiver) scope.receivers.add(receiver);
      await walk(fn.body, scope, dialect);
      noTransaction ||= scope.noTransaction;
    }
    return out;
  };
  const up = await run(module.up);
  const down = module.down && module.down !== 'irreversible' && !throwsOnly(module.down) ? await run(module.down) : null;
  const derived = module.down === undefined && (dialect.derivesDown?.(up) ?? false);
  const section = (fn: JsNode | undefined | 'irreversible') =>
    fn && fn !== 'irreversible' ? functionSection(text, fn.start as number, fn.end as number) : null;
  return {
    up: up.toParsed(),
    down: down?.toParsed() ?? null,
    ...(derived ? { implicitRollback: true } : {}),
    transaction: !noTransaction,
    sections: { up: section(module.up), down: section(module.down), transaction: !noTransaction },
  };
}

interface ModuleShape {
  up?: JsNode;
  down?: JsNode | 'irreversible';
  functions: Map<string, JsNode>;
  /** `exports.config = { transaction: false }` (Knex). */
  noTransaction: boolean;
}

/** The up and down functions, however the file exports them. */
function readModule(program: JsNode): ModuleShape {
  const functions = new Map<string, JsNode>();
  const values = new Map<string, JsNode | undefined>();
  const exported = new Map<string, JsNode | undefined>();
  for (const statement of program.body ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    const isExport = statement.type === 'ExportNamedDeclaration';
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name) {
      functions.set(declaration.id.name, declaration);
      if (isExport) exported.set(declaration.id.name, declaration);
    }
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations ?? []) {
        if (declarator.id?.type !== 'Identifier' || !declarator.init) continue;
        const init = unwrap(declarator.init);
        values.set(declarator.id.name, init);
        if (isFunction(init)) functions.set(declarator.id.name, init);
        if (isExport) exported.set(declarator.id.name, init);
      }
    }
    if (isExport) {
      for (const specifier of statement.specifiers ?? []) {
        const local = specifier.local?.name;
        const name = specifier.exported?.name ?? specifier.exported?.value;
        if (typeof local === 'string' && typeof name === 'string') exported.set(name, { type: 'Identifier', name: local });
      }
    }
    if (statement.type === 'ExportDefaultDeclaration') readObject(unwrap(statement.declaration), exported, values);
    if (statement.type === 'ExpressionStatement' && statement.expression?.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      const target = memberPath(left);
      if (target === 'module.exports' || target === 'exports') readObject(unwrap(right), exported, values);
      const match = /^(?:module\.)?exports\.(\w+)$/.exec(target ?? '');
      if (match) exported.set(match[1]!, unwrap(right));
    }
  }
  const resolve = (node: JsNode | undefined, seen = 0): JsNode | undefined => {
    if (node?.type === 'Identifier' && seen < 5) return resolve(functions.get(node.name) ?? values.get(node.name), seen + 1);
    return node;
  };
  const up = resolve(exported.get('up'));
  const downNode = resolve(exported.get('down'));
  const down = downNode?.type === 'BooleanLiteral' && downNode.value === false ? 'irreversible' : isFunction(downNode) ? downNode : undefined;
  const config = resolve(exported.get('config'));
  const noTransaction =
    config?.type === 'ObjectExpression' &&
    (config.properties ?? []).some((p: JsNode) => keyName(p) === 'transaction' && p.value?.type === 'BooleanLiteral' && p.value.value === false);
  return { ...(isFunction(up) ? { up } : {}), ...(down ? { down } : {}), functions, noTransaction };
}

/** `{ up, down }`, `{ up: fn }`, `{ async up(knex) {} }`, or a variable holding such an object. */
function readObject(node: JsNode | undefined, into: Map<string, JsNode | undefined>, values: Map<string, JsNode | undefined>): void {
  const object = node?.type === 'Identifier' ? values.get(node.name) : node;
  if (object?.type !== 'ObjectExpression') return;
  for (const property of object.properties ?? []) {
    const key = keyName(property);
    if (key === null) continue;
    if (property.type === 'ObjectMethod') into.set(key, property);
    else if (property.type === 'ObjectProperty') into.set(key, unwrap(property.value));
  }
}

function keyName(property: JsNode): string | null {
  if (property.computed) return property.key?.type === 'StringLiteral' ? property.key.value : null;
  return property.key?.type === 'Identifier' ? property.key.name : property.key?.type === 'StringLiteral' ? property.key.value : null;
}

/** `a.b.c` for a member expression of plain names; null otherwise. */
function memberPath(node: JsNode | undefined): string | null {
  if (node?.type === 'Identifier') return node.name;
  if (node?.type !== 'MemberExpression' || node.computed || node.property?.type !== 'Identifier') return null;
  const object = memberPath(node.object);
  return object === null ? null : `${object}.${node.property.name}`;
}

/** The expression inside TypeScript's `as`, `satisfies` and `!`, and parentheses. */
export function unwrap(node: JsNode | undefined): JsNode | undefined {
  let current = node;
  while (
    current &&
    (current.type === 'TSAsExpression' ||
      current.type === 'TSSatisfiesExpression' ||
      current.type === 'TSNonNullExpression' ||
      current.type === 'ParenthesizedExpression' ||
      current.type === 'TSTypeAssertion')
  ) {
    current = current.expression;
  }
  return current;
}

export function isFunction(node: JsNode | undefined): node is JsNode {
  return (
    node?.type === 'FunctionExpression' ||
    node?.type === 'ArrowFunctionExpression' ||
    node?.type === 'FunctionDeclaration' ||
    node?.type === 'ObjectMethod'
  );
}

/** The name a function's parameter binds (`knex`, `knex: Knex`, `pgm = x`); null for patterns. */
export function paramName(param: JsNode | undefined): string | null {
  if (param?.type === 'Identifier') return param.name;
  if (param?.type === 'AssignmentPattern') return paramName(param.left);
  if (param?.type === 'TSParameterProperty') return paramName(param.parameter);
  return null;
}

/** A down that only throws (`throw new Error('irreversible')`) declares the migration irreversible. */
function throwsOnly(fn: JsNode): boolean {
  const body = fn.body;
  if (body?.type !== 'BlockStatement') return false;
  const statements = body.body ?? [];
  return statements.length > 0 && statements.every((s: JsNode) => s.type === 'ThrowStatement');
}

/** `a.b(x).c(y)` as a chain from its root name; null when the chain starts at anything but a name (or a call of one). */
export function toChain(call: JsNode): Chain | null {
  const links: Link[] = [];
  let current: JsNode | undefined = call;
  let pendingArgs: JsNode[] | null = null;
  let pendingEnd = 0;
  for (;;) {
    current = unwrap(current);
    if (!current) return null;
    if (current.type === 'AwaitExpression') {
      current = current.argument;
      continue;
    }
    if (current.type === 'CallExpression' || current.type === 'OptionalCallExpression') {
      if (pendingArgs !== null) return null;
      pendingArgs = current.arguments ?? [];
      pendingEnd = current.end;
      const callee = unwrap(current.callee);
      if (callee?.type === 'Identifier') {
        return { root: callee.name, start: callee.start, rootArgs: pendingArgs, links: links.reverse(), node: call };
      }
      current = callee;
      continue;
    }
    if (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
      const property = current.property;
      const name = current.computed ? (property?.type === 'StringLiteral' ? property.value : null) : property?.name;
      if (typeof name !== 'string') return null;
      links.push({ name, args: pendingArgs, start: property.start, end: pendingArgs !== null ? pendingEnd : property.end });
      pendingArgs = null;
      current = current.object;
      continue;
    }
    if (current.type === 'Identifier' && pendingArgs === null) {
      return { root: current.name, start: current.start, rootArgs: null, links: links.reverse(), node: call };
    }
    return null;
  }
}

/**
 * Visits every call in a function body: a chain that starts at a receiver goes to the dialect; a helper called with the
 * receiver is read when the file defines it, and otherwise stands as a statement whose effect is unknown.
 */
export async function walk(node: JsNode | null | undefined, scope: Scope, dialect: Dialect): Promise<void> {
  if (!node || typeof node !== 'object') return;
  const walker: Walker = (child, inner) => walk(child, inner, dialect);
  if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression' || node.type === 'AwaitExpression') {
    const chain = node.type === 'AwaitExpression' ? null : toChain(node);
    if (chain && scope.receivers.has(chain.root) && (await dialect.handle(chain, scope, walker))) return;
    if (chain && chain.rootArgs !== null && chain.links.length === 0 && (await callHelper(chain, scope, dialect))) return;
  }
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'extra' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') await walk(item, scope, dialect);
    } else if (value && typeof value === 'object' && typeof value.type === 'string') {
      await walk(value, scope, dialect);
    }
  }
}

/** `helper(knex)`: the file's own function is read with its parameters bound; any other is a statement of unknown effect. */
async function callHelper(chain: Chain, scope: Scope, dialect: Dialect): Promise<boolean> {
  const args = chain.rootArgs ?? [];
  const passed = args.map((arg) => (arg.type === 'Identifier' && scope.receivers.has(arg.name) ? true : false));
  if (!passed.some(Boolean)) return false;
  const fn = scope.functions.get(chain.root);
  if (fn && scope.depth < 4) {
    const receivers = new Set<string>();
    (fn.params ?? []).forEach((param: JsNode, index: number) => {
      const name = paramName(param);
      if (name && passed[index]) receivers.add(name);
    });
    const inner: Scope = { ...scope, receivers, depth: scope.depth + 1 };
    await walk(fn.body, inner, dialect);
    scope.noTransaction ||= inner.noTransaction;
    return true;
  }
  const node = chain.node;
  scope.out.builder(`${dialect.name}.call`, scope.text, node.start, node.end, [{ kind: 'other', phase: null, description: `${chain.root}(…)` }]);
  return true;
}

/** A string literal, `+` of literals, or a template literal without substitutions; null for anything computed. */
export function literalText(node: JsNode | undefined, text: string): LiteralText | null {
  const n = unwrap(node);
  if (!n) return null;
  if (n.type === 'StringLiteral') return decodeJs(text, n.start + 1, n.end - 1, false, n.value);
  if (n.type === 'TemplateLiteral') {
    if ((n.expressions ?? []).length > 0 || (n.quasis ?? []).length !== 1) return null;
    const cooked = n.quasis[0].value?.cooked;
    return typeof cooked === 'string' ? decodeJs(text, n.start + 1, n.end - 1, true, cooked) : null;
  }
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    const left = literalText(n.left, text);
    const right = literalText(n.right, text);
    if (!left || !right) return null;
    const value = left.value + right.value;
    return { value, indices: [...left.indices.slice(0, -1), ...right.indices] };
  }
  return null;
}

/** The plain string value of a literal, or null. */
export function stringValue(node: JsNode | undefined, text: string): string | null {
  return literalText(node, text)?.value ?? null;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

/**
 * A JavaScript string's value with the file index of each unit, decoded from the source between its quotes. The result
 * must equal Babel's own value (`expected`); otherwise null, never a guess.
 */
function decodeJs(text: string, start: number, end: number, template: boolean, expected: string): LiteralText | null {
  const raw = text.slice(start, end);
  if (raw === expected) {
    const indices = Array.from({ length: raw.length + 1 }, (_, i) => start + i);
    return { value: raw, indices };
  }
  const literal = new LiteralBuilder();
  const push = (units: string, at: number) => literal.push(units, at);
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (template && c === '\r') {
      push('\n', i);
      i += text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c !== '\\') {
      push(c, i);
      i++;
      continue;
    }
    const next = text[i + 1] ?? '';
    const at = i;
    if (SIMPLE_ESCAPES[next] !== undefined) {
      push(SIMPLE_ESCAPES[next]!, at);
      i += 2;
    } else if (next === '\r' || next === '\n' || next === '\u2028' || next === '\u2029') {
      i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
    } else if (next === 'x') {
      push(String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16)), at);
      i += 4;
    } else if (next === 'u' && text[i + 2] === '{') {
      const close = text.indexOf('}', i);
      push(String.fromCodePoint(parseInt(text.slice(i + 3, close), 16)), at);
      i = close + 1;
    } else if (next === 'u') {
      push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), at);
      i += 6;
    } else if (next === '0' && !/[0-9]/.test(text[i + 2] ?? '')) {
      push('\0', at);
      i += 2;
    } else {
      push(next, at);
      i += 2;
    }
  }
  const decoded = literal.finish(end);
  return decoded.value === expected ? decoded : null;
}
