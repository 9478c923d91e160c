import type { Channel } from '@contract/contract';
import { RefusedError } from '@contract/result';
import type { CallContext, Handlers } from './dispatch';
import type { KioskAccess } from './kiosk-access';
import { printCallers } from './print-callers';

/**
 * What a channel may do on a kiosk. `open`: carries no customer name or mobile. `staff`: customer data, only
 * in a staff session. `own-draft`: one draft's customer data, for staff or for the screen whose customer saved
 * it. `saves-draft`: the customer's own order (always allowed; the saved id becomes theirs to print). `staff-tool`:
 * changes the shop's setup (the vehicle library), only in a staff session.
 */
export type Privacy = 'open' | 'staff' | 'own-draft' | 'saves-draft' | 'staff-tool';

/** Every channel's privacy class: a new channel does not compile until someone decides it here. */
export const CHANNEL_PRIVACY: Record<Channel, Privacy> = {
  'app:info': 'open',
  'catalog:get': 'open',
  'rules:evaluate': 'open',
  'rules:apply': 'open',
  'quote:price': 'open',
  'quote:compare': 'open',
  'kiosk:exit': 'open',
  'kiosk:staff': 'open',
  'kiosk:reset': 'open',
  'log:report': 'open',
  'draft:save': 'saves-draft',
  'draft:list': 'staff',
  'draft:get': 'own-draft',
  'draft:open': 'staff',
  'draft:duplicate': 'staff',
  'draft:delete': 'staff',
  'draft:pdf': 'own-draft',
  'workorder:get': 'own-draft',
  'compare:pdf': 'open',
  'compare:sheet': 'open',
  'code:decode': 'open',
  'code:encode': 'open',
  'artwork:list': 'open',
  'artwork:pick': 'open',
  'artwork:import': 'open',
  'artwork:read': 'open',
  'artwork:template': 'open',
  'file:save': 'open',
  'vehicle:list': 'open',
  'vehicle:get': 'open',
  'vehicle:import': 'staff-tool',
  'vehicle:import-cancel': 'staff-tool',
  'vehicle:update': 'staff-tool',
  'vehicle:remove': 'staff-tool',
  'vehicle:thumbnail': 'staff-tool',
};

/** The refusal a customer's screen gets for a staff tool (changing the vehicle library) on a kiosk. */
export function staffTool(channel: string): RefusedError {
  return new RefusedError(
    'staff-only',
    `Refused: ${channel} changes the shop's vehicle library, which a kiosk leaves to staff. Hold the top-left corner for 3 seconds and enter the staff PIN on this screen.`,
  );
}

/** The refusal a customer's screen gets for customer data on a kiosk. */
export function staffOnly(channel: string): RefusedError {
  return new RefusedError(
    'staff-only',
    `Refused: ${channel} shows customer details, which a kiosk shows to staff only. Hold the top-left corner for 3 seconds and enter the staff PIN on this screen.`,
  );
}

type AnyHandler = (request: unknown, ctx: CallContext) => unknown;

/**
 * Wraps the handlers so that in kiosk mode (`isKiosk()` at call time) customer data is refused unless the
 * caller holds a staff session (or, for one draft, saved it or is main's print window for it). The check is in
 * main, not the page: a page that asks anyway gets `staff-only`. Outside kiosk mode nothing changes.
 */
export function guardCustomerData(handlers: Handlers, access: KioskAccess, isKiosk: () => boolean): Handlers {
  const guarded = { ...handlers } as unknown as Record<string, AnyHandler>;
  for (const [channel, privacy] of Object.entries(CHANNEL_PRIVACY)) {
    if (privacy === 'open') continue;
    const inner = handlers[channel as Channel] as AnyHandler;
    guarded[channel] = async (request, ctx) => {
      if (!isKiosk()) return inner(request, ctx);
      if (privacy === 'saves-draft') {
        const saved = (await inner(request, ctx)) as { id: string };
        access.savedDraft(ctx.caller, saved.id);
        return saved;
      }
      if (access.isStaff(ctx.caller)) return inner(request, ctx);
      const id = (request as { id?: string }).id;
      const ownDraft =
        privacy === 'own-draft' &&
        id !== undefined &&
        (access.ownsDraft(ctx.caller, id) ||
          (ctx.caller !== undefined && printCallers.get(ctx.caller) === id));
      if (ownDraft) return inner(request, ctx);
      throw privacy === 'staff-tool' ? staffTool(channel) : staffOnly(channel);
    };
  }
  return guarded as Handlers;
}
