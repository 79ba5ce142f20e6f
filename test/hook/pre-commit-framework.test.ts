/** The hook this repository offers the pre-commit framework: what pre-commit reads from .pre-commit-hooks.yaml. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

const root = new URL('../../', import.meta.url);
const hooks = load(readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8')) as Array<Record<string, unknown>>;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { bin: Record<string, string> };

describe('.pre-commit-hooks.yaml', () => {
  it('offers one node hook that lints the whole staged change on every commit', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      id: 'migration-lint',
      language: 'node',
      entry: 'migration-lint --staged',
      pass_filenames: false,
      always_run: true,
      stages: ['pre-commit'],
    });
  });

  it('runs a command the package installs', () => {
    const command = String(hooks[0]!.entry).split(' ')[0]!;
    expect(Object.keys(pkg.bin)).toContain(command);
  });
});
