/** Reads objects (blobs, trees, commits) through one long-lived `git cat-file --batch -z` process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GIT_CONFIG_ARGS, GitCommandError, makeGitEnv } from './run-git.js';

/** An object as cat-file gives it: its type (`blob`, `tree`, `commit`, `tag`) and raw content. */
export interface GitObject {
  type: string;
  content: Buffer;
}

interface Request {
  spec: string;
  resolve: (object: GitObject | null) => void;
  reject: (error: Error) => void;
}

/** Object header: `<oid> <type> <size>`. */
const HEADER = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+) (\d+)$/;
/** How cat-file answers a spec that names no single object. */
const NOT_FOUND_SUFFIXES = [' missing\n', ' ambiguous\n'];

/** What a child process and its pipes share: ref() and unref(). */
interface Refable {
  ref?(): void;
  unref?(): void;
}

/**
 * Reads blobs by spec (`HEAD:db/x.sql`, `:0:db/x.sql`, `<sha>:path`). The process starts on the
 * first read and serves every later one until `close()`.
 */
export class BlobReader {
  private batch: CatFileBatch | undefined;

  constructor(private readonly cwd: string) {}

  /** Contents of each spec; a spec that names no blob (missing, a tree, a submodule) maps to null. */
  async read(specs: readonly string[]): Promise<Map<string, Buffer | null>> {
    const unique = [...new Set(specs)];
    const objects = await Promise.all(unique.map((spec) => this.readObject(spec)));
    return new Map(unique.map((spec, index) => {
      const object = objects[index];
      return [spec, object?.type === 'blob' ? object.content : null];
    }));
  }

  /** Ends the process once it has answered what it was asked; a later read starts a new one. */
  close(): void {
    this.batch?.end();
    this.batch = undefined;
  }

  /** Any object by spec (`HEAD:db` is a tree, `refs/heads/main^{commit}` a commit); null when it names none. */
  readObject(spec: string): Promise<GitObject | null> {
    // A NUL cannot be sent (it ends a request under -z) and no path holds one; '' names nothing.
    if (spec === '' || spec.includes('\0')) return Promise.resolve(null);
    if (this.batch === undefined || this.batch.failed) this.batch = new CatFileBatch(this.cwd);
    return this.batch.request(spec);
  }
}

/**
 * One `git cat-file --batch -z` process. It answers requests in order: `<oid> <type> <size>\n`,
 * the content and `\n`, or `<spec> missing\n`. `-z` (git 2.38+) lets a spec hold a newline. While
 * no request waits, the process and its pipes are unref'd, so a caller that forgets `close()`
 * still lets Node exit.
 */
class CatFileBatch {
  failed = false;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: Request[] = [];
  private chunks: Buffer[] = [];
  private bufferedBytes = 0;
  /** The object whose content is arriving, once its header is read. */
  private body: { size: number; type: string } | undefined;
  private stderr = '';

  constructor(cwd: string) {
    this.child = spawn('git', [...GIT_CONFIG_ARGS, 'cat-file', '--batch', '-z'], {
      cwd,
      env: makeGitEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.bufferedBytes += chunk.length;
      this.drain();
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    // A broken pipe also ends the process, which 'close' reports; this keeps it from being unhandled.
    this.child.stdin.on('error', () => {});
    this.child.on('error', (error) => this.fail(error));
    // As a failed git command, which the caller explains (a broken repository) or reports in one line.
    this.child.on('close', (code, signal) => this.fail(new GitCommandError(['cat-file', '--batch', '-z'], code ?? signal ?? 'unknown', this.stderr)));
    this.setRef(false);
  }

  request(spec: string): Promise<GitObject | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ spec, resolve, reject });
      if (this.waiting.length === 1) this.setRef(true);
      this.child.stdin.write(`${spec}\0`);
    });
  }

  end(): void {
    // With every answer in, the pipe is closed at once: end() would leave a shutdown request holding the process's
    // exit back by some milliseconds. git reads the end of its input either way, and exits.
    if (this.waiting.length === 0) this.child.stdin.destroy();
    else this.child.stdin.end();
  }

  /** Answers every request whose response has fully arrived. */
  private drain(): void {
    while (this.waiting.length > 0) {
      const request = this.waiting[0] as Request;
      if (this.body === undefined) {
        const header = this.takeHeader(request.spec);
        if (header === undefined) return;
        if (header === null) {
          this.answer(null);
          continue;
        }
        this.body = header;
      }
      const { size, type } = this.body;
      if (this.bufferedBytes < size + 1) return;
      const content = this.take(size + 1).subarray(0, size);
      this.body = undefined;
      // An object that is most of what was buffered (a large tree or blob) keeps that buffer; a small one is copied
      // out, so that it does not hold the bytes of the objects around it.
      this.answer({ type, content: content.length * 2 >= content.buffer.byteLength ? content : Buffer.from(content) });
    }
  }

  /** The next header: null for "no such object", undefined until it has fully arrived. */
  private takeHeader(spec: string): { size: number; type: string } | null | undefined {
    const buffered = this.peek();
    for (const suffix of NOT_FOUND_SUFFIXES) {
      const notFound = Buffer.from(spec + suffix, 'utf8');
      const length = Math.min(notFound.length, buffered.length);
      if (!buffered.subarray(0, length).equals(notFound.subarray(0, length))) continue;
      // What has arrived could still become this answer: wait for the rest before deciding.
      if (buffered.length < notFound.length) return undefined;
      this.take(notFound.length);
      return null;
    }
    const newline = buffered.indexOf(0x0a);
    if (newline === -1) return undefined;
    const line = buffered.subarray(0, newline).toString('utf8');
    const match = HEADER.exec(line);
    if (match === null) {
      this.fail(new Error(`git cat-file --batch answered ${JSON.stringify(spec)} with ${JSON.stringify(line)}`));
      this.child.kill();
      return undefined;
    }
    this.take(newline + 1);
    return { size: Number(match[3]), type: match[2] as string };
  }

  /** Everything buffered as one Buffer, joined only when looked at. */
  private peek(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private take(bytes: number): Buffer {
    const buffered = this.peek();
    this.chunks = bytes < buffered.length ? [buffered.subarray(bytes)] : [];
    this.bufferedBytes -= bytes;
    return buffered.subarray(0, bytes);
  }

  private answer(object: GitObject | null): void {
    this.waiting.shift()?.resolve(object);
    if (this.waiting.length === 0) this.setRef(false);
  }

  private fail(error: Error): void {
    this.failed = true;
    for (const request of this.waiting.splice(0)) request.reject(error);
    this.setRef(false);
  }

  private setRef(ref: boolean): void {
    const { child } = this;
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as Refable[]) {
      if (ref) handle.ref?.();
      else handle.unref?.();
    }
  }
}
