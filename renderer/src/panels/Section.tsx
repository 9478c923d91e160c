import { type ReactNode, useId } from 'react';

/** A titled group of options inside a panel (a labelled region for assistive tech). */
export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {hint && <p className="section-hint">{hint}</p>}
      <div className="option-grid">{children}</div>
    </section>
  );
}
