import { artworkHandlers } from './artwork/handlers';
import { catalogHandlers } from './catalog-handlers';
import type { Handlers } from './dispatch';
import { draftHandlers } from './draft-handlers';
import type { Services } from './services';

/** Every channel's handler, in one table: this is where a new channel's work is wired in. */
export function createHandlers(services: Services): Handlers {
  return {
    'app:info': () => ({
      name: 'Wrap Configurator',
      version: services.appVersion,
      mode: services.settings.kiosk ? 'kiosk' : services.settings.mode,
      storeId: services.settings.storeId,
      language: services.settings.language,
      runtime: services.runtime,
      kiosk: services.settings.kiosk,
      idleSeconds: services.settings.idleSeconds,
      kioskExit: services.settings.kioskExitPinHash !== undefined,
    }),
    'kiosk:exit': ({ pin }) => {
      const result = services.kioskExit.attempt(pin);
      services.log.info(`kiosk staff exit: ${result}`);
      if (result === 'exit') setTimeout(() => services.quitApp(), 100);
      return { result };
    },
    'log:report': ({ level, message, source }) => {
      services.log.page(level, message, source);
      return { logged: true };
    },
    ...catalogHandlers(services),
    ...draftHandlers(services),
    ...artworkHandlers(services),
  };
}
