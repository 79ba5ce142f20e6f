import { describe, expect, it } from 'vitest';
import { timestamp } from '../../src/conventions/timestamp.js';
import type { ParsedName } from '../../src/types.js';

const { parseName, isRollbackOf } = timestamp;

const up = (version: string, name: string): ParsedName => ({ version, name, direction: 'up', kind: 'versioned' });
const down = (version: string, name: string): ParsedName => ({ version, name, direction: 'down', kind: 'versioned' });

describe('timestamp names', () => {
  it.each<[string, ParsedName | null]>([
    ['20260213010000_add_email.sql', up('20260213010000', 'add_email')],
    ['20260213-add-email.sql', up('20260213', 'add-email')],
    ['20260213010000.sql', up('20260213010000', '')],
    ['001_init.sql', up('001', 'init')],
    ['1_init.SQL', up('1', 'init')],
    ['20260213010000123_x.sql', up('20260213010000123', 'x')],
    ['001_add email été.sql', up('001', 'add email été')],
    ['001_-dash.sql', up('001', '-dash')],
    ['001--dash.sql', up('001', '-dash')],
    ['001_v1.2_fix.sql', up('001', 'v1.2_fix')],
    ['001_init.up.sql', up('001', 'init')],
    ['001_init.down.sql', down('001', 'init')],
    ['001_init.rollback.sql', down('001', 'init')],
    ['001_init.undo.sql', down('001', 'init')],
    ['001_init.DOWN.SQL', down('001', 'init')],
    ['001.down.sql', down('001', '')],
    ['add_email.sql', null],
    ['README.sql', null],
    ['-001_x.sql', null],
    ['001x.sql', null],
    ['001 x.sql', null],
    ['201602130100001234_x.sql', null],
    ['V1__init.sql', null],
    ['001_init.txt', null],
    ['001_init.sql.bak', null],
  ])('%s', (fileName, expected) => {
    expect(parseName(fileName)).toEqual(expected);
  });
});

describe('timestamp rollback pairing', () => {
  const name = (fileName: string): ParsedName => parseName(fileName) ?? expect.unreachable(fileName);
  it.each<[string, string, boolean]>([
    ['20260213010000_add_email.down.sql', '20260213010000_add_email.sql', true],
    ['20260213010000_add_email.rollback.sql', '20260213010000_add_email.sql', true],
    ['20260213010000_add_email.undo.sql', '20260213010000_add_email.up.sql', true],
    ['001.down.sql', '001.sql', true],
    ['1_x.down.sql', '001_x.sql', true],
    ['001_other.down.sql', '001_add_email.sql', false],
    ['002_add_email.down.sql', '001_add_email.sql', false],
    ['001_add_email.sql', '001_add_email.sql', false],
  ])('%s rolls back %s: %s', (candidate, up, expected) => {
    expect(isRollbackOf(name(candidate), name(up))).toBe(expected);
  });
});
