import { describe, expect, it } from 'vitest';
import { goose } from '../../src/conventions/goose.js';
import type { ParsedName } from '../../src/types.js';
import { lineAt, readSectionTexts } from './section-text.js';

describe('goose names', () => {
  it.each<[string, ParsedName | null]>([
    ['00001_create_users.sql', { version: '00001', name: 'create_users', direction: 'both', kind: 'versioned' }],
    ['20260213010000_add_email.sql', { version: '20260213010000', name: 'add_email', direction: 'both', kind: 'versioned' }],
    ['00002_Add Index.SQL', { version: '00002', name: 'Add Index', direction: 'both', kind: 'versioned' }],
    ['3_ajouter_l’index_été.sql', { version: '3', name: 'ajouter_l’index_été', direction: 'both', kind: 'versioned' }],
    ['4_-dash.sql', { version: '4', name: '-dash', direction: 'both', kind: 'versioned' }],
    ['add_email.sql', null],
    ['00001.sql', null],
    ['00001-create.sql', null],
    ['-00001_x.sql', null],
    ['00001_create_users.go', null],
  ])('%s', (fileName, expected) => {
    expect(goose.parseName(fileName)).toEqual(expected);
  });
});

describe('goose sections', () => {
  it.each<[string, string, { up: string | null; down: string | null }]>([
    [
      'up then down',
      '-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n',
      { up: 'CREATE TABLE t (id int);\n', down: 'DROP TABLE t;\n' },
    ],
    ['up only', '-- +goose Up\nSELECT 1;', { up: 'SELECT 1;', down: null }],
    ['down only', '-- +goose Down\nSELECT 1;', { up: null, down: 'SELECT 1;' }],
    ['no markers', 'SELECT 1;\n', { up: null, down: null }],
    ['empty file', '', { up: null, down: null }],
    ['marker on the last line, no newline', 'SELECT 0;\n-- +goose Up', { up: '', down: null }],
    [
      'case and spacing',
      '--   +goose   up  \nSELECT 1;\n  -- +GOOSE DOWN\nSELECT 2;',
      { up: 'SELECT 1;\n', down: 'SELECT 2;' },
    ],
    [
      'statement blocks stay in the section',
      '-- +goose Up\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n-- +goose StatementEnd\n-- +goose Down\nDROP FUNCTION f;\n',
      {
        up: '-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\n-- +goose StatementEnd\n',
        down: 'DROP FUNCTION f;\n',
      },
    ],
    [
      'CRLF line endings',
      '-- +goose Up\r\nCREATE TABLE t (id int);\r\n-- +goose Down\r\nDROP TABLE t;\r\n',
      { up: 'CREATE TABLE t (id int);\r\n', down: 'DROP TABLE t;\r\n' },
    ],
    [
      'byte order mark before the first marker',
      '\uFEFF-- +goose Up\nSELECT 1;\n',
      { up: 'SELECT 1;\n', down: null },
    ],
    [
      'marker words inside other text are not markers',
      '-- +goose Up\nSELECT \'-- +goose Down\';\n-- +goose Upgrade notes\n',
      { up: 'SELECT \'-- +goose Down\';\n-- +goose Upgrade notes\n', down: null },
    ],
  ])('%s', (_, text, expected) => {
    expect(readSectionTexts(text, goose.sections(text))).toEqual(expected);
  });

  it('gives JS string indices that keep line numbers true after non-ASCII text and CRLF', () => {
    const text =
      '-- Crée la table 🧪 des utilisateurs\r\n-- +goose Up\r\nCREATE TABLE "usagers_é" (nom text);\r\n-- +goose Down\r\nDROP TABLE "usagers_é";\r\n';
    const sections = goose.sections(text);
    expect(lineAt(text, sections.up!.start)).toBe(3);
    expect(lineAt(text, sections.down!.start)).toBe(5);
    expect(text.slice(sections.up!.start, sections.up!.end)).toBe('CREATE TABLE "usagers_é" (nom text);\r\n');
    expect(text.slice(sections.down!.start)).toBe('DROP TABLE "usagers_é";\r\n');
  });

  it.each<[string, string, boolean]>([
    ['runs in a transaction by default', '-- +goose Up\nSELECT 1;\n', true],
    ['NO TRANSACTION before Up', '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY i ON t (c);\n', false],
    ['NO TRANSACTION anywhere, any case, CRLF', '-- +goose Up\r\nSELECT 1;\r\n--  +goose  no   transaction\r\n', false],
    ['only as a marker line', '-- +goose Up\nSELECT \'-- +goose NO TRANSACTION\';\n', true],
  ])('%s', (_, text, expected) => {
    expect(goose.sections(text).transaction).toBe(expected);
  });
});
