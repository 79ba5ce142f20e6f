/** Orders migration versions the way the tools do: as numbers, part by part, never as strings. */

/**
 * Negative when `a` runs before `b`, positive after, 0 for the same version.
 * Parts split at `.` or `_` (Flyway's `1_2` is `1.2`); missing parts count as 0, so `1.2` equals `1.2.0`.
 */
export function compareVersions(a: string, b: string): number {
  // Most versions are one number (a timestamp or a sequence): no need to split them.
  if (!SEPARATOR.test(a) && !SEPARATOR.test(b)) return compareNumerals(a, b);
  const left = a.split(/[._]/);
  const right = b.split(/[._]/);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const order = compareNumerals(left[i] ?? '0', right[i] ?? '0');
    if (order !== 0) return order;
  }
  return 0;
}

const SEPARATOR = /[._]/;

/** Compares digit strings of any length without converting them, so 17-digit timestamps stay exact. */
function compareNumerals(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when both name the same version (`001` and `1` do). */
export function isSameVersion(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && compareVersions(a, b) === 0;
}

/** A key equal for exactly the versions compareVersions calls equal (`001` and `1`, `1.2` and `1.2.0`), for lookups. */
export function versionKey(version: string): string {
  const parts = version.split(/[._]/).map((part) => part.replace(/^0+/, ''));
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return parts.join('.');
}
