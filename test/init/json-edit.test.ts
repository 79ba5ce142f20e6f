/** Editing package.json in place: only the member set changes, the rest of the text stays byte for byte. */
import { describe, expect, it } from 'vitest';
import { setJsonMember } from '../../src/init/json-edit.js';

describe('setJsonMember', () => {
  it('inserts into a sorted object in key order, with the file\'s indent', () => {
    const text = '{\n    "name": "app",\n    "devDependencies": {\n        "eslint": "^9.0.0",\n        "vitest": "^4.0.0"\n    }\n}\n';
    expect(setJsonMember(text, ['devDependencies', 'husky'], '^9.1.7', { sorted: true })).toBe(
      '{\n    "name": "app",\n    "devDependencies": {\n        "eslint": "^9.0.0",\n        "husky": "^9.1.7",\n        "vitest": "^4.0.0"\n    }\n}\n',
    );
  });

  it('appends to an unsorted object, and without sorted even to a sorted one', () => {
    expect(setJsonMember('{\n  "a": {\n    "x": 1\n  },\n  "b": 2\n}', ['a', 'c'], 3)).toBe('{\n  "a": {\n    "x": 1,\n    "c": 3\n  },\n  "b": 2\n}');
    expect(setJsonMember('{\n  "b": {\n    "x": 1\n  }\n}', ['a', 'c'], 3, { sorted: true })).toBe('{\n  "b": {\n    "x": 1\n  },\n  "a": {\n    "c": 3\n  }\n}');
    const text = '{\n  "scripts": {\n    "test": "vitest",\n    "build": "tsc"\n  }\n}';
    expect(setJsonMember(text, ['scripts', 'prepare'], 'husky')).toBe(
      '{\n  "scripts": {\n    "test": "vitest",\n    "build": "tsc",\n    "prepare": "husky"\n  }\n}',
    );
  });

  it('creates a missing parent object after the last member, with tabs and CRLF kept', () => {
    const text = '{\r\n\t"name": "app",\r\n\t"files": ["lib", "bin"]\r\n}\r\n';
    expect(setJsonMember(text, ['devDependencies', 'husky'], '^9.1.7')).toBe(
      '{\r\n\t"name": "app",\r\n\t"files": ["lib", "bin"],\r\n\t"devDependencies": {\r\n\t\t"husky": "^9.1.7"\r\n\t}\r\n}\r\n',
    );
  });

  it('replaces an existing value only', () => {
    const text = '{\n  "scripts": { "prepare": "node build.mjs", "test": "x" }\n}\n';
    expect(setJsonMember(text, ['scripts', 'prepare'], 'node build.mjs && husky')).toBe(
      '{\n  "scripts": { "prepare": "node build.mjs && husky", "test": "x" }\n}\n',
    );
  });

  it('fills an empty object, and an object written on one line stays on one line', () => {
    expect(setJsonMember('{\n  "scripts": {}\n}\n', ['scripts', 'prepare'], 'husky')).toBe('{\n  "scripts": {\n    "prepare": "husky"\n  }\n}\n');
    expect(setJsonMember('{\n  "scripts": {"a": "b", "z": "y"}\n}', ['scripts', 'prepare'], 'husky', { sorted: true })).toBe(
      '{\n  "scripts": {"a": "b", "prepare": "husky", "z": "y"}\n}',
    );
  });

  it('handles a document on one line, an empty document, strings with braces, and a BOM', () => {
    expect(setJsonMember('{"name":"a"}', ['scripts', 'prepare'], 'husky')).toBe('{"name":"a","scripts":{"prepare":"husky"}}');
    expect(setJsonMember('{}\n', ['scripts', 'prepare'], 'husky')).toBe('{"scripts":{"prepare":"husky"}}\n');
    const tricky = '\uFEFF{\n  "description": "a \\"}\\" {brace} [x]",\n  "scripts": {\n    "test": "echo \\\\"\n  }\n}\n';
    const edited = setJsonMember(tricky, ['scripts', 'prepare'], 'husky');
    expect(edited.startsWith('\uFEFF{\n  "description": "a \\"}\\" {brace} [x]",')).toBe(true);
    expect(JSON.parse(edited.slice(1))).toEqual({ description: 'a "}" {brace} [x]', scripts: { test: 'echo \\', prepare: 'husky' } });
  });
});
