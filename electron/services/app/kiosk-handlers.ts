import { RefusedError } from '@contract/result';
import type { Handlers } from './dispatch';
import type { Services } from './services';

/** The kiosk's staff channels: leave the app, open a staff session on this screen, back to customer use. */
export function kioskHandlers(
  services: Services,
): Pick<Handlers, 'kiosk:exit' | 'kiosk:staff' | 'kiosk:reset'> {
  return {
    'kiosk:exit': async ({ pin }) => {
      const result = await services.kioskExit.attempt(pin);
      services.log.info(`kiosk staff exit: ${result}`);
      if (result === 'exit') setTimeout(() => services.quitApp(), 100);
      return { result };
    },
    'kiosk:staff': async ({ pin }, ctx) => {
      if (ctx.caller === undefined) {
        throw new RefusedError('refused', 'A staff session needs a known screen; this call carried none.');
      }
      const outcome = await services.kioskExit.attempt(pin);
      services.log.info(`kiosk staff session: ${outcome}`);
      if (outcome !== 'exit') return { result: outcome };
      services.kioskAccess.openStaff(ctx.caller);
      return { result: 'staff' };
    },
    'kiosk:reset': (_request, ctx) => {
      services.kioskAccess.end(ctx.caller);
      return { reset: true };
    },
  };
}
