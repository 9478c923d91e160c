import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Where the order-draft actions (save, PDF, QR) plug in; until they are wired the button says so. */
export function DraftSlot({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="draft-slot" data-slot="order-draft">
      {children ?? (
        <>
          <button
            type="button"
            className="primary-button wide-button"
            aria-disabled="true"
            aria-describedby="draft-note"
          >
            {t('draft.save')}
          </button>
          <p id="draft-note" className="section-hint">
            {t('draft.soon')}
          </p>
        </>
      )}
    </div>
  );
}
