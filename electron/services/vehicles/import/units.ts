import { LENGTH_NEEDED, refuse } from './errors';
import type { ImportReport, LengthUnit } from './types';

/** Metres per file unit, for the units car files come in. */
const UNITS: [LengthUnit, number][] = [
  ['m', 1],
  ['cm', 0.01],
  ['mm', 0.001],
  ['in', 0.0254],
  ['ft', 0.3048],
];

/** A real car is 3.0 to 6.5 m long (the ranges of the five units do not overlap). */
const PLAUSIBLE_M: [number, number] = [3.0, 6.5];

/** How the file's length becomes metres, and the length in millimetres with where it came from. */
export interface Scale {
  unit: ImportReport['unit'];
  lengthMm: ImportReport['lengthMm'];
}

/**
 * Finds the unit that makes the car 3.0–6.5 m long. A given length always wins (`from: 'given'` when the file had
 * a plausible length too, `'asked'` when it had none); with no plausible unit and no length given, refuses with
 * `import.lengthNeeded` so the page can ask for the length and call again.
 */
export function findScale(fileLength: number, lengthMm?: number): Scale {
  const found = UNITS.find(([, metres]) => {
    const m = fileLength * metres;
    return m >= PLAUSIBLE_M[0] && m <= PLAUSIBLE_M[1];
  });
  const detected = found ? found[0] : 'unknown';
  if (lengthMm !== undefined) {
    if (!(Number.isFinite(lengthMm) && lengthMm > 0))
      refuse('import.badLength', { lengthMm: String(lengthMm) });
    return {
      unit: { detected, scale: lengthMm / 1000 / fileLength },
      lengthMm: { value: Math.round(lengthMm), from: found ? 'given' : 'asked' },
    };
  }
  if (!found) refuse(LENGTH_NEEDED, { length: Number(fileLength.toPrecision(4)) });
  return {
    unit: { detected, scale: found[1] },
    lengthMm: { value: Math.round(fileLength * found[1] * 1000), from: 'file' },
  };
}
