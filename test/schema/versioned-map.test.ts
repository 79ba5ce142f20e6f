import { describe, expect, it } from 'vitest';
import { VersionedMap } from '../../src/schema/versioned-map.js';

describe('VersionedMap', () => {
  it('reads every earlier step as it was, while the latest reads as a Map', () => {
    const map = new VersionedMap<string>();
    map.step = -1;
    map.set('users', 'base');
    map.step = 0;
    map.set('orders', 'created at 0');
    map.step = 1;
    map.delete('users');
    map.step = 2;
    map.set('users', 'again at 2');
    map.set('users', 'edited twice at 2');
    expect(map.at('users', -1)).toBeUndefined();
    expect(map.at('users', 0)).toBe('base');
    expect(map.at('users', 1)).toBe('base');
    expect(map.at('users', 2)).toBeUndefined();
    expect(map.at('users', 3)).toBe('edited twice at 2');
    expect(map.at('orders', 0)).toBeUndefined();
    expect(map.at('orders', 1)).toBe('created at 0');
    expect(map.get('users')).toBe('edited twice at 2');
    expect([...map]).toEqual([['users', 'edited twice at 2'], ['orders', 'created at 0']]);
    map.delete('orders');
    expect(map.has('orders')).toBe(false);
    expect([...map].map(([key]) => key)).toEqual(['users']);
  });
});
