/**
 * sqitch: `sqitch.plan` lists the changes in deploy order; change `x` deploys with `deploy/x.sql` and reverts with
 * `revert/x.sql` (`verify/x.sql` checks it, and is no migration). A change's version is its place in the plan, so the
 * order rule reads "a new change is appended at the end of the plan". `sqitch rework` keeps a deployed script as
 * `deploy/x@<tag>.sql` and lets `deploy/x.sql` change: an edit the plan records, not a merged migration edited.
 */
import type { ParsedName } from '../types.js';
import type { Convention } from './types.js';
import { versionedName } from './names.js';
import { isSameVersion } from './versions.js';

export const SQITCH_PLAN = 'sqitch.plan';

/** The plan, read: each change's place (its last one, for a reworked change), and the changes reworked. */
export interface SqitchPlan {
  /** Change name → 1-based position of its latest entry among the plan's changes. */
  positions: Map<string, number>;
  /** Changes that appear more than once (reworked after a tag). */
  reworked: Set<string>;
  /** Change names in plan order (a reworked change once, at its latest place). */
  changes: string[];
}

const plans = new Map<string, SqitchPlan>();

/** Reads a plan's text; the same text is read once. */
export function readSqitchPlan(text: string): SqitchPlan {
  const known = plans.get(text);
  if (known) return known;
  const plan: SqitchPlan = { positions: new Map(), reworked: new Set(), changes: [] };
  let position = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    // Pragmas (`%syntax-version=…`), tags (`@v1.0 …`), comments and blank lines are not changes.
    if (line === '' || line.startsWith('%') || line.startsWith('@') || line.startsWith('#')) continue;
    const name = line.split(/\s/, 1)[0]!;
    position++;
    if (plan.positions.has(name)) plan.reworked.add(name);
    plan.positions.set(name, position);
  }
  plan.changes = [...plan.positions.keys()];
  if (plans.size > 16) plans.clear();
  plans.set(text, plan);
  return plan;
}

/** The entries a plan implies: `deploy/<change>.sql` and `revert/<change>.sql` per change. */
export function sqitchEntries(planText: string | null): string[] {
  if (planText === null) return [];
  return readSqitchPlan(planText).changes.flatMap((change) => [`deploy/${change}.sql`, `revert/${change}.sql`]);
}

const ENTRY = /^(deploy|revert|verify)\/(.+)\.sql$/s;

export const sqitch = {
  id: 'sqitch',
  extensions: ['.sql'],
  inFileRollback: false,
  // Scripts run through psql as written: sqitch's templates wrap each in BEGIN … COMMIT themselves.
  wrapsInTransaction: false,
  sendsFileAsOneQuery: false,
  // sqitch stores each deployed script's hash and reports a script changed since deploy.
  checksummed: true,
  planFile: SQITCH_PLAN,
  parseName(entry, plan) {
    const match = ENTRY.exec(entry);
    if (!match || match[1] === 'verify' || plan == null) return null;
    const change = match[2] ?? '';
    const position = readSqitchPlan(plan).positions.get(change);
    if (position === undefined) return null;
    return versionedName(String(position), change, match[1] === 'deploy' ? 'up' : 'down');
  },
  isSupport(entry) {
    // Checks, and the copies `sqitch rework` keeps of deployed scripts (`deploy/x@v1.0.sql`).
    const match = ENTRY.exec(entry);
    return match !== null && (match[1] === 'verify' || /@[^/]+$/.test(match[2] ?? ''));
  },
  isRework(entry, plan, basePlan) {
    const change = ENTRY.exec(entry)?.[2];
    if (change === undefined || plan === null) return false;
    const reworks = (text: string | null) => (text === null ? 0 : countEntries(text, change));
    return reworks(plan) > reworks(basePlan);
  },
  isRollbackOf(candidate: ParsedName, up: ParsedName) {
    return candidate.direction === 'down' && up.direction === 'up' && candidate.name === up.name && isSameVersion(candidate.version, up.version);
  },
} satisfies Convention;

/** How many times the plan lists a change (once, plus once per rework). */
function countEntries(planText: string, change: string): number {
  let count = 0;
  for (const raw of planText.split('\n')) {
    const line = raw.trim();
    if (line.split(/\s/, 1)[0] === change && !line.startsWith('@')) count++;
  }
  return count;
}
