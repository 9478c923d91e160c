import type { CodeNotice } from '@domain/code/decode';
import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';

/** What was just loaded (a draft or a code), with main's notices (repricing, removed items, rule changes). */
export function OpenedView(props: { title: string; notices: CodeNotice[]; onDone: () => void }) {
  const { t } = useTranslation();
  const say = useMessage();
  return (
    <div className="drafts-opened" role="status">
      <strong>{t('drafts.opened')}</strong>
      <p>{props.title}</p>
      {props.notices.length > 0 && (
        <>
          <p className="section-hint">{t('drafts.notices')}</p>
          <ul aria-label={t('drafts.notices')}>
            {props.notices.map((n, i) => (
              <li key={`${n.kind}-${n.item ?? i}`}>{say(n.message)}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="primary-button" onClick={props.onDone}>
        {t('drafts.continue')}
      </button>
    </div>
  );
}
