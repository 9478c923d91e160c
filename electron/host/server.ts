import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LARGE_BODY_CHANNELS, MAX_ARTWORK_BASE64 } from '@contract/artwork-contract';
import type { ApiResult } from '@contract/result';
import { fail } from '@contract/result';
import { MAX_THUMBNAIL_BYTES, MAX_VEHICLE_IMPORT_BODY_BYTES } from '@contract/vehicle-contract';
import { CONTENT_SECURITY_POLICY } from '@services/app/csp';
import type { Dispatcher } from '@services/app/dispatch';
import { readStaticFile } from '@services/app/static-files';
import type { EventHub } from '@services/artwork/events';
import type { VehicleLibrary } from '@services/vehicles/library/library';
import { isVehiclePath, vehicleBytes } from '@services/vehicles/library/serve';
import { createSessionKeeper, type SessionKeeper } from './sessions';

/** Largest request body the API accepts on ordinary channels. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Largest body of the channels that carry files (artwork import, file save): 64 MiB as base64 plus JSON. */
export const MAX_FILE_BODY_BYTES = MAX_ARTWORK_BASE64 + 64 * 1024;
/** Keep-alive comment interval on event streams, ms (proxies and idle timers drop silent streams). */
export const EVENT_PING_MS = 25_000;

/** Where the page trades its one-time launch code for the session cookie (`POST`, JSON `{ code }`). */
export const SESSION_PATH = '/session';

/** A running local host. */
export interface LocalHost {
  url: string;
  port: number;
  /**
   * In-process secret for callers that are not a page (tests, the bench): `Authorization: Bearer <token>`.
   * It never leaves this process: not printed, not on a command line, not in a URL. Pages use the cookie.
   */
  token: string;
  /** Mints a one-time launch code (dies on first use or after `ttlMs`) the page trades for its cookie. */
  issueCode(ttlMs?: number): string;
  /** Page address with a fresh one-time code in the fragment: every read mints a new one (one per open). */
  readonly appUrl: string;
  close(): Promise<void>;
}

/** Options for the local host. */
export interface LocalHostOptions {
  dispatch: Dispatcher;
  rendererDir: string;
  /** Events pushed to pages over `GET /api/events` (server-sent events); none when absent. */
  events?: EventHub;
  /** The vehicle library whose model and thumbnail bytes are served at `/vehicles/<id>/…` (session only). */
  vehicles?: VehicleLibrary;
  port?: number;
  token?: string;
  /** Called each time a page trades a launch code for its session (the launcher then removes its launch page). */
  onSessionOpened?: () => void;
  /** Clock for launch-code expiry (tests). */
  now?: () => number;
}

/** What one request is handled with. */
interface HostContext extends LocalHostOptions {
  token: string;
  ownOrigin: string;
  sessions: SessionKeeper;
}

/** A refusal or answer: HTTP status and the typed result body. */
type Reply = { status: number; body: ApiResult<unknown> };

/** Serves the built renderer and every contract channel at `POST /api/<channel>` on 127.0.0.1 only. */
export async function startLocalHost(options: LocalHostOptions): Promise<LocalHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const server = createServer((req, res) => {
    handle(req, res, { ...options, token, ownOrigin: origin(), sessions }).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'The local host failed on this request.'));
    });
  });
  server.requestTimeout = 30_000;
  await listen(server, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const origin = () => `http://127.0.0.1:${port}`;
  const sessions = createSessionKeeper(port, options.now);
  return {
    url: origin(),
    port,
    token,
    issueCode: (ttlMs) => sessions.issueCode(ttlMs),
    get appUrl() {
      return `${origin()}/#code=${sessions.issueCode()}`;
    },
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

async function handle(req: IncomingMessage, res: ServerResponse, host: HostContext): Promise<void> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    return sendJson(res, 403, fail('unauthorized', 'Refused: the local host only answers this machine.'));
  }
  const url = parseTarget(req.url, host.ownOrigin);
  if (!url) {
    const target = JSON.stringify(String(req.url).slice(0, 100));
    return sendJson(
      res,
      400,
      fail('invalid-payload', `Malformed request target ${target}: send a plain path.`),
    );
  }
  if (url.pathname === SESSION_PATH) {
    const reply = await openSession(req, res, host);
    return sendJson(res, reply.status, reply.body);
  }
  if (url.pathname === '/api/events' && req.method === 'GET') {
    const caller = checkCaller(req, host);
    if ('status' in caller) return sendJson(res, caller.status, caller.body);
    return openEventStream(req, res, host.events);
  }
  if (url.pathname.startsWith('/api/')) {
    const result = await handleApi(req, url, host);
    return sendJson(res, result.status, result.body);
  }
  if (isVehiclePath(url.pathname)) return sendVehicleFile(req, res, url, host);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(res, 405, 'Method not allowed');
  }
  const file = await readStaticFile(host.rendererDir, url.pathname);
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

/**
 * `GET /vehicles/<id>/model.glb|thumbnail.png`: a library vehicle's bytes, only for a caller with the session (a
 * customer's car is the shop's data, like the API), streamed (a large model is not held in memory).
 */
async function sendVehicleFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  host: HostContext,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  const caller = checkCaller(req, host);
  if ('status' in caller) return sendJson(res, caller.status, caller.body);
  const file = host.vehicles ? await vehicleBytes(host.vehicles, url.pathname) : null;
  if (!file) return sendText(res, 404, 'Not found');
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.size,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  const stream = file.open();
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** The request target as a URL on our origin; undefined when it is not a valid one. */
function parseTarget(target: string | undefined, ownOrigin: string): URL | undefined {
  try {
    return new URL(target ?? '/', ownOrigin);
  } catch {
    return undefined;
  }
}

