/** Untrusted pull requests: crafted file names and SQL cannot add workflow commands or outputs, and reach no shell. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo } from '../helpers/git-repo.js';
import { makeRunner, pullRequestEvent, runInProcess } from './runner.js';

const CRAFTED = [
  'db/migrations/20260301000000_a%0A::set-output name=x::y.sql',
  'db/migrations/20260301000001_b\n::add-mask::secret.sql',
  'db/migrations/20260301000002_c,file=evil.sql:line=9.sql',
  'db/migrations/20260301000003_d\r::error::carriage.sql',
  'db/migrations/20260301000004_$(touch pwned)`id`;.sql',
];

const SQL = [
  '-- ::error file=x.sql::injected from a comment\n',
  '/* %0A::set-output name=x::y */\n',
  'ALTER TABLE users RENAME COLUMN email TO "x\n::add-mask::token";\n',
  'ALTER TABLE users RENAME COLUMN name TO "a%0D%0A::stop-commands::z";\n',
].join('');

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Decodes a workflow-command value the way the runner does. */
function unescape(value: string): string {
  return value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('crafted file names and SQL', () => {
  it('produce only escaped annotations, whose file property decodes to the exact name', async () => {
    const branch: Record<string, string> = {};
    for (const path of CRAFTED) branch[path] = SQL;
    const created = await createRepo({
      base: { 'db/migrations/20260201000000_users.sql': 'CREATE TABLE users (id bigint, email text, name text);\n' },
      branch: [branch],
    });
    cleanups.push(created.cleanup);
    const runner = makeRunner({
      workspace: created.dir,
      event: pullRequestEvent(created.git('rev-parse', 'main').trim(), created.git('rev-parse', 'HEAD').trim()),
      inputs: { comment: 'false' },
    });
    cleanups.push(runner.cleanup);

    const run = await runInProcess(runner);
    expect(run.status).toBe(1);
    // The runner reads a command at the start of any line; a bare CR must not start one either.
    const lines = run.stdout.split(/\r\n|\r|\n/);
    const commands = lines.filter((line) => line.includes('::'));
    for (const line of commands) expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
    expect(lines.filter((line) => /^::(?!error|warning|notice)/.test(line))).toEqual([]);

    const annotations = commands.filter((line) => /^::(error|warning) /.test(line));
    expect(annotations.length).toBeGreaterThanOrEqual(CRAFTED.length);
    const files = new Set<string>();
    for (const annotation of annotations) {
      const properties = annotation.slice(annotation.indexOf(' ') + 1, annotation.indexOf('::', 2)).split(',');
      expect(properties.map((p) => p.slice(0, p.indexOf('=')))).toEqual(['title', 'file', 'line', 'endLine', 'col', 'endColumn']);
      files.add(unescape(properties[1]!.slice('file='.length)));
    }
    expect([...files].every((file) => CRAFTED.includes(file))).toBe(true);
    expect(files.size).toBeGreaterThan(1);
    expect(run.commands.filter((line) => line.startsWith('::error::'))).toHaveLength(1);
    expect(Object.keys(run.outputs).sort()).toEqual(['errors', 'findings-json', 'warnings']);
    expect(existsSync(join(created.dir, 'pwned')) || existsSync('pwned')).toBe(false);
  });
});
