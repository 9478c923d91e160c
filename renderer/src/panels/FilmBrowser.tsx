import { useTranslation } from 'react-i18next';
import type { Film } from '../../../electron/domain/catalog/items';
import { useConfigurator } from '../store/store';
import { FilmCard } from './FilmCard';
import { Section } from './Section';

/** Wrap films grouped by finish (catalog order), each with a real swatch, SKU and price per m². */
export function FilmBrowser() {
  const { t } = useTranslation();
  const films = useConfigurator((s) => s.catalog?.films);
  const mode = useConfigurator((s) => s.wrapMode);
  const zoneCount = useConfigurator((s) => s.selectedZones.length);
  if (!films) return null;
  const groups = new Map<string, Film[]>();
  for (const f of films) groups.set(f.finish, [...(groups.get(f.finish) ?? []), f]);
  const hint =
    mode === 'zones'
      ? zoneCount > 0
        ? t('wrap.applyToZones', { count: zoneCount })
        : t('wrap.pickZonesFirst')
      : undefined;
  return (
    <div className="film-browser">
      {hint && <p className="section-hint strong">{hint}</p>}
      {[...groups].map(([finish, list]) => (
        <Section key={finish} title={t(`finish.${finish}`)}>
          {list.map((f) => (
            <FilmCard key={f.id} film={f} />
          ))}
        </Section>
      ))}
    </div>
  );
}
