import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeNotice } from '../../../electron/domain/code/decode';
import type { Configuration } from '../../../electron/domain/configuration';
import type { DraftListEntry } from '../../../electron/main/drafts-store';
import { call } from '../api';
import { CodeOpen } from './CodeOpen';
import { type DraftAction, DraftRow } from './DraftRow';
import { OpenedView } from './OpenedView';
import { loadConfiguration } from './open-configuration';

type Status = { error: boolean; text: string } | null;

/** Where an opened draft or code goes instead of the configurator (sales: "open into A / B"). */
export interface OpenInto {
  /** Label of the open button, e.g. "Open into B". */
  label: string;
  open: (configuration: Configuration) => void;
}

/** The staff drafts list (newest first; open, duplicate, delete) and "open from code", as a modal dialog. */
export function DraftsDialog({ onClose, into }: { onClose: () => void; into?: OpenInto }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<DraftListEntry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [opened, setOpened] = useState<{ title: string; notices: CodeNotice[] } | null>(null);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const refresh = useCallback(async () => {
    const result = await call('draft:list', {});
    if (result.ok) setDrafts(result.value.drafts);
    else setStatus({ error: true, text: t('drafts.listFailed') });
  }, [t]);
  useEffect(() => void refresh(), [refresh]);
  useEffect(() => {
    const key = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [onClose]);
  const load = (title: string, configuration: Configuration, notices: CodeNotice[]) => {
    if (into) into.open(configuration);
    else loadConfiguration(configuration);
    setOpened({ title, notices });
  };
  const act = async (draftId: string, action: DraftAction) => {
    setBusy(true);
    setStatus(null);
    const result =
      action === 'open'
        ? await call('draft:open', { id: draftId })
        : action === 'duplicate'
          ? await call('draft:duplicate', { id: draftId })
          : await call('draft:delete', { id: draftId });
    setBusy(false);
    if (!result.ok)
      return setStatus({ error: true, text: t('drafts.actionFailed', { message: result.error.message }) });
    const value = result.value;
    if ('configuration' in value)
      return load(t('drafts.openedDraft', { id: draftId }), value.configuration, value.notices);
    setStatus({
      error: false,
      text:
        'trashed' in value ? t('drafts.deleted', { id: draftId }) : t('drafts.duplicated', { id: value.id }),
    });
    await refresh();
  };
  return (
    <div className="drafts-backdrop">
      <div
        ref={box}
        tabIndex={-1}
        className="drafts-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
      >
        <header className="drafts-head">
          <h2 id={`${id}-title`}>{t('drafts.title')}</h2>
          <button type="button" className="quiet-button" onClick={onClose}>
            {t('drafts.close')}
          </button>
        </header>
        {opened ? (
          <OpenedView title={opened.title} notices={opened.notices} onDone={onClose} />
        ) : (
          <>
            <CodeOpen onOpened={(c, n) => load(t('drafts.openedCode'), c, n)} />
            {status && (
              <p
                className={status.error ? 'option-reason' : 'section-hint'}
                role={status.error ? 'alert' : 'status'}
              >
                {status.text}
              </p>
            )}
            {drafts === null ? (
              <p className="section-hint">{t('drafts.loading')}</p>
            ) : drafts.length === 0 ? (
              <p className="section-hint">{t('drafts.empty')}</p>
            ) : (
              <ul className="drafts-list" aria-label={t('drafts.list')} aria-busy={busy}>
                {drafts.map((d) => (
                  <DraftRow
                    key={d.id}
                    entry={d}
                    busy={busy}
                    {...(into ? { openLabel: into.label } : {})}
                    onAction={(a) => void act(d.id, a)}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
