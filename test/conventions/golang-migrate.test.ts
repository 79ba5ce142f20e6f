import { describe, expect, it } from 'vitest';
import { golangMigrate } from '../../src/conventions/golang-migrate.js';
import type { ParsedName } from '../../src/types.js';

const { parseName, isRollbackOf } = golangMigrate;

describe('golang-migrate names', () => {
  it.each<[string, ParsedName | null]>([
    ['000001_create_users.up.sql', { version: '000001', name: 'create_users', direction: 'up', kind: 'versioned' }],
    ['000001_create_users.down.sql', { version: '000001', name: 'create_users', direction: 'down', kind: 'versioned' }],
    ['20260213010000_add_email.up.sql', { version: '20260213010000', name: 'add_email', direction: 'up', kind: 'versioned' }],
    ['1_x.UP.SQL', { version: '1', name: 'x', direction: 'up', kind: 'versioned' }],
    ['2_add e-mail colonne été.down.sql', { version: '2', name: 'add e-mail colonne été', direction: 'down', kind: 'versioned' }],
    ['3_-leading-dash.up.sql', { version: '3', name: '-leading-dash', direction: 'up', kind: 'versioned' }],
    ['4_v1.2.up.sql', { version: '4', name: 'v1.2', direction: 'up', kind: 'versioned' }],
    ['000001_create_users.sql', null],
    ['000001.up.sql', null],
    ['create_users.up.sql', null],
    ['-000001_x.up.sql', null],
    ['000001_x.up.txt', null],
    ['V1__init.sql', null],
  ])('%s', (fileName, expected) => {
    expect(parseName(fileName)).toEqual(expected);
  });
});

describe('golang-migrate rollback pairing', () => {
  const name = (fileName: string): ParsedName => parseName(fileName) ?? expect.unreachable(fileName);
  it.each<[string, string, boolean]>([
    ['000001_create_users.down.sql', '000001_create_users.up.sql', true],
    ['1_whatever.down.sql', '000001_create_users.up.sql', true],
    ['000002_create_users.down.sql', '000001_create_users.up.sql', false],
    ['000001_create_users.up.sql', '000001_create_users.up.sql', false],
    ['20260213010000_x.down.sql', '20260213010001_x.up.sql', false],
  ])('%s rolls back %s: %s', (candidate, up, expected) => {
    expect(isRollbackOf(name(candidate), name(up))).toBe(expected);
  });
});
