/** Sets one member of a JSON document by editing its text in place, so indentation, key order, line endings and every other byte stay as the author wrote them. */

interface JsonNode {
  start: number;
  end: number;
  /** Present for objects only, in document order. */
  members?: JsonMember[];
}

interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

/** How the document is laid out, read from the text itself. */
interface Layout {
  eol: string;
  /** One level of indentation; empty for a document on one line. */
  unit: string;
  /** What separates a key from its value (`": "` in most files). */
  colon: string;
}

/**
 * The text with `path` set to `value`: an existing member's value is replaced, a missing one is
 * inserted (with any missing parent objects) last, or with `sorted` in key order when the object's
 * keys already are (as npm keeps dependencies). `text` must be valid JSON whose values along `path`
 * are objects.
 */
export function setJsonMember(text: string, path: readonly string[], value: unknown, options: { sorted?: boolean } = {}): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  // The scanner trusts its input: let JSON.parse reject anything that is not JSON first.
  JSON.parse(body);
  const root = new Scanner(body).document();
  const layout = detectLayout(body, root);
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth]!;
    if (!node.members) throw new Error(`"${path.slice(0, depth).join('.')}" is not an object`);
    // JSON.parse keeps the last of duplicate keys, and so does this.
    const member = node.members.filter((m) => m.key === key).pop();
    if (!member) {
      const nested = path.slice(depth + 1).reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
      const sorted = options.sorted === true && depth === path.length - 1;
      return bom + insertMember(body, node, key, nested, layout, sorted);
    }
    if (depth === path.length - 1) {
      const serialized = serialize(value, lineIndent(body, member.keyStart), layout);
      return bom + body.slice(0, member.value.start) + serialized + body.slice(member.value.end);
    }
    node = member.value;
  }
  throw new Error('setJsonMember needs a non-empty path');
}

function insertMember(text: string, object: JsonNode, key: string, value: unknown, layout: Layout, sorted: boolean): string {
  const members = object.members!;
  const closingIndent = lineIndent(text, object.start);
  const oneLine = layout.unit === '' || (members.length > 0 && !text.slice(object.start, object.end).includes('\n'));
  const memberIndent = members.length > 0 && !oneLine ? lineIndent(text, members[0]!.keyStart) : closingIndent + layout.unit;
  const entry = `${JSON.stringify(key)}${layout.colon}${serialize(value, memberIndent, layout)}`;
  if (members.length === 0) {
    const inner = oneLine ? entry : `${layout.eol}${memberIndent}${entry}${layout.eol}${closingIndent}`;
    return `${text.slice(0, object.start)}{${inner}}${text.slice(object.end)}`;
  }
  const gap = oneLine ? oneLineGap(text, members, layout) : layout.eol + memberIndent;
  const keys = members.map((m) => m.key);
  const inOrder = sorted && keys.every((k, i) => i === 0 || keys[i - 1]! <= k);
  const before = inOrder ? members.find((m) => m.key > key) : undefined;
  if (before) return `${text.slice(0, before.keyStart)}${entry},${gap}${text.slice(before.keyStart)}`;
  const last = members[members.length - 1]!;
  return `${text.slice(0, last.value.end)},${gap}${entry}${text.slice(last.value.end)}`;
}

/** What follows the comma between two members of an object written on one line. */
function oneLineGap(text: string, members: JsonMember[], layout: Layout): string {
  if (members.length > 1) return /,(\s*)$/.exec(text.slice(members[0]!.value.end, members[1]!.keyStart))?.[1] ?? '';
  return layout.colon.endsWith(' ') ? ' ' : '';
}

/** `value` as JSON laid out like the document, nested lines indented from `indent`. */
function serialize(value: unknown, indent: string, layout: Layout): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const member = ([k, v]: [string, unknown], inner: string) => `${JSON.stringify(k)}${layout.colon}${serialize(v, inner, layout)}`;
  if (layout.unit === '') return `{${entries.map((e) => member(e, indent)).join(',')}}`;
  const inner = indent + layout.unit;
  return `{${entries.map((e) => `${layout.eol}${inner}${member(e, inner)}`).join(',')}${layout.eol}${indent}}`;
}

function detectLayout(text: string, root: JsonNode): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const unit = /\n([ \t]+)\S/.exec(text)?.[1] ?? '';
  const first = root.members?.[0];
  const between = first ? text.slice(first.keyEnd, first.value.start) : '';
  const colon = first && !between.includes('\n') ? between : unit ? ': ' : ':';
  return { eol, unit, colon };
}

/** The whitespace that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** A scanner for JSON already known to be valid: it records where each value and key sits. */
class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): JsonNode {
    this.skipSpace();
    return this.value();
  }

  private value(): JsonNode {
    const start = this.at;
    const c = this.text[this.at];
    if (c === '{') return this.object();
    if (c === '[') {
      this.at++;
      this.skipSpace();
      while (this.text[this.at] !== ']') {
        this.value();
        this.skipSpace();
        if (this.text[this.at] === ',') this.at++;
        this.skipSpace();
      }
      this.at++;
      return { start, end: this.at };
    }
    if (c === '"') {
      this.string();
      return { start, end: this.at };
    }
    while (this.at < this.text.length && !/[\s,\]}]/.test(this.text[this.at]!)) this.at++;
    return { start, end: this.at };
  }

  private object(): JsonNode {
    const start = this.at;
    const members: JsonMember[] = [];
    this.at++;
    this.skipSpace();
    while (this.text[this.at] !== '}') {
      const keyStart = this.at;
      const key = this.string();
      const keyEnd = this.at;
      this.skipSpace();
      this.at++;
      this.skipSpace();
      members.push({ key, keyStart, keyEnd, value: this.value() });
      this.skipSpace();
      if (this.text[this.at] === ',') this.at++;
      this.skipSpace();
    }
    this.at++;
    return { start, end: this.at, members };
  }

  private string(): string {
    const start = this.at;
    this.at++;
    while (this.text[this.at] !== '"') this.at += this.text[this.at] === '\\' ? 2 : 1;
    this.at++;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }
}
