import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVersions, conventions, versionKey } from '../../src/conventions/index.js';
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

  it('reads diesel dashed timestamps as their numbers', () => {
    const diesel = new NameIndex(['2024-01-02-123456_a/', '2024-01-03-000000_b/', '2023-12-31-235959_c/'], conventions.diesel);
    expect(diesel.latestVersion()).toBe('20240103000000');
    expect(diesel.withVersion('20240102123456').map((f) => f.file)).toEqual(['2024-01-02-123456_a/']);
  });

  it('answers for a change from the base index and the changed names as a fresh index does', () => {
    const base = ['1_a.up.sql', '1_a.down.sql', '2_b.up.sql', '2_b.down.sql', '007_c.up.sql', 'notes.sql'];
    const cases = [
      { added: ['8_d.up.sql', '8_d.down.sql'], removed: [] },
      { added: ['7_e.up.sql'], removed: [] },
      { added: [], removed: ['007_c.up.sql'] },
      { added: ['3_f.up.sql'], removed: ['2_b.up.sql', '2_b.down.sql'] },
    ];
    for (const { added, removed } of cases) {
      const files = [...base.filter((f) => !removed.includes(f)), ...added].sort();
      const fresh = new NameIndex(files, conventions['golang-migrate']);
      const derived = new NameIndex(base, conventions['golang-migrate']).after(files, added, removed);
      const key = (index: NameIndex) => { const latest = index.latestVersion(); return latest === null ? null : versionKey(latest); };
      expect(key(derived)).toBe(key(fresh));
      for (const version of ['1', '2', '3', '7', '8', '9']) {
        const files = (index: NameIndex) => index.withVersion(version).map((f) => f.file).sort();
        expect(files(derived)).toEqual(files(fresh));
      }
    }
  });

  it('answers as a name-by-name reading does, for directories whose names share a width and for others', () => {
    const reference = (files: string[], convention: (typeof conventions)['golang-migrate']) => {
      const names = files.map((file) => ({ file, name: convention.parseName(file, null) }));
      const ups = names.filter((n) => n.name?.version != null && n.name.direction !== 'down').map((n) => n.name!.version!);
      const latest = ups.reduce<string | null>((best, v) => (best === null || compareVersions(v, best) > 0 ? v : best), null);
      const withVersion = (version: string) =>
        names.filter((n) => n.name?.version != null && versionKey(n.name.version) === versionKey(version)).map((n) => n.file).sort();
      return { latest, withVersion };
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom('.up.sql', '.down.sql')), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(2, 4, 14),
        fc.boolean(),
        (entries, width, mixWidths) => {
          const files = [...new Set(entries.map(([n, suffix], i) => `${String(n).padStart(mixWidths && i % 3 === 0 ? 1 : width, '0')}_m${suffix}`))];
          const convention = conventions['golang-migrate'];
          const index = new NameIndex(files, convention);
          const expected = reference(files, convention);
          const key = (v: string | null) => (v === null ? null : versionKey(v));
          expect(key(index.latestVersion())).toBe(key(expected.latest));
          for (const [n] of entries.slice(0, 5)) {
            expect(index.withVersion(String(n)).map((f) => f.file).sort()).toEqual(expected.withVersion(String(n)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
