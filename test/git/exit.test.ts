/** A process that reads blobs and forgets close() still exits: the idle cat-file process does not hold Node. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';
import { useTestRepos } from './test-repos.js';

const { defer } = useTestRepos();

it('exits without close() once every read is answered', async () => {
  const { dir, cleanup } = await createRepo({ base: { 'a.sql': 'SELECT 1;\n' } });
  defer(cleanup);
  const out = mkdtempSync(join(tmpdir(), 'migration-lint-bundle-'));
  defer(() => rmSync(out, { recursive: true, force: true }));
  await build({
    entryPoints: [new URL('../../src/git/index.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: join(out, 'git.mjs'),
    logLevel: 'silent',
  });
  const script = join(out, 'script.mjs');
  writeFileSync(
    script,
    `import { openRepo } from './git.mjs';
const repo = await openRepo(process.argv[2]);
const first = await repo.readBlobs(['HEAD:a.sql']);
await new Promise((resolve) => setTimeout(resolve, 50));
const second = await repo.readBlobs(['HEAD:a.sql']);
process.stdout.write(String(first.get('HEAD:a.sql')) + String(second.get('HEAD:a.sql')));
`,
  );
  const { stdout } = await promisify(execFile)(process.execPath, [script, dir], { timeout: 10_000 });
  expect(stdout).toBe('SELECT 1;\nSELECT 1;\n');
});
