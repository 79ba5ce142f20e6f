import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../src/config.js';
import { UsageError } from '../src/errors.js';
import { rules } from '../rules/index.js';

const ids = rules.map((r) => r.meta.id);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'migration-lint-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('gives defaults without a config file', async () => {
    const config = await loadConfig(dir);
    expect(config.maxMigrationsPerPr).toBe(1);
    expect(config.nonCode).toEqual(expect.arrayContaining(['**/*.md', 'docs/**', '.github/**', 'LICENSE*', '.husky/**']));
    expect(config.rules).toEqual({});
  });

  it.each([
    ['.migration-lint.json', JSON.stringify({ maxMigrationsPerPr: 3, rules: { 'ban-schema-with-app-code': 'error' } })],
    ['.migration-lint.yaml', 'maxMigrationsPerPr: 3\nrules:\n  ban-schema-with-app-code: error\n'],
    ['.migration-lint.yml', 'maxMigrationsPerPr: 3\nrules:\n  ban-schema-with-app-code: error\n'],
    ['package.json', JSON.stringify({ name: 'x', 'migration-lint': { maxMigrationsPerPr: 3, rules: { 'ban-schema-with-app-code': 'error' } } })],
  ])('reads %s', async (name, text) => {
    writeFileSync(join(dir, name), text);
    const config = await loadConfig(dir);
    expect(config.maxMigrationsPerPr).toBe(3);
    expect(config.rules['ban-schema-with-app-code']).toBe('error');
  });

  it('flags win over the file', async () => {
    writeFileSync(join(dir, '.migration-lint.json'), JSON.stringify({ base: 'origin/develop', maxMigrationsPerPr: 2 }));
    const config = await loadConfig(dir, undefined, { maxMigrationsPerPr: 5 });
    expect(config.base).toBe('origin/develop');
    expect(config.maxMigrationsPerPr).toBe(5);
  });

  it.each([
    [{ maxMigrationPerPr: 2 }, '.migration-lint.json: unknown key "maxMigrationPerPr"'],
    [{ rules: { 'no-such-rule': 'error' } }, '.migration-lint.json: unknown rule "no-such-rule" in "rules"'],
    [{ rules: { 'syntax-error': 'fatal' } }, '.migration-lint.json: "rules.syntax-error" must be one of "off", "warning", "error"'],
    [{ maxMigrationsPerPr: 0 }, '.migration-lint.json: "maxMigrationsPerPr" must be >= 1'],
    [{ convention: 'rails' }, '.migration-lint.json: "convention" must be one of'],
    [{ base: '--output=/tmp/x' }, '.migration-lint.json: "base" must match pattern'],
    [[1, 2], '.migration-lint.json must hold an object of settings'],
  ])('rejects %j with one line naming the problem', async (values, message) => {
    writeFileSync(join(dir, '.migration-lint.json'), JSON.stringify(values));
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names every unknown key and rule id at once, on one line', async () => {
    writeFileSync(join(dir, '.migration-lint.json'), JSON.stringify({ maxMigrationPerPr: 2, bse: 'main', rules: { 'no-such-rule': 'error', 'require-rollbacks': 'off' } }));
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      '.migration-lint.json: unknown key "maxMigrationPerPr"; unknown key "bse"; unknown rule "no-such-rule" in "rules"; unknown rule "require-rollbacks" in "rules"' +
        ' (allowed keys: base, migrations, convention, nonCode, maxMigrationsPerPr, postgresVersion, assumeInTransaction, placeholders, dialect, verifyRollback, rules; run `migration-lint rules` to list the rules)',
    );
  });

  it('refuses two config files, naming both', async () => {
    writeFileSync(join(dir, '.migration-lint.json'), '{}');
    writeFileSync(join(dir, '.migration-lint.yaml'), 'maxMigrationsPerPr: 2\n');
    await expect(loadConfig(dir)).rejects.toThrow(/^\.migration-lint\.json and \.migration-lint\.yaml both exist: /);
  });

  it('refuses a package.json that does not parse when that is where the settings would be', async () => {
    writeFileSync(join(dir, 'package.json'), '{ "name": "shop", }');
    const error = await loadConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^package\.json is not valid JSON \([^\n]+\): migration-lint looks for its "migration-lint" settings there/);
    // With a config file, package.json is not read at all.
    writeFileSync(join(dir, '.migration-lint.yaml'), 'maxMigrationsPerPr: 2\n');
    expect((await loadConfig(dir)).maxMigrationsPerPr).toBe(2);
  });

  it('rejects malformed YAML and JSON in one line', async () => {
    writeFileSync(join(dir, '.migration-lint.yaml'), 'rules: [unclosed\n');
    await expect(loadConfig(dir)).rejects.toThrow(/^\.migration-lint\.yaml is not valid YAML: [^\n]+$/);
    rmSync(join(dir, '.migration-lint.yaml'));
    writeFileSync(join(dir, '.migration-lint.json'), '{ "base": ');
    await expect(loadConfig(dir)).rejects.toThrow(/^\.migration-lint\.json is not valid JSON/);
  });

  it('never executes the config: a YAML tag is data, not code', async () => {
    writeFileSync(join(dir, '.migration-lint.yaml'), 'base: !!js/function "function(){ process.exit(9) }"\n');
    const error = await loadConfig(dir).catch((e: unknown) => e);
    // yaml does not know the tag: either a clear error or a plain string, never a function.
    if (error instanceof Error) expect(error).toBeInstanceOf(UsageError);
    else expect(typeof (error as { base: unknown }).base).toBe('string');
  });

  it('reports a missing --config path', async () => {
    await expect(loadConfig(dir, 'nope.json')).rejects.toThrow('config file nope.json not found');
  });
});

describe('config schema', () => {
  it('is published in the package and matches the rules', () => {
    const published = JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8'));
    expect(published).toEqual(configSchema(ids));
  });

  it('is what the compiled validator checks', async () => {
    const script: string = new URL('../scripts/generate-config-validator.mjs', import.meta.url).href;
    const { generateConfigValidator } = (await import(script)) as { generateConfigValidator: () => string };
    const committed = readFileSync(new URL('../src/config-validate.generated.js', import.meta.url), 'utf8');
    expect(committed, 'src/config-validate.generated.js is stale: run node scripts/generate-config-validator.mjs').toBe(generateConfigValidator());
  });
});
