import { describe, expect, it } from 'vitest';
import { dbmate } from '../../src/conventions/dbmate.js';
import type { ParsedName } from '../../src/types.js';
import { lineAt, readSectionTexts } from './section-text.js';

describe('dbmate names', () => {
  it.each<[string, ParsedName | null]>([
    ['20260213010000_create_users.sql', { version: '20260213010000', name: 'create_users', direction: 'both', kind: 'versioned' }],
    ['20260213010000_Create Users.SQL', { version: '20260213010000', name: 'Create Users', direction: 'both', kind: 'versioned' }],
    ['1_données.sql', { version: '1', name: 'données', direction: 'both', kind: 'versioned' }],
    ['create_users.sql', null],
    ['-20260213010000_x.sql', null],
    ['20260213010000_x.txt', null],
  ])('%s', (fileName, expected) => {
    expect(dbmate.parseName(fileName)).toEqual(expected);
  });
});

describe('dbmate sections', () => {
  it.each<[string, string, { up: string | null; down: string | null }]>([
    [
      'up then down',
      '-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\nDROP TABLE t;\n',
      { up: 'CREATE TABLE t (id int);\n\n', down: 'DROP TABLE t;\n' },
    ],
    ['up only', '-- migrate:up\nSELECT 1;\n', { up: 'SELECT 1;\n', down: null }],
    ['no markers', 'SELECT 1;\n', { up: null, down: null }],
    ['options on the marker line', '-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\n', { up: 'SELECT 1;\n', down: '' }],
    ['no space, any case', '--Migrate:Up\nSELECT 1;\n--MIGRATE:DOWN\nSELECT 2;', { up: 'SELECT 1;\n', down: 'SELECT 2;' }],
    [
      'CRLF line endings',
      '-- migrate:up\r\nSELECT 1;\r\n-- migrate:down\r\nSELECT 2;\r\n',
      { up: 'SELECT 1;\r\n', down: 'SELECT 2;\r\n' },
    ],
    ['a longer word is not a marker', '-- migrate:upgrade\nSELECT 1;\n', { up: null, down: null }],
    ['down before up', '-- migrate:down\nSELECT 2;\n-- migrate:up\nSELECT 1;\n', { up: 'SELECT 1;\n', down: 'SELECT 2;\n' }],
  ])('%s', (_, text, expected) => {
    expect(readSectionTexts(text, dbmate.sections(text))).toEqual(expected);
  });

  it('gives JS string indices that keep line numbers true after non-ASCII text and CRLF', () => {
    const text = '-- 日本語のコメント 🚀\r\n-- migrate:up\r\nALTER TABLE t ADD "größe" int;\r\n-- migrate:down\r\nALTER TABLE t DROP "größe";\r\n';
    const sections = dbmate.sections(text);
    expect(lineAt(text, sections.up!.start)).toBe(3);
    expect(lineAt(text, sections.down!.start)).toBe(5);
    expect(readSectionTexts(text, sections)).toEqual({
      up: 'ALTER TABLE t ADD "größe" int;\r\n',
      down: 'ALTER TABLE t DROP "größe";\r\n',
    });
  });

  it.each<[string, string, { transaction: boolean; downTransaction: boolean | undefined }]>([
    ['transactional by default', '-- migrate:up\nSELECT 1;\n-- migrate:down\n', { transaction: true, downTransaction: true }],
    [
      'up opts out',
      '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- migrate:down\nDROP INDEX i;\n',
      { transaction: false, downTransaction: true },
    ],
    [
      'down opts out on its own',
      '-- migrate:up\nSELECT 1;\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY i;\n',
      { transaction: true, downTransaction: false },
    ],
    ['CRLF and case', '-- migrate:up Transaction:FALSE\r\nSELECT 1;\r\n', { transaction: false, downTransaction: true }],
    ['transaction:true', '-- migrate:up transaction:true\nSELECT 1;\n', { transaction: true, downTransaction: true }],
    ['an option in the body is not an option', '-- migrate:up\n-- transaction:false\nSELECT 1;\n', { transaction: true, downTransaction: true }],
  ])('%s', (_, text, expected) => {
    const { transaction, downTransaction } = dbmate.sections(text);
    expect({ transaction, downTransaction }).toEqual(expected);
  });
});
