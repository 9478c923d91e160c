import { useTranslation } from 'react-i18next';
import { useMessage } from '../i18n';
import { useConfigurator } from '../store/store';

/** A friendly message when main refuses a choice or cannot be reached, or a quote was refused. */
export function NoticeBanner() {
  const { t } = useTranslation();
  const say = useMessage();
  const notice = useConfigurator((s) => s.notice);
  const refusal = useConfigurator((s) => s.quoteRefusal);
  const clear = useConfigurator((s) => s.setNotice);
  if (!notice && !refusal) return null;
  const reasons = notice?.kind === 'reasons' ? notice.reasons : notice ? [] : (refusal ?? []);
  return (
    <div className="banner notice" role="alert">
      <div className="banner-text">
        <strong>
          {notice?.kind === 'key' ? t(notice.key) : notice ? t('errors.refused') : t('errors.quoteRefused')}
        </strong>
        {reasons.length > 0 && (
          <ul>
            {reasons
              .map((r) => say(r))
              .map((text) => (
                <li key={text}>{text}</li>
              ))}
          </ul>
        )}
      </div>
      {notice && (
        <div className="banner-actions">
          <button type="button" className="quiet-button" onClick={() => clear(null)}>
            {t('changes.ok')}
          </button>
        </div>
      )}
    </div>
  );
}
