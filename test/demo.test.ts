/** `npm run demo`, the README's first command: the bundled demo runs the built command and shows its findings. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isolatedToolEnv } from './helpers/git-repo.js';

const DEMO = fileURLToPath(new URL('../scripts/demo.mjs', import.meta.url));

describe('the demo', () => {
  it('lints its feature branch with the installed command and reports the workflow rules it breaks', () => {
    const home = mkdtempSync(join(tmpdir(), 'migration-lint-demo-home-'));
    const result = spawnSync(process.execPath, [DEMO], { env: isolatedToolEnv(home), encoding: 'utf8' });
    rmSync(home, { recursive: true, force: true });
    expect(result.stderr).not.toMatch(/^Node\.js v\d/m);
    expect(result.status).toBe(0);
    for (const ruleId of ['one-migration-per-pr', 'ban-drop-with-app-code', 'ban-expand-and-contract', 'require-rollback', 'timestamp-order', 'immutable-migrations', 'syntax-error']) {
      expect(result.stdout).toContain(`  error  ${ruleId}\n`);
    }
    expect(result.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\) \(base: main at [0-9a-f]{7}\)/);
    expect(result.stdout).toContain('migration-lint exited 1 (1: the pull request has errors');
  });
});
