/** The default globs are matched by expressions compiled at build time: they must answer as picomatch does. */
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NON_CODE } from '../../src/config.js';
import { createGlobMatcher, GLOB_OPTIONS } from '../../src/conventions/glob-matcher.js';
import { compiledMatcher, loadGlobMatcher } from '../../src/conventions/globs.js';
import { COMPILED_GLOBS } from '../../src/conventions/globs.generated.js';
import { DEFAULT_MIGRATION_GLOBS } from '../../src/conventions/index.js';

const DEFAULT_LISTS = [DEFAULT_MIGRATION_GLOBS, DEFAULT_NON_CODE];

/** Paths built from the segments the default globs name, and the ones that trip glob matchers: dots, dot files, line breaks. */
const SEGMENTS = ['migrations', 'migration', 'db', 'migrate', 'src', 'main', 'resources', 'alembic', 'versions', 'docs', '.github', '.husky',
  'LICENSE', 'LICENSE.md', 'README.md', 'x.sql', '.', '..', '.hidden', 'a\nb', '', '.migration-lint.json', '.gitignore', 'notes.MD'];
const paths = fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 6 }).map((segments) => segments.join('/'));

describe('the compiled default globs', () => {
  it('are the expressions picomatch compiles the defaults to now (npm run generate writes them)', () => {
    expect(COMPILED_GLOBS.map((entry) => entry.globs)).toEqual(DEFAULT_LISTS);
    for (const entry of COMPILED_GLOBS) {
      expect(entry.patterns.map(String)).toEqual(entry.globs.map((glob) => String(picomatch.makeRe(glob, GLOB_OPTIONS))));
    }
  });

  it.each([
    ['db/migrations/20260101000000_x.sql', true],
    ['services/api/migrations/001.up.sql', true],
    ['db/migrate/20260101000000_x.rb', true],
    ['src/main/resources/db/migration/V1__init.sql', true],
    ['app/alembic/versions/a1_x.py', true],
    ['migrations', true],
    ['src/orders/module.ts', false],
    ['db/migrations.sql', false],
    ['', false],
  ])('match %j as picomatch does: %s', (path, expected) => {
    expect(compiledMatcher(DEFAULT_MIGRATION_GLOBS)!(path)).toBe(expected);
    expect(createGlobMatcher(DEFAULT_MIGRATION_GLOBS)(path)).toBe(expected);
  });

  it('agree with picomatch on every path, for both default lists', () => {
    for (const globs of DEFAULT_LISTS) {
      const compiled = compiledMatcher(globs)!;
      const reference = createGlobMatcher(globs);
      fc.assert(fc.property(paths, (path) => compiled(path) === reference(path)), { numRuns: 2000 });
    }
  });

  it('stand only for the default lists: any other list (one glob less, or reordered) is compiled by picomatch', async () => {
    expect(compiledMatcher(DEFAULT_MIGRATION_GLOBS.slice(1))).toBeNull();
    expect(compiledMatcher([...DEFAULT_MIGRATION_GLOBS].reverse())).toBeNull();
    const configured = await loadGlobMatcher(['schema/changes/**', '!schema/changes/drafts/**']);
    expect(configured('schema/changes/001.sql')).toBe(true);
    expect(configured('schema/changes/drafts/002.sql')).toBe(false);
    expect(configured('db/migrations/001.sql')).toBe(false);
  });
});
