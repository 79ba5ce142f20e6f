/**
 * Glob matchers for a run. The default globs (where migrations live, what is not application code) are matched by
 * regular expressions picomatch compiled at build time (globs.generated.ts): a commit of application code, the hook's
 * most common run, then loads no glob library. Globs a config names load picomatch.
 */
import { COMPILED_GLOBS } from './globs.generated.js';

export type PathMatcher = (path: string) => boolean;

/** The matcher of `globs`, as createGlobMatcher (glob-matcher.ts) builds it. */
export async function loadGlobMatcher(globs: string[]): Promise<PathMatcher> {
  return compiledMatcher(globs) ?? (await import('./glob-matcher.js')).createGlobMatcher(globs);
}

/** The build-time matcher of a default list, or null for any other list. */
export function compiledMatcher(globs: readonly string[]): PathMatcher | null {
  const compiled = COMPILED_GLOBS.find((entry) => entry.globs.length === globs.length && entry.globs.every((glob, i) => glob === globs[i]));
  if (compiled === undefined) return null;
  // picomatch's own test: a path is matched by a glob it equals, or by the glob's expression; never the empty path.
  // A path without the glob's plain text cannot match it: most paths never run (nor compile) an expression.
  const { globs: list, literals, patterns } = compiled;
  return (path) => path !== '' && list.some((glob, i) => path === glob || (path.includes(literals[i]!) && patterns[i]!.test(path)));
}
