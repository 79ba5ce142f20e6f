/** Looks up one line of a file's text from `LintResult.sources`, splitting each file only once per render. */

/** Returns 1-based `line` of `file` without its line break; undefined when the file's text or the line is missing. */
export type SourceLineReader = (file: string, line: number) => string | undefined;

/** Creates a reader over `sources`; lines end at `\n`, and a `\r` before it belongs to the break (CRLF files). */
export function createSourceLineReader(sources: Record<string, string>): SourceLineReader {
  const cache = new Map<string, string[]>();
  return (file, line) => {
    if (!Object.hasOwn(sources, file)) return undefined;
    let lines = cache.get(file);
    if (lines === undefined) {
      lines = (sources[file] ?? '').split('\n').map((text) => (text.endsWith('\r') ? text.slice(0, -1) : text));
      cache.set(file, lines);
    }
    return lines[line - 1];
  };
}
