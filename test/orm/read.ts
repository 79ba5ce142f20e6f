/** Reads a migration's text with a convention's reader and describes its statements briefly, for table-like tests. */
import { conventions } from '../../src/conventions/index.js';
import type { MigrationRead } from '../../src/conventions/types.js';
import { describeAction } from '../../src/rule.js';
import type { ParsedSql } from '../../src/sql/parse.js';
import { LineIndex } from '../../src/sql/locate.js';
import type { ConventionId } from '../../src/types.js';

export interface Read extends MigrationRead {
  up: ParsedSql;
  /** Whether the file holds its rollback: a down, or one its tool derives. */
  hasRollback: boolean;
  sections: NonNullable<MigrationRead['sections']>;
}

export async function read(convention: ConventionId, path: string, text: string): Promise<Read> {
  const source = await conventions[convention].read!(text, path, new LineIndex(text));
  return {
    ...source,
    up: source.up!,
    hasRollback: source.down !== null || source.implicitRollback === true,
    sections: source.sections ?? { up: null, down: null, transaction: true },
  };
}

/** Each statement as `<line>:<column> <action>; <action>`. */
export function describe(sql: ParsedSql | null): string[] {
  return (sql?.statements ?? []).map(
    (s) => `${s.range.start.line}:${s.range.start.column} ${s.actions.map(describeAction).join('; ')}`,
  );
}
