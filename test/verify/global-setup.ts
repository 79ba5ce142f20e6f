/**
 * Starts the test PostgreSQL server once per test run (scripts/start-test-postgres.sh: installs Debian's postgresql
 * when absent, starts a cluster on 127.0.0.1 as the postgres user; fast when it already runs), unless
 * MIGRATION_LINT_TEST_DATABASE_URL names one, and gives the tests its URL.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject): void {
  let url = process.env.MIGRATION_LINT_TEST_DATABASE_URL;
  if (!url) {
    const script = fileURLToPath(new URL('../../scripts/start-test-postgres.sh', import.meta.url));
    const output = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    url = output.trim().split('\n').pop()!;
  }
  project.provide('databaseUrl', url);
}
