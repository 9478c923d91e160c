import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../electron/shared/drafts-contract';
import { call } from '../api';
import { useConfigurator } from '../store/store';

type Saved = DraftSummary & { qrSvg?: string };

/** Saves the configuration as an order draft in main (which re-prices it) and shows its code, QR and PDF. */
export function DraftSave() {
  const { t } = useTranslation();
  const language = useConfigurator((s) => s.language);
  const priced = useConfigurator((s) => s.quote !== null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const configuration = useConfigurator.getState().configuration;
    if (!configuration || busy) return;
    setBusy(true);
    setError(null);
    const result = await call('draft:save', { configuration });
    if (!result.ok) {
      setBusy(false);
      setError(t('draft.failed'));
      return;
    }
    const code = await call('code:encode', { configuration });
    setBusy(false);
    setSaved({ ...result.value, ...(code.ok ? { qrSvg: code.value.qrSvg } : {}) });
  };
  const pdf = async () => {
    if (!saved) return;
    const result = await call('draft:pdf', {
      id: saved.id,
      language: language.startsWith('zh') ? 'zh' : 'en',
    });
    if (!result.ok) return setError(t('draft.failed'));
    const a = document.createElement('a');
    a.href = `data:application/pdf;base64,${result.value.pdfBase64}`;
    a.download = `quote-${saved.id}.pdf`;
    a.click();
  };
  return (
    <div className="draft-save" aria-busy={busy}>
      <button
        type="button"
        className="primary-button wide-button"
        aria-disabled={!priced || busy || undefined}
        onClick={!priced || busy ? undefined : () => void save()}
      >
        {busy ? t('draft.saving') : t('draft.save')}
      </button>
      {!priced && <p className="section-hint">{t('draft.needsQuote')}</p>}
      {error && (
        <p className="option-reason" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <div className="draft-saved" role="status">
          {saved.qrSvg && (
            <img
              className="draft-qr"
              alt={t('draft.qr')}
              src={`data:image/svg+xml;utf8,${encodeURIComponent(saved.qrSvg)}`}
            />
          )}
          <div>
            <strong>{t('draft.saved')}</strong>
            <p className="section-hint">{t('draft.code')}</p>
            <p className="sku draft-code" data-testid="configuration-code">
              {saved.configurationCode}
            </p>
            <button type="button" className="quiet-button" onClick={() => void pdf()}>
              {t('draft.pdf')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
