/** The package version, inlined by the build; `dev` when running from source. */
declare const MIGRATION_LINT_VERSION: string | undefined;

export const VERSION: string = typeof MIGRATION_LINT_VERSION === 'string' ? MIGRATION_LINT_VERSION : 'dev';
