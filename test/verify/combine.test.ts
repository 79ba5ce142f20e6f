/** How measured locks fold into the static lock rules' findings: one finding per statement, the measurement winning. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { combineLockFindings } from '../../src/verify/combine.js';
import type { Verification } from '../../src/verify/index.js';

const range = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 20 } });

function finding(ruleId: string, line: number, message: string): Finding {
  return { ruleId, severity: 'error', file: 'db/m/002.up.sql', line, column: 1, endLine: line, endColumn: 20, message, help: 'h' };
}

function verification(locks: Array<{ line: number; mode: string; rewrote?: boolean }>, measuredLines: number[]): Verification {
  return {
    engine: 'PGlite',
    skipped: [],
    failures: [],
    mismatches: [],
    locks: locks.map((l) => ({ file: 'db/m/002.up.sql', range: range(l.line), table: 'users', mode: l.mode, rewrote: l.rewrote ?? false })),
    measured: measuredLines.map((line) => ({ file: 'db/m/002.up.sql', line })),
  };
}

describe('combineLockFindings', () => {
  it('confirms a static finding with the measurement and drops the measured duplicate', () => {
    const findings = [
      finding('require-concurrent-index-creation', 1, 'Building users_email_idx blocks every write to "users" until it finishes (SHARE lock).'),
      finding('ban-measured-blocking-lock', 1, 'Took SHARE on users (measured): every write to users waits until the transaction ends.'),
    ];
    expect(combineLockFindings(findings, verification([{ line: 1, mode: 'SHARE' }], [1])).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([
      'require-concurrent-index-creation: Building users_email_idx blocks every write to "users" until it finishes (SHARE lock). Measured: took SHARE on users.',
    ]);
  });

  it('lets the measurement win where the static rule names another lock', () => {
    const findings = [
      finding('some-lock-rule', 2, 'This takes an ACCESS EXCLUSIVE lock on users.'),
      finding('ban-measured-blocking-lock', 2, 'Took SHARE on users (measured): every write to users waits until the transaction ends.'),
    ];
    expect(combineLockFindings(findings, verification([{ line: 2, mode: 'SHARE' }], [2]))[0]!.message).toBe(
      'This takes an ACCESS EXCLUSIVE lock on users. Measured: took SHARE on users (not ACCESS EXCLUSIVE, as some-lock-rule says).',
    );
  });

  it('says so when the static rule claims a rewrite that did not happen', () => {
    const findings = [
      finding('backward-incompatible', 5, 'ALTER COLUMN users.name TYPE varchar(200) rewrites the table under an ACCESS EXCLUSIVE lock.'),
      finding('ban-measured-blocking-lock', 5, 'Took ACCESS EXCLUSIVE on users (measured): every query on users, reads included, waits until the transaction ends.'),
    ];
    expect(combineLockFindings(findings, verification([{ line: 5, mode: 'ACCESS EXCLUSIVE' }], [5])).map((f) => f.message)).toEqual([
      'ALTER COLUMN users.name TYPE varchar(200) rewrites the table under an ACCESS EXCLUSIVE lock. Measured: took ACCESS EXCLUSIVE on users (no rewrite, as backward-incompatible says).',
    ]);
  });

  it('says so when a statement that ran took no blocking lock the static rule claims', () => {
    const findings = [finding('some-lock-rule', 3, 'This takes an ACCESS EXCLUSIVE lock on users.')];
    expect(combineLockFindings(findings, verification([], [3]))[0]!.message).toBe(
      'This takes an ACCESS EXCLUSIVE lock on users. Measured: no blocking lock on a table of the base (some-lock-rule overstates it).',
    );
  });

  it('leaves findings alone without verification, or on statements that did not run', () => {
    const findings = [finding('some-lock-rule', 4, 'This takes an ACCESS EXCLUSIVE lock on users.')];
    expect(combineLockFindings(findings, null)).toEqual(findings);
    expect(combineLockFindings(findings, verification([], [1]))).toEqual(findings);
  });
});
