/** readBlobs serves every read of a run from one `git cat-file --batch` process, byte for byte. */
import * as childProcess from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INDEX, toBlobSpec } from '../../src/git/index.js';
import { useTestRepos } from './test-repos.js';

vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  return { ...actual, spawn: vi.fn(actual.spawn) };
});

const spawn = vi.mocked(childProcess.spawn);
const countCatFileSpawns = () => spawn.mock.calls.filter(([, args]) => (args as string[] | undefined)?.includes('cat-file')).length;

const { setUp } = useTestRepos();
afterEach(() => {
  spawn.mockClear();
});

const everyByte = Buffer.from(Array.from({ length: 256 * 4 }, (_, index) => index % 256));

describe('readBlobs', () => {
  it('reads 100 files through one process', async () => {
    const files = Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`db/${String(index).padStart(3, '0')}.sql`, `SELECT ${index};\n`]));
    const { repo } = await setUp({ base: files });
    const specs = Object.keys(files).map((path) => `HEAD:${path}`);
    const first = await repo.readBlobs(specs.slice(0, 50));
    const second = await repo.readBlobs(specs.slice(50));
    expect(countCatFileSpawns()).toBe(1);
    for (const [path, content] of Object.entries(files)) {
      expect((first.get(`HEAD:${path}`) ?? second.get(`HEAD:${path}`))?.toString('utf8')).toBe(content);
    }
  });

  it('returns binary, CRLF, empty and large content byte for byte', async () => {
    const large = Buffer.alloc(3 * 1024 * 1024 + 7, 'SELECT 1;\r\n');
    const { repo } = await setUp({
      base: { 'bytes.bin': everyByte, 'crlf.sql': 'SELECT 1;\r\nSELECT 2;\r\n', 'empty.sql': '', 'large.sql': large, 'nl.sql': '\n\n' },
    });
    const blobs = await repo.readBlobs(['HEAD:bytes.bin', 'HEAD:crlf.sql', 'HEAD:empty.sql', 'HEAD:large.sql', 'HEAD:nl.sql']);
    expect(blobs.get('HEAD:bytes.bin')?.equals(everyByte)).toBe(true);
    expect(blobs.get('HEAD:crlf.sql')?.toString('latin1')).toBe('SELECT 1;\r\nSELECT 2;\r\n');
    expect(blobs.get('HEAD:empty.sql')).toEqual(Buffer.alloc(0));
    expect(blobs.get('HEAD:large.sql')?.equals(large)).toBe(true);
    expect(blobs.get('HEAD:nl.sql')?.toString()).toBe('\n\n');
  });

  it('maps what names no blob to null: missing paths, unknown revs, trees, NUL', async () => {
    const { repo } = await setUp({ base: { 'db/a.sql': 'a' } });
    const specs = ['HEAD:db/missing.sql', 'nope:db/a.sql', 'HEAD:db', 'HEAD', '', 'HEAD:db/a\0.sql', 'HEAD:db/a.sql'];
    const blobs = await repo.readBlobs(specs);
    expect([...blobs.entries()].map(([spec, content]) => [spec, content?.toString() ?? null])).toEqual([
      ['HEAD:db/missing.sql', null],
      ['nope:db/a.sql', null],
      ['HEAD:db', null],
      ['HEAD', null],
      ['', null],
      ['HEAD:db/a\0.sql', null],
      ['HEAD:db/a.sql', 'a'],
    ]);
  });

  it('reads the index, commits by sha, and names holding newlines and colons', async () => {
    const { repo, git } = await setUp({
      base: { 'db/new\nline.sql': 'committed', '1:x.sql': 'colon' },
      staged: { 'db/new\nline.sql': 'staged', 'x.sql': 'the other file' },
    });
    const head = git('rev-parse', 'HEAD').trim();
    const specs = [toBlobSpec(INDEX, 'db/new\nline.sql'), toBlobSpec(head, 'db/new\nline.sql'), toBlobSpec(INDEX, '1:x.sql'), ':db/new\nline.sql'];
    const blobs = await repo.readBlobs(specs);
    expect(specs.map((spec) => blobs.get(spec)?.toString())).toEqual(['staged', 'committed', 'colon', 'staged']);
  });

  it('answers concurrent and repeated requests in order', async () => {
    const files = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`f${index}.sql`, `${index}`.repeat(index * 1000)]));
    const { repo } = await setUp({ base: files });
    const specs = Object.keys(files).map((path) => `HEAD:${path}`);
    const results = await Promise.all([repo.readBlobs(specs), repo.readBlobs([...specs].reverse()), repo.readBlobs([...specs, ...specs])]);
    for (const blobs of results) {
      expect(blobs.size).toBe(specs.length);
      for (const [path, content] of Object.entries(files)) expect(blobs.get(`HEAD:${path}`)?.toString()).toBe(content);
    }
    expect(countCatFileSpawns()).toBe(1);
  });

  it('starts a new process after close', async () => {
    const { repo } = await setUp({ base: { 'a.sql': 'a' } });
    expect((await repo.readBlobs(['HEAD:a.sql'])).get('HEAD:a.sql')?.toString()).toBe('a');
    repo.close();
    expect((await repo.readBlobs(['HEAD:a.sql'])).get('HEAD:a.sql')?.toString()).toBe('a');
    expect(countCatFileSpawns()).toBe(2);
  });

  it('spawns nothing for an empty request', async () => {
    const { repo } = await setUp({ base: { 'a.sql': 'a' } });
    expect((await repo.readBlobs([])).size).toBe(0);
    expect(countCatFileSpawns()).toBe(0);
  });

  it('reads a file of a directory it listed by the object id the listing gave, with the same bytes', async () => {
    const { repo, git } = await setUp({ base: { 'db/migrations/1_a.sql': 'SELECT 1;\n', 'db/migrations/2_b.sql': 'SELECT 2;\n', 'top.sql': 'SELECT 0;\n' } });
    const head = git('rev-parse', 'HEAD').trim();
    expect((await repo.listTree(head, 'db/migrations')).files).toEqual(['1_a.sql', '2_b.sql']);
    await repo.listTree(head, '.');
    const catFile = spawn.mock.results.find((_, index) => (spawn.mock.calls[index]?.[1] as string[]).includes('cat-file'))!.value as childProcess.ChildProcess;
    const write = vi.spyOn(catFile.stdin!, 'write');
    const specs = [`${head}:db/migrations/2_b.sql`, `${head}:db/migrations/3_missing.sql`, `${head}:top.sql`];
    const blobs = await repo.readBlobs(specs);
    expect(blobs.get(specs[0]!)?.toString('utf8')).toBe('SELECT 2;\n');
    expect(blobs.get(specs[1]!)).toBeNull();
    expect(blobs.get(specs[2]!)?.toString('utf8')).toBe('SELECT 0;\n');
    const oid = (path: string) => git('rev-parse', `${head}:${path}`).trim();
    // Listed names go by id; a name the listing lacks is asked for by path, and comes back missing.
    expect(write.mock.calls.map(([chunk]) => String(chunk))).toEqual([`${oid('db/migrations/2_b.sql')}\0`, `${specs[1]}\0`, `${oid('top.sql')}\0`]);
  });
});
