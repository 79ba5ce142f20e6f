/**
 * The file names of one migrations directory, read by its convention only as far as a question needs: a directory
 * can hold 10,000 migrations, and a pull request asks about one or two versions. The questions that look at every
 * name (the newest version, the files of one version) compare the digits names start with in place, without
 * reading the names or building anything per name.
 */
import type { ParsedName } from '../types.js';
import type { Convention } from './types.js';
import { compareVersions, versionKey } from './versions.js';
import { lowerBound } from '../lower-bound.js';

export interface NamedFile {
  file: string;
  name: ParsedName;
}

export class NameIndex {
  private readonly names = new Map<string, ParsedName | null>();
  private numbers: Numbers | undefined;
  private latest: string | null | undefined;
  /** withVersion's answers, by version key: a migration's version is asked about by several rules. */
  private readonly byVersion = new Map<string, NamedFile[]>();
  private derivedFrom: { base: NameIndex; added: NameIndex; removed: ReadonlySet<string> } | undefined;
  private shape: Uniform | null | undefined;

  constructor(
    readonly files: readonly string[],
    private readonly convention: Convention,
    /** The directory's plan file text, for conventions whose plan gives the order. */
    private readonly plan: string | null = null,
  ) {}

  /**
   * The index of `files`, this index's files with `added` and without `removed`: it answers from this one's answers
   * and the few changed names, without a pass of its own over the rest.
   */
  after(files: readonly string[], added: readonly string[], removed: readonly string[]): NameIndex {
    const index = new NameIndex(files, this.convention, this.plan);
    index.derivedFrom = { base: this, added: new NameIndex(added, this.convention, this.plan), removed: new Set(removed) };
    return index;
  }

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
    let found = this.byVersion.get(key);
    if (found === undefined && this.derivedFrom) {
      const { base, added, removed } = this.derivedFrom;
      found = [...base.withVersion(version).filter((named) => !removed.has(named.file)), ...added.withVersion(version)];
      this.byVersion.set(key, found);
    }
    const uniform = found === undefined ? this.uniform() : null;
    if (found === undefined && uniform) {
      const number = key.split('.')[0] ?? '';
      // Every name starts with `width` digits: the files of a number are the block of names that start with it.
      const digits = number.length > uniform.width ? null : number.padStart(uniform.width, '0');
      found = (digits === null ? [] : uniform.startingWith(digits)).flatMap((file) => {
        const name = this.nameOf(file);
        return name?.version != null && versionKey(name.version) === key ? [{ file, name }] : [];
      });
      this.byVersion.set(key, found);
    }
    if (found === undefined) {
      const numbers = this.scan();
      const number = key.split('.')[0] ?? '';
      const candidates = this.files.filter((file, index) => startsWithNumber(file, numbers.runs[index]!, number));
      const dashed = numbers.dashed.filter((entry) => entry.number === number).map((entry) => entry.file);
      found = [...candidates, ...dashed, ...numbers.others].flatMap((file) => {
        const name = this.nameOf(file);
        return name?.version != null && versionKey(name.version) === key ? [{ file, name }] : [];
      });
      this.byVersion.set(key, found);
    }
    return found;
  }

  /** The newest version among files that apply changes (not down files), or null when there is none. */
  latestVersion(): string | null {
    if (this.latest === undefined) this.latest = this.findLatest();
    return this.latest;
  }

  private findLatest(): string | null {
    if (this.derivedFrom && this.derivedFrom.removed.size === 0) {
      const [base, added] = [this.derivedFrom.base.latestVersion(), this.derivedFrom.added.latestVersion()];
      return base === null || (added !== null && compareVersions(added, base) > 0) ? added : base;
    }
    const uniform = this.uniform();
    if (uniform) {
      // Names of one width sort as their numbers: the newest is the last name's, unless only down files carry it.
      let latest: string | null = null;
      for (const file of uniform.startingWith(uniform.last.slice(0, uniform.width))) latest = newer(latest, this.nameOf(file));
      if (latest !== null) return latest;
    }
    const { tops, dashed, others } = this.scan();
    // The largest number of each width (and diesel's dashed names) first: once one of its files reads as an up
    // migration, no smaller number can beat it.
    const buckets = new Map<string, string[]>();
    for (const top of tops) {
      const number = top.digits.replace(/^0+/, '');
      buckets.set(number, [...(buckets.get(number) ?? []), ...top.files]);
    }
    for (const entry of dashed) buckets.set(entry.number, [...(buckets.get(entry.number) ?? []), entry.file]);
    let latest: string | null = null;
    const largest = [...buckets.keys()].sort((a, b) => compareVersions(b, a))[0];
    for (const file of largest === undefined ? [] : buckets.get(largest)!) latest = newer(latest, this.nameOf(file));
    // None of them an up migration (only down files carry the largest number): every number in order.
    if (latest === null && largest !== undefined) return this.findLatestSorted();
    // Names that do not start with their number (Flyway's V1__) are read one by one.
    for (const file of others) latest = newer(latest, this.nameOf(file));
    return latest;
  }

  /** latestVersion by one sort of every number. */
  private findLatestSorted(): string | null {
    const byNumber = new Map<string, string[]>();
    for (const file of this.files) {
      const number = leadingNumber(file);
      if (number !== null) byNumber.set(number, [...(byNumber.get(number) ?? []), file]);
    }
    let latest: string | null = null;
    for (const number of [...byNumber.keys()].sort((a, b) => compareVersions(b, a))) {
      for (const file of byNumber.get(number)!) latest = newer(latest, this.nameOf(file));
      if (latest !== null) break;
    }
    for (const file of this.scan().others) latest = newer(latest, this.nameOf(file));
    return latest;
  }

  /**
   * Whether every name starts with the same number of digits (`20240102120000_…`, `000042_…`), as most directories'
   * do, told without a pass of JavaScript over the names: one sort of a copy (the names come sorted, so it is one
   * comparison a name), one join and one regular expression. Then a number's files are one block of the sorted names,
   * found by binary search; null for any other directory, which scan() reads name by name.
   */
  private uniform(): Uniform | null {
    if (this.shape !== undefined) return this.shape;
    this.shape = null;
    const sorted = [...this.files].sort();
    const last = sorted.at(-1);
    if (last === undefined) return null;
    const found = last.search(NON_DIGIT);
    const width = found < 0 ? last.length : found;
    const joined = sorted.join('\n');
    // A name that does not start with exactly `width` digits and then something else (a letter, diesel's dashed
    // date, another width) makes the directory one to read name by name.
    if (width === 0 || width > 40 || new RegExp(`^(?:(?!\\d{${width}}[^\\d\\n])|\\d{4}-\\d\\d-)`, 'm').test(joined)) return null;
    this.shape = {
      width,
      last,
      startingWith(digits) {
        const block: string[] = [];
        for (let at = lowerBound(sorted.length, (index) => sorted[index]! < digits); at < sorted.length && sorted[at]!.startsWith(digits); at++) {
          block.push(sorted[at]!);
        }
        return block;
      },
    };
    return this.shape;
  }

  /**
   * One pass over the names, with native string operations only (a directory can hold 20,000 names and this runs
   * once per commit, before V8 optimizes anything): how many digits each starts with, and for each count the largest
   * such number and its files. Among names of one digit count, comparing whole names orders them by their number.
   */
  private scan(): Numbers {
    if (this.numbers !== undefined) return this.numbers;
    const files = this.files;
    const runs = new Uint16Array(files.length);
    /** By digit count: the index of the largest name starting with that many digits. */
    const largest = new Map<number, number>();
    const dashed: Numbers['dashed'] = [];
    const others: string[] = [];
    let sorted = true;
    for (let index = 0; index < files.length; index++) {
      const file = files[index]!;
      if (index > 0 && file < files[index - 1]!) sorted = false;
      const found = file.search(NON_DIGIT);
      const run = found < 0 ? file.length : found;
      if (run === 0) {
        others.push(file);
        continue;
      }
      if (run === 4 && file.charCodeAt(4) === DASH && DASHED_TIMESTAMP.test(file)) {
        dashed.push({ file, number: leadingNumber(file)! });
        continue;
      }
      runs[index] = Math.min(run, 0xffff);
      const best = largest.get(run);
      if (best === undefined || file > files[best]!) largest.set(run, index);
    }
    // The files of each largest number: in sorted names, those next to it that start with the same digits.
    const tops: Numbers['tops'] = [];
    for (const [run, index] of largest) {
      const digits = files[index]!.slice(0, run);
      const sameNumber = (at: number) => runs[at] === run && files[at]!.startsWith(digits);
      let first = index;
      let last = index;
      if (sorted) {
        while (first > 0 && files[first - 1]!.startsWith(digits)) first--;
        while (last + 1 < files.length && files[last + 1]!.startsWith(digits)) last++;
      } else {
        [first, last] = [0, files.length - 1];
      }
      const top: string[] = [];
      for (let at = first; at <= last; at++) if (sameNumber(at)) top.push(files[at]!);
      tops.push({ digits, files: top });
    }
    this.numbers = { runs, tops, dashed, others };
    return this.numbers;
  }
}

