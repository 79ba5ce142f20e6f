/** `npm run demo`, the README's first command: the bundled demo runs the built command and shows its findings. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../scripts/demo.mjs', import.meta.url));

describe('the demo', () => {
  it('lints its feature branch with the installed command and reports the workflow rules it breaks', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['GITHUB_BASE_REF', 'GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'FORCE_COLOR']) delete env[name];
    const result = spawnSync(process.execPath, [DEMO], { env, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/^Node\.js v\d/m);
    expect(result.status).toBe(0);
    for (const ruleId of ['one-migration-per-pr', 'ban-drop-with-app-code', 'ban-expand-and-contract', 'require-rollback', 'timestamp-order', 'immutable-migrations', 'syntax-error']) {
      expect(result.stdout).toContain(`  error  ${ruleId}\n`);
    }
    expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) \(base: main at [0-9a-f]{7}\)/);
    expect(result.stdout).toContain('migration-lint exited 1 (1: the pull request has errors');
  });
});
