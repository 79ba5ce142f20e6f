/** The human report: each finding with its source line underlined, then a count. */
import type { Finding, LintResult, Severity, SkippedDirectory } from '../types.js';
import type { RenderOptions } from './index.js';
import { createSourceLineReader } from './source-lines.js';

const TAB_WIDTH = 4;
/** Longest stretch of a source line shown, in terminal columns; longer lines show a window around the marker. */
const MAX_SNIPPET_WIDTH = 100;
/** Columns kept before the marker when a long line is cut. */
const SNIPPET_CONTEXT = 24;

type Paint = (text: string) => string;
interface Palette {
  severity: Record<Severity, Paint>;
  dim: Paint;
  bold: Paint;
  ok: Paint;
}

/** One code point of a source line as the terminal shows it. */
interface Cell {
  text: string;
  width: number;
  /** UTF-16 offset of the code point in the line. */
  offset: number;
}

/** Renders the findings for a terminal; ANSI colours only when `options.color`. */
export function render(result: LintResult, options: RenderOptions): string {
  const palette = createPalette(options.color);
  const readLine = createSourceLineReader(result.sources);
  const blocks = result.findings.map((finding) => renderFinding(finding, readLine(finding.file, finding.line), palette));
  const skipped = (result.skippedDirectories ?? []).map((directory) => renderSkipped(directory, palette));
  return [...blocks, ...skipped, renderCount(result, palette)].join('\n\n') + '\n';
}

function createPalette(color: boolean): Palette {
  const paint = (open: number, close: number): Paint =>
    color ? (text) => `\x1b[${open}m${text}\x1b[${close}m` : (text) => text;
  return {
    severity: { error: paint(31, 39), warning: paint(33, 39) },
    dim: paint(2, 22),
    bold: paint(1, 22),
    ok: paint(32, 39),
  };
}

function renderFinding(finding: Finding, lineText: string | undefined, palette: Palette): string {
  const paintSeverity = palette.severity[finding.severity];
  const location = palette.bold(sanitize(`${finding.file}:${finding.line}:${finding.column}`));
  const lines = [
    `${location}  ${paintSeverity(finding.severity)}  ${palette.dim(sanitize(finding.ruleId))}`,
    indent(finding.message, '  ', '  '),
  ];
  if (lineText !== undefined) lines.push(...renderSnippet(finding, lineText, paintSeverity));
  if (finding.help !== '') lines.push(indent(finding.help, '  help: ', '        '));
  return lines.join('\n');
}

function renderSnippet(finding: Finding, lineText: string, paint: Paint): string[] {
  const cells = splitCells(lineText);
  const start = finding.column - 1;
  // A range that runs onto later lines is marked to the end of its first line.
  const end = finding.endLine > finding.line ? lineText.length : Math.max(start, finding.endColumn - 1);
  const first = findCell(cells, start);
  const last = findCell(cells, end);
  const [from, to] = chooseWindow(cells, first);
  const head = from > 0 ? '…' : '';
  const tail = to < cells.length ? '…' : '';
  const shown = head + cells.slice(from, to).map((cell) => cell.text).join('') + tail;

  const markerStart = head.length + sumWidth(cells, from, Math.min(first, to));
  // A marker cut by the window end also underlines the `…`.
  const markerWidth = sumWidth(cells, Math.min(first, to), Math.min(last, to)) + (last > to ? 1 : 0);
  const marker = '^' + '~'.repeat(Math.max(0, markerWidth - 1));

  const gutter = String(finding.line);
  return [
    `  ${gutter} | ${shown}`.trimEnd(),
    `  ${' '.repeat(gutter.length)} | ${' '.repeat(markerStart)}${paint(marker)}`,
  ];
}

/** Index of the first cell at or after UTF-16 `offset`, or the cell count when the offset is past the end. */
function findCell(cells: Cell[], offset: number): number {
  const index = cells.findIndex((cell) => cell.offset >= offset);
  return index === -1 ? cells.length : index;
}

/** The cells [from, to) to show: the whole line when it fits, else a window with context before the marker. */
function chooseWindow(cells: Cell[], first: number): [number, number] {
  if (sumWidth(cells, 0, cells.length) <= MAX_SNIPPET_WIDTH) return [0, cells.length];
  let from = first;
  for (let before = 0; from > 0 && before + cells[from - 1]!.width <= SNIPPET_CONTEXT; from--) {
    before += cells[from - 1]!.width;
  }
  const room = MAX_SNIPPET_WIDTH - (from > 0 ? 1 : 0);
  let to = from;
  let width = 0;
  for (; to < cells.length && width + cells[to]!.width <= room; to++) width += cells[to]!.width;
  // Leave a column for the `…` that says the line goes on.
  for (; to < cells.length && to > from && width + 1 > room; to--) width -= cells[to - 1]!.width;
  return [from, to];
}

/** Splits a line into terminal cells: tabs expanded to the next stop, unsafe characters made visible. */
function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  let offset = 0;
  for (const char of line) {
    let text: string;
    let width: number;
    if (char === '\t') {
      width = TAB_WIDTH - (column % TAB_WIDTH);
      text = ' '.repeat(width);
    } else {
      text = sanitize(char);
      width = measureWidth(text);
    }
    cells.push({ text, width, offset });
    column += width;
    offset += char.length;
  }
  return cells;
}

function sumWidth(cells: Cell[], from: number, to: number): number {
  let width = 0;
  for (let index = from; index < to; index++) width += cells[index]!.width;
  return width;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\ufe00-\ufe0f]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

/** Terminal columns a single code point takes: 0 for combining marks, 2 for East Asian wide characters and emoji. */
function measureWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  if (EMOJI.test(char)) return 2;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/**
 * Makes text from migrations safe to print on one line: control characters (an ESC in a SQL string
 * could recolour or clear the terminal) become their visible pictures, bidirectional overrides U+FFFD.
 */
function sanitize(text: string): string {
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]/gu, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** Sanitizes each line of a possibly multi-line text and indents it. */
function indent(text: string, first: string, rest: string): string {
  return text
    .split(/\r?\n/)
    .map((line, index) => (index === 0 ? first : rest) + sanitize(line))
    .join('\n');
}

/** A directory left unlinted: once, whatever number of its files the change touches. */
function renderSkipped(directory: SkippedDirectory, palette: Palette): string {
  return [
    `${palette.bold(sanitize(`${directory.path}/`))}  ${palette.severity.warning('not linted')}`,
    indent(directory.detail, '  ', '  '),
    indent(directory.fix, '  fix: ', '       '),
  ].join('\n');
}

function renderCount(result: LintResult, palette: Palette): string {
  const { errors, warnings } = result.summary;
  const problems = errors + warnings;
  if (problems === 0) return palette.ok(`✔ No problems in ${pluralize(result.migrations.length, 'migration')}.`);
  const paint = errors > 0 ? palette.severity.error : palette.severity.warning;
  return paint(
    palette.bold(`✖ ${pluralize(problems, 'problem')} (${pluralize(errors, 'error')}, ${pluralize(warnings, 'warning')})`),
  );
}

function pluralize(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
