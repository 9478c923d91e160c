import type { OrderDraft } from '@domain/drafts/schema';
import { formatCny } from '@domain/pricing/money';
import { type PrintLanguage, usePrintT } from './format';
import { groupCode } from './group';

/** The box beside the car: total, deposit, battery fee, and the QR of the configuration code. */
export function Summary({ draft, qrSvg, lang }: { draft: OrderDraft; qrSvg: string; lang: PrintLanguage }) {
  const t = usePrintT(lang);
  const q = draft.quote;
  const qr = `data:image/svg+xml;base64,${btoa(qrSvg)}`;
  return (
    <aside className="summary">
      <div className="label">{t('print.total')}</div>
      <div className="big">{formatCny(q.totalFen)}</div>
      {q.depositFen > 0 && (
        <div className="row">
          <span>{t('print.deposit')}</span>
          <span>{formatCny(q.depositFen)}</span>
        </div>
      )}
      {q.battery?.monthlyFeeFen !== undefined && (
        <div className="row">
          <span>{t('print.batteryMonthly')}</span>
          <span className="nowrap">
            {formatCny(q.battery!.monthlyFeeFen)}
            {t('print.perMonth')}
          </span>
        </div>
      )}
      {q.financing && (
        <div className="row">
          <span>{t('print.monthly')}</span>
          <span className="nowrap">
            {formatCny(q.financing.monthlyPaymentFen)} × {q.financing.termMonths}
          </span>
        </div>
      )}
      <div className="qr">
        <img src={qr} alt={t('print.code')} />
        <div>
          <div className="label">{t('print.code')}</div>
          <div className="code mono">{groupCode(draft.configurationCode)}</div>
          <div className="note">{t('print.scan')}</div>
        </div>
      </div>
    </aside>
  );
}
