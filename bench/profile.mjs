// Profiles the pre-commit hook's case: `--staged` with one staged migration on a generated repository, run N times
// with `node --cpu-prof`, and prints the functions with the most self time (averaged over the runs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';

const { values: flags } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '10' },
    top: { type: 'string', default: '10' },
    repo: { type: 'string', default: 'staged' },
    seed: { type: 'string', default: '1' },
  },
});
const CLI = fileURLToPath(new URL('../bin/migration-lint.cjs', import.meta.url));
const manifest = generate({ seed: Number(flags.seed), size: Number(flags.size), log: (message) => process.stderr.write(`${message}\n`) });
const cwd = manifest.repos[flags.repo];
if (cwd === undefined) throw new Error(`no repository "${flags.repo}": one of ${Object.keys(manifest.repos).join(', ')}`);
const dir = mkdtempSync(join(tmpdir(), 'migration-lint-profile-'));
const env = { ...process.env };
delete env.NODE_OPTIONS;
try {
  for (let i = 0; i < Number(flags.runs); i++) {
    execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, '--staged'], { cwd, env, stdio: 'ignore' });
  }
  const self = new Map();
  let total = 0;
  const profiles = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'));
  for (const file of profiles) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    for (const [index, id] of profile.samples.entries()) {
      const frame = frames.get(id);
      const where = frame.url ? ` ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'}${where}`;
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[index]);
      total += profile.timeDeltas[index];
    }
  }
  const ms = (us) => (us / profiles.length / 1000).toFixed(1);
  process.stdout.write(`${flags.repo}, ${manifest.size} migrations: ${profiles.length} runs, ${ms(total)} ms profiled per run\n`);
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(flags.top))) process.stdout.write(`${ms(us).padStart(7)} ms  ${key}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
