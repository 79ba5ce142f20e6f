// Node documents V8 flags changed after start-up as undefined behaviour: this checks, in the built bundle, that the
// flags the parser sets before it loads (`--liftoff-only`, `--semi-space-growth-factor=1`) are really in force for the
// process that lints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../lib/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'migration-lint-v8-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A child process that lints one SQL file (or not), then runs `probe` and returns what it writes. */
function runAfter(lintFirst: boolean, probe: string, nodeFlags: string[] = []): string {
  const sql = join(dir, '20260101000000_a.sql');
  writeFileSync(sql, "SET lock_timeout = '5s';\nCREATE TABLE a (id bigint);\n");
  const script = join(dir, 'probe.mjs');
  writeFileSync(
    script,
    `import { lint } from ${JSON.stringify(LIB)};
if (${lintFirst}) {
  const result = await lint({ cwd: ${JSON.stringify(dir)}, files: [${JSON.stringify(sql)}] });
  if (result.migrations.length !== 1) throw new Error('the file was not linted');
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
    expect(runAfter(true, TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('false');
  });

  it('is a flag the probe can see: without the parser loaded, hot WebAssembly is optimized', () => {
    expect(runAfter(false, TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('true');
  });
});

describe('the young generation keeps its first size once a file is linted', () => {
  it('stays within 4 MB under allocation that would grow it', () => {
    expect(Number(runAfter(true, YOUNG_GENERATION_PROBE))).toBeLessThanOrEqual(4 * MB);
  });

  it('is a size the probe can see: without the parser loaded, the same allocation grows it past 8 MB', () => {
    expect(Number(runAfter(false, YOUNG_GENERATION_PROBE))).toBeGreaterThan(8 * MB);
  });
});
