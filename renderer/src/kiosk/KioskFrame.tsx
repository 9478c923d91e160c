import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { AttractLoop } from './AttractLoop';
import { StaffExit } from './StaffExit';
import { useIdle } from './useIdle';
import './kiosk.css';

/** What the kiosk frame asks of the app around it. */
export interface KioskHooks {
  /** Clears every customer detail and unsaved choice (stores back to defaults). */
  endSession: () => void;
  /** Shows showcase look number `step` (cycling) with the turntable on. */
  showcase: (step: number) => void;
  /** Leaves the showcase: default look, turntable off. */
  startSession: () => void;
}

/**
 * Kiosk mode around the app: after `idleSeconds` without input the session ends (everything the customer
 * entered is cleared, the app tree is remounted) and the attract loop runs; the first touch starts fresh.
 */
export function KioskFrame({
  idleSeconds,
  hooks,
  children,
}: {
  idleSeconds: number;
  hooks: KioskHooks;
  children: ReactNode;
}) {
  const [attract, setAttract] = useState(true);
  const [session, setSession] = useState(0);
  const end = useCallback(() => {
    hooks.endSession();
    setSession((n) => n + 1);
    setAttract(true);
  }, [hooks]);
  useIdle(idleSeconds, end, !attract);
  useEffect(() => {
    document.documentElement.dataset.kiosk = attract ? 'attract' : 'session';
    const block = (event: Event) => event.preventDefault();
    window.addEventListener('contextmenu', block);
    return () => window.removeEventListener('contextmenu', block);
  }, [attract]);
  const start = () => {
    hooks.startSession();
    setAttract(false);
  };
  return (
    <div className="kiosk" data-session={session}>
      <div key={session} className="kiosk-app">
        {children}
      </div>
      {attract && <AttractLoop onShowcase={hooks.showcase} onStart={start} />}
      <StaffExit />
    </div>
  );
}
