import '@contract/bridge';
import { type Channel, contract, type RequestOf, type ResponseOf } from '@contract/contract';
import { type ApiResult, fail, ok } from '@contract/result';
import type { z } from 'zod';

/**
 * How this page reaches main: `ipc` through the Electron preload bridge (native open/save dialogs exist),
 * `http` to the local host (no dialogs: the page uses a file input and browser downloads instead).
 */
export const transport = (): 'ipc' | 'http' => (window.configurator ? 'ipc' : 'http');

/**
 * The renderer's one way to reach main: the preload bridge inside Electron, HTTP to the local host otherwise.
 * Always resolves; failures come back as typed errors the UI can show. Every answer is parsed with the
 * channel's response schema: one main did not mean (a bug, or a page from another version) becomes an
 * `invalid-response` error, logged here and in main's log, never a value the page trusts.
 */
export async function call<C extends Channel>(
  channel: C,
  payload: RequestOf<C>,
): Promise<ApiResult<ResponseOf<C>>> {
  return checked(channel, await send(channel, payload));
}

async function send(channel: Channel, payload: unknown): Promise<unknown> {
  if (window.configurator) return window.configurator.invoke(channel, payload);
  try {
    await openHostSession();
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    return await response.json();
  } catch {
    return fail('internal', 'The app service is not reachable.');
  }
}

/** Parses a raw answer: a typed error passes through, a value must match the channel's response schema. */
function checked<C extends Channel>(channel: C, answer: unknown): ApiResult<ResponseOf<C>> {
  const result = answer as Partial<ApiResult<unknown>> | null;
  if (result?.ok === false && typeof result.error?.message === 'string') return result as ApiResult<never>;
  if (result?.ok !== true) return refuse(channel, 'it is not a result (expected {ok, value} or {ok, error})');
  const schema = contract[channel].response as z.ZodType<ResponseOf<C>>;
  const parsed = schema.safeParse(result.value);
  if (parsed.success) return ok(parsed.data);
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
  return refuse(channel, where, parsed.error.issues);
}

function refuse(channel: Channel, where: string, details?: unknown): ApiResult<never> {
  const message = `The app's answer to ${channel} does not match this page's contract (${where}); reload the app, and report it if it happens again.`;
  console.error(message, details ?? '');
  // Into main's log too (not for log:report's own answer, which would loop).
  if (channel !== 'log:report') {
    void call('log:report', { level: 'error', message: message.slice(0, 4000), source: 'api' });
  }
  return fail('invalid-response', message, details);
}

let session: Promise<void> | undefined;

/**
 * On the local host: trades the one-time launch code in the address (`#code=…`, put there by the launcher's
 * 0600 launch page or a test) for the HttpOnly session cookie, once, and drops it from the address. Without a
 * code (a reload) the cookie the page already has is used. Every API call waits for this first.
 */
export function openHostSession(): Promise<void> {
  if (window.configurator) return Promise.resolve();
  session ??= exchangeLaunchCode();
  return session;
}

async function exchangeLaunchCode(): Promise<void> {
  const match = /(?:^#|&)code=([\w-]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  history.replaceState(null, '', window.location.pathname + window.location.search);
  try {
    await fetch('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: match[1] }),
    });
  } catch {
    // The calls that follow report the host as unreachable or the session as missing.
  }
}

/** Delay before reconnecting a dropped event stream, ms (doubles up to 10 s while the host is away). */
const EVENT_RETRY_MS = 500;

/**
 * Subscribes to events main pushes (`artwork:changed`, `artwork:removed`, ...); returns the unsubscribe.
 * Inside Electron through the preload bridge; on the local host through the server-sent-event stream
 * `GET /api/events` (same-origin, with the session cookie), reconnecting when the stream drops.
 */
export function onEvent(listener: (name: string, data: unknown) => void): () => void {
  if (window.configurator) return window.configurator.onEvent(listener);
  const controller = new AbortController();
  void readEventStream(listener, controller.signal);
  return () => controller.abort();
}

async function readEventStream(
  listener: (name: string, data: unknown) => void,
  signal: AbortSignal,
): Promise<void> {
  let delay = EVENT_RETRY_MS;
  while (!signal.aborted) {
    try {
      await openHostSession();
      const response = await fetch('/api/events', {
        headers: { accept: 'text/event-stream' },
        cache: 'no-store',
        signal,
      });
      if (response.ok && response.body) {
        delay = EVENT_RETRY_MS;
        await parseEventStream(response.body, listener);
      }
    } catch {
      // Dropped or refused: retry below unless unsubscribed.
    }
    if (signal.aborted) return;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}

/** Reads `event:` / `data:` blocks separated by blank lines (the server-sent-event format) until the end. */
export async function parseEventStream(
  body: ReadableStream<Uint8Array>,
  listener: (name: string, data: unknown) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    // Line ends may be CRLF, CR or LF; a CR at a chunk's end waits in case an LF follows.
    pending += decoder.decode(value, { stream: true });
    const hold = pending.endsWith('\r') ? 1 : 0;
    buffer += pending.slice(0, pending.length - hold).replace(/\r\n?/g, '\n');
    pending = pending.slice(pending.length - hold);
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      let name = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length === 0) continue;
      try {
        listener(name, JSON.parse(data.join('\n')));
      } catch {
        // A malformed block (or a listener error) must not end the stream.
      }
    }
  }
}
