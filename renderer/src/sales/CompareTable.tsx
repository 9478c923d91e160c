import {
  type CompareCell,
  type CompareChoice,
  type CompareFigureId,
  type CompareRow,
  type Comparison,
  ESTIMATE_FIGURES,
} from '@domain/pricing/compare';
import { formatCny, formatCnyChange } from '@domain/pricing/money';
import { useTranslation } from 'react-i18next';
import { loc } from '../panels/format';
import { useLanguage } from '../panels/hooks';

function choiceText(c: CompareChoice, language: string, zones: (n: number) => string): string {
  const name = loc(c.name, language);
  return c.count !== undefined && c.count > 1 ? `${name} · ${zones(c.count)}` : name;
}

function Cell(props: { cell: CompareCell; testId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { cell } = props;
  const zones = (count: number) => t('sales.zones', { count });
  return (
    <td>
      <span className="compare-amount" data-testid={props.testId} data-fen={cell.amountFen}>
        {formatCny(cell.amountFen)}
      </span>
      <span className="compare-choices">
        {cell.choices.length === 0
          ? t('sales.none')
          : cell.choices
              .map((c) => choiceText(c, language, zones))
              .join(language.startsWith('zh') ? '、' : ', ')}
      </span>
    </td>
  );
}

/** Rows where neither option has anything (no choice, nothing to pay) stay out of the way. */
const shown = (row: CompareRow) =>
  row.a.choices.length + row.b.choices.length > 0 || row.a.amountFen !== 0 || row.b.amountFen !== 0;

const nullable = (fen: number | null, f: (n: number) => string) => (fen === null ? null : f(fen));

/** The A/B table: per category each option's choices and amount and B − A; the total; figures beside it. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const na = t('sales.notApplicable');
  const none = (id: CompareFigureId) => (ESTIMATE_FIGURES.includes(id) ? t('sales.noEstimate') : na);
  return (
    <table className="compare-table" aria-label={t('sales.table')}>
      <thead>
        <tr>
          <th scope="col">{t('sales.item')}</th>
          <th scope="col">{t('sales.slot', { slot: 'A' })}</th>
          <th scope="col">{t('sales.slot', { slot: 'B' })}</th>
          <th scope="col">{t('sales.difference')}</th>
        </tr>
      </thead>
      <tbody>
        {comparison.rows.filter(shown).map((row) => (
          <tr key={row.id} data-row={row.id} data-same={row.same || undefined}>
            <th scope="row">{t(`sales.rows.${row.id}`)}</th>
            <Cell cell={row.a} testId={`compare-a-${row.id}`} />
            <Cell cell={row.b} testId={`compare-b-${row.id}`} />
            <td
              className="compare-difference"
              data-fen={row.differenceFen}
              data-sign={Math.sign(row.differenceFen)}
            >
              {row.same ? t('sales.same') : formatCnyChange(row.differenceFen)}
            </td>
          </tr>
        ))}
      </tbody>
      <tbody className="compare-total">
        <tr data-row="total">
          <th scope="row">{t('sales.total')}</th>
          <td data-testid="compare-total-a" data-fen={comparison.total.aFen}>
            {formatCny(comparison.total.aFen)}
          </td>
          <td data-testid="compare-total-b" data-fen={comparison.total.bFen}>
            {formatCny(comparison.total.bFen)}
          </td>
          <td
            className="compare-difference"
            data-testid="compare-total-difference"
            data-fen={comparison.total.differenceFen}
            data-sign={Math.sign(comparison.total.differenceFen)}
          >
            {formatCnyChange(comparison.total.differenceFen)}
          </td>
        </tr>
      </tbody>
      <tbody className="compare-figures">
        <tr>
          <th scope="rowgroup" colSpan={4}>
            {t('sales.besides')}
          </th>
        </tr>
        {comparison.figures
          .filter((f) => f.aFen !== null || f.bFen !== null || ESTIMATE_FIGURES.includes(f.id))
          .map((f) => (
            <tr key={f.id} data-figure={f.id}>
              <th scope="row">{t(`sales.figures.${f.id}`)}</th>
              <td>{nullable(f.aFen, formatCny) ?? none(f.id)}</td>
              <td>{nullable(f.bFen, formatCny) ?? none(f.id)}</td>
              <td
                className="compare-difference"
                data-sign={f.differenceFen === null ? 0 : Math.sign(f.differenceFen)}
              >
                {nullable(f.differenceFen, formatCnyChange) ?? na}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
