import type { Configuration } from '@domain/configuration';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { captureCarImage } from '../drafts/car-image';
import { type DraftExtras, DraftForm } from '../drafts/DraftForm';
import { DraftResult, type SavedDraft } from '../drafts/DraftResult';
import { useConfigurator } from '../store/store';

type Stage = { step: 'idle' } | { step: 'form' } | { step: 'saved'; saved: SavedDraft; of: Configuration };

/** Saves the configuration as an order draft (form → main re-prices and stores it → code, QR and PDFs). */
export function DraftSave() {
  const { t } = useTranslation();
  const priced = useConfigurator((s) => s.quote !== null);
  const current = useConfigurator((s) => s.configuration);
  const [state, setStage] = useState<Stage>({ step: 'idle' });
  // A result belongs to the configuration it saved: once that changes (a choice, a reopened draft), start over.
  const stage: Stage = state.step === 'saved' && state.of !== current ? { step: 'idle' } : state;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (extras: DraftExtras) => {
    const configuration = useConfigurator.getState().configuration;
    if (!configuration || busy) return;
    setBusy(true);
    setError(null);
    const carImagePng = await captureCarImage();
    const result = await call('draft:save', {
      configuration,
      ...extras,
      ...(carImagePng ? { carImagePng } : {}),
    });
    if (!result.ok) {
      setBusy(false);
      setError(`${t('draft.failed')} ${result.error.code === 'refused' ? '' : result.error.message}`.trim());
      return;
    }
    const code = await call('code:encode', { configuration });
    setBusy(false);
    const saved = { ...result.value, ...(code.ok ? { qrSvg: code.value.qrSvg } : {}) };
    setStage({ step: 'saved', saved, of: configuration });
  };
  return (
    <div className="draft-save" aria-busy={busy}>
      {stage.step === 'idle' && (
        <button
          type="button"
          className="primary-button wide-button"
          aria-disabled={!priced || undefined}
          onClick={priced ? () => setStage({ step: 'form' }) : undefined}
        >
          {t('draft.save')}
        </button>
      )}
      {stage.step === 'idle' && !priced && <p className="section-hint">{t('draft.needsQuote')}</p>}
      {stage.step === 'form' && (
        <DraftForm
          busy={busy}
          onSave={(extras) => void save(extras)}
          onCancel={() => setStage({ step: 'idle' })}
        />
      )}
      {error && (
        <p className="option-reason" role="alert">
          {error}
        </p>
      )}
      {stage.step === 'saved' && <DraftResult saved={stage.saved} onNew={() => setStage({ step: 'idle' })} />}
    </div>
  );
}
