import { contract, isChannel } from '@contract/contract';
import type { ApiResult } from '@contract/result';
import type { Dispatcher } from '@services/app/dispatch';
import { z } from 'zod';

/** Channels whose answer (a value, not an error) has been parsed against its response schema in this run. */
export const CHECKED_CHANNELS = new Set<string>();

/**
 * Parses a successful answer with its channel's response schema, as the page does (renderer/src/api.ts);
 * throws with the zod issues when a handler answers outside its contract.
 */
export function checkResponse(channel: unknown, result: ApiResult<unknown>): void {
  if (!result.ok || !isChannel(channel)) return;
  const parsed = (contract[channel].response as z.ZodType).safeParse(result.value);
  if (!parsed.success) {
    throw new Error(`${channel} answered outside its response schema:\n${z.prettifyError(parsed.error)}`);
  }
  CHECKED_CHANNELS.add(channel);
}

/** The dispatcher with every successful answer checked against its response schema. */
export function checkedDispatcher(dispatch: Dispatcher): Dispatcher {
  return async (channel, payload, ctx) => {
    const result = await dispatch(channel, payload, ctx);
    checkResponse(channel, result);
    return result;
  };
}
