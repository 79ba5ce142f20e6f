/** Compiles JSON Schemas with ajv for the reporter tests. */
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';

/** Reads a JSON file at `url` (a `new URL('…', import.meta.url)`). */
export function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

/**
 * Compiles a draft-07 schema, with formats such as `uri` and `date-time` checked.
 * A draft-04 schema (the SARIF 2.1.0 one) is accepted too: it uses no keyword whose meaning
 * changed in draft-07 (no boolean `exclusiveMinimum`, no `$ref` siblings but `description`),
 * so declaring its `id` as `$id` and dropping its `$schema` is all it needs.
 */
export function compileSchema(schema: AnySchemaObject): ValidateFunction {
  // Not unicode regular expressions: the SARIF schema's language pattern is valid only without the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS: its plugin is both the module and its `default`, and TypeScript types only the latter.
  ajvFormats.default(ajv);
  if (schema['$schema'] === 'http://json-schema.org/draft-04/schema#') {
    const { $schema: _draft, id, ...rest } = schema;
    return ajv.compile({ ...rest, $id: id });
  }
  return ajv.compile(schema);
}
