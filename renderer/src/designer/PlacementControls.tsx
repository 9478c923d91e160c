import { useTranslation } from 'react-i18next';
import { useLanguage } from '../panels/hooks';
import { Segmented } from '../panels/Segmented';
import { useArtworkScene } from '../scene/artwork/artwork-scene-store';
import { DEFAULT_PLACEMENT, printedSizeMm, UNIT_LAYOUT } from '../scene/artwork/placement';
import type { ZoneArtworkPlacement } from '../scene/scene-config';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { useDesigner } from './designer-store';
import { setPlacement } from './library';
import { NumberField } from './NumberField';
import { zoneList } from './zone-names';

type Fit = ZoneArtworkPlacement['fit'];

/** Shows a placement on the car at once while a slider moves (the configuration changes when it is let go). */
function preview(zones: string[], patch: Partial<ZoneArtworkPlacement>): void {
  useSceneStore.getState().updateLook((look) => {
    if (!look.artwork) return look;
    const artwork = { ...look.artwork };
    for (const z of zones) {
      const a = artwork[z];
      if (a) artwork[z] = { ...a, placement: { ...a.placement, ...patch } };
    }
    return { ...look, artwork };
  });
}

/**
 * Layout of the zone print on the picked zones that carry it (all of them when none is picked):
 * fit / fill / tile, offset in mm, scale, rotation; with the printed size and the zone's real size.
 */
export function PlacementControls() {
  const { t } = useTranslation();
  const language = useLanguage();
  const artwork = useConfigurator((s) => s.configuration?.wrap?.artwork);
  const selected = useConfigurator((s) => s.selectedZones);
  const layouts = useArtworkScene((s) => s.layouts);
  const loaded = useDesigner((s) => (artwork ? s.loaded[artwork.ref] : undefined));
  if (!artwork) return null;
  const picked = selected.filter((z) => artwork.zones.includes(z));
  const targets = picked.length > 0 ? picked : artwork.zones;
  const first = targets[0]!;
  const p = artwork.placement?.[first] ?? DEFAULT_PLACEMENT;
  const layout = layouts[first] ?? UNIT_LAYOUT;
  const aspect = loaded ? loaded.width / loaded.height : 1;
  const [pw, ph] = printedSizeMm(p, layout, aspect);
  const commit = (patch: Partial<ZoneArtworkPlacement>) => void setPlacement(targets, patch);
  const range = Math.round(Math.max(...layout.sizeM) * 1000);
  return (
    <section className="dz-section" aria-labelledby="dz-layout">
      <div className="dz-section-head">
        <h3 id="dz-layout">{t('designer.placement.title')}</h3>
        <button type="button" className="dz-link" onClick={() => commit(DEFAULT_PLACEMENT)}>
          {t('designer.placement.reset')}
        </button>
      </div>
      <p className="dz-hint">{t('designer.placement.editing', { zones: zoneList(targets, t, language) })}</p>
      <Segmented<Fit>
        label={t('designer.placement.mode')}
        value={p.fit}
        options={(['fit', 'fill', 'tile'] as const).map((v) => ({
          value: v,
          label: t(`designer.placement.${v}`),
        }))}
        onChange={(fit) => commit({ fit })}
      />
      <NumberField
        label={t('designer.placement.offsetX')}
        unit={t('designer.placement.mm')}
        value={p.offsetMm[0]}
        min={-range}
        max={range}
        step={1}
        onPreview={(v) => preview(targets, { offsetMm: [v, p.offsetMm[1]] })}
        onCommit={(v) => commit({ offsetMm: [v, p.offsetMm[1]] })}
      />
      <NumberField
        label={t('designer.placement.offsetY')}
        unit={t('designer.placement.mm')}
        value={p.offsetMm[1]}
        min={-range}
        max={range}
        step={1}
        onPreview={(v) => preview(targets, { offsetMm: [p.offsetMm[0], v] })}
        onCommit={(v) => commit({ offsetMm: [p.offsetMm[0], v] })}
      />
      <NumberField
        label={t('designer.placement.scale')}
        unit="×"
        value={p.scale}
        min={0.05}
        max={10}
        step={0.01}
        onPreview={(v) => preview(targets, { scale: v })}
        onCommit={(v) => commit({ scale: v })}
      />
      <NumberField
        label={t('designer.placement.rotation')}
        unit={t('designer.placement.deg')}
        value={p.rotationDeg}
        min={-180}
        max={180}
        step={1}
        onPreview={(v) => preview(targets, { rotationDeg: v })}
        onCommit={(v) => commit({ rotationDeg: v })}
      />
      <p className="dz-meta">
        <span>{t('designer.placement.printed', { width: pw, height: ph })}</span>
        <span>
          {t('designer.placement.zoneSize', {
            width: Math.round(layout.sizeM[0] * 1000),
            height: Math.round(layout.sizeM[1] * 1000),
          })}
        </span>
      </p>
    </section>
  );
}
