import { describe, expect, it } from 'vitest';
import { formats, isFormatName } from '../../src/reporters/index.js';
import type { FormatName, Render } from '../../src/reporters/index.js';
import { makeResult, makeSampleResult } from './fixture.js';

/** Every reporter, loaded. */
async function loadAll(): Promise<Array<[FormatName, Render]>> {
  return Promise.all(Object.entries(formats).map(async ([name, load]) => [name as FormatName, await load()] as [FormatName, Render]));
}

describe('reporter registry', () => {
  it('has the six formats', () => {
    expect(Object.keys(formats).sort()).toEqual(['github', 'gitlab', 'json', 'markdown', 'sarif', 'text']);
  });

  it('knows format names, and nothing inherited from Object', () => {
    expect(isFormatName('sarif')).toBe(true);
    for (const name of ['SARIF', 'html', '', 'toString', '__proto__', 'constructor']) expect(isFormatName(name)).toBe(false);
  });

  it('renders complete output ending with a newline in every format, the same each time', async () => {
    for (const [name, render] of await loadAll()) {
      const output = render(makeSampleResult(), { color: false });
      expect(output.endsWith('\n'), name).toBe(true);
      expect(output.endsWith('\n\n'), name).toBe(false);
      expect(render(makeSampleResult(), { color: false }), name).toBe(output);
    }
  });

  it('renders a clean result in every format without throwing', async () => {
    const outputs = Object.fromEntries((await loadAll()).map(([name, render]) => [name, render(makeResult(), { color: false })]));
    expect(outputs['github']).toBe('');
    expect(outputs['gitlab']).toBe('[]\n');
    expect(outputs['text']).toBe('✔ No problems in 0 migrations.\n');
  });

  it('never changes the result it renders', async () => {
    const result = makeSampleResult();
    const copy = structuredClone(result);
    for (const [, render] of await loadAll()) render(result, { color: true });
    expect(result).toEqual(copy);
  });
});