interface Uniform {
  /** How many digits every name starts with. */
  width: number;
  /** The last name, sorted: it carries the largest number. */
  last: string;
  /** The names that start with `digits` (`width` of them), sorted. */
  startingWith(digits: string): string[];
}

interface Numbers {
  /** How many digits each file (by index) starts with; 0 for others and dashed names. */
  runs: Uint16Array;
  /** For each digit count: the largest number of that many digits (leading zeros included), and the files it starts. */
  tops: Array<{ digits: string; files: string[] }>;
  /** diesel's `2024-01-02-123456_x`, with the number it reads as. */
  dashed: Array<{ file: string; number: string }>;
  /** Names that do not start with a digit. */
  others: string[];
}

const NON_DIGIT = /\D/;

/** Whether `file`, starting with `run` digits, starts with the number `number` (digits, no leading zeros). */
function startsWithNumber(file: string, run: number, number: string): boolean {
  if (run < number.length || !file.startsWith(number, run - number.length)) return false;
  for (let i = 0; i < run - number.length; i++) if (file.charCodeAt(i) !== 48) return false;
  return true;
}

/** How many names a sample of a directory holds: spread evenly over the sorted names, and the newest ones. */
const SAMPLE_SPREAD = 192;
const SAMPLE_NEWEST = 64;

