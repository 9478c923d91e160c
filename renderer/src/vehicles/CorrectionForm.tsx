import type { VehicleDetail } from '@contract/vehicle-contract';
import type { PartAssignment } from '@domain/vehicle/vehicle';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './library';
import { problemText } from './text';
import { correctionTargets, saveVehicleChange } from './vehicle-edit';

const PARTS: readonly PartAssignment['part'][] = ['paint', 'glass', 'wheel', 'none'];

/** Staff corrections: the saved ones, and a form to say a mesh or material is paint, glass, a wheel or none. */
export function CorrectionForm({ vehicle }: { vehicle: VehicleDetail }) {
  const { t } = useTranslation();
  const [targets, setTargets] = useState<{ kind: 'mesh' | 'material'; name: string }[]>([]);
  const [target, setTarget] = useState('');
  const [part, setPart] = useState<PartAssignment['part']>('paint');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void correctionTargets(vehicle.report.guesses.map((g) => g.target)).then(setTargets);
  }, [vehicle]);
  const label = (c: PartAssignment['target']) =>
    c.material !== undefined
      ? t('vehicles.ui.targetMaterial', { name: c.material })
      : t('vehicles.ui.targetMesh', { name: c.mesh });
  const save = async () => {
    const [kind, ...rest] = target.split(':');
    const name = rest.join(':');
    if (!name) return;
    const correction: PartAssignment = {
      target: kind === 'material' ? { material: name } : { mesh: name },
      part,
    };
    const p = await saveVehicleChange(vehicle.summary.id, {
      corrections: [...vehicle.corrections, correction],
    });
    setProblem(p);
    setSaved(p === null);
  };
  return (
    <section className="report-corrections">
      <h4>{t('vehicles.ui.corrections')}</h4>
      <p className="section-hint">{t('vehicles.ui.correctionsHint')}</p>
      {vehicle.corrections.length > 0 && (
        <ul aria-label={t('vehicles.ui.corrections')}>
          {vehicle.corrections.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: corrections are only appended.
            <li key={i}>
              {t('vehicles.ui.correctionLine', {
                target: label(c.target),
                part: t(`vehicles.parts.${c.part}`),
              })}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('vehicles.ui.target')}
          <select
            value={target}
            required
            onChange={(e) => setTarget(e.target.value)}
            data-testid="correction-target"
          >
            <option value="" />
            {targets.map((x) => (
              <option key={`${x.kind}:${x.name}`} value={`${x.kind}:${x.name}`}>
                {x.kind === 'material'
                  ? t('vehicles.ui.targetMaterial', { name: x.name })
                  : t('vehicles.ui.targetMesh', { name: x.name })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('vehicles.ui.part')}
          <select
            value={part}
            onChange={(e) => setPart(e.target.value as PartAssignment['part'])}
            data-testid="correction-part"
          >
            {PARTS.map((p) => (
              <option key={p} value={p}>
                {t(`vehicles.parts.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('vehicles.ui.addCorrection')}</button>
      </form>
      {saved && <p role="status">{t('vehicles.ui.correctionSaved')}</p>}
      {problem && (
        <p className="vehicle-error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
    </section>
  );
}
