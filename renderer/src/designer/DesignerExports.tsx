import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../panels/hooks';
import { useConfigurator } from '../store/store';
import { exportRender, exportTemplate } from './exports';
import { zoneName } from './zone-names';

/** Exports: a zone's UV template (SVG, PNG) and renders of the design at 2× and 3840×2160. */
export function DesignerExports() {
  const { t } = useTranslation();
  const language = useLanguage();
  const zones = useConfigurator((s) => s.zones);
  const selected = useConfigurator((s) => s.selectedZones);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const zone = chosen ?? selected[0] ?? zones[0]?.id ?? '';
  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="dz-section" aria-labelledby="dz-export">
      <div className="dz-section-head">
        <h3 id="dz-export">{t('designer.export.title')}</h3>
      </div>
      <h4 className="dz-sub">{t('designer.export.template')}</h4>
      <p className="dz-hint">{t('designer.export.templateHint')}</p>
      <div className="dz-row">
        <select
          aria-label={t('designer.export.zone')}
          value={zone}
          data-testid="template-zone"
          onChange={(e) => setChosen(e.target.value)}
        >
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {zoneName(z.id, t, language)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="dz-quiet"
          disabled={busy || !zone}
          onClick={() => void run(() => exportTemplate(zone, 'svg'))}
        >
          {t('designer.export.svg')}
        </button>
        <button
          type="button"
          className="dz-quiet"
          disabled={busy || !zone}
          onClick={() => void run(() => exportTemplate(zone, 'png'))}
        >
          {t('designer.export.png')}
        </button>
      </div>
      <h4 className="dz-sub">{t('designer.export.render')}</h4>
      <div className="dz-row">
        <button
          type="button"
          className="dz-quiet"
          disabled={busy}
          onClick={() => void run(() => exportRender('2x'))}
        >
          {t('designer.export.render2x')}
        </button>
        <button
          type="button"
          className="dz-quiet"
          disabled={busy}
          onClick={() => void run(() => exportRender('4k'))}
        >
          {t('designer.export.render4k')}
        </button>
      </div>
    </section>
  );
}
