// Node documents V8 flags changed after start-up as undefined behaviour: this checks, in the built bundle, that the
// `--liftoff-only` the parser sets before it loads is really in force for the process that lints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const LIB = fileURLToPath(new URL('../../lib/index.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'migration-lint-liftoff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A child process that lints one SQL file (or not), then runs a small WebAssembly function hot and reports whether
 * V8 tiered it up to TurboFan within two seconds. Flags are process-wide: what holds for it holds for the parser.
 */
function tiersUpAfter(lintFirst: boolean): boolean {
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
// (module (func (export "f") (result i32) i32.const 42))
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
`,
  );
  return execFileSync(process.execPath, ['--allow-natives-syntax', script], { encoding: 'utf8' }) === 'true';
}

describe('the parser runs WebAssembly with the baseline compiler only', () => {
  it('keeps V8 from optimizing WebAssembly once a file is linted', () => {
    expect(tiersUpAfter(true)).toBe(false);
  });

  it('is a flag the probe can see: without the parser loaded, hot WebAssembly is optimized', () => {
    expect(tiersUpAfter(false)).toBe(true);
  });
});
