// Runs squawk and migration-lint over the same migrations and prints where they disagree, by class (squawk rule vs
// migration-lint rule). Cases: bench/compare-cases.json (pull requests: base files, then the PR's files, linted
// as a git change, so migration-lint sees the base's migrations and the PR's earlier ones) and every .sql file under
// fixtures/locks/ (each linted alone, as a plain file, by both tools; same-pr/ as one pull request). squawk is installed on first use (bench/squawk.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findSquawk } from './squawk.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/migration-lint.cjs');
const log = (message) => process.stderr.write(`${message}\n`);

/**
 * For each squawk rule, the migration-lint rules that report the same hazard. A squawk finding with a counterpart
 * finding on the same file agrees; anything else is a disagreement of its class.
 */
const COUNTERPARTS = {
  'ban-concurrent-index-creation-in-transaction': ['ban-concurrently-in-transaction'],
  'changing-column-type': ['ban-rewriting-type-change', 'backward-incompatible'],
  'adding-not-nullable-field': ['require-check-before-set-not-null', 'backward-incompatible'],
  'constraint-missing-not-valid': ['require-validate-separately', 'require-not-valid-constraint', 'require-unique-using-index', 'ban-add-exclude-constraint'],
  'adding-foreign-key-constraint': ['require-not-valid-constraint', 'require-validate-separately'],
  'adding-field-with-default': ['ban-volatile-default', 'ban-default-before-pg11', 'ban-stored-generated-column'],
  'adding-serial-primary-key-field': ['ban-serial-column', 'require-unique-using-index'],
  'disallowed-unique-constraint': ['require-unique-using-index'],
  'renaming-column': ['backward-incompatible'],
  'renaming-table': ['backward-incompatible'],
  'ban-drop-column': ['ban-drop-still-referenced'],
  'ban-drop-table': ['ban-drop-still-referenced'],
  'ban-drop-database': ['ban-drop-database'],
  'ban-truncate-cascade': ['ban-truncate'],
  'require-concurrent-index-creation': ['require-concurrent-index-creation'],
  'require-concurrent-index-deletion': ['require-concurrent-index-deletion'],
  'require-concurrent-reindex': ['require-concurrent-reindex'],
  'require-lock-timeout': ['require-lock-timeout'],
  'prefer-bigint-over-int': ['prefer-bigint-ids'],
  'prefer-identity': ['prefer-identity'],
  'prefer-text-field': ['prefer-text-over-varchar', 'ban-rewriting-type-change'],
  'prefer-timestamptz': ['prefer-timestamptz'],
};

/** Rules about the pull request's shape rather than its statements: squawk has nothing like them. */
const WORKFLOW_RULES = ['one-migration-per-pr', 'require-rollback', 'timestamp-order', 'immutable-migrations', 'ban-expand-and-contract', 'ban-schema-with-app-code', 'ban-drop-with-app-code'];

function git(cwd, ...args) {
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '-c', 'user.name=compare', '-c', 'user.email=compare@example.com', ...args], { cwd, stdio: 'ignore' });
}

function writeTree(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function runMigrationLint(cwd, args) {
  const off = Object.fromEntries(WORKFLOW_RULES.map((id) => [id, 'off']));
  writeFileSync(join(cwd, '.migration-lint.json'), JSON.stringify({ rules: off }));
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`migration-lint exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout).findings.map((f) => ({ file: f.file, rule: f.ruleId }));
}

function runSquawk(squawk, cwd, files) {
  const result = spawnSync(squawk, ['--reporter', 'json', ...files], { cwd, encoding: 'utf8' });
  const out = result.stdout.trim();
  return out ? JSON.parse(out).map((v) => ({ file: relative(cwd, join(cwd, v.file)), rule: v.rule_name })) : [];
}

/** Lints one case in a fresh repository: base on main, the PR's files committed on a branch. */
function lintCase(squawk, testCase) {
  const dir = mkdtempSync(join(tmpdir(), 'migration-lint-compare-'));
  try {
    git(dir, 'init', '-q', '-b', 'main');
    writeTree(dir, { 'README.md': '# compare\n', ...(testCase.base ?? {}) });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeTree(dir, testCase.pr);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'change');
    const files = Object.keys(testCase.pr).filter((path) => path.endsWith('.sql'));
    const ours = testCase.plain ? runMigrationLint(dir, files) : runMigrationLint(dir, ['--base', 'main']);
    return { ours, theirs: runSquawk(squawk, dir, files), files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function loadCases() {
  const cases = JSON.parse(readFileSync(join(ROOT, 'bench/compare-cases.json'), 'utf8'));
  const locks = join(ROOT, 'fixtures/locks');
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.sql') ? [join(dir, e.name)] : []));
  if (existsSync(locks)) {
    // fixtures/locks/same-pr/ is one pull request; every other file there stands alone.
    const samePr = {};
    for (const path of walk(locks).sort()) {
      const name = relative(locks, path);
      const file = `db/migrations/${basename(path)}`;
      if (name.startsWith('same-pr/')) samePr[file] = readFileSync(path, 'utf8');
      else cases.push({ name: `fixtures/locks/${name}`, plain: true, pr: { [file]: readFileSync(path, 'utf8') } });
    }
    if (Object.keys(samePr).length) cases.push({ name: 'fixtures/locks/same-pr', pr: samePr });
  }
  return cases;
}

const squawk = findSquawk(log);
const classes = new Map();
const add = (key, where) => classes.set(key, [...(classes.get(key) ?? []), where]);
let agreements = 0;
const cases = loadCases();
for (const testCase of cases) {
  const { ours, theirs, files } = lintCase(squawk, testCase);
  for (const file of files) {
    const mine = new Set(ours.filter((f) => f.file === file).map((f) => f.rule));
    const matched = new Set();
    for (const rule of new Set(theirs.filter((f) => f.file === file).map((f) => f.rule))) {
      const counterparts = (COUNTERPARTS[rule] ?? []).filter((id) => mine.has(id));
      if (counterparts.length > 0) {
        agreements++;
        for (const id of counterparts) matched.add(id);
      } else {
        add(`squawk ${rule} / migration-lint —`, `${testCase.name}: ${file}`);
      }
    }
    for (const rule of mine) {
      if (!matched.has(rule)) add(`squawk — / migration-lint ${rule}`, `${testCase.name}: ${file}`);
    }
  }
}

const lines = [`${cases.length} cases; ${agreements} findings agree; disagreements by class:`, ''];
for (const [key, where] of [...classes].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
  lines.push(`${String(where.length).padStart(3)}  ${key}`);
  for (const w of where) lines.push(`       ${w}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
