import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Seconds each showcase configuration stays on the turntable. */
export const SHOWCASE_SECONDS = 6;

/** The attract loop: the car turns through showcase looks behind a "touch to start" prompt. */
export function AttractLoop({
  onShowcase,
  onStart,
}: {
  onShowcase: (step: number) => void;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    let step = 0;
    onShowcase(step);
    const timer = window.setInterval(() => {
      step += 1;
      onShowcase(step);
    }, SHOWCASE_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [onShowcase]);
  return (
    <button type="button" className="kiosk-attract" data-testid="attract-loop" onClick={onStart}>
      <span className="kiosk-attract-title">{t('kiosk.attractTitle')}</span>
      <span className="kiosk-attract-prompt">{t('kiosk.touchToStart')}</span>
    </button>
  );
}
