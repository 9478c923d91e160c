import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';

/** How long staff hold the hidden corner before the PIN pad appears, ms. */
export const LONG_PRESS_MS = 3000;

/**
 * Hidden staff entry: a long press on the top-left corner opens a PIN pad; main checks the PIN. With the
 * right PIN, "staff mode" opens a staff session on this screen (`onStaff`), "quit" closes the app.
 */
export function StaffExit({ onStaff }: { onStaff: () => void }) {
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
  const submit = async (action: 'quit' | 'staff') => {
    const result = action === 'quit' ? await call('kiosk:exit', { pin }) : await call('kiosk:staff', { pin });
    setPin('');
    if (!result.ok) return setMessage(t('kiosk.exit.wrongPin'));
    const outcome = result.value.result;
    if (outcome === 'staff') {
      close();
      onStaff();
    } else if (outcome === 'exit') setMessage(t('kiosk.exit.closing'));
    else setMessage(t(`kiosk.exit.${outcome === 'wrong-pin' ? 'wrongPin' : outcome}`));
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
            <button type="button" disabled={pin.length < 4} onClick={() => void submit('staff')}>
              {t('kiosk.exit.staff')}
            </button>
            <button type="button" disabled={pin.length < 4} onClick={() => void submit('quit')}>
              {t('kiosk.exit.quit')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