async function handleApi(req: IncomingMessage, url: URL, host: HostContext): Promise<Reply> {
  if (req.method !== 'POST') {
    return { status: 405, body: fail('invalid-payload', 'API calls must be POST with a JSON body.') };
  }
  const caller = checkCaller(req, host);
  if ('status' in caller) return caller;
  const raw = url.pathname.slice('/api/'.length);
  let channel: string;
  try {
    channel = decodeURIComponent(raw);
  } catch {
    const shown = JSON.stringify(raw.slice(0, 80));
    return {
      status: 400,
      body: fail('invalid-payload', `Malformed percent-encoding in the channel name ${shown}.`),
    };
  }
  const limit = bodyLimit(channel);
  const payload = await readJson(req, limit);
  if ('status' in payload) return payload;
  const result = await host.dispatch(channel, payload.json, { transport: 'http', caller: caller.caller });
  return { status: result.ok ? 200 : statusOf(result.error.code), body: result };
}

/** Largest `vehicle:thumbnail` body: the PNG its schema allows (4 MiB) as base64, and room for the id. */
const MAX_THUMBNAIL_BODY_BYTES = Math.ceil(MAX_THUMBNAIL_BYTES / 3) * 4 + 64 * 1024;

/**
 * Largest body a channel's request may have: 1 MiB, the file channels more (a vehicle import up to 200 MiB of
 * files, a vehicle thumbnail its 4 MiB PNG).
 */
function bodyLimit(channel: string): number {
  if (channel === 'vehicle:import') return MAX_VEHICLE_IMPORT_BODY_BYTES;
  if (channel === 'vehicle:thumbnail') return MAX_THUMBNAIL_BODY_BYTES;
  return LARGE_BODY_CHANNELS.has(channel) ? MAX_FILE_BODY_BYTES : MAX_BODY_BYTES;
}

/** Reads a JSON body (empty means `{}`) up to `limit` bytes, or the refusal to send. */
async function readJson(req: IncomingMessage, limit: number): Promise<{ json: unknown } | Reply> {
  const body = await readBody(req, limit);
  if (body === 'too-large') {
    return { status: 413, body: fail('invalid-payload', `Request body over ${limit} bytes.`) };
  }
  try {
    return { json: body.length === 0 ? {} : JSON.parse(body) };
  } catch {
    return { status: 400, body: fail('invalid-payload', 'Request body is not valid JSON.') };
  }
}

/**
 * `POST /session` with `{ code }` from the page itself: a live one-time launch code opens a page session,
 * sent back as an HttpOnly, SameSite=Strict cookie. The code dies here whether or not it was good.
 */
async function openSession(req: IncomingMessage, res: ServerResponse, host: HostContext): Promise<Reply> {
  if (req.method !== 'POST') {
    return { status: 405, body: fail('invalid-payload', 'Open a session with POST { code }.') };
  }
  const payload = await readJson(req, 4096);
  if ('status' in payload) return payload;
  const code = (payload.json as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    return { status: 400, body: fail('invalid-payload', 'Send the launch code as JSON { "code": "…" }.') };
  }
  if (req.headers.origin !== host.ownOrigin) {
    host.sessions.burn(code);
    return {
      status: 403,
      body: fail('unauthorized', 'Refused: a session is opened only by the app page itself (Origin check).'),
    };
  }
  const id = host.sessions.redeem(code);
  if (!id) {
    return {
      status: 401,
      body: fail(
        'unauthorized',
        'Refused: this launch code is unknown, already used or expired. Start the app again (npm start) to open it.',
      ),
    };
  }
  res.setHeader('set-cookie', host.sessions.cookie(id));
  host.onSessionOpened?.();
  return { status: 200, body: { ok: true, value: { session: 'open' } } };
}

/**
 * Who may call: a page holding a session cookie, from our own origin (POSTs must carry our `Origin`, the
 * event stream `Sec-Fetch-Site: same-origin`), or an in-process caller with the bearer token. A foreign
 * `Origin` is refused either way. Gives the caller's name for the handlers, or the refusal to send.
 */
function checkCaller(req: IncomingMessage, host: HostContext): { caller: string } | Reply {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== host.ownOrigin) {
    return {
      status: 403,
      body: fail('unauthorized', `Refused: requests from origin ${origin.slice(0, 100)} are not allowed.`),
    };
  }
  if (tokenMatches(req.headers.authorization, host.token)) return { caller: 'http:bearer' };
  const session = host.sessions.sessionOf(req.headers.cookie);
  if (!session) {
    return {
      status: 401,
      body: fail('unauthorized', 'Refused: no app session. Open the app from its launcher (npm start).'),
    };
  }
  const sameOrigin = origin === host.ownOrigin || req.headers['sec-fetch-site'] === 'same-origin';
  if (!sameOrigin) {
    return {
      status: 403,
      body: fail('unauthorized', 'Refused: the session cookie is only accepted from the app page itself.'),
    };
  }
  return { caller: session.caller };
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

/** HTTP status for an error code: every refusal of a request is a 4xx; 500 only for `internal` (a bug). */
function statusOf(code: string): number {
  // A channel this transport cannot serve (a native dialog on the local host) is the request's problem, not the server's.
  if (code === 'unsupported') return 400;
  if (code === 'unknown-channel' || code === 'not-found') return 404;
  if (code === 'invalid-payload' || code === 'refused') return 422;
  if (code === 'unauthorized' || code === 'forbidden-sender' || code === 'staff-only') return 403;
  return 500;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  if (header === undefined) return false;
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
