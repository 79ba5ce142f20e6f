// Finds squawk, the native linter the throughput is compared with, installing it on first use into a cache directory.
// It is not a devDependency: its npm package names one binary package per platform as optional dependencies, and a
// registry that serves only some of them leaves package-lock.json unable to satisfy `npm ci` on a fresh machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SQUAWK_VERSION = '2.66.0';

/** Path of the squawk binary for this platform. */
export function findSquawk(log) {
  const prefix = join(tmpdir(), `migration-lint-bench-squawk-${SQUAWK_VERSION}`);
  if (!existsSync(join(prefix, 'node_modules', 'squawk-cli'))) {
    log(`installing squawk-cli@${SQUAWK_VERSION} into ${prefix}`);
    execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `squawk-cli@${SQUAWK_VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return createRequire(join(prefix, 'node_modules', '.package.json'))('squawk-cli/js/index.js').getBinaryPath();
}
