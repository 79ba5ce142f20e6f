/**
 * Turns a statement's AST back into SQL, so that help can show the user's own statement rewritten (CONCURRENTLY added,
 * NOT VALID appended) rather than text pieced together. The deparser loads on first use: only a run that reports a
 * finding with such help pays for it.
 */

type Deparser = typeof import('pgsql-deparser');

let deparser: Promise<Deparser> | null = null;

/** One statement as SQL on one line, without a trailing semicolon: `{ IndexStmt: {…} }` → `CREATE INDEX …`. */
export async function deparseStatement(type: string, node: Record<string, unknown>): Promise<string> {
  deparser ??= import('pgsql-deparser');
  const module = await deparser;
  // Bundled, the package is CommonJS: its exports arrive under `default`.
  const { deparseSync } = (module as Deparser & { default?: Deparser }).default ?? module;
  return deparseSync({ [type]: node } as never, { pretty: false }).replace(/;\s*$/, '');
}
