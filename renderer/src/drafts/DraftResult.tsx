import type { DraftSummary } from '@contract/drafts-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../panels/hooks';
import { type DraftDocument, downloadDraftPdf } from './pdf';

/** A saved draft as the result screen shows it (the QR code comes from `code:encode`). */
export type SavedDraft = DraftSummary & { qrSvg?: string };

/** After saving: QR code, configuration code, draft id, and the PDF quote and work order buttons. */
export function DraftResult({ saved, onNew }: { saved: SavedDraft; onNew: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [printing, setPrinting] = useState<DraftDocument | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const print = async (document: DraftDocument) => {
    if (printing) return;
    setPrinting(document);
    setMessage(null);
    const result = await downloadDraftPdf(saved.id, language, document);
    setPrinting(null);
    setMessage(
      result.ok
        ? { error: false, text: t('draft.pdfDone', { file: result.file }) }
        : { error: true, text: t('draft.pdfFailed') },
    );
  };
  return (
    <div className="draft-saved" role="status" aria-busy={printing !== null}>
      {saved.qrSvg && (
        <img
          className="draft-qr"
          alt={t('draft.qr')}
          src={`data:image/svg+xml;utf8,${encodeURIComponent(saved.qrSvg)}`}
        />
      )}
      <div className="draft-saved-text">
        <strong>{t('draft.saved')}</strong>
        <p className="section-hint">{t('draft.code')}</p>
        <p className="sku draft-code" data-testid="configuration-code">
          {saved.configurationCode}
        </p>
        <p className="section-hint">
          {t('draft.draftId')}
          <span className="sku" data-testid="draft-id">
            {saved.id}
          </span>
        </p>
        <div className="draft-actions">
          <button
            type="button"
            className="quiet-button"
            aria-disabled={printing !== null || undefined}
            onClick={() => void print('quote')}
          >
            {printing === 'quote' ? t('draft.printing') : t('draft.pdf')}
          </button>
          <button
            type="button"
            className="quiet-button"
            aria-disabled={printing !== null || undefined}
            onClick={() => void print('workorder')}
          >
            {printing === 'workorder' ? t('draft.printing') : t('draft.workorder')}
          </button>
          <button type="button" className="quiet-button" onClick={onNew}>
            {t('draft.again')}
          </button>
        </div>
        {message && (
          <p
            className={message.error ? 'option-reason' : 'section-hint draft-file'}
            role={message.error ? 'alert' : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
    </div>
  );
}
