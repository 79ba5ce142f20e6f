/** Every name git can store is linted or reported, in branch, staged and file modes; a symbolic link is one finding everywhere. */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { createRepo } from './helpers/git-repo.js';

/** These tests are about which files are read, not about lock_timeout, which every ALTER here would lack. */
const LOCKS_OFF = { rules: { 'require-lock-timeout': 'off' as const } };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const base = { 'db/migrations/20260101000000_users.sql': 'CREATE TABLE users (id int, a text);\n' };
const NEWLINE_NAME = 'db/migrations/20260213010000_rename\nname.sql';
const rename = 'ALTER TABLE users RENAME COLUMN a TO b;\n';

describe('file names', () => {
  it('lints a migration whose name holds a line break, in branch mode, and escapes it in messages', async () => {
    const repo = await createRepo({ base, branch: [{ [NEWLINE_NAME]: rename }] });
    cleanups.push(repo.cleanup);

    const result = await lint({ cwd: repo.dir, base: 'main', overrides: LOCKS_OFF });

    expect(result.migrations.map((m) => m.path)).toEqual([NEWLINE_NAME]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['backward-incompatible', 'require-rollback']);
    const missing = result.findings.find((f) => f.ruleId === 'require-rollback')!;
    expect(missing.file).toBe(NEWLINE_NAME);
    expect(missing.message).toContain('20260213010000_rename\\nname.sql');
    expect(missing.message).not.toMatch(/[\n\r]/);
    expect(missing.help).not.toMatch(/[\n\r]/);
  });

  it('lints it in staged mode too', async () => {
    const repo = await createRepo({ base, staged: { [NEWLINE_NAME]: rename } });
    cleanups.push(repo.cleanup);

    const result = await lint({ cwd: repo.dir, base: 'main', staged: true, overrides: LOCKS_OFF });

    expect(result.migrations.map((m) => m.path)).toEqual([NEWLINE_NAME]);
    expect(result.findings.map((f) => f.ruleId)).toContain('backward-incompatible');
  });

  it('reports a symbolic link in a migrations directory as not a regular file, in git and in file mode alike', async () => {
    const repo = await createRepo({ base: { ...base, 'sql/create_posts.sql': 'CREATE TABLE posts (id int);\n' } });
    cleanups.push(repo.cleanup);
    const link = 'db/migrations/20260213010000_posts.sql';
    symlinkSync('../../sql/create_posts.sql', join(repo.dir, link));
    repo.git('add', link);

    const staged = await lint({ cwd: repo.dir, base: 'main', staged: true, overrides: LOCKS_OFF });
    const files = await lint({ cwd: repo.dir, files: ['db/migrations'] });

    for (const result of [staged, files]) {
      const own = result.findings.filter((f) => f.file === link);
      expect(own.map((f) => `${f.ruleId} ${f.messageId}`)).toEqual(['syntax-error symlink']);
      expect(own[0]!.help).toMatch(/must be a regular file/);
    }
  });
});
