/** One figure of `npm run bench`: what was measured, its budget, and whether it met it. */
export interface BenchRow {
  name: string;
  /** The measured value; null when it cannot be measured on this machine (see note). */
  value: number | null;
  unit: string;
  /** The budget: a number (value must be ≤ it) or a text such as "= 0". */
  budget: number | string;
  /** null = not measurable here (the note says why). */
  pass: boolean | null;
  note?: string;
}
