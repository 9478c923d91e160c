import { type Channel, contract, isChannel, type ParsedRequestOf, type ResponseOf } from '@contract/contract';
import { type ApiResult, fail, ok, RefusedError } from '@contract/result';
import { z } from 'zod';

/** Who is calling: the transport that carried the call (handlers never trust the page). */
export interface CallContext {
  transport: 'ipc' | 'http' | 'test';
  /**
   * Which page is calling, as the transport proved it: `ipc:<web contents id>` for an Electron window,
   * `http:page-<n>` for a local-host cookie session, `http:bearer` for an in-process caller. A kiosk staff
   * session is bound to it; absent, no staff session can be opened or used.
   */
  caller?: string;
}

/** One handler per channel; the compiler refuses a contract channel without one. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>, ctx: CallContext) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** Routes a raw call to its handler: checks the channel, parses the payload, turns throws into typed errors. */
export type Dispatcher = (
  channel: unknown,
  payload: unknown,
  ctx: CallContext,
) => Promise<ApiResult<unknown>>;

/** Logs internal failures without leaking them to the page. */
export type ErrorSink = (message: string, error: unknown) => void;

/** Builds the dispatcher both transports (Electron IPC and the local HTTP host) use. */
export function createDispatcher(handlers: Handlers, onError: ErrorSink = () => {}): Dispatcher {
  return async (channel, payload, ctx) => {
    if (!isChannel(channel)) {
      return fail('unknown-channel', `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.`);
    }
    const schema: z.ZodType = contract[channel].request;
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      return fail(
        'invalid-payload',
        `Invalid request for ${channel}: ${summarize(parsed.error)}`,
        z.treeifyError(parsed.error),
      );
    }
    try {
      const handler = handlers[channel] as (req: unknown, ctx: CallContext) => unknown;
      return ok(await handler(parsed.data, ctx));
    } catch (error) {
      if (error instanceof RefusedError) return fail(error.code, error.message, error.details);
      onError(`handler ${channel} failed`, error);
      return fail('internal', `The ${channel} request failed inside the app; it has been logged.`);
    }
  };
}

/** First few zod issues as "path: message" text. */
function summarize(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
