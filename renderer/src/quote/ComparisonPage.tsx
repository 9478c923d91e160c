import {
  type CompareCell,
  type CompareFigureId,
  type CompareRow,
  ESTIMATE_FIGURES,
} from '@domain/pricing/compare';
import type { ComparisonSheet } from '@domain/pricing/compare-sheet';
import { formatCny, formatCnyChange } from '@domain/pricing/money';
import type { PrintLanguage } from './format';
import { pick, printDate, usePrintT, vehicleLabel } from './format';
import './comparison.css';

/** Rows neither option uses stay off the sheet, as on screen. */
const used = (row: CompareRow) =>
  row.a.choices.length + row.b.choices.length > 0 || row.a.amountFen !== 0 || row.b.amountFen !== 0;

/** Rows whose choices name an option on its picture's card: what the customer sees on the car. */
const LOOK_ROWS = ['wrap', 'ppf', 'tint', 'wheels'] as const;

/** The option's look in a few words per row ("Wrap: Satin Black"), from the same choices the table lists. */
function LookLines({ rows, side, lang }: { rows: CompareRow[]; side: 'a' | 'b'; lang: PrintLanguage }) {
  const t = usePrintT(lang);
  const lines = LOOK_ROWS.flatMap((id) => {
    const choices = rows.find((r) => r.id === id)?.[side].choices ?? [];
    if (choices.length === 0) return [];
    const names = [...new Set(choices.map((c) => pick(c.name, lang)))];
    const text = t('sales.sheet.lookLine', {
      row: t(`sales.rows.${id}`),
      choices: names.join(t('domain.list.separator')),
    });
    return [{ id, text }];
  });
  return (
    <ul className="look">
      {lines.map((l) => (
        <li key={l.id}>{l.text}</li>
      ))}
    </ul>
  );
}

function Cell({ cell, lang }: { cell: CompareCell; lang: PrintLanguage }) {
  const t = usePrintT(lang);
  const names = cell.choices.map((c) =>
    c.count !== undefined && c.count > 1
      ? `${pick(c.name, lang)} · ${t('sales.zones', { count: c.count })}`
      : pick(c.name, lang),
  );
  return (
    <td>
      <div className="num">{formatCny(cell.amountFen)}</div>
      <div className="choices">
        {names.length === 0 ? t('sales.none') : names.join(t('domain.list.separator'))}
      </div>
    </td>
  );
}

/** The sales comparison sheet: two options of one car by category, A, B and B − A, the totals, the figures beside them. */
export function ComparisonPage({
  sheet,
  pictures = {},
  lang,
}: {
  sheet: ComparisonSheet;
  /** Each option's car (PNG data URL, framed on the car); a side without one shows its card without a picture. */
  pictures?: { a?: string; b?: string };
  lang: PrintLanguage;
}) {
  const t = usePrintT(lang);
  const { comparison: c, options } = sheet;
  const diff = c.total.differenceFen;
  const headline = t(`sales.headline.${diff > 0 ? 'more' : diff < 0 ? 'less' : 'same'}`, {
    amount: formatCny(Math.abs(diff)),
  });
  // Estimates stay on the sheet even when neither side has one: it says "no estimate" rather than nothing.
  const figures = c.figures.filter(
    (f) => f.aFen !== null || f.bFen !== null || ESTIMATE_FIGURES.includes(f.id),
  );
  const maybe = (fen: number | null, f: (n: number) => string, id?: CompareFigureId) =>
    fen !== null
      ? f(fen)
      : id && ESTIMATE_FIGURES.includes(id)
        ? t('sales.noEstimate')
        : t('sales.notApplicable');
  return (
    <article className="sheet comparison">
      <header className="masthead">
        <div>
          <div className="store">{sheet.store ? pick(sheet.store.name, lang) : ''}</div>
          <div className="muted">{sheet.store ? pick(sheet.store.city, lang) : ''}</div>
        </div>
        <div className="doc-title">
          <h1>{t('sales.sheetTitle')}</h1>
          <dl className="meta">
            <dt>{t('sales.sheet.date')}</dt>
            <dd>{printDate(sheet.date, lang)}</dd>
          </dl>
        </div>
      </header>

      <section className="options">
        {(['a', 'b'] as const).map((side) => (
          <figure className="option" key={side} data-side={side}>
            {pictures[side] && (
              <img
                className="option-car"
                src={pictures[side]}
                alt={t('sales.sheet.pictureAlt', { slot: side.toUpperCase() })}
              />
            )}
            <figcaption>
              <div className="label">{t('sales.slot', { slot: side.toUpperCase() })}</div>
              <strong>
                {vehicleLabel({ name: options[side].vehicle, ...options[side] }, lang, t('print.model'))}
              </strong>
              <LookLines rows={c.rows} side={side} lang={lang} />
              <div className="big">{formatCny(side === 'a' ? c.total.aFen : c.total.bFen)}</div>
            </figcaption>
          </figure>
        ))}
        <p className="headline">{headline}</p>
      </section>

      <table className="compare">
        <colgroup>
          <col className="item" />
          <col />
          <col />
          <col className="difference" />
        </colgroup>
        <thead>
          <tr>
            <th>{t('sales.item')}</th>
            <th>{t('sales.slot', { slot: 'A' })}</th>
            <th>{t('sales.slot', { slot: 'B' })}</th>
            <th className="num">{t('sales.difference')}</th>
          </tr>
        </thead>
        <tbody className="rows">
          {c.rows.filter(used).map((row) => (
            <tr key={row.id}>
              <th>{t(`sales.rows.${row.id}`)}</th>
              <Cell cell={row.a} lang={lang} />
              <Cell cell={row.b} lang={lang} />
              <td className="num">{row.same ? t('sales.same') : formatCnyChange(row.differenceFen)}</td>
            </tr>
          ))}
        </tbody>
        <tbody className="total">
          <tr>
            <th>{t('sales.total')}</th>
            <td className="num">{formatCny(c.total.aFen)}</td>
            <td className="num">{formatCny(c.total.bFen)}</td>
            <td className="num">{formatCnyChange(diff)}</td>
          </tr>
        </tbody>
        {figures.length > 0 && (
          <tbody className="figures">
            <tr>
              <th colSpan={4}>{t('sales.besides')}</th>
            </tr>
            {figures.map((f) => (
              <tr key={f.id}>
                <th>{t(`sales.figures.${f.id}`)}</th>
                <td className="num">{maybe(f.aFen, formatCny, f.id)}</td>
                <td className="num">{maybe(f.bFen, formatCny, f.id)}</td>
                <td className="num">{maybe(f.differenceFen, formatCnyChange)}</td>
              </tr>
            ))}
          </tbody>
        )}
      </table>

      <footer className="fineprint">
        {(['a', 'b'] as const).map((side) => (
          <p key={side}>
            {t('sales.sheet.pricedAt', {
              slot: side.toUpperCase(),
              store: pick(options[side].store, lang),
              version: c.priced[side].priceListVersion,
            })}
          </p>
        ))}
        <p>{t('sales.sheet.fineprint')}</p>
      </footer>
    </article>
  );
}
