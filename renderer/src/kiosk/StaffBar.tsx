import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftsDialog } from '../drafts/DraftsDialog';

/**
 * Shown while staff hold a kiosk staff session (opened with the PIN): the drafts list, and the way back to
 * customer use, which ends the session (main refuses customer data again) and clears the screen.
 */
export function StaffBar({ onEnd }: { onEnd: () => void }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState(false);
  return (
    <>
      <section className="kiosk-staff-bar" aria-label={t('kiosk.exit.staff')}>
        <span>{t('kiosk.staff.bar')}</span>
        <button type="button" onClick={() => setDrafts(true)}>
          {t('kiosk.staff.drafts')}
        </button>
        <button type="button" onClick={onEnd}>
          {t('kiosk.staff.end')}
        </button>
      </section>
      {drafts && <DraftsDialog onClose={() => setDrafts(false)} />}
    </>
  );
}
