import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { call } from '../api';
import { AttractLoop } from './AttractLoop';
import { StaffBar } from './StaffBar';
import { StaffExit } from './StaffExit';
import { useIdle } from './useIdle';
import './kiosk.css';

/** What the kiosk frame asks of the app around it. */
export interface KioskHooks {
  /** Clears every customer detail and unsaved choice (stores back to defaults). */
  endSession: () => void;
  /** Shows showcase look number `step` (cycling) with the turntable on. */
  showcase: (step: number) => void;
  /** Leaves the showcase: a fresh configuration, turntable off. */
  startSession: () => void;
}

/** Props of the kiosk frame. */
export interface KioskFrameProps {
  enabled: boolean;
  idleSeconds: number;
  hooks: KioskHooks;
  /** The app; `session` changes at every session end so customer-facing panels remount empty. */
  children: (session: number) => ReactNode;
}

/**
 * Kiosk mode around the app: after `idleSeconds` without input the session ends (everything the customer
 * entered is cleared, the customer's panels remount, a staff session ends) and the attract loop runs; the
 * first touch starts fresh.
 * With `enabled` false it only renders the app (same tree, so nothing remounts when settings arrive).
 */
export function KioskFrame({ enabled, idleSeconds, hooks, children }: KioskFrameProps) {
  const [attract, setAttract] = useState(true);
  const [session, setSession] = useState(0);
  const [staff, setStaff] = useState(false);
  // Back to customer use: main ends this screen's staff session and forgets the drafts its customer saved.
  const end = useCallback(() => {
    void call('kiosk:reset', {});
    hooks.endSession();
    setStaff(false);
    setSession((n) => n + 1);
    setAttract(true);
  }, [hooks]);
  useIdle(idleSeconds, end, enabled && !attract);
  useEffect(() => {
    if (!enabled) return;
    document.documentElement.dataset.kiosk = attract ? 'attract' : 'session';
    const block = (event: Event) => event.preventDefault();
    window.addEventListener('contextmenu', block);
    return () => window.removeEventListener('contextmenu', block);
  }, [attract, enabled]);
  const start = () => {
    hooks.startSession();
    setAttract(false);
  };
  const openStaff = () => {
    if (attract) start();
    setStaff(true);
  };
  return (
    <div className={enabled ? 'kiosk' : 'kiosk-off'} data-session={session}>
      {children(session)}
      {enabled && attract && <AttractLoop onShowcase={hooks.showcase} onStart={start} />}
      {enabled && staff && <StaffBar onEnd={end} />}
      {enabled && <StaffExit onStaff={openStaff} />}
    </div>
  );
}
