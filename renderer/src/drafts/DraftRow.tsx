import type { DraftListEntry } from '@domain/drafts/list';
import { formatCny } from '@domain/pricing/money';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loc } from '../panels/format';
import { useLanguage } from '../panels/hooks';

/** What a staff member can do with a listed draft. */
export type DraftAction = 'open' | 'duplicate' | 'delete';

/** One draft in the staff list: customer (masked mobile), total, date; damaged ones with the reason. */
export function DraftRow(props: {
  entry: DraftListEntry;
  busy: boolean;
  /** Label of the open button when opening somewhere else than the configurator (sales A / B). */
  openLabel?: string;
  onAction: (a: DraftAction) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const { entry, busy } = props;
  if (entry.status === 'damaged') {
    return (
      <li className="draft-row damaged" data-draft-id={entry.id}>
        <div className="draft-row-text">
          <strong>{t('drafts.damaged')}</strong> <span className="sku">{entry.id}</span>
          <p className="option-reason">{entry.reason}</p>
        </div>
      </li>
    );
  }
  const customer =
    [entry.customerName, entry.customerMobile].filter(Boolean).join(' · ') || t('drafts.noCustomer');
  const date = new Date(entry.createdAt).toLocaleString(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const act = (a: DraftAction) => () => {
    setConfirming(false);
    if (!busy) props.onAction(a);
  };
  return (
    <li className="draft-row" data-draft-id={entry.id}>
      <div className="draft-row-text">
        <strong>{customer}</strong>
        <span className="draft-row-total">{formatCny(entry.totalFen)}</span>
        <span className="section-hint">
          {date} · {loc(entry.trimName, language)} · {loc(entry.storeName, language)}
        </span>
        <span className="sku">{entry.id}</span>
      </div>
      {confirming ? (
        <fieldset className="draft-actions" aria-label={t('drafts.confirmDelete')}>
          <span className="option-reason">{t('drafts.confirmDelete')}</span>
          <button type="button" className="quiet-button" onClick={() => setConfirming(false)}>
            {t('drafts.keep')}
          </button>
          <button type="button" className="primary-button" onClick={act('delete')}>
            {t('drafts.confirm')}
          </button>
        </fieldset>
      ) : (
        <fieldset className="draft-actions" aria-label={t('drafts.actions', { id: entry.id })}>
          <button
            type="button"
            className="primary-button"
            aria-disabled={busy || undefined}
            onClick={act('open')}
          >
            {props.openLabel ?? t('drafts.reopen')}
          </button>
          <button
            type="button"
            className="quiet-button"
            aria-disabled={busy || undefined}
            onClick={act('duplicate')}
          >
            {t('drafts.duplicate')}
          </button>
          <button
            type="button"
            className="quiet-button"
            aria-disabled={busy || undefined}
            onClick={() => !busy && setConfirming(true)}
          >
            {t('drafts.delete')}
          </button>
        </fieldset>
      )}
    </li>
  );
}
