import type { ReactNode } from 'react';
import { DraftSave } from './DraftSave';

/** Where the order-draft actions plug in (the drafts work may pass its own); by default: save, code, QR, PDF. */
export function DraftSlot({ children }: { children?: ReactNode }) {
  return (
    <div className="draft-slot" data-slot="order-draft">
      {children ?? <DraftSave />}
    </div>
  );
}
