/** Reads the configuration (a data-only file: never executed) and merges it with defaults and flags into one validated Config. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { PLACEHOLDER_KINDS } from './sql/placeholders.js';
import type { PlaceholderKind } from './sql/placeholders.js';
import type { ConventionId, RuleSetting } from './types.js';

/** The validated configuration every stage reads. */
export interface Config {
  /** Base ref to compare against; the CLI's `--base` wins over it. */
  base?: string;
  /** Globs (repository-relative) that find migration files. */
  migrations: string[];
  /** Forces one migration tool's layout instead of detecting it per directory. */
  convention?: ConventionId;
  /** Globs of changed files that are not application code (docs, CI config). */
  nonCode: string[];
  /** How many migrations one pull request may add to one migrations directory. */
  maxMigrationsPerPr: number;
  /** Severity per rule id; rules not listed keep their default. */
  rules: Record<string, RuleSetting>;
  /** The oldest PostgreSQL major version the migrations must run on safely: verdicts that changed between versions follow it. */
  postgresVersion: number;
  /** Overrides the migration tool's transaction model: true when every migration file runs inside one transaction. */
  assumeInTransaction?: boolean;
  /** Placeholders a template engine or psql fills in before PostgreSQL sees the SQL, masked before parsing. */
  placeholders: PlaceholderKind[];
  /** The database engine of migrations directories, by glob: a directory of another engine is skipped with a notice. */
  dialect: Record<string, Dialect>;
  /** Proves each new migration's rollback in a real PostgreSQL (`--verify-rollback`): apply the base, up, down, up. */
  verifyRollback?: boolean;
}

/** Database engines a migrations directory may be written for; only PostgreSQL's are linted. */
export const DIALECTS = ['postgresql', 'sqlite', 'mysql', 'clickhouse', 'spanner', 'other'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** The oldest PostgreSQL major version still supported by the PostgreSQL project. */
export const DEFAULT_POSTGRES_VERSION = 15;

/** Changed files that never deploy with the application: docs, CI, and the tooling of the repository itself. */
export const DEFAULT_NON_CODE = [
  '**/*.md',
  'docs/**',
  '.github/**',
  'LICENSE*',
  '.husky/**',
  '.migration-lint.{json,yaml,yml}',
  '.pre-commit-config.yaml',
  '.gitignore',
  '.gitattributes',
  '.editorconfig',
];

export const CONFIG_FILES = ['.migration-lint.json', '.migration-lint.yaml', '.migration-lint.yml'];

/** The values of the `convention` setting, in the order the docs list them. */
export const CONVENTION_IDS: ConventionId[] = [
  'golang-migrate', 'goose', 'dbmate', 'flyway', 'diesel', 'prisma', 'postgrator', 'sql-migrate', 'sqitch', 'supabase', 'versioned',
  'node-pg-migrate', 'knex', 'alembic', 'timestamp',
];

/** The JSON Schema of the config file, published in the package as schema/config.schema.json. */
export function configSchema(ruleIds: string[]): object {
  const globs = { type: 'array', items: { type: 'string', minLength: 1 } };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'migration-lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      base: { type: 'string', minLength: 1, pattern: '^[^-]', description: 'Base ref to compare against, e.g. origin/main.' },
      migrations: { ...globs, description: 'Globs that find migration files.' },
      convention: { enum: CONVENTION_IDS, description: 'Forces one migration tool\'s layout.' },
      nonCode: { ...globs, description: 'Globs of changed files that are not application code.' },
      maxMigrationsPerPr: { type: 'integer', minimum: 1, description: 'Migrations one pull request may add per directory.' },
      postgresVersion: { type: 'integer', minimum: 9, maximum: 99, description: 'Oldest PostgreSQL major version the migrations run on (default 15).' },
      assumeInTransaction: { type: 'boolean', description: 'Whether every migration file runs inside one transaction, whatever its tool does.' },
      placeholders: {
        type: 'array',
        items: { enum: [...PLACEHOLDER_KINDS] },
        uniqueItems: true,
        description: 'Placeholders filled in before PostgreSQL sees the SQL, masked before parsing: go-template {{ … }}, env ${VAR} and $VAR, psql :var, :\'var\' and :"var".',
      },
      dialect: {
        type: 'object',
        additionalProperties: { enum: [...DIALECTS] },
        description: 'Database engine per migrations directory glob, e.g. { "db/sqlite/**": "sqlite" }; only postgresql directories are linted.',
      },
      verifyRollback: { type: 'boolean', description: 'Prove each rollback in a real PostgreSQL: apply the base migrations, the up, the down and the up again.' },
      rules: {
        type: 'object',
        propertyNames: { enum: ruleIds },
        additionalProperties: { enum: ['off', 'warning', 'error'] },
        description: 'Severity per rule id.',
      },
    },
  };
}

interface RawConfig {
  values: Record<string, unknown>;
  /** Where it came from, for messages. */
  source: string;
}

