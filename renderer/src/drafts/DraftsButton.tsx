import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftsDialog } from './DraftsDialog';
import './drafts.css';

/** The header button that opens the staff drafts list. */
export function DraftsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className="drafts-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('drafts.open')}
      </button>
      {open && <DraftsDialog onClose={close} />}
    </>
  );
}
