import { useTranslation } from 'react-i18next';
import { zoneFilms } from '../store/scene-look';
import { useConfigurator } from '../store/store';
import { loc } from './format';
import { useLanguage } from './hooks';
import { swatchStyle } from './swatch';
import { ZONE_OUTLINE } from './zone-outline';

/** Outline cells too narrow for a horizontal label (mirrors and skirts). */
const VERTICAL = new Set(['ml', 'mr', 'sl', 'sr']);

/** The car seen from above: tap zones to pick them (or tap them on the 3D car); each shows its current film. */
export function ZonePicker() {
  const { t } = useTranslation();
  const language = useLanguage();
  const zones = useConfigurator((s) => s.zones);
  const catalog = useConfigurator((s) => s.catalog);
  const configuration = useConfigurator((s) => s.configuration);
  const selected = useConfigurator((s) => s.selectedZones);
  const toggle = useConfigurator((s) => s.toggleZone);
  const setZones = useConfigurator((s) => s.setZones);
  if (!catalog || !configuration) return null;
  const films = zoneFilms(catalog, zones, configuration);
  const placed = zones.filter((z) => ZONE_OUTLINE[z.id]);
  const others = zones.filter((z) => !ZONE_OUTLINE[z.id]);
  const button = (id: string, name: string, area?: string) => {
    const film = catalog.films.find((f) => f.id === films.get(id));
    return (
      <button
        key={id}
        type="button"
        className={area && VERTICAL.has(area) ? 'zone vertical' : 'zone'}
        style={area ? { gridArea: area } : undefined}
        aria-pressed={selected.includes(id)}
        onClick={() => toggle(id)}
      >
        <span
          className="zone-film"
          style={film ? swatchStyle(film.material) : undefined}
          aria-hidden="true"
        />
        <span className="zone-name">{name}</span>
      </button>
    );
  };
  const name = (z: (typeof zones)[number]) => (z.name ? loc(z.name, language) : t(`zone.${z.id}`, z.id));
  return (
    <section className="panel-section" aria-label={t('wrap.zonePicker')}>
      <h3>{t('wrap.zonePicker')}</h3>
      <p className="section-hint">{t('wrap.zoneHint')}</p>
      {/* A car with no panel on the outline (a customer car: one body zone) gets no empty outline. */}
      {placed.length > 0 && (
        <fieldset className="zone-outline" aria-label={t('wrap.zonePicker')}>
          <span className="zone-front" aria-hidden="true">
            {t('wrap.front')}
          </span>
          {placed.map((z) => button(z.id, name(z), ZONE_OUTLINE[z.id]))}
        </fieldset>
      )}
      {others.length > 0 && <div className="zone-others">{others.map((z) => button(z.id, name(z)))}</div>}
      <div className="zone-actions">
        <button
          type="button"
          className="quiet-button"
          onClick={() => setZones(zones.filter((z) => z.body).map((z) => z.id))}
        >
          {t('wrap.selectAll')}
        </button>
        <button
          type="button"
          className="quiet-button"
          disabled={selected.length === 0}
          onClick={() => setZones([])}
        >
          {t('wrap.clearSelection')}
        </button>
      </div>
    </section>
  );
}
