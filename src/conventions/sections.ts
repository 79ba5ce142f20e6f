/** Splits a single-file migration into its up and down sections at marker lines, without parsing SQL. */
import type { FileSections, Section } from './types.js';

/** What a marker line says: which section follows it, plus whatever else the tool puts on it. */
export interface Marker {
  direction: 'up' | 'down';
}

/** A section and the marker line that opened it. */
export interface MarkedSection<M extends Marker> {
  marker: M;
  section: Section;
}

interface MarkerLine<M extends Marker> {
  marker: M;
  lineStart: number;
  contentStart: number;
}

/**
 * The first up and the first down section of `text`. A section starts after its marker line
 * and ends where the next marker line begins, or at the end of the text.
 * `readMarker` sees one line without its `\n` or `\r\n`.
 */
export function splitAtMarkers<M extends Marker>(
  text: string,
  readMarker: (line: string) => M | null,
): { up: MarkedSection<M> | null; down: MarkedSection<M> | null } {
  const markers = findMarkerLines(text, readMarker);
  const sectionAfter = (direction: Marker['direction']): MarkedSection<M> | null => {
    const index = markers.findIndex((line) => line.marker.direction === direction);
    const opening = markers[index];
    if (!opening) return null;
    const end = markers[index + 1]?.lineStart ?? text.length;
    return { marker: opening.marker, section: { start: opening.contentStart, end } };
  };
  return { up: sectionAfter('up'), down: sectionAfter('down') };
}

function findMarkerLines<M extends Marker>(text: string, readMarker: (line: string) => M | null): MarkerLine<M>[] {
  const found: MarkerLine<M>[] = [];
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const marker = readMarker(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
    const contentStart = newline === -1 ? text.length : newline + 1;
    if (marker) found.push({ marker, lineStart, contentStart });
    if (newline === -1) return found;
    lineStart = contentStart;
  }
}

/** A marker line that also says whether its section runs in a transaction (dbmate, sql-migrate). */
export interface TransactionMarker extends Marker {
  transaction: boolean;
}

/** The up and down sections of `text`, each with its marker's transaction mode (a transaction when the marker says nothing). */
export function splitWithTransactions(text: string, readMarker: (line: string) => TransactionMarker | null): FileSections {
  const { up, down } = splitAtMarkers(text, readMarker);
  return {
    up: up?.section ?? null,
    down: down?.section ?? null,
    transaction: up?.marker.transaction ?? true,
    downTransaction: down?.marker.transaction ?? true,
  };
}