/** Finds and reads the config: an explicit path, else the first config file in `dir`, else package.json's "migration-lint" key. */
export async function readConfigFile(dir: string, explicitPath?: string): Promise<RawConfig | null> {
  if (explicitPath) {
    const path = join(dir, explicitPath);
    if (!existsSync(path)) throw new UsageError(`config file ${explicitPath} not found: check the --config path`);
    return { values: await parseConfigText(path, readFileSync(path, 'utf8'), explicitPath), source: explicitPath };
  }
  const found = CONFIG_FILES.filter((name) => existsSync(join(dir, name)));
  if (found.length > 1) {
    throw new UsageError(`${found.join(' and ')} both exist: migration-lint reads one config file, so merge them into one and delete the other`);
  }
  const [name] = found;
  if (name !== undefined) {
    const path = join(dir, name);
    return { values: await parseConfigText(path, readFileSync(path, 'utf8'), name), source: name };
  }
  const pkgPath = join(dir, 'package.json');
  if (existsSync(pkgPath)) {
    let pkg: unknown;
    try {
      pkg = JSON.parse(readFileSync(pkgPath, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      // With no config file, package.json is where the settings would be: it cannot be read as holding none.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new UsageError(`package.json is not valid JSON (${reason}): migration-lint looks for its "migration-lint" settings there; fix it, or keep the settings in .migration-lint.yaml`);
    }
    if (isObject(pkg) && 'migration-lint' in pkg) {
      const values = pkg['migration-lint'];
      if (!isObject(values)) throw new UsageError('package.json: "migration-lint" must be an object of settings');
      return { values, source: 'package.json "migration-lint"' };
    }
  }
  return null;
}

async function parseConfigText(path: string, text: string, shown: string): Promise<Record<string, unknown>> {
  let values: unknown;
  try {
    if (/\.ya?ml$/i.test(path)) {
      // js-yaml's default schema is data only (no functions, no custom tags), and it loads in half yaml's time.
      const { load } = await import('js-yaml');
      values = load(text) ?? {};
    } else {
      values = JSON.parse(text);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${shown} is not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'}: ${reason}`);
  }
  if (!isObject(values)) throw new UsageError(`${shown} must hold an object of settings (see schema/config.schema.json)`);
  return values;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates raw settings against the schema, compiled ahead of time (a test keeps it in step with the rules); every
 * problem (each unknown key and rule id, each bad value) is named on one UsageError line. The validator loads only
 * for a config there is: a repository without one never reads it.
 */
export async function validateConfig(raw: RawConfig): Promise<Partial<Config>> {
  const { validate } = await import('./config-validate.generated.js');
  if (validate(raw.values)) return raw.values as Partial<Config>;
  const problems = new Set<string>();
  for (const error of validate.errors ?? []) {
    const at = error.instancePath.slice(1).replaceAll('/', '.');
    if (error.keyword === 'additionalProperties') {
      problems.add(`unknown key "${String(error.params.additionalProperty)}"`);
    } else if (error.propertyName !== undefined) {
      problems.add(`unknown rule "${error.propertyName}" in "rules"`);
    } else if (error.keyword === 'propertyNames') {
      // Its cause, the rule id itself, is reported above.
      continue;
    } else if (error.keyword === 'enum') {
      problems.add(`"${at}" must be one of ${(error.params.allowedValues as string[]).map((v) => `"${v}"`).join(', ')}`);
    } else {
      problems.add(`"${at || 'config'}" ${error.message}`);
    }
  }
  const list = [...problems];
  const hints = [
    list.some((p) => p.startsWith('unknown key')) ? `allowed keys: ${CONFIG_KEYS().join(', ')}` : '',
    list.some((p) => p.startsWith('unknown rule')) ? 'run `migration-lint rules` to list the rules' : '',
  ].filter(Boolean);
  throw new UsageError(`${raw.source}: ${list.join('; ')}${hints.length ? ` (${hints.join('; ')})` : ''}`);
}

/** The keys a config may hold, as the schema lists them. */
const CONFIG_KEYS = (): string[] => Object.keys((configSchema([]) as { properties: object }).properties).filter((key) => key !== '$schema');

/** Defaults, then the file's settings, then flags. */
export function mergeConfig(defaults: Config, ...layers: Array<Partial<Config> | undefined>): Config {
  const config = { ...defaults, rules: { ...defaults.rules } };
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined || key === '$schema') continue;
      if (key === 'rules') Object.assign(config.rules, value);
      else (config as Record<string, unknown>)[key] = value;
    }
  }
  return config;
}

/** Loads the config for a repository (or directory) root. */
export async function loadConfig(root: string, explicitPath?: string, overrides?: Partial<Config>): Promise<Config> {
  const defaults: Config = {
    migrations: [],
    nonCode: DEFAULT_NON_CODE,
    maxMigrationsPerPr: 1,
    rules: {},
    postgresVersion: DEFAULT_POSTGRES_VERSION,
    placeholders: [],
    dialect: {},
  };
  const raw = await readConfigFile(root, explicitPath);
  return mergeConfig(defaults, raw ? await validateConfig(raw) : undefined, overrides);
}

