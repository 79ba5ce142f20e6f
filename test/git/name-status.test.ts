/** parseNameStatus reads every status `git diff --name-status -z` prints, whatever the file names. */
import { describe, expect, it } from 'vitest';
import { parseNameStatus } from '../../src/git/name-status.js';

describe('parseNameStatus', () => {
  it('reads added, modified, deleted, renamed, copied, type-changed and unmerged paths', () => {
    const output = ['A', 'a.sql', 'M', 'm.sql', 'D', 'd.sql', 'R087', 'old.sql', 'new.sql', 'C100', 'src.sql', 'copy.sql', 'T', 't.sql', 'U', 'u.sql', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { path: 'a.sql', status: 'added' },
      { path: 'm.sql', status: 'modified' },
      { path: 'd.sql', status: 'deleted' },
      { path: 'new.sql', status: 'renamed', oldPath: 'old.sql' },
      { path: 'copy.sql', status: 'added' },
      { path: 't.sql', status: 'modified' },
      { path: 'u.sql', status: 'modified' },
    ]);
  });

  it('keeps names that look like statuses, options or line breaks as they are', () => {
    const output = ['A', 'M', 'R100', '-x\n.sql', 'D', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { path: 'M', status: 'added' },
      { path: 'D', status: 'renamed', oldPath: '-x\n.sql' },
    ]);
  });

  it('reads the --raw form, and marks what becomes a symbolic link', () => {
    const z = '0000000';
    const output = [`:000000 100644 ${z} abc1234 A`, 'a.sql', `:000000 120000 ${z} abc1234 A`, 'link\n.sql', `:100644 100644 abc1234 def5678 R091`, 'old.sql', 'new.sql', ''].join('\0');
    expect(parseNameStatus(output)).toEqual([
      { path: 'a.sql', status: 'added' },
      { path: 'link\n.sql', status: 'added', symlink: true },
      { path: 'new.sql', status: 'renamed', oldPath: 'old.sql' },
    ]);
  });

  it('reads empty output as no change', () => {
    expect(parseNameStatus('')).toEqual([]);
  });

  it('rejects truncated output and unknown statuses', () => {
    expect(() => parseNameStatus('R100\0old.sql\0')).toThrow(/truncated/);
    expect(() => parseNameStatus('X\0a.sql\0')).toThrow(/unexpected status "X"/);
  });
});