/**
 * Up to 256 of `names` (sorted): evenly spread, so shares among them are the directory's, and the newest, where a
 * tool's newer naming shows. Questions about how a directory's names look ask a sample: a directory can hold 10,000.
 */
export function sampleNames<T>(names: readonly T[]): readonly T[] {
  if (names.length <= SAMPLE_SPREAD + SAMPLE_NEWEST) return names;
  const spread = Array.from({ length: SAMPLE_SPREAD }, (_, i) => names[Math.floor((i * (names.length - SAMPLE_NEWEST)) / SAMPLE_SPREAD)]!);
  return [...spread, ...names.slice(-SAMPLE_NEWEST)];
}

const DASHED_TIMESTAMP = /^\d{4}-\d\d-\d\d-\d{6}(?:-\d{4})?(?=_)/;
const DASH = 45;

function newer(latest: string | null, name: ParsedName | null): string | null {
  if (!name || name.version === null || name.direction === 'down') return latest;
  return latest === null || compareVersions(name.version, latest) > 0 ? name.version : latest;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The digits a name starts with, leading zeros dropped as versionKey drops them; null when it does not start with one. */
function leadingNumber(file: string): string | null {
  // diesel's `2024-01-02-123456_x` is version 20240102123456.
  if (file.charCodeAt(4) === DASH) {
    const dashed = DASHED_TIMESTAMP.exec(file);
    if (dashed) return dashed[0].replaceAll('-', '').replace(/^0+/, '');
  }
  let end = 0;
  while (end < file.length && isDigit(file.charCodeAt(end))) end++;
  return end === 0 ? null : file.slice(0, end).replace(/^0+/, '');
}
