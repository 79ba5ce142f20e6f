/**
 * Marks instances of an error class so that `instanceof` holds across copies of the class: the command line's front
 * is a bundle of its own (lib/cli.cjs) beside the modules it loads later, and each holds a copy of the classes.
 */
export function brandOf(name: string): { readonly symbol: symbol; has(value: unknown): boolean } {
  const symbol = Symbol.for(`migration-lint.${name}`);
  return { symbol, has: (value) => typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[symbol] === true };
}

const USAGE_ERROR = brandOf('UsageError');

/**
 * A mistake the user can fix (bad flag, missing base ref, invalid config, not a git repository).
 * The CLI prints its message on one line and exits 2; it never shows a stack trace.
 */
export class UsageError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return USAGE_ERROR.has(value);
  }

  override name = 'UsageError';
  readonly [USAGE_ERROR.symbol] = true;
}
