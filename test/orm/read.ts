/** Reads a migration's text with a convention's reader and describes its statements briefly, for table-like tests. */
import { conventions } from '../../src/conventions/index.js';
import type { MigrationSource } from '../../src/orm/source.js';
import { describeAction } from '../../src/rule.js';
import type { ParsedSql } from '../../src/sql/parse.js';
import { LineIndex } from '../../src/sql/locate.js';
import type { ConventionId } from '../../src/types.js';

export async function read(convention: ConventionId, path: string, text: string): Promise<MigrationSource> {
  return conventions[convention].read!(text, path, new LineIndex(text));
}

/** Each statement as `<line>:<column> <action>; <action>`. */
export function describe(sql: ParsedSql | null): string[] {
  return (sql?.statements ?? []).map(
    (s) => `${s.range.start.line}:${s.range.start.column} ${s.actions.map(describeAction).join('; ')}`,
  );
}
