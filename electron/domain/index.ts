/**
 * Public API of the catalog, rules and pricing domain. Pure TypeScript; reading a catalog folder is the services'
 * job (`@services/catalog/load`).
 */

export { type Catalog, itemOf } from './catalog/catalog';
export {
  type CatalogError,
  type CatalogResult,
  validateCatalog,
} from './catalog/validate';
export { type ZoneTable, zonesFromManifest, zoneTable } from './catalog/zones';
export { QUOTE_CATEGORIES, type QuoteCategory } from './categories';
export { Configuration, configurationJsonSchema, modelShaOf, vehicleIdOf } from './configuration';
export { formatCny } from './pricing/money';
export { priceQuote, type QuoteOptions } from './pricing/quote';
export type { Quote, QuoteLine, QuoteResult } from './pricing/types';
export { applyChoice, type Change, type ChoiceResult } from './rules/apply';
export { type OptionStatus, optionAvailability } from './rules/availability';
export type { Choice } from './rules/choice';
export { defaultConfiguration, serviceConfiguration } from './rules/defaults';
export { evaluateRules, type RuleContext, type RulesResult } from './rules/evaluate';
export type { Violation } from './rules/violation';
export {
  BODY_ZONE,
  catalogMounts,
  serviceZoneTable,
  type VehicleContext,
} from './vehicle/context';
export { configurationAsText, type VehicleHere, vehicleHere } from './vehicle/not-here';
export { type PricedVehicle, PricedVehicleRecord, pricedVehicleOf } from './vehicle/record';
export { BodyStyle, BUILT_IN_VEHICLE_ID, VehicleKind, VehicleRef } from './vehicle/vehicle';
