import { call } from './api';

/** Most errors the page reports to main per minute (a render loop error must not flood the log). */
const MAX_PER_MINUTE = 20;

/** Sends uncaught page errors and rejected promises to main's log file (no personal data in messages). */
export function reportErrorsToMain(): void {
  let windowStart = Date.now();
  let sent = 0;
  const report = (message: string, source: string) => {
    const now = Date.now();
    if (now - windowStart > 60_000) {
      windowStart = now;
      sent = 0;
    }
    if (sent >= MAX_PER_MINUTE) return;
    sent += 1;
    void call('log:report', {
      level: 'error',
      message: message.slice(0, 4000),
      source: source.slice(0, 200),
    });
  };
  window.addEventListener('error', (event) => {
    report(`${event.message} at ${event.filename}:${event.lineno}:${event.colno}`, 'window.onerror');
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason =
      event.reason instanceof Error ? (event.reason.stack ?? event.reason.message) : String(event.reason);
    report(reason, 'unhandledrejection');
  });
}
