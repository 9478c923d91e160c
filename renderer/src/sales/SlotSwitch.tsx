import { useTranslation } from 'react-i18next';
import type { Slot } from '../store/compare-slice';
import { useConfigurator } from '../store/store';

const SLOTS: readonly Slot[] = ['A', 'B'];

/**
 * The A/B badge on the stage: which option the car shows, and a tap switches it (instantly: the stage,
 * the configurator and undo/redo follow the slot). Shown to staff while comparing, never on a kiosk.
 */
export function SlotSwitch() {
  const { t } = useTranslation();
  const kiosk = useConfigurator((s) => s.appInfo?.kiosk ?? true);
  const active = useConfigurator((s) => s.activeSlot);
  const parked = useConfigurator((s) => s.parked !== null);
  const comparing = useConfigurator((s) => s.workspace === 'compare' || s.parked !== null);
  const showSlot = useConfigurator((s) => s.showSlot);
  if (kiosk || !comparing) return null;
  return (
    <fieldset className="slot-switch" aria-label={t('sales.switchLabel')} data-active-slot={active}>
      <span className="slot-switch-label">{t('sales.slot', { slot: active })}</span>
      {SLOTS.map((slot) => {
        const empty = slot !== active && !parked;
        return (
          <button
            key={slot}
            type="button"
            className="slot-switch-button"
            data-slot={slot}
            aria-pressed={slot === active}
            aria-label={t('sales.showSlot', { slot })}
            disabled={empty}
            onClick={() => showSlot(slot)}
          >
            {slot}
          </button>
        );
      })}
    </fieldset>
  );
}
