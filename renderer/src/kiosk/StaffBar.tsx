import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftsDialog } from '../drafts/DraftsDialog';
import { useConfigurator } from '../store/store';
import { MissingPictures } from '../vehicles/MissingPictures';

/**
 * Shown while staff hold a kiosk staff session (opened with the PIN): the drafts list, making the library cars'
 * missing pictures, and the way back to customer use, which ends the session (main refuses customer data again)
 * and clears the screen.
 */
export function StaffBar({ onEnd }: { onEnd: () => void }) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState(false);
  // Pictures matter where the customer sees the vehicle tiles: the shop has more than one sound car.
  const tiles = useConfigurator((s) => (s.vehicles?.filter((v) => v.status === 'ok').length ?? 0) > 1);
  return (
    <>
      <section className="kiosk-staff-bar" aria-label={t('kiosk.exit.staff')}>
        <span>{t('kiosk.staff.bar')}</span>
        <button type="button" onClick={() => setDrafts(true)}>
          {t('kiosk.staff.drafts')}
        </button>
        {tiles && <MissingPictures />}
        <button type="button" onClick={onEnd}>
          {t('kiosk.staff.end')}
        </button>
      </section>
      {drafts && <DraftsDialog onClose={() => setDrafts(false)} />}
    </>
  );
}
