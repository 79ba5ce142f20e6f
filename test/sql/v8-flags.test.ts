// Node documents V8 flags changed after start-up as undefined behaviour: this checks, in the built bundle, that the
// flags a run sets are really in force for the process that lints: `--liftoff-only` before the parser loads, and
// `--semi-space-growth-factor=1` before a run of a thousand files or more reads them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../lib/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'migration-lint-v8-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A directory of `count` one-statement migrations. */
function migrations(count: number): string {
  const at = join(dir, `migrations-${count}`);
  mkdirSync(at, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(at, `${20260101000000 + i}_m.sql`), `CREATE TABLE t${i} (id bigint);\n`);
  return at;
}

/** A child process that lints `count` SQL files first (none: nothing is linted), then runs `probe` and returns what it writes. */
function runAfter(count: number, probe: string, nodeFlags: string[] = []): string {
  const script = join(dir, 'probe.mjs');
  writeFileSync(
    script,
    `import { lint } from ${JSON.stringify(LIB)};
if (${count} > 0) {
  const result = await lint({ cwd: ${JSON.stringify(dir)}, files: [${JSON.stringify(count > 0 ? migrations(count) : '')}] });
  if (result.migrations.length !== ${count}) throw new Error('the files were not linted');
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
    expect(runAfter(1, TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('false');
  });

  it('is a flag the probe can see: without the parser loaded, hot WebAssembly is optimized', () => {
    expect(runAfter(0, TIER_UP_PROBE, ['--allow-natives-syntax'])).toBe('true');
  });
});

describe('a run of a thousand files keeps the young generation at its first size', () => {
  it('stays within 4 MB under allocation that would grow it', () => {
    expect(Number(runAfter(1000, YOUNG_GENERATION_PROBE))).toBeLessThanOrEqual(4 * MB);
  });

  it('is a size the probe can see: after a run of one file, the same allocation grows it past 8 MB', () => {
    expect(Number(runAfter(1, YOUNG_GENERATION_PROBE))).toBeGreaterThan(8 * MB);
  });

  it('grows it past 8 MB with nothing linted too', () => {
    expect(Number(runAfter(0, YOUNG_GENERATION_PROBE))).toBeGreaterThan(8 * MB);
  });
});
