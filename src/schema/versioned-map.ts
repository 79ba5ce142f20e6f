import { lowerBound } from '../lower-bound.js';

/**
 * A map that remembers its past: every write is stamped with the step it was made at, and `at(step)` reads the map as
 * it was before that step. A replay that asks for the state before each of 30,000 statements then costs one entry per
 * write, not one copy of the map per statement.
 */
export class VersionedMap<V> {
  /** Each key's writes, oldest first: the step, and the value (undefined for a delete). */
  private readonly writes = new Map<string, { steps: number[]; values: Array<V | undefined> }>();
  /** The step writes are stamped with; raise it between steps. */
  step = 0;

  get(key: string): V | undefined {
    const history = this.writes.get(key);
    return history?.values[history.values.length - 1];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V): void {
    this.write(key, value);
  }

  delete(key: string): void {
    if (this.has(key)) this.write(key, undefined);
  }

  /** The current entries; writes made while iterating are seen as Map iteration sees them. */
  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (const [key, history] of this.writes) {
      const value = history.values[history.values.length - 1];
      if (value !== undefined) yield [key, value];
    }
  }

  /** The value `key` had before `step`: the last write stamped with a smaller step. */
  at(key: string, step: number): V | undefined {
    const history = this.writes.get(key);
    if (history === undefined) return undefined;
    const { steps, values } = history;
    if (steps[steps.length - 1]! < step) return values[values.length - 1];
    const after = lowerBound(steps.length, (index) => steps[index]! < step);
    return after === 0 ? undefined : values[after - 1];
  }

  private write(key: string, value: V | undefined): void {
    const history = this.writes.get(key);
    // Most keys are written once: one-element arrays, where a first push would leave room for 16 more.
    if (history === undefined) {
      this.writes.set(key, { steps: [this.step], values: [value] });
      return;
    }
    const last = history.steps.length - 1;
    if (last >= 0 && history.steps[last] === this.step) history.values[last] = value;
    else {
      history.steps.push(this.step);
      history.values.push(value);
    }
  }
}
