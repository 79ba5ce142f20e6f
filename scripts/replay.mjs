// Replays a repository's history through migration-lint: each of the last N commits that touched SQL is linted
// against its parent, in a scratch worktree, and the verdicts are tallied.
//
//   node scripts/replay.mjs <local clone> <commit count> [--verbose] [--json] [--paths=<pathspec>,…]
//
// --paths picks the commits by the paths they touch instead of their .sql files: the migrations directory of a
// Knex, node-pg-migrate or Alembic project (`--paths=migrations/versions`), whose other commits touch code too.
// Prints, for the repository: commits replayed, migrations they added, how many of those were understood (their
// version read), findings by rule, directories skipped, and runs that exited 2 or crashed. --verbose prints each
// commit's findings, to read them as the project's reviewer would. The clone is only read: the worktree is made from
// its objects in the OS temp directory, without checking files out (a config file in the repository is not read),
// and removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/migration-lint.cjs', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const [clonePath, countText] = args.filter((arg) => !arg.startsWith('--'));
const paths = args.find((arg) => arg.startsWith('--paths='))?.slice('--paths='.length).split(',').filter(Boolean) ?? ['*.sql', '*.SQL'];
if (!clonePath || !countText || !/^\d+$/.test(countText)) {
  console.error('usage: node scripts/replay.mjs <local clone> <commit count> [--verbose] [--json] [--paths=<pathspec>,…]');
  process.exit(2);
}
const clone = resolve(clonePath);
const git = (cwd, ...argv) => execFileSync('git', argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });

// Commits with a parent that touched a .sql file (or --paths), newest first; merges are judged through their own commits.
const commits = git(clone, 'log', '--no-merges', '--format=%H %P', '-n', countText, 'HEAD', '--', ...paths)
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split(' '))
  .filter((shas) => shas.length === 2 && shas[1] !== '')
  .map(([sha]) => sha);

const scratch = mkdtempSync(join(tmpdir(), 'migration-lint-replay-'));
const worktree = join(scratch, 'tree');
// No checkout: migration-lint reads the change from git's objects, so the worktree only needs its HEAD moved (and a
// clone whose other blobs are missing, or large, costs nothing).
git(clone, 'worktree', 'add', '--quiet', '--no-checkout', '--detach', worktree, commits[0] ?? 'HEAD');

const totals = { commits: 0, added: 0, understood: 0, skipped: 0, exit2: 0, crashes: 0, missingObjects: 0, byRule: {}, notUnderstood: [], failures: [] };
try {
  for (const sha of commits) {
    git(worktree, 'update-ref', '--no-deref', 'HEAD', sha);
    const run = spawnSync(process.execPath, [cli, '--base', `${sha}~1`, '--format', 'json'], { cwd: worktree, encoding: 'utf8', maxBuffer: 1 << 28 });
    totals.commits++;
    if (run.status === 2 && /fatal: unable to read [0-9a-f]+/.test(run.stderr)) {
      // A clone with objects missing (a partial mirror): git itself cannot show this commit.
      totals.missingObjects++;
      continue;
    }
    if (run.status === 2 || run.status === null || (run.status !== 0 && run.status !== 1)) {
      const kind = run.status === 2 ? 'exit2' : 'crashes';
      totals[kind]++;
      totals.failures.push({ sha, status: run.status, stderr: run.stderr.trim().split('\n').slice(0, 3).join(' | ') });
      continue;
    }
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      totals.crashes++;
      totals.failures.push({ sha, status: run.status, stderr: `unparsable output: ${run.stdout.slice(0, 200)}` });
      continue;
    }
    const added = report.migrations.filter((m) => m.status === 'added' && m.direction !== 'down');
    totals.added += added.length;
    for (const migration of added) {
      if (migration.version !== null) totals.understood++;
      else totals.notUnderstood.push(`${sha.slice(0, 10)} ${migration.path}`);
    }
    totals.skipped += report.skippedDirectories?.length ?? 0;
    for (const finding of report.findings) totals.byRule[finding.ruleId] = (totals.byRule[finding.ruleId] ?? 0) + 1;
    if (verbose && (report.findings.length || report.skippedDirectories)) {
      const subject = git(worktree, 'log', '-1', '--format=%s', sha).trim();
      console.log(`${sha.slice(0, 10)} ${subject}`);
      for (const finding of report.findings) console.log(`  ${finding.severity} ${finding.ruleId} ${finding.file}:${finding.line}  ${finding.message}`);
      for (const skipped of report.skippedDirectories ?? []) console.log(`  skipped ${skipped.path}/: ${skipped.detail}`);
    }
  }
} finally {
  git(clone, 'worktree', 'remove', '--force', worktree);
  rmSync(scratch, { recursive: true, force: true });
}

const name = basename(clone);
if (asJson) {
  console.log(JSON.stringify({ repository: name, ...totals }));
} else {
  const rules = Object.entries(totals.byRule).sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `${rule} ${count}`);
  console.log(`${name}: ${totals.commits} commits, ${totals.added} migrations added, ${totals.understood} understood, ` +
    `${totals.skipped} directories skipped, ${totals.exit2} exit 2, ${totals.crashes} crashes` +
    (totals.missingObjects ? `, ${totals.missingObjects} commits whose objects the clone lacks` : ''));
  console.log(`  findings: ${rules.length ? rules.join(', ') : 'none'}`);
  for (const path of totals.notUnderstood) console.log(`  not understood: ${path}`);
  for (const failure of totals.failures) console.log(`  failed ${failure.sha.slice(0, 10)} (${failure.status}): ${failure.stderr}`);
}
