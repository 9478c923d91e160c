import type { Configuration } from '@domain/configuration';
import { formatCny } from '@domain/pricing/money';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftsDialog, type OpenInto } from '../drafts/DraftsDialog';
import { loc } from '../panels/format';
import { useLanguage } from '../panels/hooks';
import { otherSlot, type Slot } from '../store/compare-slice';
import { useConfigurator } from '../store/store';
import { printSlotQuote } from './print-slot';

type PrintState = { busy: boolean; text: string | null; error: boolean };

/** One option (A or B): what it is, its total, and how to fill, show, edit and print it. */
export function SlotCard(props: {
  slot: Slot;
  configuration: Configuration | null;
  /** Order total, null when not priced (yet, while `pending`; or refused). */
  totalFen: number | null;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { slot, configuration } = props;
  const other = otherSlot(slot);
  const active = useConfigurator((s) => s.activeSlot === slot);
  const otherFilled = useConfigurator((s) => (s.activeSlot === other ? s.configuration : s.parked) !== null);
  const trims = useConfigurator((s) => s.catalog?.trims);
  const [dialog, setDialog] = useState(false);
  const [print, setPrint] = useState<PrintState>({ busy: false, text: null, error: false });
  const into: OpenInto = {
    label: t('sales.openInto', { slot }),
    open: (c) => useConfigurator.getState().fillSlot(slot, c),
  };
  const edit = () => {
    const s = useConfigurator.getState();
    if (s.showSlot(slot)) s.setWorkspace('configure');
  };
  const printQuote = async () => {
    if (print.busy) return;
    setPrint({ busy: true, text: t('sales.printing'), error: false });
    const r = await printSlotQuote(slot, language);
    setPrint(
      r.ok
        ? { busy: false, text: t('sales.printed', { id: r.id }), error: false }
        : { busy: false, text: t('sales.printFailed', { message: r.message }), error: true },
    );
  };
  const trim = trims?.find((x) => x.id === configuration?.trim);
  return (
    <section
      className="slot-card"
      data-slot={slot}
      data-on-stage={active || undefined}
      aria-label={t('sales.slot', { slot })}
    >
      <header className="slot-card-head">
        <span className="slot-letter" aria-hidden="true">
          {slot}
        </span>
        <div className="slot-card-title">
          <strong>{t('sales.slot', { slot })}</strong>
          <span className="slot-trim">
            {configuration && loc(trim?.name, language)}
            {active && <span className="slot-on-stage"> · {t('sales.onStage')}</span>}
          </span>
        </div>
        {configuration && (
          <strong className="slot-card-total" data-testid={`slot-total-${slot}`}>
            {props.totalFen !== null
              ? formatCny(props.totalFen)
              : props.pending
                ? '…'
                : t('sales.notApplicable')}
          </strong>
        )}
      </header>
      {!configuration && <p className="section-hint">{t('sales.empty', { slot, other })}</p>}
      <div className="slot-card-actions">
        {configuration && !active && (
          <button
            type="button"
            className="primary-button"
            onClick={() => useConfigurator.getState().showSlot(slot)}
          >
            {t('sales.show')}
          </button>
        )}
        {configuration && (
          <button type="button" className="quiet-button" onClick={edit}>
            {t('sales.edit')}
          </button>
        )}
        {otherFilled && (
          <button
            type="button"
            className="quiet-button"
            onClick={() => useConfigurator.getState().copySlot(other)}
          >
            {t('sales.copyFrom', { slot: other })}
          </button>
        )}
        <button type="button" className="quiet-button" aria-haspopup="dialog" onClick={() => setDialog(true)}>
          {t('sales.openDraft')}
        </button>
        {configuration && (
          <button
            type="button"
            className="quiet-button"
            aria-disabled={print.busy || undefined}
            onClick={() => void printQuote()}
          >
            {t('sales.print')}
          </button>
        )}
        {configuration && !active && (
          <button
            type="button"
            className="quiet-button"
            onClick={() => useConfigurator.getState().clearParked()}
          >
            {t('sales.clear')}
          </button>
        )}
      </div>
      {print.text && (
        <p className={print.error ? 'option-reason' : 'section-hint'} role={print.error ? 'alert' : 'status'}>
          {print.text}
        </p>
      )}
      {dialog && <DraftsDialog into={into} onClose={() => setDialog(false)} />}
    </section>
  );
}
