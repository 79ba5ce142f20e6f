/**
 * A mistake the user can fix (bad flag, missing base ref, invalid config, not a git repository).
 * The CLI prints its message on one line and exits 2; it never shows a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
