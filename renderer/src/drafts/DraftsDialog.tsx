import type { CodeNotice } from '@domain/code/decode';
import type { Configuration } from '@domain/configuration';
import type { Message } from '@domain/messages/message';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useMessage } from '../i18n';
import { CodeOpen } from './CodeOpen';
import { type DraftAction, DraftRow } from './DraftRow';
import { DraftSearchForm, NO_SEARCH } from './DraftSearchForm';
import { ConfigurationText, configurationText, refusalOf } from './NotInShop';
import { OpenedView } from './OpenedView';
import { loadConfiguration } from './open-configuration';
import { type DraftSearch, useDraftPages } from './use-draft-pages';

/** What the last action said; a draft whose car is not in this shop adds its configuration as text. */
type Status = { error: boolean; text: string; asText?: Message[] } | null;

/** Where an opened draft or code goes instead of the configurator (sales: "open into A / B"). */
export interface OpenInto {
  /** Label of the open button, e.g. "Open into B". */
  label: string;
  open: (configuration: Configuration) => void;
}

/**
 * The staff drafts list (newest first, searchable, a page at a time with "load more"; open, duplicate,
 * delete) and "open from code", as a modal dialog.
 */
export function DraftsDialog({ onClose, into }: { onClose: () => void; into?: OpenInto }) {
  const { t } = useTranslation();
  const say = useMessage();
  const [search, setSearch] = useState<DraftSearch>(NO_SEARCH);
  const pages = useDraftPages(search);
  const { drafts, reload } = pages;
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [opened, setOpened] = useState<{ title: string; notices: CodeNotice[] } | null>(null);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const searchFor = useCallback(
    (next: DraftSearch) =>
      setSearch((now) =>
        now.query === next.query && now.from === next.from && now.to === next.to ? now : next,
      ),
    [],
  );
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
    if (!result.ok) {
      const refusal = refusalOf(result.error.details);
      const message = refusal ? say(refusal) : result.error.message;
      const asText = configurationText(result.error.details);
      return setStatus({ error: true, text: t('drafts.actionFailed', { message }), asText });
    }
    const value = result.value;
    if ('configuration' in value)
      return load(t('drafts.openedDraft', { id: draftId }), value.configuration, value.notices);
    setStatus({
      error: false,
      text:
        'trashed' in value ? t('drafts.deleted', { id: draftId }) : t('drafts.duplicated', { id: value.id }),
    });
    await reload();
  };
  const searching = search.query.trim() !== '' || search.from !== '' || search.to !== '';
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
            {status?.asText && <ConfigurationText lines={status.asText} testId="draft-configuration-text" />}
            <DraftSearchForm onSearch={searchFor} />
            {pages.failed && (
              <p className="option-reason" role="alert">
                {t('drafts.listFailed')}
              </p>
            )}
            {drafts === null ? (
              <p className="section-hint">{t('drafts.loading')}</p>
            ) : drafts.length === 0 ? (
              <p className="section-hint">{t(searching ? 'drafts.noMatch' : 'drafts.empty')}</p>
            ) : (
              <p className="section-hint" data-testid="drafts-count">
                {t(searching ? 'drafts.found' : 'drafts.count', { count: pages.total })}
              </p>
            )}
            {searching && pages.pending > 0 && (
              <p className="section-hint">{t('drafts.indexing', { count: pages.pending })}</p>
            )}
            {drafts && drafts.length > 0 && (
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
            {drafts && drafts.length < pages.total && (
              <button
                type="button"
                className="quiet-button wide-button"
                aria-disabled={pages.loadingMore || undefined}
                onClick={() => !pages.loadingMore && void pages.more()}
              >
                {t('drafts.more', { count: pages.total - drafts.length })}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
