/** A stand-in for the GitHub REST API on 127.0.0.1: the issue-comment endpoints the Action uses, with every request recorded. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGitHub {
  /** GITHUB_API_URL for the Action. */
  url: string;
  comments: FakeComment[];
  requests: Array<{ method: string; path: string; body: unknown; authorization: string | undefined }>;
  /** Status to answer writes (POST, PATCH) with instead of doing them: 403 for a read-only token. */
  failWrites: number | null;
  close: () => Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = { url: '', comments: [], requests: [], failWrites: null, close: async () => {} };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const text = Buffer.concat(chunks).toString('utf8');
      const body: unknown = text === '' ? null : JSON.parse(text);
      fake.requests.push({ method: request.method ?? '', path, body, authorization: request.headers.authorization });
      const reply = (status: number, data: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(data));
      };
      const toJson = (comment: FakeComment) => ({
        ...comment,
        html_url: `https://github.com/acme/shop/pull/7#issuecomment-${comment.id}`,
      });
      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path);
      const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path);
      if (request.method !== 'GET' && fake.failWrites !== null) {
        reply(fake.failWrites, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
        return;
      }
      if (list && request.method === 'GET') return reply(200, fake.comments.map(toJson));
      if (list && request.method === 'POST') {
        const comment = { id: nextId++, body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        fake.comments.push(comment);
        return reply(201, toJson(comment));
      }
      if (single && request.method === 'PATCH') {
        const comment = fake.comments.find((c) => c.id === Number(single[3]));
        if (!comment) return reply(404, { message: 'Not Found' });
        comment.body = (body as { body: string }).body;
        return reply(200, toJson(comment));
      }
      reply(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
