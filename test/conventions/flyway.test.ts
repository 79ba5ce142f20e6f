import { describe, expect, it } from 'vitest';
import { flyway } from '../../src/conventions/flyway.js';
import type { ParsedName } from '../../src/types.js';

const { parseName, isRollbackOf } = flyway;

describe('flyway names', () => {
  it.each<[string, ParsedName | null]>([
    ['V1__init.sql', { version: '1', name: 'init', direction: 'up', kind: 'versioned' }],
    ['V1.2.3__x.sql', { version: '1.2.3', name: 'x', direction: 'up', kind: 'versioned' }],
    ['V2_1__y.sql', { version: '2.1', name: 'y', direction: 'up', kind: 'versioned' }],
    ['V20260213010000__add.sql', { version: '20260213010000', name: 'add', direction: 'up', kind: 'versioned' }],
    ['V001__Add_email_column.SQL', { version: '001', name: 'Add_email_column', direction: 'up', kind: 'versioned' }],
    ['V3__ajouter la colonne été.sql', { version: '3', name: 'ajouter la colonne été', direction: 'up', kind: 'versioned' }],
    ['V4___leading_underscore.sql', { version: '4', name: '_leading_underscore', direction: 'up', kind: 'versioned' }],
    ['V5__-dash.sql', { version: '5', name: '-dash', direction: 'up', kind: 'versioned' }],
    ['V6__.sql', { version: '6', name: '', direction: 'up', kind: 'versioned' }],
    ['U1.2__undo_anything.sql', { version: '1.2', name: 'undo_anything', direction: 'down', kind: 'versioned' }],
    ['R__refresh_views.sql', { version: null, name: 'refresh_views', direction: 'up', kind: 'repeatable' }],
    ['v1__init.sql', null],
    ['u1__init.sql', null],
    ['r__views.sql', null],
    ['V1_init.sql', null],
    ['V1.sql', null],
    ['V__init.sql', null],
    ['V1.a__init.sql', null],
    ['V1..2__init.sql', null],
    ['B1__baseline.sql', null],
    ['001_init.sql', null],
    ['V1__init.java', null],
  ])('%s', (fileName, expected) => {
    expect(parseName(fileName)).toEqual(expected);
  });
});

describe('flyway rollback pairing', () => {
  const name = (fileName: string): ParsedName => parseName(fileName) ?? expect.unreachable(fileName);
  it.each<[string, string, boolean]>([
    ['U1__init.sql', 'V1__init.sql', true],
    ['U1__something_else.sql', 'V1__init.sql', true],
    ['U1_2__x.sql', 'V1.2__x.sql', true],
    ['U01.2__x.sql', 'V1.2__x.sql', true],
    ['U1.2__x.sql', 'V1.2.1__x.sql', false],
    ['U2__init.sql', 'V1__init.sql', false],
    ['V1__init.sql', 'V1__init.sql', false],
    ['R__views.sql', 'V1__init.sql', false],
    ['U1__x.sql', 'R__views.sql', false],
  ])('%s rolls back %s: %s', (candidate, up, expected) => {
    expect(isRollbackOf(name(candidate), name(up))).toBe(expected);
  });
});
