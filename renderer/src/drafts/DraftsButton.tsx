import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { DraftsDialog } from './DraftsDialog';
import './drafts.css';

/** The header button that opens the staff drafts list (hidden on an unattended kiosk: it shows customers). */
export function DraftsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const kiosk = useConfigurator((s) => s.appInfo?.kiosk ?? false);
  if (kiosk) return null;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="drafts-button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('drafts.open')}
      </button>
      {open && <DraftsDialog onClose={close} />}
    </>
  );
}
