import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/** How long staff hold the hidden corner before the PIN pad appears, ms. */
export const LONG_PRESS_MS = 3000;

/** Hidden staff exit: a long press on the top-left corner opens a PIN pad; main checks the PIN. */
export function StaffExit() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const press = () => {
    timer.current = window.setTimeout(() => setOpen(true), LONG_PRESS_MS);
  };
  const release = () => window.clearTimeout(timer.current);
  const close = () => {
    setOpen(false);
    setPin('');
    setMessage(null);
  };
  const submit = async () => {
    const result = await call('kiosk:exit', { pin });
    setPin('');
    if (!result.ok) setMessage(t('kiosk.exit.wrongPin'));
    else if (result.value.result === 'exit') setMessage(t('kiosk.exit.closing'));
    else
      setMessage(t(`kiosk.exit.${result.value.result === 'wrong-pin' ? 'wrongPin' : result.value.result}`));
  };
  return (
    <>
      <div
        className="kiosk-exit-corner"
        aria-hidden="true"
        onPointerDown={press}
        onPointerUp={release}
        onPointerLeave={release}
      />
      {open && (
        <div className="kiosk-exit" role="dialog" aria-modal="true" aria-label={t('kiosk.exit.title')}>
          <h2>{t('kiosk.exit.title')}</h2>
          <output aria-label={t('kiosk.exit.pin')}>{'•'.repeat(pin.length) || ' '}</output>
          <div className="kiosk-pinpad">
            {['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((digit) => (
              <button
                key={digit}
                type="button"
                onClick={() => setPin((p) => (p.length < 12 ? p + digit : p))}
              >
                {digit}
              </button>
            ))}
          </div>
          {message && <p role="alert">{message}</p>}
          <div className="kiosk-exit-actions">
            <button type="button" onClick={close}>
              {t('kiosk.exit.cancel')}
            </button>
            <button type="button" disabled={pin.length < 4} onClick={() => void submit()}>
              {t('kiosk.exit.confirm')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
