import type { VehicleSummary } from '@domain/vehicle/vehicle';
import type { TFunction } from 'i18next';
import type { Problem } from './library';

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
