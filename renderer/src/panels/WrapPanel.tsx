import { useTranslation } from 'react-i18next';
import { actions } from '../store/app';
import { useConfigurator } from '../store/store';
import { ArtworkEntry } from './ArtworkEntry';
import { FilmBrowser } from './FilmBrowser';
import { Segmented } from './Segmented';
import { TwoToneSection } from './TwoToneSection';
import { ZonePicker } from './ZonePicker';

/** Step 2: the wrap — a film on the whole body or on picked zones, two-tone presets and printed artwork. */
export function WrapPanel() {
  const { t } = useTranslation();
  const mode = useConfigurator((s) => s.wrapMode);
  const setMode = useConfigurator((s) => s.setWrapMode);
  const hasWrap = useConfigurator((s) => s.configuration?.wrap !== undefined);
  return (
    <>
      <Segmented
        label={t('wrap.coverage')}
        value={mode}
        options={[
          { value: 'full', label: t('wrap.full') },
          { value: 'zones', label: t('wrap.byZone') },
        ]}
        onChange={setMode}
      />
      {mode === 'zones' && <ZonePicker />}
      <FilmBrowser />
      {mode === 'full' && <TwoToneSection />}
      <ArtworkEntry />
      {hasWrap && (
        <button type="button" className="quiet-button" onClick={() => void removeWrap()}>
          {t('wrap.removeAll')}
        </button>
      )}
    </>
  );
}

async function removeWrap(): Promise<void> {
  const wrap = useConfigurator.getState().configuration?.wrap;
  if (!wrap) return;
  if (wrap.artwork) await actions.choose({ kind: 'artwork', artwork: null });
  if (wrap.twoTone) await actions.choose({ kind: 'twoTone', id: null });
  if (wrap.zones) await actions.choose({ kind: 'film', id: null, zones: Object.keys(wrap.zones) });
  if (wrap.film) await actions.choose({ kind: 'film', id: null });
}
