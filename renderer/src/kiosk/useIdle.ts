import { useEffect, useRef } from 'react';

/** Input that counts as a customer being there. */
const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onIdle` once after `seconds` without any touch, pointer, wheel or key input; re-arms on input. */
export function useIdle(seconds: number, onIdle: () => void, enabled = true): void {
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(() => callback.current(), seconds * 1000);
    const rearm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => callback.current(), seconds * 1000);
    };
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, rearm, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, rearm, { capture: true });
    };
  }, [seconds, enabled]);
}
