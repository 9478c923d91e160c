import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneDecal } from '../scene/scene-config';
import type { ArtworkDecal } from '../store/controller';
import { useSceneStore } from '../store/scene-slice';
import { useConfigurator } from '../store/store';
import { useDesigner } from './designer-store';
import { removeDecal, updateDecal } from './library';
import { NumberField } from './NumberField';

const NO_DECALS: readonly ArtworkDecal[] = [];

/** Shows a decal change on the car at once while a slider moves. */
function preview(index: number, patch: Partial<SceneDecal>): void {
  useSceneStore.getState().updateLook((look) => {
    if (!look.decals?.[index]) return look;
    return { ...look, decals: look.decals.map((d, i) => (i === index ? { ...d, ...patch } : d)) };
  });
}

/** Decals: arm "place", click the car; pick one to size it (mm), turn it, move it (click the car) or delete it. */
export function DecalTools() {
  const { t } = useTranslation();
  const decals = useConfigurator((s) => s.configuration?.wrap?.decals) ?? NO_DECALS;
  const active = useDesigner((s) => s.active);
  const placing = useDesigner((s) => s.placing);
  const index = useDesigner((s) => s.decal);
  const set = useDesigner((s) => s.set);
  const [lock, setLock] = useState(true);
  const decal = index !== null ? decals[index] : undefined;
  const ratio = decal ? decal.sizeMm[0] / decal.sizeMm[1] : 1;
  const size = (w: number, h: number): [number, number] => [Math.round(w), Math.round(h)];
  return (
    <section className="dz-section" aria-labelledby="dz-decals">
      <div className="dz-section-head">
        <h3 id="dz-decals">{t('designer.decal.title')}</h3>
      </div>
      <p className="dz-hint">{t('designer.decal.hint')}</p>
      {placing ? (
        <div className="dz-armed" role="status">
          <span>{t('designer.decal.placing', { name: active })}</span>
          <button type="button" className="dz-quiet" onClick={() => set({ placing: false })}>
            {t('designer.decal.cancel')}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="dz-primary"
          disabled={!active}
          data-testid="place-decal"
          onClick={() => set({ placing: true, decal: null })}
        >
          {active ? t('designer.decal.place') : t('designer.decal.needArtwork')}
        </button>
      )}
      {decals.length === 0 ? (
        <p className="dz-empty">{t('designer.decal.none')}</p>
      ) : (
        <ul className="dz-files" aria-label={t('designer.decal.list')}>
          {decals.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a decal is its place in the configuration's list.
            <li key={`${d.ref}-${i}`}>
              <button
                type="button"
                className="dz-file"
                aria-pressed={index === i}
                onClick={() => set({ decal: index === i ? null : i, placing: false })}
              >
                <span className="dz-file-name">{t('designer.decal.item', { n: i + 1, name: d.ref })}</span>
                <span className="dz-file-meta">
                  {d.sizeMm[0]} × {d.sizeMm[1]} mm · {d.rotationDeg}°
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {decal && index !== null && (
        <div className="dz-decal-edit">
          <p className="dz-armed dz-soft">{t('designer.decal.move')}</p>
          <NumberField
            label={t('designer.decal.width')}
            unit="mm"
            value={decal.sizeMm[0]}
            min={20}
            max={5000}
            step={5}
            onPreview={(v) => preview(index, { sizeMm: size(v, lock ? v / ratio : decal.sizeMm[1]) })}
            onCommit={(v) => void updateDecal(index, { sizeMm: size(v, lock ? v / ratio : decal.sizeMm[1]) })}
          />
          <NumberField
            label={t('designer.decal.height')}
            unit="mm"
            value={decal.sizeMm[1]}
            min={20}
            max={5000}
            step={5}
            onPreview={(v) => preview(index, { sizeMm: size(lock ? v * ratio : decal.sizeMm[0], v) })}
            onCommit={(v) => void updateDecal(index, { sizeMm: size(lock ? v * ratio : decal.sizeMm[0], v) })}
          />
          <label className="dz-check">
            <input type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />
            {t('designer.decal.lock')}
          </label>
          <NumberField
            label={t('designer.decal.rotation')}
            unit="°"
            value={decal.rotationDeg}
            min={-180}
            max={180}
            step={1}
            onPreview={(v) => preview(index, { rotationDeg: v })}
            onCommit={(v) => void updateDecal(index, { rotationDeg: v })}
          />
          <button
            type="button"
            className="dz-quiet dz-danger"
            onClick={() => {
              set({ decal: null });
              void removeDecal(index);
            }}
          >
            {t('designer.decal.remove')}
          </button>
        </div>
      )}
    </section>
  );
}
