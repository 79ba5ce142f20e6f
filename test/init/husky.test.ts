/** The husky pieces init computes: the prepare script, the hooks directory, the hook text. */
import { describe, expect, it } from 'vitest';
import { hookWithLint, huskyDirectory, isHuskyNineOrLater, mayStopEarly, prepareWithHusky } from '../../src/init/husky.js';

describe('prepareWithHusky', () => {
  it.each([
    [undefined, 'husky'],
    ['', 'husky'],
    ['husky', null],
    ['npx husky', null],
    ['node build.mjs && husky', null],
    ['husky .config/husky', null],
    ['(cd .. && husky)', null],
    ['node build.mjs', 'node build.mjs && husky'],
    ['husky-like-tool', 'husky-like-tool && husky'],
  ])('%j → %j', (existing, expected) => {
    expect(prepareWithHusky(existing)).toBe(expected);
  });
});

describe('huskyDirectory', () => {
  it.each([
    [undefined, '.husky'],
    ['husky', '.husky'],
    ['husky install', '.husky'],
    ['husky .config/husky', '.config/husky'],
    ['node x && husky ./hooks/', 'hooks'],
    ['husky ../outside', '.husky'],
    ['husky && tsc', '.husky'],
  ])('%j → %j', (prepare, expected) => {
    expect(huskyDirectory(prepare)).toBe(expected);
  });
});

describe('isHuskyNineOrLater', () => {
  it.each([
    ['^9.1.7', true],
    ['9.0.0', true],
    ['~10.0.0', true],
    ['latest', true],
    ['^8.0.3', false],
    ['4.3.8', false],
    ['>=8 <10', true],
  ])('%s → %s', (range, expected) => {
    expect(isHuskyNineOrLater(range)).toBe(expected);
  });
});

describe('hookWithLint', () => {
  it('writes the command into a new or empty hook', () => {
    expect(hookWithLint(null)).toBe('npx migration-lint --staged\n');
    expect(hookWithLint('\n')).toBe('npx migration-lint --staged\n');
  });

  it('appends to an existing hook, ending its last line first, keeping CRLF', () => {
    expect(hookWithLint('npm test\n')).toBe('npm test\nnpx migration-lint --staged\n');
    expect(hookWithLint('npm test')).toBe('npm test\nnpx migration-lint --staged\n');
    expect(hookWithLint('npm test\r\n')).toBe('npm test\r\nnpx migration-lint --staged\r\n');
  });

  it('leaves a hook that already runs migration-lint alone, but not one that only mentions it in a comment', () => {
    expect(hookWithLint('npx lint-staged\nnpx migration-lint --staged\n')).toBeNull();
    expect(hookWithLint('./node_modules/.bin/migration-lint --staged --max-warnings 0\n')).toBeNull();
    expect(hookWithLint('# TODO add migration-lint\nnpm test\n')).toBe('# TODO add migration-lint\nnpm test\nnpx migration-lint --staged\n');
  });

  it('notices a hook that may stop before an appended line', () => {
    expect(mayStopEarly('npm test\nexit 0\n')).toBe(true);
    expect(mayStopEarly('exec lint-staged\n')).toBe(true);
    expect(mayStopEarly('npm test\n')).toBe(false);
  });
});
