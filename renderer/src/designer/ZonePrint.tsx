import { useTranslation } from 'react-i18next';
import { useLanguage } from '../panels/hooks';
import { ZonePicker } from '../panels/ZonePicker';
import { useConfigurator } from '../store/store';
import { useDesigner } from './designer-store';
import { applyToZones, removeFromZones } from './library';
import { PlacementControls } from './PlacementControls';
import { zoneList } from './zone-names';

/** Zone print: pick zones (on the car or the outline), apply the active artwork, adjust its layout, remove it. */
export function ZonePrint() {
  const { t } = useTranslation();
  const language = useLanguage();
  const active = useDesigner((s) => s.active);
  const selected = useConfigurator((s) => s.selectedZones);
  const artwork = useConfigurator((s) => s.configuration?.wrap?.artwork);
  const applying = useConfigurator((s) => s.applying);
  const canApply = active !== null && selected.length > 0 && !applying;
  const picked = artwork ? selected.filter((z) => artwork.zones.includes(z)) : [];
  return (
    <>
      <section className="dz-section" aria-label={t('designer.zones.title')}>
        <ZonePicker />
        <button
          type="button"
          className="dz-primary"
          disabled={!canApply}
          data-testid="apply-artwork"
          onClick={() => active && void applyToZones(active, selected)}
        >
          {canApply
            ? t('designer.zones.apply', { name: active, count: selected.length })
            : t('designer.zones.applyNone')}
        </button>
        <p className="dz-current" data-testid="zone-print">
          {artwork
            ? t('designer.zones.current', { name: artwork.ref, zones: zoneList(artwork.zones, t, language) })
            : t('designer.zones.none')}
        </p>
        {artwork && (
          <div className="dz-row">
            {picked.length > 0 && picked.length < artwork.zones.length && (
              <button type="button" className="dz-quiet" onClick={() => void removeFromZones(picked)}>
                {t('designer.zones.removeSelected')}
              </button>
            )}
            <button type="button" className="dz-quiet dz-danger" onClick={() => void removeFromZones()}>
              {t('designer.zones.remove')}
            </button>
          </div>
        )}
      </section>
      {artwork && <PlacementControls />}
    </>
  );
}
