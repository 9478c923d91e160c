import { BUILT_IN_VEHICLE_ID, type VehicleSummary } from '@domain/vehicle/vehicle';
import type { TFunction } from 'i18next';
import { loc } from '../panels/format';
import { useLanguage } from '../panels/hooks';
import { useConfigurator } from '../store/store';
import type { Problem } from './library';

/** The catalog's zh/en name of the launch EV, as the header shows it. */
type LocalizedName = { zh: string; en: string };

/**
 * A vehicle's name in the UI language: the launch EV's from the catalog (zh-CN and en, as the header shows it),
 * a library car's as staff typed it (one name in any language).
 */
export function vehicleName(
  v: Pick<VehicleSummary, 'id' | 'name'>,
  language: string,
  launchName: LocalizedName | undefined,
): string {
  return v.id === BUILT_IN_VEHICLE_ID && launchName ? loc(launchName, language) : v.name;
}

/** `vehicleName` bound to the UI language and the loaded catalog. */
export function useVehicleName(): (v: Pick<VehicleSummary, 'id' | 'name'>) => string {
  const language = useLanguage();
  const launchName = useConfigurator((s) => s.catalog?.vehicle.name);
  return (v) => vehicleName(v, language, launchName);
}

/** A library or importer sentence in the UI language (`vehicles.<key>`); an English message from main as is. */
export function problemText(t: TFunction, problem: Problem): string {
  if (typeof problem === 'string') return problem;
  return t(`vehicles.${problem.key}`, { ...problem.values, defaultValue: problem.key });
}

/** "BYD Seal 2024" from what staff entered (empty when nothing was). */
export function makeModelYear(v: VehicleSummary): string {
  return [v.make, v.model, v.year].filter((x) => x !== undefined && x !== '').join(' ');
}

/** Length and measured body area as one line: "Length 4,650 mm · Body 14.2 m²". */
export function figures(t: TFunction, v: VehicleSummary, language: string): string {
  const mm = new Intl.NumberFormat(language).format(Math.round(v.lengthMm));
  const area =
    v.bodyAreaM2 > 0
      ? t('vehicles.ui.area', {
          m2: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(v.bodyAreaM2),
        })
      : t('vehicles.ui.areaUnknown');
  return `${t('vehicles.ui.length', { mm })} · ${area}`;
}
