import type { Message } from '@domain/messages/message';
import { formatCny } from '@domain/pricing/money';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loc } from '../panels/format';
import { useLanguage } from '../panels/hooks';
import { PromotionEntry } from '../panels/PromotionEntry';
import { slotConfigurations } from '../store/compare-slice';
import { useConfigurator } from '../store/store';
import { CompareTable } from './CompareTable';
import { printComparisonSheet } from './print-sheet';
import { SlotCard } from './SlotCard';
import '../drafts/drafts.css';
import './sales.css';
import { useMessage } from '../i18n';

/** Sales: two configurations of the same car, switched on the one stage, with their price difference by category. */
export function ComparePanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const say = useMessage();
  const A = useConfigurator((s) => slotConfigurations(s).A);
  const B = useConfigurator((s) => slotConfigurations(s).B);
  const active = useConfigurator((s) => s.activeSlot);
  const answer = useConfigurator((s) => s.comparison);
  const error = useConfigurator((s) => s.comparisonError);
  const activeTotal = useConfigurator((s) => s.quote?.totalFen ?? null);
  const current = answer !== null && answer.a === A && answer.b === B ? answer.result : null;
  const comparison = current?.ok ? current.comparison : null;
  const pending = A !== null && B !== null && current === null && error === null;
  const totalOf = (slot: 'A' | 'B') =>
    comparison
      ? slot === 'A'
        ? comparison.total.aFen
        : comparison.total.bFen
      : slot === active
        ? activeTotal
        : null;
  const reasons = (list: { message: Message }[] | undefined) =>
    (list ?? []).map((r) => say(r.message)).join(t('domain.list.sentences'));
  const stores = useConfigurator((s) => s.catalog?.stores);
  const stamp = (p: { date: string; priceListVersion: string; store: string }) =>
    t('sales.pricedAt', {
      date: p.date,
      version: p.priceListVersion,
      store: loc(stores?.find((x) => x.id === p.store)?.name, language) || p.store,
    });
  const diff = comparison?.total.differenceFen ?? 0;
  const headline = comparison
    ? t(diff > 0 ? 'sales.headline.more' : diff < 0 ? 'sales.headline.less' : 'sales.headline.same', {
        amount: formatCny(Math.abs(diff)),
      })
    : null;
  const [sheet, setSheet] = useState<{ busy: boolean; text: string | null; error: boolean }>({
    busy: false,
    text: null,
    error: false,
  });
  const printSheet = async () => {
    if (sheet.busy || !A || !B) return;
    setSheet({ busy: true, text: t('sales.sheet.saving'), error: false });
    const r = await printComparisonSheet(A, B, language);
    setSheet(
      r.ok
        ? { busy: false, text: t('sales.sheet.saved'), error: false }
        : { busy: false, text: t('sales.sheet.failed', { message: r.message }), error: true },
    );
  };
  return (
    <aside
      className="workspace-panel compare-panel"
      aria-label={t('sales.title')}
      data-testid="compare-panel"
    >
      <header className="compare-head">
        <h2>
          <span className="compare-print-only">{t('sales.sheetTitle')}</span>
          <span className="compare-screen-only">{t('sales.title')}</span>
        </h2>
        {comparison && (
          <button
            type="button"
            className="quiet-button compare-screen-only"
            aria-disabled={sheet.busy || undefined}
            onClick={() => void printSheet()}
          >
            {t('sales.printSheet')}
          </button>
        )}
      </header>
      {sheet.text && (
        <p
          className={`${sheet.error ? 'option-reason' : 'section-hint'} compare-screen-only`}
          role={sheet.error ? 'alert' : 'status'}
          data-testid="compare-sheet-status"
        >
          {sheet.text}
        </p>
      )}
      <p className="section-hint compare-screen-only">{t('sales.hint')}</p>
      {headline && (
        <p className="compare-headline" data-testid="compare-headline" data-sign={Math.sign(diff)}>
          {headline}
        </p>
      )}
      <div className="slot-cards compare-screen-only">
        <SlotCard slot="A" configuration={A} totalFen={totalOf('A')} pending={pending} />
        <SlotCard slot="B" configuration={B} totalFen={totalOf('B')} pending={pending} />
      </div>
      {pending && (
        <p className="section-hint" role="status">
          {t('sales.computing')}
        </p>
      )}
      {error && (
        <p className="option-reason" role="alert">
          {t('sales.failed', { message: error })}
        </p>
      )}
      {current && !current.ok && (
        <div role="alert">
          {(['a', 'b'] as const)
            .filter((side) => current.refused[side])
            .map((side) => (
              <p key={side} className="option-reason">
                {t('sales.refused', { slot: side.toUpperCase(), reasons: reasons(current.refused[side]) })}
              </p>
            ))}
        </div>
      )}
      {!(A && B) && <p className="section-hint">{t('sales.needBoth')}</p>}
      {comparison && (
        <>
          <CompareTable comparison={comparison} />
          <p className="section-hint compare-priced">
            A: {stamp(comparison.priced.a)}
            <br />
            B: {stamp(comparison.priced.b)}
          </p>
        </>
      )}
      <div className="compare-promotions compare-screen-only">
        <p className="compare-promotions-for">{t('sales.promotionsFor', { slot: active })}</p>
        <PromotionEntry />
      </div>
    </aside>
  );
}
