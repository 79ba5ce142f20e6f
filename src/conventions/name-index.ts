/**
 * The file names of one migrations directory, read by its convention only as far as a question needs: a directory
 * can hold 10,000 migrations, and a pull request asks about one or two versions.
 */
import type { ParsedName } from '../types.js';
import type { Convention } from './types.js';
import { compareVersions, versionKey } from './versions.js';

export interface NamedFile {
  file: string;
  name: ParsedName;
}

export class NameIndex {
  private readonly names = new Map<string, ParsedName | null>();
  /** Files by the number their name starts with, as versionKey writes it (`007` as `7`, `000` as ''). */
  private byNumber: Map<string, string[]> | undefined;
  /** Files whose name does not start with a digit (Flyway's `V1__`, unreadable names). */
  private others: string[] = [];

  constructor(
    readonly files: readonly string[],
    private readonly convention: Convention,
    /** The directory's plan file text, for conventions whose plan gives the order. */
    private readonly plan: string | null = null,
  ) {}

  /** The file name as the convention reads it; null when it cannot. */
  nameOf(file: string): ParsedName | null {
    let name = this.names.get(file);
    if (name === undefined) {
      name = this.convention.parseName(file, this.plan);
      this.names.set(file, name);
    }
    return name;
  }

  /** The files whose version equals `version` (`001` equals `1`), in any direction. */
  withVersion(version: string): NamedFile[] {
    const key = versionKey(version);
    const number = key.split('.')[0] ?? '';
    const candidates = [...(this.numbers().get(number) ?? []), ...this.others];
    return candidates.flatMap((file) => {
      const name = this.nameOf(file);
      return name?.version != null && versionKey(name.version) === key ? [{ file, name }] : [];
    });
  }

  /** The newest version among files that apply changes (not down files), or null when there is none. */
  latestVersion(): string | null {
    let latest: string | null = null;
    let latestNumber = '';
    const numbers = this.numbers();
    // Newest numbers first: once one reads as a migration, smaller numbers cannot beat it.
    const ordered = [...numbers.keys()].sort((a, b) => compareVersions(b, a));
    for (const number of ordered) {
      if (latest !== null && compareVersions(number, latestNumber) < 0) break;
      for (const file of numbers.get(number)!) latest = newer(latest, this.nameOf(file));
      if (latest !== null) latestNumber = number;
    }
    // Names that do not start with their number (Flyway's V1__) are read one by one.
    for (const file of this.others) latest = newer(latest, this.nameOf(file));
    return latest;
  }

  private numbers(): Map<string, string[]> {
    if (this.byNumber === undefined) {
      this.byNumber = new Map();
      for (const file of this.files) {
        const number = leadingNumber(file);
        if (number === null) {
          this.others.push(file);
          continue;
        }
        const list = this.byNumber.get(number);
        if (list) list.push(file);
        else this.byNumber.set(number, [file]);
      }
    }
    return this.byNumber;
  }
}

const DASHED_TIMESTAMP = /^\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?(?=_)/;

function newer(latest: string | null, name: ParsedName | null): string | null {
  if (!name || name.version === null || name.direction === 'down') return latest;
  return latest === null || compareVersions(name.version, latest) > 0 ? name.version : latest;
}

/** The digits a name starts with, leading zeros dropped as versionKey drops them; null when it does not start with one. */
function leadingNumber(file: string): string | null {
  // diesel's `2024-01-02-123456_x` is version 20240102123456.
  const dashed = DASHED_TIMESTAMP.exec(file);
  if (dashed) return dashed[0].replaceAll('-', '').replace(/^0+/, '');
  let end = 0;
  while (end < file.length && file.charCodeAt(end) >= 48 && file.charCodeAt(end) <= 57) end++;
  return end === 0 ? null : file.slice(0, end).replace(/^0+/, '');
}
