import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { ruleMeta } from '../src/rule-meta.generated.js';

describe('the rule table a run without migrations reports', () => {
  it('is the rules registry, as scripts/generate-config.mjs writes it (npm run generate)', () => {
    expect(ruleMeta).toEqual(rules.map(({ meta: { id, summary, severity } }) => ({ id, summary, severity })));
  });
});
