import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { vehicleKindOf } from '../store/vehicle-slice';
import { stepsFor } from '../vehicles/steps';
import { stepHasChoice } from './step-progress';

/** The steps in buying order, as tabs (arrow keys move between them). */
export function StepRail() {
  const { t } = useTranslation();
  const step = useConfigurator((s) => s.step);
  const setStep = useConfigurator((s) => s.setStep);
  const configuration = useConfigurator((s) => s.configuration);
  const steps = stepsFor(useConfigurator(vehicleKindOf));
  const list = useRef<HTMLDivElement>(null);
  const onKey = (e: KeyboardEvent) => {
    const i = steps.indexOf(step);
    const delta =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? 1
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? -1
          : 0;
    if (delta === 0) return;
    e.preventDefault();
    const next = steps[(i + delta + steps.length) % steps.length]!;
    setStep(next);
    list.current?.querySelector<HTMLButtonElement>(`#step-${next}`)?.focus();
  };
  return (
    <div className="step-rail" role="tablist" aria-label={t('steps.label')} ref={list} onKeyDown={onKey}>
      {steps.map((s, i) => (
        <button
          key={s}
          id={`step-${s}`}
          type="button"
          role="tab"
          aria-selected={s === step}
          aria-controls={`panel-${s}`}
          tabIndex={s === step ? 0 : -1}
          onClick={() => setStep(s)}
        >
          <span
            className="step-number"
            aria-hidden="true"
            data-done={stepHasChoice(s, configuration) || undefined}
          >
            {i + 1}
          </span>
          <span className="step-label">{t(`steps.${s}`)}</span>
        </button>
      ))}
    </div>
  );
}
