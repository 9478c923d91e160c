import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventHub } from '../main/artwork/events';
import { CONTENT_SECURITY_POLICY } from '../main/csp';
import type { Dispatcher } from '../main/dispatch';
import { readStaticFile } from '../main/static-files';
import { LARGE_BODY_CHANNELS, MAX_ARTWORK_BASE64 } from '../shared/artwork-contract';
import type { ApiResult } from '../shared/result';
import { fail } from '../shared/result';

/** Largest request body the API accepts on ordinary channels. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest body of the channels that carry files (artwork import, file save): 64 MiB as base64 plus JSON. */
export const MAX_FILE_BODY_BYTES = MAX_ARTWORK_BASE64 + 64 * 1024;
/** Keep-alive comment interval on event streams, ms (proxies and idle timers drop silent streams). */
export const EVENT_PING_MS = 25_000;

/** A running local host. */
export interface LocalHost {
  url: string;
  port: number;
  /** Per-launch secret every API call must carry (`Authorization: Bearer <token>`). */
  token: string;
  /** Page address with the token in the fragment (never sent to the server in requests). */
  appUrl: string;
  close(): Promise<void>;
}

/** Options for the local host. */
export interface LocalHostOptions {
  dispatch: Dispatcher;
  rendererDir: string;
  /** Events pushed to pages over `GET /api/events` (server-sent events); none when absent. */
  events?: EventHub;
  port?: number;
  token?: string;
}

/** Serves the built renderer and every contract channel at `POST /api/<channel>` on 127.0.0.1 only. */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((req, res) => {
    handle(req, res, options, token, origin()).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The local host failed on this request.'));
    });
  });
  server.requestTimeout = 30_000;
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const origin = () => `http://127.0.0.1:${port}`;
  return {
    url: origin(),
    port,
    token,
    appUrl: `${origin()}/#token=${token}`,
    // Drop keep-alive connections too: a page that is still open must not hold the close up.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: LocalHostOptions,
  token: string,
  ownOrigin: string,
): Promise<void> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    return sendJson(res, 403, fail('unauthorized', 'Refused: the local host only answers this machine.'));
  }
  const url = new URL(req.url ?? '/', ownOrigin);
  if (url.pathname === '/api/events' && req.method === 'GET') {
    const refusal = checkCaller(req, token, ownOrigin);
    if (refusal) return sendJson(res, refusal.status, refusal.body);
    return openEventStream(req, res, options.events);
  }
  if (url.pathname.startsWith('/api/')) {
    const result = await handleApi(req, url, options, token, ownOrigin);
    return sendJson(res, result.status, result.body);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method not allowed');
  }
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file) return sendText(res, 404, 'Not found');
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.body.length,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

async function handleApi(
  req: IncomingMessage,
  url: URL,
  options: LocalHostOptions,
  token: string,
  ownOrigin: string,
): Promise<{ status: number; body: ApiResult<unknown> }> {
  if (req.method !== 'POST') {
    return { status: 405, body: fail('invalid-payload', 'API calls must be POST with a JSON body.') };
  }
  const refusal = checkCaller(req, token, ownOrigin);
  if (refusal) return refusal;
  const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
  const limit = LARGE_BODY_CHANNELS.has(channel) ? MAX_FILE_BODY_BYTES : MAX_BODY_BYTES;
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    return { status: 413, body: fail('invalid-payload', `Request body over ${limit} bytes.`) };
  }
  let payload: unknown;
  try {
    payload = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return { status: 400, body: fail('invalid-payload', 'Request body is not valid JSON.') };
  }
  const result = await options.dispatch(channel, payload, { transport: 'http' });
  return { status: result.ok ? 200 : statusOf(result.error.code), body: result };
}

/** Same-origin (or no Origin header) and the right token; otherwise the refusal to send. */
function checkCaller(
  req: IncomingMessage,
  token: string,
  ownOrigin: string,
): { status: number; body: ApiResult<unknown> } | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== ownOrigin) {
    return {
      status: 403,
      body: fail('unauthorized', `Refused: requests from origin ${origin.slice(0, 100)} are not allowed.`),
    };
  }
  if (!tokenMatches(req.headers.authorization, token)) {
    return { status: 401, body: fail('unauthorized', 'Refused: missing or wrong local host token.') };
  }
  return undefined;
}

/**
 * `GET /api/events`: a server-sent-event stream of the hub's events (`event: <name>`, `data: <json>`),
 * with a comment line every EVENT_PING_MS so idle connections stay open. Ends when the page goes away.
 */
function openEventStream(req: IncomingMessage, res: ServerResponse, events: EventHub | undefined): void {
  req.socket.setTimeout(0);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe =
    events?.subscribe((name, data) => {
      res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
    }) ?? (() => {});
  const ping = setInterval(() => res.write(': ping\n\n'), EVENT_PING_MS);
  const stop = () => {
    clearInterval(ping);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}

function statusOf(code: string): number {
  if (code === 'unsupported') return 501;
  if (code === 'unknown-channel' || code === 'not-found') return 404;
  if (code === 'invalid-payload' || code === 'refused') return 422;
  if (code === 'unauthorized' || code === 'forbidden-sender') return 403;
  return 500;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit && !done) {
        done = true;
        resolveBody('too-large');
        req.resume();
        return;
      }
      if (!done) chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
