import { describe, expect, it } from 'vitest';
import { isRewriteFree } from '../../src/schema/types.js';

describe('isRewriteFree', () => {
  it.each([
    ['varchar(50)', 'varchar(100)'],
    ['varchar(50)', 'varchar(50)'],
    ['varchar(50)', 'varchar'],
    ['varchar(50)', 'text'],
    ['character varying(20)', 'text'],
    ['text', 'varchar'],
    ['numeric(10,2)', 'numeric(12,2)'],
    ['numeric(10,2)', 'numeric'],
    ['varbit(3)', 'varbit(8)'],
    ['cidr', 'inet'],
    ['integer', 'int4'],
  ])('%s → %s needs no rewrite', (from, to) => expect(isRewriteFree(from, to)).toBe(true));

  it.each([
    ['integer', 'bigint'],
    ['varchar(100)', 'varchar(50)'],
    ['text', 'varchar(20)'],
    ['numeric(10,2)', 'numeric(12,3)'],
    ['numeric', 'numeric(12,2)'],
    ['timestamp', 'timestamptz'],
    ['text[]', 'text'],
    ['varchar', 'varchar(10)'],
  ])('%s → %s rewrites', (from, to) => expect(isRewriteFree(from, to)).toBe(false));
});
