import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  LiteralBuilder,
  StatementList,
  functionSection,
  unparsable
} from "./chunk-CKOGTWOE.js";

// src/orm/javascript.ts
var babel = null;
async function readJavaScriptMigration(text, path, lines, dialect) {
  babel ??= import("./lib-SMS4LFJY.js").then((module2) => module2.parse ?? module2.default.parse);
  const parse = await babel;
  const typescript = /\.[cm]?ts$/i.test(path);
  let program;
  try {
    program = parse(text, {
      sourceType: /\.(mjs|mts)$/i.test(path) ? "module" : "unambiguous",
      plugins: typescript ? ["typescript"] : [],
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      errorRecovery: false
    }).program;
  } catch (thrown) {
    const error = thrown;
    if (!(thrown instanceof SyntaxError) || typeof error.pos !== "number") throw thrown;
    const message = String(error.message ?? "the file does not parse").replace(/\s*\(\d+:\d+\)$/, "");
    return unparsable(lines, typescript ? "TypeScript" : "JavaScript", message, error.pos);
  }
  const module = readModule(program);
  let noTransaction = module.noTransaction;
  const run = async (fn) => {
    const out = new StatementList(lines);
    if (fn) {
      const scope = { receivers: /* @__PURE__ */ new Set(), out, text, noTransaction: false, functions: module.functions, depth: 0, columns: /* @__PURE__ */ new Map() };
      const receiver = paramName(fn.params?.[0]);
      if (receiver) scope.receivers.add(receiver);
      await walk(fn.body, scope, dialect);
      noTransaction ||= scope.noTransaction;
    }
    return out;
  };
  const up = await run(module.up);
  const down = module.down && module.down !== "irreversible" && !throwsOnly(module.down) ? await run(module.down) : null;
  const derived = module.down === void 0 && (dialect.derivesDown?.(up) ?? false);
  const section = (fn) => fn && fn !== "irreversible" ? functionSection(text, fn.start, fn.end) : null;
  return {
    up: up.toParsed(),
    down: down?.toParsed() ?? null,
    ...derived ? { implicitRollback: true } : {},
    transaction: !noTransaction,
    sections: { up: section(module.up), down: section(module.down), transaction: !noTransaction }
  };
}
function readModule(program) {
  const functions = /* @__PURE__ */ new Map();
  const values = /* @__PURE__ */ new Map();
  const exported = /* @__PURE__ */ new Map();
  for (const statement of program.body ?? []) {
    const declaration = statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
    const isExport = statement.type === "ExportNamedDeclaration";
    if (declaration?.type === "FunctionDeclaration" && declaration.id?.name) {
      functions.set(declaration.id.name, declaration);
      if (isExport) exported.set(declaration.id.name, declaration);
    }
    if (declaration?.type === "VariableDeclaration") {
      for (const declarator of declaration.declarations ?? []) {
        if (declarator.id?.type !== "Identifier" || !declarator.init) continue;
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
        if (typeof local === "string" && typeof name === "string") exported.set(name, { type: "Identifier", name: local });
      }
    }
    if (statement.type === "ExportDefaultDeclaration") readObject(unwrap(statement.declaration), exported, values);
    if (statement.type === "ExpressionStatement" && statement.expression?.type === "AssignmentExpression") {
      const { left, right } = statement.expression;
      const target = memberPath(left);
      if (target === "module.exports" || target === "exports") readObject(unwrap(right), exported, values);
      const match = /^(?:module\.)?exports\.(\w+)$/.exec(target ?? "");
      if (match) exported.set(match[1], unwrap(right));
    }
  }
  const resolve = (node, seen = 0) => {
    if (node?.type === "Identifier" && seen < 5) return resolve(functions.get(node.name) ?? values.get(node.name), seen + 1);
    return node;
  };
  const up = resolve(exported.get("up"));
  const downNode = resolve(exported.get("down"));
  const down = downNode?.type === "BooleanLiteral" && downNode.value === false ? "irreversible" : isFunction(downNode) ? downNode : void 0;
  const config = resolve(exported.get("config"));
  const noTransaction = config?.type === "ObjectExpression" && (config.properties ?? []).some((p) => keyName(p) === "transaction" && p.value?.type === "BooleanLiteral" && p.value.value === false);
  return { ...isFunction(up) ? { up } : {}, ...down ? { down } : {}, functions, noTransaction };
}
function readObject(node, into, values) {
  const object = node?.type === "Identifier" ? values.get(node.name) : node;
  if (object?.type !== "ObjectExpression") return;
  for (const property of object.properties ?? []) {
    const key = keyName(property);
    if (key === null) continue;
    if (property.type === "ObjectMethod") into.set(key, property);
    else if (property.type === "ObjectProperty") into.set(key, unwrap(property.value));
  }
}
function keyName(property) {
  if (property.computed) return property.key?.type === "StringLiteral" ? property.key.value : null;
  return property.key?.type === "Identifier" ? property.key.name : property.key?.type === "StringLiteral" ? property.key.value : null;
}
function memberPath(node) {
  if (node?.type === "Identifier") return node.name;
  if (node?.type !== "MemberExpression" || node.computed || node.property?.type !== "Identifier") return null;
  const object = memberPath(node.object);
  return object === null ? null : `${object}.${node.property.name}`;
}
function unwrap(node) {
  let current = node;
  while (current && (current.type === "TSAsExpression" || current.type === "TSSatisfiesExpression" || current.type === "TSNonNullExpression" || current.type === "ParenthesizedExpression" || current.type === "TSTypeAssertion")) {
    current = current.expression;
  }
  return current;
}
function isFunction(node) {
  return node?.type === "FunctionExpression" || node?.type === "ArrowFunctionExpression" || node?.type === "FunctionDeclaration" || node?.type === "ObjectMethod";
}
function paramName(param) {
  if (param?.type === "Identifier") return param.name;
  if (param?.type === "AssignmentPattern") return paramName(param.left);
  if (param?.type === "TSParameterProperty") return paramName(param.parameter);
  return null;
}
function throwsOnly(fn) {
  const body = fn.body;
  if (body?.type !== "BlockStatement") return false;
  const statements = body.body ?? [];
  return statements.length > 0 && statements.every((s) => s.type === "ThrowStatement");
}
function toChain(call) {
  const links = [];
  let current = call;
  let pendingArgs = null;
  let pendingEnd = 0;
  for (; ; ) {
    current = unwrap(current);
    if (!current) return null;
    if (current.type === "AwaitExpression") {
      current = current.argument;
      continue;
    }
    if (current.type === "CallExpression" || current.type === "OptionalCallExpression") {
      if (pendingArgs !== null) return null;
      pendingArgs = current.arguments ?? [];
      pendingEnd = current.end;
      const callee = unwrap(current.callee);
      if (callee?.type === "Identifier") {
        return { root: callee.name, start: callee.start, rootArgs: pendingArgs, links: links.reverse(), node: call };
      }
      current = callee;
      continue;
    }
    if (current.type === "MemberExpression" || current.type === "OptionalMemberExpression") {
      const property = current.property;
      const name = current.computed ? property?.type === "StringLiteral" ? property.value : null : property?.name;
      if (typeof name !== "string") return null;
      links.push({ name, args: pendingArgs, start: property.start, end: pendingArgs !== null ? pendingEnd : property.end });
      pendingArgs = null;
      current = current.object;
      continue;
    }
    if (current.type === "Identifier" && pendingArgs === null) {
      return { root: current.name, start: current.start, rootArgs: null, links: links.reverse(), node: call };
    }
    return null;
  }
}
async function walk(node, scope, dialect) {
  if (!node || typeof node !== "object") return;
  const walker = (child, inner) => walk(child, inner, dialect);
  if (node.type === "CallExpression" || node.type === "OptionalCallExpression" || node.type === "AwaitExpression") {
    const chain = node.type === "AwaitExpression" ? null : toChain(node);
    if (chain && scope.receivers.has(chain.root) && await dialect.handle(chain, scope, walker)) return;
    if (chain && chain.rootArgs !== null && chain.links.length === 0 && await callHelper(chain, scope, dialect)) return;
  }
  for (const key of Object.keys(node)) {
    if (key === "loc" || key === "extra" || key === "leadingComments" || key === "trailingComments" || key === "innerComments") continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === "string") await walk(item, scope, dialect);
    } else if (value && typeof value === "object" && typeof value.type === "string") {
      await walk(value, scope, dialect);
    }
  }
}
async function callHelper(chain, scope, dialect) {
  const args = chain.rootArgs ?? [];
  const passed = args.map((arg) => arg.type === "Identifier" && scope.receivers.has(arg.name) ? true : false);
  if (!passed.some(Boolean)) return false;
  const fn = scope.functions.get(chain.root);
  if (fn && scope.depth < 4) {
    const receivers = /* @__PURE__ */ new Set();
    (fn.params ?? []).forEach((param, index) => {
      const name = paramName(param);
      if (name && passed[index]) receivers.add(name);
    });
    const inner = { ...scope, receivers, depth: scope.depth + 1 };
    await walk(fn.body, inner, dialect);
    scope.noTransaction ||= inner.noTransaction;
    return true;
  }
  const node = chain.node;
  scope.out.builder(`${dialect.name}.call`, scope.text, node.start, node.end, [{ kind: "other", phase: null, description: `${chain.root}(\u2026)` }]);
  return true;
}
function literalText(node, text) {
  const n = unwrap(node);
  if (!n) return null;
  if (n.type === "StringLiteral") return decodeJs(text, n.start + 1, n.end - 1, false, n.value);
  if (n.type === "TemplateLiteral") {
    if ((n.expressions ?? []).length > 0 || (n.quasis ?? []).length !== 1) return null;
    const cooked = n.quasis[0].value?.cooked;
    return typeof cooked === "string" ? decodeJs(text, n.start + 1, n.end - 1, true, cooked) : null;
  }
  if (n.type === "BinaryExpression" && n.operator === "+") {
    const left = literalText(n.left, text);
    const right = literalText(n.right, text);
    if (!left || !right) return null;
    const value = left.value + right.value;
    return { value, indices: [...left.indices.slice(0, -1), ...right.indices] };
  }
  return null;
}
function stringValue(node, text) {
  return literalText(node, text)?.value ?? null;
}
var SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", v: "\v" };
function decodeJs(text, start, end, template, expected) {
  const raw = text.slice(start, end);
  if (raw === expected) {
    const indices = Array.from({ length: raw.length + 1 }, (_, i2) => start + i2);
    return { value: raw, indices };
  }
  const literal = new LiteralBuilder();
  const push = (units, at) => literal.push(units, at);
  let i = start;
  while (i < end) {
    const c = text[i];
    if (template && c === "\r") {
      push("\n", i);
      i += text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (c !== "\\") {
      push(c, i);
      i++;
      continue;
    }
    const next = text[i + 1] ?? "";
    const at = i;
    if (SIMPLE_ESCAPES[next] !== void 0) {
      push(SIMPLE_ESCAPES[next], at);
      i += 2;
    } else if (next === "\r" || next === "\n" || next === "\u2028" || next === "\u2029") {
      i += next === "\r" && text[i + 2] === "\n" ? 3 : 2;
    } else if (next === "x") {
      push(String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16)), at);
      i += 4;
    } else if (next === "u" && text[i + 2] === "{") {
      const close = text.indexOf("}", i);
      push(String.fromCodePoint(parseInt(text.slice(i + 3, close), 16)), at);
      i = close + 1;
    } else if (next === "u") {
      push(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), at);
      i += 6;
    } else if (next === "0" && !/[0-9]/.test(text[i + 2] ?? "")) {
      push("\0", at);
      i += 2;
    } else {
      push(next, at);
      i += 2;
    }
  }
  const decoded = literal.finish(end);
  return decoded.value === expected ? decoded : null;
}

export {
  readJavaScriptMigration,
  unwrap,
  isFunction,
  paramName,
  toChain,
  walk,
  literalText,
  stringValue
};
