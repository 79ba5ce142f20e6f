// Node documents V8 flags changed after start-up as undefined behaviour: this checks, in the built bundle, that the
// flags a run sets are really in force for the process that lints: `--liftoff-only` before the parser loads, and
// `--semi-space-growth-factor=1` before a run of plain files reads them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';
import type { TestRepo } from '../helpers/git-repo.js';

const LIB = fileURLToPath(new URL('../../lib/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'migration-lint-v8-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A git repository whose branch adds one migration to the one on main. */
let gitChange: TestRepo;
beforeAll(async () => {
  gitChange = await createRepo({
    base: { 'db/migrations/20260101000000_a.sql': 'CREATE TABLE a (id bigint);\n' },
    branch: [{ 'db/migrations/20260102000000_b.sql': "SET lock_timeout = '5s';\nCREATE TABLE b (id bigint);\n" }],
  });
});
afterAll(() => gitChange?.cleanup());

/** What the probe's process lints before the probe runs. */
type Run = 'nothing' | 'a file' | 'a git change';

/** A child process that lints first (or not), then runs `probe` and returns what it writes. */
function runAfter(run: Run, probe: string, nodeFlags: string[] = []): string {
  const sql = join(dir, '20260101000000_a.sql');
  writeFileSync(sql, "SET lock_timeout = '5s';\nCREATE TABLE a (id bigint);\n");
  const options = run === 'a file' ? { cwd: dir, files: [sql] } : run === 'a git change' ? { cwd: gitChange.dir, base: 'main' } : null;
  const script = join(dir, 'probe.mjs');
  writeFileSync(
    script,
    `import { lint } from ${JSON.stringify(LIB)};
const options = ${JSON.stringify(options)};
if (options) {
  const result = await lint(options);
  if (result.migrations.length !== 1) throw new Error('the migration was not linted');
}
${probe}`,
  );
  return execFileSync(process.execPath, [...nodeFlags, script], { encoding: 'utf8' });
}

/** Runs a small WebAssembly function hot and writes whether V8 tiered it up to TurboFan within two seconds. */
const TIER_UP_PROBE = `// (module (func (export "f") (result i32) i32.const 42))
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,127,3,2,1,0,7,5,1,1,102,0,0,10,6,1,4,0,65,42,11]);
const f = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f;
const deadline = Date.now() + 2000;
let turbofan = false;
while (!turbofan && Date.now() < deadline) {
  for (let i = 0; i < 100000; i++) f();
  await new Promise((resolve) => setTimeout(resolve, 10));
  turbofan = %IsTurboFanFunction(f);
}
process.stdout.write(String(turbofan));
`;

/**
 * Allocates three million objects of which the last 200,000 stay alive, so that most survive a scavenge or two (what
 * makes V8 grow its young generation), and writes the young generation's size in bytes.
 */
const YOUNG_GENERATION_PROBE = `import { getHeapSpaceStatistics } from 'node:v8';
const ring = new Array(200000);
for (let i = 0; i < 3000000; i++) ring[i % ring.length] = { i, s: 'x' + (i & 1023) };
process.stdout.write(String(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size));
`;

const MB = 1 << 20;

describe('the parser runs WebAssembly with the baseline compiler only', () => {
  it('keeps V8 from optimizing WebAssembly once a file is linted', () => {
    expect(runAfter('a file', TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('false');
  });

  it('keeps it so in a git change too', () => {
    expect(runAfter('a git change', TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('false');
  });

  it('is a flag the probe can see: without the parser loaded, hot WebAssembly is optimized', () => {
    expect(runAfter('nothing', TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('true');
  });
});

describe('a run of plain files keeps the young generation at its first size', () => {
  it('stays within 4 MB under allocation that would grow it', () => {
    expect(Number(runAfter('a file', YOUNG_GENERATION_PROBE))).toBeLessThanOrEqual(4 * MB);
  });

  it('is a size the probe can see: with nothing linted, the same allocation grows it past 8 MB', () => {
    expect(Number(runAfter('nothing', YOUNG_GENERATION_PROBE))).toBeGreaterThan(8 * MB);
  });

  it("leaves a git change's run with V8's default, which grows it past 8 MB", () => {
    expect(Number(runAfter('a git change', YOUNG_GENERATION_PROBE))).toBeGreaterThan(8 * MB);
  });
});
