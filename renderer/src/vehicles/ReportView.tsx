import type { Message } from '@domain/vehicle/vehicle';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { CorrectionForm } from './CorrectionForm';
import { LengthField } from './LengthField';
import type { Problem } from './library';
import { problemText, useVehicleName } from './text';
import { saveVehicleChange } from './vehicle-edit';

function Listed({ title, items }: { title: string; items: string[] }) {
  const { t } = useTranslation();
  return (
    <section className="report-list">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="section-hint">{t('vehicles.ui.none')}</p>
      ) : (
        <ul aria-label={title}>
          {items.map((text, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered.
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The import report of the library vehicle on stage: length (editable), repairs, dropped scenery, guesses, corrections. */
export function ReportView() {
  const { t } = useTranslation();
  const vehicle = useConfigurator((s) => s.vehicle);
  const nameOf = useVehicleName();
  const [length, setLength] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => setLength(String(Math.round(vehicle?.summary.lengthMm ?? 0))), [vehicle]);
  if (!vehicle) return null;
  const { summary, report } = vehicle;
  const say = (m: Message) => problemText(t, m);
  const saveLength = async () =>
    setProblem(await saveVehicleChange(summary.id, { lengthMm: Number(length) }));
  return (
    <section className="vehicle-report" aria-label={t('vehicles.ui.reportFor')} data-testid="vehicle-report">
      <h3>{t('vehicles.ui.reportTitle', { name: nameOf(summary) })}</h3>
      <form
        className="report-length"
        onSubmit={(e) => {
          e.preventDefault();
          void saveLength();
        }}
      >
        <LengthField value={length} onChange={setLength} testId="vehicle-length" />
        <span className="section-hint">{t(`vehicles.ui.lengthFrom.${report.lengthMm.from}`)}</span>
        <button type="submit">{t('vehicles.ui.saveLength')}</button>
      </form>
      {problem && (
        <p className="vehicle-error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
      <p className="section-hint">
        {t('vehicles.ui.unit', { unit: report.unit.detected, scale: report.unit.scale })}
      </p>
      <Listed title={t('vehicles.ui.repairs')} items={report.repairs.map(say)} />
      <Listed
        title={t('vehicles.ui.dropped')}
        items={report.dropped.map((d) =>
          t('vehicles.ui.droppedLine', { node: d.node, reason: say(d.reason) }),
        )}
      />
      <Listed
        title={t('vehicles.ui.guesses')}
        items={report.guesses.map((g) =>
          t('vehicles.ui.guessLine', {
            part: t(`vehicles.parts.${g.part}`),
            target: g.target,
            reason: say(g.reason),
          }),
        )}
      />
      <Listed title={t('vehicles.ui.warnings')} items={report.warnings.map(say)} />
      <CorrectionForm vehicle={vehicle} />
    </section>
  );
}
