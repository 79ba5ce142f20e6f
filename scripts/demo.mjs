// The demo: builds a throwaway git repository from fixtures/demo (a base branch and a feature
// branch whose pull request breaks several rules) and lints the feature branch against main.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'fixtures', 'demo');
// The command as npm installs it: the package's own bin entry.
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['migration-lint']);
const dir = mkdtempSync(join(tmpdir(), 'migration-lint-demo-'));
const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });

try {
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Demo');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'commit.gpgsign', 'false');
  cpSync(join(fixtures, 'base'), dir, { recursive: true });
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Users and orders');
  git('checkout', '--quiet', '-b', 'feature/email-v2');
  cpSync(join(fixtures, 'feature'), dir, { recursive: true });
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Switch users to email_v2, rename order totals');

  console.log(`Demo repository: ${dir}`);
  console.log('Branch feature/email-v2 against main:');
  console.log(git('diff', '--stat', 'main...HEAD').toString());
  console.log('$ migration-lint --base main\n');
  const run = spawnSync(process.execPath, [bin, '--base', 'main'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
  });
  process.stderr.write(run.stderr ?? '');
  // Node exits 1 for a crash as well as for findings: its crash report on stderr tells them apart.
  const crashed = run.error !== undefined || /^Node\.js v\d/m.test(run.stderr ?? '');
  if (crashed) {
    console.log(`\nmigration-lint did not run: ${run.error?.message ?? 'it crashed (above)'}.`);
  } else {
    console.log(`\nmigration-lint exited ${run.status} (1: the pull request has errors; 0 would be clean, 2 a usage problem).`);
  }
  process.exitCode = !crashed && run.status === 1 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
