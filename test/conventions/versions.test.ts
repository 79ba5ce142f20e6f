import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/conventions/index.js';

describe('compareVersions', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['9', '10', -1],
    ['10', '9', 1],
    ['001', '1', 0],
    ['000001', '000002', -1],
    ['0', '000', 0],
    ['20260213', '20260213010000', -1],
    ['20260213010000', '20260213', 1],
    ['20260213010000', '20260213010001', -1],
    ['99999999999999999', '99999999999999998', 1],
    ['90071992547409931', '90071992547409930', 1],
    ['00090071992547409931', '90071992547409931', 0],
    ['1.2.10', '1.2.9', 1],
    ['1.2', '1.2.1', -1],
    ['1.2', '1.2.0', 0],
    ['1.10', '1.9', 1],
    ['1_2', '1.2', 0],
    ['1_2_10', '1.2.9', 1],
    ['2', '1.999', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(Math.sign(compareVersions(a, b))).toBe(expected);
    expect(Math.sign(compareVersions(b, a))).toBe(-expected || 0);
  });

  it('sorts versions in the order the tools apply them', () => {
    const versions = ['10', '9', '1.2.10', '1.2.9', '20260213010000', '20260213', '002', '1'];
    expect([...versions].sort(compareVersions)).toEqual(['1', '1.2.9', '1.2.10', '002', '9', '10', '20260213', '20260213010000']);
  });
});
