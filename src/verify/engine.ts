/** One small interface over the two PostgreSQL engines rollback verification runs on: embedded PGlite, or a server by URL. */

/** An error PostgreSQL raised, in its own words. */
export interface EngineError {
  /** e.g. `column "emali" does not exist` */
  message: string;
  /** SQLSTATE, e.g. `42703`. */
  code: string;
  /** 1-based character position in the statement text, when PostgreSQL gives one. */
  position?: number;
}

/** A database of its own, on one connection (one backend), for one verification run. */
export interface Engine {
  /** `PGlite` or `PostgreSQL <version>`, for messages. */
  readonly name: string;
  /** The schema unqualified names land in: `public`, or the temporary schema on a server without CREATE DATABASE. */
  readonly schema: string;
  /** Whether the engine may see objects outside the run (a temporary schema in a shared database). */
  readonly sharedDatabase: boolean;
  /** Runs SQL through the simple query protocol (several statements allowed). */
  exec(sql: string): Promise<void>;
  /** Runs one query and returns its rows. */
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Drops whatever the run created and disconnects. Safe to call twice. */
  close(): Promise<void>;
}

/** Reads PostgreSQL's error from what a driver threw; null for anything else (a driver bug, a lost connection). */
export function toEngineError(thrown: unknown): EngineError | null {
  if (typeof thrown !== 'object' || thrown === null) return null;
  const { message, code, position } = thrown as { message?: unknown; code?: unknown; position?: unknown };
  if (typeof message !== 'string' || typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const at = typeof position === 'string' ? Number.parseInt(position, 10) : typeof position === 'number' ? position : NaN;
  return { message, code, ...(Number.isFinite(at) && at > 0 ? { position: at } : {}) };
}

/** Where to verify: the embedded engine, or a server. */
export interface EngineOptions {
  /** `postgres://…`; the embedded engine when absent. */
  databaseUrl?: string;
}

/** Starts the engine the options ask for, loading its driver only now. */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  if (options.databaseUrl) {
    const { startServerEngine } = await import('./server.js');
    return startServerEngine(options.databaseUrl);
  }
  const { startPglite } = await import('./pglite.js');
  return startPglite();
}
