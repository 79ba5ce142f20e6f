// Times whole migration-lint processes on generated repositories against `node -e 0` and squawk, checks the targets, and writes bench/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, devNull, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { findSquawk } from './squawk.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin/migration-lint.cjs');
const TIME = '/usr/bin/time';

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '1' },
    'corpus-runs': { type: 'string', default: '3' },
    'corpus-timeout': { type: 'string', default: '300' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(flags.runs);
const warmup = Number(flags.warmup);
const sizes = flags.sizes.split(',').map(Number).sort((a, b) => a - b);
const seed = Number(flags.seed);
const corpusRuns = Number(flags['corpus-runs']);
const corpusTimeoutMs = Number(flags['corpus-timeout']) * 1000;
const log = (message) => process.stderr.write(`${message}\n`);
const SQUAWK = findSquawk(log);

/** The children's environment: nothing from a CI job or a git hook that would change what they lint or how node starts. */
const env = { ...process.env };
for (const name of ['GITHUB_BASE_REF', 'GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'NODE_OPTIONS', 'FORCE_COLOR']) delete env[name];
const devNullFd = openSync(devNull, 'w');

const node = (cwd) => ({ label: 'node -e 0', file: process.execPath, args: ['-e', '0'], cwd, exits: [0] });
const lintCommand = (cwd, ...args) => ({ label: `migration-lint ${args.join(' ')}`, file: process.execPath, args: [CLI, ...args], cwd, exits: [0, 1] });

/**
 * Runs a command once and returns its wall time in ms, its exit code and (with `capture`) its stdout. An exit code
 * the command does not expect fails the bench: it would be timing an error path. A run past `command.timeoutMs` is
 * killed and comes back as `timedOut`.
 */
function execute(command, { capture = false } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command.file, command.args, {
    cwd: command.cwd,
    env,
    stdio: ['ignore', capture ? 'pipe' : devNullFd, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: command.timeoutMs,
    killSignal: 'SIGKILL',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error?.code === 'ETIMEDOUT') return { ms, timedOut: true };
  if (result.error) throw result.error;
  const exit = result.status ?? result.signal;
  // A crash exits 1 too, like findings: node's uncaught-error report on stderr tells them apart.
  if (!command.exits.includes(exit) || /^Node\.js v\d/m.test(result.stderr)) {
    throw new Error(`${command.label} (in ${command.cwd}) exited ${exit}, expected ${command.exits.join(' or ')}: the bench would time an error path\n${result.stderr}`);
  }
  return { ms, exit, stdout: result.stdout };
}

function runOnce(command) {
  const run = execute(command);
  if (run.timedOut) throw new Error(`${command.label} (in ${command.cwd}) ran past ${command.timeoutMs / 1000} s`);
  return run;
}

/**
 * Peak resident memory in KiB of the command's largest process (GNU time's %M: ru_maxrss from wait4, which covers the
 * command and the children it waited for, e.g. git). Node cannot read a child's rusage itself, so without /usr/bin/time
 * the node commands are run with bench/max-rss.mjs preloaded (node's own peak, children not counted) and squawk gets null.
 */
function maxRss(command) {
  const dir = mkdtempSync(join(tmpdir(), 'migration-lint-rss-'));
  const out = join(dir, 'rss');
  try {
    if (existsSync(TIME)) {
      spawnSync(TIME, ['-f', '%M', '-o', out, command.file, ...command.args], { cwd: command.cwd, env, stdio: ['ignore', devNullFd, 'ignore'] });
    } else if (command.file === process.execPath) {
      const probe = fileURLToPath(new URL('max-rss.mjs', import.meta.url));
      spawnSync(command.file, command.args, {
        cwd: command.cwd,
        env: { ...env, NODE_OPTIONS: `--import=${probe}`, BENCH_MAX_RSS_FILE: out },
        stdio: ['ignore', devNullFd, 'ignore'],
      });
    }
    return existsSync(out) ? Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), min: sorted[0], max: sorted.at(-1), p10: quantile(sorted, 0.1), p90: quantile(sorted, 0.9) };
}

/**
 * Times `subject` against `reference`, interleaved (the pair's order alternates) so that drift in the machine's speed
 * hits both; the ratio is taken per pair, then summarised.
 */
function compare(subject, reference, count, warmupRuns = warmup) {
  const samples = { subject: [], reference: [], ratio: [] };
  const exits = { subject: new Set(), reference: new Set() };
  for (let i = 0; i < warmupRuns + count; i++) {
    const [first, second] = (i % 2 ? [reference, subject] : [subject, reference]).map(runOnce);
    const [s, r] = i % 2 ? [second, first] : [first, second];
    exits.subject.add(s.exit);
    exits.reference.add(r.exit);
    if (i < warmupRuns) continue;
    samples.subject.push(s.ms);
    samples.reference.push(r.ms);
    samples.ratio.push(s.ms / r.ms);
  }
  for (const [role, command] of [['subject', subject], ['reference', reference]]) {
    if (exits[role].size > 1) throw new Error(`${command.label} (in ${command.cwd}) exited inconsistently: ${[...exits[role]].join(', ')}`);
  }
  return {
    subject: { command: subject.label, ...stats(samples.subject), exits: [...exits.subject], maxRssKiB: maxRss(subject) },
    reference: { command: reference.label, ...stats(samples.reference), exits: [...exits.reference], maxRssKiB: maxRss(reference) },
    ratio: stats(samples.ratio),
    samples,
  };
}

/** Lints once with --format json and checks that the run saw exactly the migrations the scenario is about. */
function checkChangeset(command, expected) {
  const run = execute({ ...command, args: [...command.args, '--format', 'json'] }, { capture: true });
  const output = JSON.parse(run.stdout);
  const paths = output.migrations.map((m) => m.path).sort();
  if (JSON.stringify(paths) !== JSON.stringify(expected)) {
    throw new Error(`${command.label} (in ${command.cwd}) linted ${JSON.stringify(paths)}, expected ${JSON.stringify(expected)}`);
  }
  return output.summary;
}

const SCENARIOS = [
  { id: 'staged-migration', title: '--staged, one staged migration', repo: 'staged', args: ['--staged'], withMigration: true },
  {
    id: 'staged-schema',
    title: '--staged, one migration judged against the base schema',
    repo: 'schema',
    args: ['--staged'],
    withMigration: true,
    migration: 'schemaMigration',
  },
  { id: 'staged-app-code', title: '--staged, app code only', repo: 'main', args: ['--staged'], withMigration: false },
  { id: 'branch', title: '--base main (branch mode)', repo: 'feature', args: ['--base', 'main'], withMigration: true },
];

function timeScenario(scenario, manifest) {
  const cwd = manifest.repos[scenario.repo];
  const subject = lintCommand(cwd, ...scenario.args);
  const migration = manifest[scenario.migration ?? 'newMigration'];
  const expected = scenario.withMigration ? [migration.replace(/\.sql$/, '.down.sql'), migration] : [];
  const summary = checkChangeset(subject, expected);
  log(`${scenario.title}, ${manifest.size} migrations (${summary.errors} errors, ${summary.warnings} warnings): timing`);
  return { id: scenario.id, title: scenario.title, size: manifest.size, cwd, summary, ...compare(subject, node(cwd), runs) };
}

/**
 * Lints every migration of a repository as plain files, against squawk on the same files. The first run of each is the
 * warm-up, and migration-lint's also checks that it linted every file; a migration-lint run past the time limit is
 * reported as such (squawk is still timed).
 */
function timeThroughput(manifest) {
  const { dir, files, statements } = manifest.corpus;
  const cwd = manifest.repos.main;
  const lint = { ...lintCommand(cwd, '--format', 'json', dir), timeoutMs: corpusTimeoutMs };
  // squawk's own binary, not its node launcher (which would add a node start-up to squawk's time); it expands the glob itself.
  const squawk = { label: `squawk --reporter json '${dir}/*.sql'`, file: SQUAWK, args: ['--reporter', 'json', `${dir}/*.sql`], cwd, exits: [0, 1] };
  const base = { size: manifest.size, files, statements, runs: corpusRuns };
  log(`throughput, ${files} files: checking, then timing`);
  const check = execute(lint, { capture: true });
  if (check.timedOut) {
    runOnce(squawk);
    const times = Array.from({ length: corpusRuns }, () => runOnce(squawk));
    return {
      ...base,
      migrationLint: { command: lint.label, timedOut: true, timeoutMs: corpusTimeoutMs, exits: [] },
      squawk: { command: squawk.label, ...stats(times.map((t) => t.ms)), exits: [...new Set(times.map((t) => t.exit))], maxRssKiB: maxRss(squawk) },
      ratio: null,
    };
  }
  const linted = JSON.parse(check.stdout).migrations.length;
  if (linted !== files) throw new Error(`${lint.label} (in ${cwd}) linted ${linted} files, expected ${files}`);
  runOnce(squawk);
  const pair = compare(lint, squawk, corpusRuns, 0);
  return { ...base, migrationLint: pair.subject, squawk: pair.reference, ratio: pair.reference.median / pair.subject.median, samples: pair.samples };
}

const ratioText = (v) => `${v.toFixed(2)}×`;

/** The goals, each read from one measurement; a goal whose measurement was not taken (that size not run) is left out. */
function evaluateTargets(results, throughput) {
  const find = (id, size) => results.find((r) => r.id === id && r.size === size);
  const targets = [];
  const add = (name, value, pass, text = ratioText) => value !== undefined && targets.push({ name, value, pass: pass(value), text: text(value) });
  add('--staged, one migration, 10,000 repo ≤ 2× node -e 0', find('staged-migration', 10000)?.ratio.median, (v) => v <= 2);
  for (const size of sizes) {
    add(`--staged, no migration, ${size.toLocaleString('en-US')} repo ≤ 1.3× node -e 0`, find('staged-app-code', size)?.ratio.median, (v) => v <= 1.3);
  }
  add('branch mode, 10,000 repo ≤ 5× node -e 0', find('branch', 10000)?.ratio.median, (v) => v <= 5);
  const corpus = throughput.at(-1);
  if (corpus) {
    add(`throughput on ${corpus.files.toLocaleString('en-US')} files ≥ 1.0× squawk`, corpus.ratio, (v) => v !== null && v >= 1,
      (v) => (v === null ? `< ${ratioText(corpus.squawk.median / corpus.migrationLint.timeoutMs)} (timed out)` : ratioText(v)));
  }
  if (corpus?.migrationLint.maxRssKiB != null) {
    add(`peak memory on the ${corpus.files.toLocaleString('en-US')}-file corpus ≤ 200 MB`, corpus.migrationLint.maxRssKiB, (v) => v * 1024 <= 200e6,
      (v) => `${((v * 1024) / 1e6).toFixed(0)} MB`);
  }
  const big = find('staged-migration', 10000);
  const small = find('staged-migration', 1000);
  if (big && small) {
    add('--staged, one migration: 10,000 repo vs 1,000 adds ≤ 10%', big.ratio.median / small.ratio.median - 1, (v) => v <= 0.1,
      (v) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(0)}%`);
  }
  return targets;
}

const ms = (v) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);
const mib = (kib) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`);
const count = (n) => Math.round(n).toLocaleString('en-US');
const spread = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function report(results, throughput, targets, machine) {
  const lines = [`${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; median (min–max) of ${runs} runs after ${warmup} warm-up, each paired with node -e 0`, ''];
  lines.push(table([
    ['scenario', 'migrations', 'migration-lint', 'node -e 0', 'ratio (min–max)', 'max RSS', 'node RSS', 'exit'],
    ...results.map((r) => [
      r.title, count(r.size), spread(r.subject), ms(r.reference.median),
      `${ratioText(r.ratio.median)} (${r.ratio.min.toFixed(2)}–${r.ratio.max.toFixed(2)})`,
      mib(r.subject.maxRssKiB), mib(r.reference.maxRssKiB), r.subject.exits.join(','),
    ]),
  ]));
  if (throughput.length) {
    lines.push('', `Throughput, every migration as plain files: median (min–max) of ${corpusRuns} runs after 1 warm-up`, '');
    lines.push(table([
      ['files', 'statements', 'migration-lint', 'statements/s', 'max RSS', 'squawk', 'statements/s', 'max RSS', 'ratio'],
      ...throughput.map((t) => {
        const ml = t.migrationLint;
        return [
          count(t.files), count(t.statements),
          ml.timedOut ? `> ${ms(ml.timeoutMs)} (timed out)` : spread(ml),
          ml.timedOut ? `< ${count(t.statements / (ml.timeoutMs / 1000))}` : count(t.statements / (ml.median / 1000)),
          ml.timedOut ? 'n/a' : mib(ml.maxRssKiB),
          spread(t.squawk), count(t.statements / (t.squawk.median / 1000)), mib(t.squawk.maxRssKiB),
          t.ratio === null ? `< ${ratioText(t.squawk.median / ml.timeoutMs)}` : ratioText(t.ratio),
        ];
      }),
    ]));
  }
  lines.push('', table([['target', 'measured', 'result'], ...targets.map((t) => [t.name, t.text, t.pass ? 'pass' : 'FAIL'])]));
  return `${lines.join('\n')}\n`;
}

function machineInfo() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.versions.node,
    git: execFileSync('git', ['--version']).toString().trim(),
    squawk: execFileSync(SQUAWK, ['--version']).toString().trim(),
    maxRss: existsSync(TIME) ? `${TIME} -f %M` : 'node --import bench/max-rss.mjs',
  };
}

if (!flags['skip-build'] || !existsSync(join(ROOT, 'lib/cli.cjs'))) {
  log('building lib/ (npm run build)');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
}
const machine = machineInfo();
const manifests = sizes.map((size) => generate({ seed, size, log }));
const results = SCENARIOS.flatMap((scenario) => manifests.map((manifest) => timeScenario(scenario, manifest)));
const throughput = manifests.map(timeThroughput);
const targets = evaluateTargets(results, throughput);
process.stdout.write(report(results, throughput, targets, machine));
const json = { date: new Date().toISOString(), machine, seed, runs, warmup, corpusRuns, results, throughput, targets };
writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(json, null, 2)}\n`);
