import type { TFunction } from 'i18next';
import { loc } from '../panels/format';
import { useConfigurator } from '../store/store';

/** A zone's name in the UI language (the model's name, else the shared zone vocabulary). */
export function zoneName(id: string, t: TFunction, language: string): string {
  const z = useConfigurator.getState().zones.find((x) => x.id === id);
  return z?.name ? loc(z.name, language) : t(`zone.${id}`, id);
}

/** Zone names joined for a sentence. */
export function zoneList(ids: readonly string[], t: TFunction, language: string): string {
  return ids.map((id) => zoneName(id, t, language)).join(language === 'en' ? ', ' : '、');
}
