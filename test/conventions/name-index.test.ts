import { describe, expect, it } from 'vitest';
import { conventions } from '../../src/conventions/index.js';
import { NameIndex } from '../../src/conventions/name-index.js';

describe('NameIndex', () => {
  const golang = new NameIndex(
    ['000_init.up.sql', '9_a.up.sql', '9_a.down.sql', '10_b.up.sql', '10_b.down.sql', '0010_c.up.sql', '001_2fa.up.sql', 'README.sql'],
    conventions['golang-migrate'],
  );

  it('finds the files of a version, numerically, in every direction', () => {
    expect(golang.withVersion('10').map((f) => f.file).sort()).toEqual(['0010_c.up.sql', '10_b.down.sql', '10_b.up.sql']);
    expect(golang.withVersion('009').map((f) => `${f.file} ${f.name.direction}`)).toEqual(['9_a.up.sql up', '9_a.down.sql down']);
    expect(golang.withVersion('1').map((f) => f.file)).toEqual(['001_2fa.up.sql']);
    expect(golang.withVersion('0').map((f) => f.file)).toEqual(['000_init.up.sql']);
    expect(golang.withVersion('11')).toEqual([]);
  });

  it('gives the newest version that applies changes, as a number, ignoring down files', () => {
    expect(golang.latestVersion()).toBe('10');
    expect(new NameIndex(['9_a.up.sql', '10_b.down.sql'], conventions['golang-migrate']).latestVersion()).toBe('9');
    expect(new NameIndex(['README.sql'], conventions['golang-migrate']).latestVersion()).toBeNull();
    expect(new NameIndex([], conventions.timestamp).latestVersion()).toBeNull();
  });

  it('reads names that do not start with their version (Flyway) one by one', () => {
    const flyway = new NameIndex(['V1.2.9__a.sql', 'V1.2.10__b.sql', 'U1.2.10__b.sql', 'R__views.sql'], conventions.flyway);
    expect(flyway.latestVersion()).toBe('1.2.10');
    expect(flyway.withVersion('1.2.10').map((f) => f.file)).toEqual(['V1.2.10__b.sql', 'U1.2.10__b.sql']);
    expect(flyway.withVersion('1_2_9').map((f) => f.file)).toEqual(['V1.2.9__a.sql']);
  });

  it('keeps 17-digit timestamps exact', () => {
    const index = new NameIndex(['20260213010000000_a.sql', '20260213010000001_b.sql', '20260213010000001_b.down.sql'], conventions.timestamp);
    expect(index.latestVersion()).toBe('20260213010000001');
    expect(index.nameOf('20260213010000001_b.down.sql')?.direction).toBe('down');
  });
});
