import { artworkHandlers } from '../artwork/handlers';
import { catalogHandlers } from '../catalog/catalog-handlers';
import { draftHandlers } from '../drafts/draft-handlers';
import { vehicleHandlers } from '../vehicles/library/handlers';
import { guardCustomerData } from './customer-data';
import type { Handlers } from './dispatch';
import { kioskHandlers } from './kiosk-handlers';
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
    'log:report': ({ level, message, source }) => {
      services.log.page(level, message, source);
      return { logged: true };
    },
    ...kioskHandlers(services),
    ...catalogHandlers(services),
    ...draftHandlers(services),
    ...artworkHandlers(services),
    ...vehicleHandlers(services),
  };
}

/** The handlers with kiosk privacy enforced: customer data only for a staff session (see customer-data.ts). */
export function createGuardedHandlers(services: Services): Handlers {
  return guardCustomerData(createHandlers(services), services.kioskAccess, () => services.settings.kiosk);
}
