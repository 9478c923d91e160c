import type { CatalogView, PricedQuote } from '@contract/contract';
import { RefusedError } from '@contract/result';
import type { Catalog, ZoneTable } from '@domain/index';
import { applyChoice, evaluateRules, optionAvailability, priceQuote } from '@domain/index';
import { compareConfigurations } from '@domain/pricing/compare-sheet';
import type { Handlers } from '../app/dispatch';
import type { Services } from '../app/services';
import { sideVehicles, vehicleScope } from '../vehicles/priced-vehicles';
import { problemsSummary } from './problems';

/** The loaded catalog, or a refusal that names the catalog's problems. */
function loaded(services: Services): { catalog: Catalog; zones: ZoneTable } {
  const state = services.catalog;
  if (!state.ok) {
    throw new RefusedError(
      'refused',
      `The catalog in ${state.dir} could not be loaded (${problemsSummary(state.errors)}).`,
      state.errors.slice(0, 50),
    );
  }
  return state;
}

/** Handlers for the catalog, the rules engine and the pricing engine; prices are computed here, never taken from the page. */
export function catalogHandlers(
  services: Services,
): Pick<Handlers, 'catalog:get' | 'rules:evaluate' | 'rules:apply' | 'quote:price' | 'quote:compare'> {
  return {
    'catalog:get': (): CatalogView => {
      const state = services.catalog;
      if (!state.ok) return { ok: false, errors: state.errors.slice(0, 200) };
      const { index: _index, ...data } = state.catalog;
      return {
        ok: true,
        data,
        modelId: state.zones.modelId,
        zones: [...state.zones.zones.values()].map((z) => ({ ...z, body: z.body ?? true })),
        hash: state.hash,
        date: services.today(),
      };
    },
    'rules:evaluate': async ({ configuration }) => {
      const { catalog, zones } = loaded(services);
      const scope = await vehicleScope(services.dataDir, catalog, zones, configuration);
      const context = { ...scope, date: services.today() };
      return {
        rules: evaluateRules(catalog, configuration, context),
        options: optionAvailability(catalog, configuration, context),
      };
    },
    'rules:apply': async ({ configuration, choice }) => {
      const { catalog, zones } = loaded(services);
      const scope = await vehicleScope(services.dataDir, catalog, zones, configuration);
      return applyChoice(catalog, configuration, choice, { ...scope, date: services.today() });
    },
    'quote:price': async ({ configuration }): Promise<PricedQuote> => {
      const { catalog, zones } = loaded(services);
      const date = services.today();
      const store = configuration.store ?? services.settings.storeId;
      const scope = await vehicleScope(services.dataDir, catalog, zones, configuration);
      return { ...priceQuote(catalog, configuration, { date, store, ...scope }), date, store };
    },
    'quote:compare': async ({ a, b }) => {
      const { catalog, zones } = loaded(services);
      const date = services.today();
      const store = services.settings.storeId;
      const vehicles = await sideVehicles(services.dataDir, catalog, zones, a, b);
      return { ...compareConfigurations(catalog, a, b, { date, zones, store, vehicles }), date };
    },
  };
}
