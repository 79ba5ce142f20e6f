// Builds deterministic synthetic git repositories (N migrations on `main`, a feature branch, staged states) for the benchmark.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIGRATIONS_DIR = 'db/migrations';
const GENERATOR_KEY = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);

/** A small seeded PRNG (mulberry32): the same seed gives the same repository on every machine. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = ['users', 'accounts', 'orders', 'order_items', 'invoices', 'payments', 'products', 'carts', 'shipments', 'addresses',
  'sessions', 'audit_events', 'subscriptions', 'coupons', 'reviews', 'warehouses', 'suppliers', 'refunds', 'teams', 'webhooks'];

const COLUMN_TYPES = [
  ['email', "text NOT NULL CHECK (email <> '')"],
  ['display_name', 'varchar(200)'],
  ['status', "text NOT NULL DEFAULT 'pending'"],
  ['amount_cents', 'bigint NOT NULL DEFAULT 0'],
  ['metadata', "jsonb NOT NULL DEFAULT '{}'::jsonb"],
  ['price', 'numeric(12, 2)'],
  ['is_active', 'boolean NOT NULL DEFAULT true'],
  ['deleted_at', 'timestamptz'],
  ['tags', "text[] NOT NULL DEFAULT '{}'"],
  ['external_id', 'uuid'],
  ['notes', "text DEFAULT 'café, 日本'"],
  ['quantity', 'integer NOT NULL DEFAULT 1'],
];

const COMMENTS = ['café 日本', 'naïve façade — ünïcode', 'Zürich → São Paulo', 'tabelle für Bestellungen', '注文テーブル', 'ça marche'];

/** Formats a Date as the 14-digit UTC version `YYYYMMDDHHMMSS`. */
function version(date) {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Makes migration contents from a replayed model of the tables created so far, so statements name real tables and columns. */
function migrationFactory(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const tables = [];
  const counters = new Map();
  let serial = 0;
  const unique = (base) => {
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  };

  function createTable() {
    // The feature branch alters `users`, so the first table is always `users`.
    const name = unique(tables.length ? pick(NOUNS) : 'users');
    const columns = ['id'];
    const lines = ['  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY'];
    for (const [column, type] of COLUMN_TYPES.filter(() => random() < 0.35)) {
      columns.push(column);
      lines.push(`  ${column} ${type}`);
    }
    const parent = tables.length && random() < 0.6 ? pick(tables) : null;
    if (parent) {
      columns.push(`${parent.name}_id`);
      lines.push(`  ${parent.name}_id bigint NOT NULL REFERENCES ${parent.name} (id) ON DELETE CASCADE`);
    }
    lines.push('  created_at timestamptz NOT NULL DEFAULT now()', '  updated_at timestamptz NOT NULL DEFAULT now()');
    columns.push('created_at', 'updated_at');
    if (columns.includes('amount_cents')) lines.push(`  CONSTRAINT ${name}_amount_positive CHECK (amount_cents >= 0)`);
    if (columns.includes('email')) lines.push(`  CONSTRAINT ${name}_email_key UNIQUE (email)`);
    tables.push({ name, columns });
    const up = [`CREATE TABLE ${name} (\n${lines.join(',\n')}\n);`];
    if (random() < 0.3) up.push(`COMMENT ON TABLE ${name} IS '${pick(COMMENTS)}';`);
    return { name: `create_${name}`, up, down: [`DROP TABLE ${name};`] };
  }

  function addColumn(table) {
    const [base, type] = pick(COLUMN_TYPES.filter(([, t]) => !t.includes('NOT NULL') || t.includes('DEFAULT')));
    const column = `${base}_${++serial}`;
    table.columns.push(column);
    return {
      name: `add_${column}_to_${table.name}`,
      up: [`ALTER TABLE ${table.name} ADD COLUMN ${column} ${type.replace(/ CHECK .*/, '')};`],
      down: [`ALTER TABLE ${table.name} DROP COLUMN ${column};`],
    };
  }

  function createIndex(table) {
    const column = pick(table.columns);
    const index = `${table.name}_${column}_idx${++serial}`;
    return {
      name: `index_${table.name}_${column}`,
      up: [`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${index}\n  ON ${table.name} (${column});`],
      down: [`DROP INDEX CONCURRENTLY IF EXISTS ${index};`],
    };
  }

  function addForeignKey(table) {
    const parent = pick(tables);
    const column = `${parent.name}_ref_${++serial}`;
    const constraint = `${table.name}_${column}_fkey`;
    table.columns.push(column);
    return {
      name: `add_${column}_fk_to_${table.name}`,
      up: [
        `ALTER TABLE ${table.name} ADD COLUMN ${column} bigint;`,
        `ALTER TABLE ${table.name}\n  ADD CONSTRAINT ${constraint} FOREIGN KEY (${column}) REFERENCES ${parent.name} (id) NOT VALID;`,
        `ALTER TABLE ${table.name} VALIDATE CONSTRAINT ${constraint};`,
      ],
      down: [`ALTER TABLE ${table.name} DROP CONSTRAINT ${constraint};`, `ALTER TABLE ${table.name} DROP COLUMN ${column};`],
    };
  }

  function addCheck(table) {
    const constraint = `${table.name}_updated_after_created_${++serial}`;
    return {
      name: `check_${table.name}_timestamps`,
      up: [
        `ALTER TABLE ${table.name}\n  ADD CONSTRAINT ${constraint} CHECK (updated_at >= created_at) NOT VALID;`,
        `ALTER TABLE ${table.name} VALIDATE CONSTRAINT ${constraint};`,
      ],
      down: [`ALTER TABLE ${table.name} DROP CONSTRAINT ${constraint};`],
    };
  }

  function backfill(table) {
    const from = Math.floor(random() * 1e6);
    return {
      name: `backfill_${table.name}_updated_at`,
      up: [
        `UPDATE ${table.name}\n   SET updated_at = created_at\n WHERE id BETWEEN ${from} AND ${from + 50000}\n   AND updated_at < created_at;`,
      ],
      down: [`SELECT 1; -- a backfill has nothing to undo (${pick(COMMENTS)})`],
    };
  }

  function touchFunction(table) {
    const fn = `${table.name}_touch_${++serial}`;
    return {
      name: `trigger_${fn}`,
      up: [
        `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger\nLANGUAGE plpgsql AS $fn$\nBEGIN\n  -- keep updated_at current; note: '${pick(COMMENTS)}'\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$fn$;`,
        `CREATE TRIGGER ${fn}\n  BEFORE UPDATE ON ${table.name}\n  FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
      ],
      down: [`DROP TRIGGER IF EXISTS ${fn} ON ${table.name};`, `DROP FUNCTION IF EXISTS ${fn}();`],
    };
  }

  function countFunction(table) {
    const fn = `count_${table.name}_${++serial}`;
    return {
      name: `function_${fn}`,
      up: [
        `CREATE FUNCTION ${fn}(since timestamptz) RETURNS bigint\nLANGUAGE sql STABLE AS $$\n  SELECT count(*) FROM ${table.name} WHERE created_at >= since;\n$$;`,
      ],
      down: [`DROP FUNCTION ${fn}(timestamptz);`],
    };
  }

  const kinds = [[0.25, createTable], [0.2, addColumn], [0.17, createIndex], [0.1, addForeignKey], [0.08, addCheck],
    [0.1, backfill], [0.06, touchFunction], [0.04, countFunction]];

  /** The next migration: its name, up statements and down statements. */
  return function next() {
    if (tables.length < 3) return createTable();
    let r = random();
    for (const [weight, make] of kinds) {
      if ((r -= weight) < 0) return make === createTable ? createTable() : make(pick(tables));
    }
    return createTable();
  };
}

/** The text of one migration file: a comment header, then its statements (optionally behind a lock timeout). */
function migrationText(random, title, statements) {
  const header = [`-- ${title}`];
  if (random() < 0.3) header.push(`-- ${COMMENTS[Math.floor(random() * COMMENTS.length)]}`);
  const body = random() < 0.3 ? ["SET lock_timeout = '5s';", ...statements] : statements;
  return { text: `${header.join('\n')}\n\n${body.join('\n\n')}\n`, statements: body.length };
}

function appModule(name, i) {
  return `// ${name}: generated application code ${i}.\nexport interface ${name[0].toUpperCase()}${name.slice(1)}Row {\n  id: number;\n  createdAt: Date;\n}\n\nexport function load${i}(rows: unknown[]): number {\n  return rows.length + ${i};\n}\n`;
}

function git(cwd, args, input) {
  return execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
      GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
    },
  }).toString();
}

function write(root, path, text) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/**
 * Generates (or reuses from the cache) the repositories for one seed and size. Layout under the cache directory:
 * `main/` is on `main` with only an app-code file staged; `feature/` is a worktree on `feature`, which commits one
 * new migration, its rollback and an app-code change; `staged/` is a worktree on `wip` (the app-code commit) with
 * the same new migration staged but not committed; `schema/` is a worktree on `wip-schema` with a staged migration
 * (SET NOT NULL on users) whose verdict depends on the base's migrations.
 */
export function generate({ seed, size, log = () => {} }) {
  const root = join(tmpdir(), `migration-lint-bench-${seed}-${size}`);
  const manifestPath = join(root, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.key === GENERATOR_KEY) return manifest;
  }
  log(`generating ${size} migrations (seed ${seed}) in ${root}`);
  rmSync(root, { recursive: true, force: true });
  const main = join(root, 'main');
  mkdirSync(main, { recursive: true });

  const random = mulberry32(seed * 1_000_003 + size);
  const next = migrationFactory(random);
  let time = Date.UTC(2015, 0, 1);
  let statements = 0;
  let bytes = 0;
  const addMigration = (dir, migration) => {
    const base = `${MIGRATIONS_DIR}/${version(new Date(time))}_${migration.name}`;
    const up = migrationText(random, `${migration.name} (up)`, migration.up);
    const down = migrationText(random, `${migration.name} (down)`, migration.down);
    write(dir, `${base}.sql`, up.text);
    write(dir, `${base}.down.sql`, down.text);
    return { path: `${base}.sql`, statements: up.statements + down.statements, bytes: Buffer.byteLength(up.text + down.text) };
  };
  for (let i = 0; i < size; i++) {
    time += (1 + Math.floor(random() * 720)) * 60_000;
    const added = addMigration(main, next());
    statements += added.statements;
    bytes += added.bytes;
  }
  const appFiles = Math.max(20, Math.floor(size / 50));
  for (let i = 0; i < appFiles; i++) write(main, `src/${NOUNS[i % NOUNS.length]}/module-${i}.ts`, appModule(NOUNS[i % NOUNS.length], i));
  write(main, 'package.json', `${JSON.stringify({ name: 'bench-app', version: '1.0.0', private: true }, null, 2)}\n`);

  git(main, ['init', '-q', '-b', 'main']);
  git(main, ['add', '-A']);
  git(main, ['commit', '-q', '-m', `${size} migrations`]);

  const appChange = (dir, path) => write(dir, path, `${readFileSync(join(dir, path), 'utf8')}export const featureFlag = true;\n`);
  git(main, ['branch', 'wip']);
  git(main, ['worktree', 'add', '-q', join(root, 'staged'), 'wip']);
  const staged = join(root, 'staged');
  appChange(staged, 'src/users/module-0.ts');
  git(staged, ['commit', '-q', '-am', 'Show nicknames']);
  git(main, ['branch', 'feature', 'wip']);
  git(main, ['worktree', 'add', '-q', join(root, 'feature'), 'feature']);

  time += 24 * 3_600_000;
  const feature = { name: 'add_nickname_to_users', up: ['ALTER TABLE users ADD COLUMN nickname text;'], down: ['ALTER TABLE users DROP COLUMN nickname;'] };
  const migration = addMigration(staged, feature);
  addMigration(join(root, 'feature'), feature);
  git(staged, ['add', MIGRATIONS_DIR]);
  git(join(root, 'feature'), ['add', MIGRATIONS_DIR]);
  git(join(root, 'feature'), ['commit', '-q', '-m', 'Add users.nickname']);

  // The schema-aware case: a staged migration whose verdict needs the base's migrations (they create `users` with
  // created_at NOT NULL, so SET NOT NULL scans nothing).
  git(main, ['branch', 'wip-schema', 'wip']);
  git(main, ['worktree', 'add', '-q', join(root, 'schema'), 'wip-schema']);
  const schemaFeature = {
    name: 'users_created_at_not_null',
    up: ['ALTER TABLE users ALTER COLUMN created_at SET NOT NULL;'],
    down: ['ALTER TABLE users ALTER COLUMN created_at DROP NOT NULL;'],
  };
  const schemaMigration = addMigration(join(root, 'schema'), schemaFeature);
  git(join(root, 'schema'), ['add', MIGRATIONS_DIR]);

  appChange(main, 'src/orders/module-2.ts');
  git(main, ['add', 'src/orders/module-2.ts']);

  const manifest = {
    key: GENERATOR_KEY,
    seed,
    size,
    root,
    repos: { main, feature: join(root, 'feature'), staged, schema: join(root, 'schema') },
    newMigration: migration.path,
    schemaMigration: schemaMigration.path,
    corpus: { dir: MIGRATIONS_DIR, files: size * 2, statements, bytes },
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const seed = Number(process.argv[2] ?? 1);
  for (const size of (process.argv[3] ?? '100,1000,10000').split(',').map(Number)) {
    const started = performance.now();
    const manifest = generate({ seed, size, log: console.error });
    console.log(`${size}: ${manifest.root} (${manifest.corpus.statements} statements, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}
