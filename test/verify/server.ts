/** The PostgreSQL server the verification tests use, started by test/verify/global-setup.ts. */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** `postgres://…` of a superuser on the test server. */
export function serverUrl(): string {
  return inject('databaseUrl');
}
