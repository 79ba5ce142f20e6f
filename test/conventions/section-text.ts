/** Turns sections back into text and line numbers, so tests read as the file a user wrote. */
import type { FileSections } from '../../src/conventions/index.js';

export function readSectionTexts(text: string, sections: FileSections): { up: string | null; down: string | null } {
  return {
    up: sections.up ? text.slice(sections.up.start, sections.up.end) : null,
    down: sections.down ? text.slice(sections.down.start, sections.down.end) : null,
  };
}

/** The 1-based line an index falls on, counting `\n` as editors do. */
export function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}
