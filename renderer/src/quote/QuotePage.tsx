import type { ResponseOf } from '@contract/contract';
import { Fragment } from 'react';

type Localized = { zh: string; en: string };

import { maskMobile } from '@domain/drafts/customer';
import { formatCny } from '@domain/pricing/money';
import { ArtworkFiles } from './ArtworkFiles';
import { type PrintLanguage, pick, printDate, usePrintT, vehicleLabel, withoutZone } from './format';
import { groupLines, type PrintRow, type PrintSection, packageNamesOf } from './group';
import { Summary } from './Summary';

/** The customer's quote: header, the car, itemised lines by category, promotions, totals, financing, QR. */
export function QuotePage({ data, lang }: { data: ResponseOf<'draft:get'>; lang: PrintLanguage }) {
  const { draft } = data;
  const t = usePrintT(lang);
  const q = draft.quote;
  const sections = groupLines(q.lines, (_id, label) => withoutZone(label));
  const promotionLines = q.lines.filter((l) => l.kind === 'discount');
  const packages = packageNamesOf(q.lines);
  return (
    <article className="sheet">
      <header className="masthead">
        <div>
          <div className="store">{pick(draft.store.name, lang)}</div>
          <div className="muted">{pick(draft.store.city, lang)}</div>
        </div>
        <div className="doc-title">
          <h1>{t('print.quote')}</h1>
          <dl className="meta">
            <dt>{t('print.draftId')}</dt>
            <dd className="mono">{draft.id}</dd>
            <dt>{t('print.date')}</dt>
            <dd>{printDate(q.date, lang)}</dd>
            <dt>{t('print.validUntil')}</dt>
            <dd>{printDate(draft.validUntil, lang)}</dd>
          </dl>
        </div>
      </header>

      <section className="hero">
        <figure className="car">
          {data.carImage ? (
            <img src={data.carImage} alt={pick(draft.vehicle.name, lang)} />
          ) : (
            <div className="car-missing" />
          )}
          <figcaption>
            <strong data-testid="quote-vehicle">
              {vehicleLabel({ ...draft.vehicle, trim: draft.vehicle.trimName }, lang, t('print.model'))}
            </strong>
            {draft.vehicle.kind === 'service' && <div className="muted">{t('print.serviceJob')}</div>}
          </figcaption>
        </figure>
        <Summary draft={draft} qrSvg={data.qrSvg} lang={lang} />
      </section>

      <section className="items">
        <h2>{t('print.items')}</h2>
        <table>
          <tbody>
            {sections.map((s) => (
              <SectionRows key={s.category} section={s} lang={lang} packageNames={packages} />
            ))}
          </tbody>
        </table>
      </section>

      {promotionLines.length > 0 && (
        <section className="promotions">
          <h2>{t('print.promotions')}</h2>
          <table>
            <tbody>
              {promotionLines.map((l) => (
                <tr key={`${l.item}-${l.category}`}>
                  <td>{pick(l.label, lang)}</td>
                  <td className="num">{formatCny(l.amountFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section className="totals">
        <table>
          <tbody>
            <tr>
              <td>{t('print.subtotal')}</td>
              <td className="num">{formatCny(q.subtotalFen)}</td>
            </tr>
            {q.promotionDiscountFen > 0 && (
              <tr>
                <td>{t('print.promotionTotal')}</td>
                <td className="num">{formatCny(-q.promotionDiscountFen)}</td>
              </tr>
            )}
            <tr className="grand">
              <td>{t('print.orderTotal')}</td>
              <td className="num">{formatCny(q.totalFen)}</td>
            </tr>
            {q.depositFen > 0 && (
              <tr>
                <td>{t('print.deposit')}</td>
                <td className="num">{formatCny(q.depositFen)}</td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      <section className="side-by-side">
        {q.financing && (
          <div className="box">
            <h2>{t('print.financing')}</h2>
            <dl className="pairs">
              <dt>
                {t('print.downPayment')} ({q.financing.downPaymentPercent}%)
              </dt>
              <dd>{formatCny(q.financing.downPaymentFen)}</dd>
              <dt>{t('print.principal')}</dt>
              <dd>{formatCny(q.financing.principalFen)}</dd>
              <dt>
                {t('print.monthly')} × {q.financing.termMonths} {t('print.months')} ({q.financing.aprPercent}%
                APR)
              </dt>
              <dd>{formatCny(q.financing.monthlyPaymentFen)}</dd>
              <dt>{t('print.interest')}</dt>
              <dd>{formatCny(q.financing.totalInterestFen)}</dd>
              <dt>{t('print.totalPayable')}</dt>
              <dd>{formatCny(q.financing.totalPayableFen)}</dd>
            </dl>
          </div>
        )}
        <div className="box">
          <h2>{t('print.onTheRoad')}</h2>
          <dl className="pairs">
            <dt>{t('print.orderTotal')}</dt>
            <dd>{formatCny(q.totalFen)}</dd>
            <dt>
              {q.purchaseTax.status === 'estimated' ? t('print.purchaseTax') : t('print.taxNotEstimated')}
            </dt>
            <dd>{q.purchaseTax.status === 'estimated' ? formatCny(q.purchaseTax.taxFen) : '—'}</dd>
            <dt className="strong">{t('print.onTheRoad')}</dt>
            <dd className="strong">
              {q.onTheRoadFen === null ? t('print.noEstimate') : formatCny(q.onTheRoadFen)}
            </dd>
          </dl>
          <p className="note">{t('print.onTheRoadNote')}</p>
        </div>
      </section>

      {(draft.pickup || draft.customer) && (
        <section className="people">
          {draft.customer && (
            <div>
              <span className="muted">{t('print.customer')}：</span>
              {draft.customer.name ?? ''} {draft.customer.mobile ? maskMobile(draft.customer.mobile) : ''}
            </div>
          )}
          {draft.pickup && (
            <div>
              <span className="muted">{t('print.pickup')}：</span>
              {pick(draft.pickup.store.name, lang)} · <span className="muted">{t('print.pickupDate')}：</span>
              {printDate(draft.pickup.date, lang)}
            </div>
          )}
        </section>
      )}

      {draft.artworkFiles && draft.artworkFiles.length > 0 && (
        <ArtworkFiles files={draft.artworkFiles} lines={draft.quote.lines} lang={lang} />
      )}

      <footer className="fineprint">
        {t('print.fineprint')} {t('print.priceList')} {draft.priceList.version} · {draft.id} ·{' '}
        {draft.priceList.catalogHash.slice(0, 12)}
      </footer>
    </article>
  );
}

function SectionRows({
  section,
  lang,
  packageNames,
}: {
  section: PrintSection;
  lang: PrintLanguage;
  packageNames: Map<string, Localized>;
}) {
  return (
    <>
      <tr className="cat">
        <th colSpan={2}>{pick(section.title, lang)}</th>
        <th className="num">{formatCny(section.subtotalFen)}</th>
      </tr>
      {section.rows.map((r, i) => (
        <Fragment key={r.key}>
          <PackageHeader row={r} previous={section.rows[i - 1]} names={packageNames} lang={lang} />
          <ItemRow row={r} lang={lang} />
        </Fragment>
      ))}
    </>
  );
}

function ItemRow({ row: r, lang }: { row: PrintRow; lang: PrintLanguage }) {
  const t = usePrintT(lang);
  return (
    <tr className={r.package ? 'in-package' : undefined}>
      <td>{pick(r.label, lang)}</td>
      <td className="detail">
        {r.zones > 0 && `${r.zones} ${t('print.zones')} · ${r.areaM2} m²`}
        {r.zones > 0 && r.hours > 0 && ' · '}
        {r.hours > 0 &&
          `${r.zones > 0 ? t('print.labour') : t('print.included')} ${r.hours} ${t('print.hours')}`}
      </td>
      <td className="num">{formatCny(r.amountFen)}</td>
    </tr>
  );
}

/** A package's name above its first item. */
function PackageHeader({
  row,
  previous,
  names,
  lang,
}: {
  row: PrintRow;
  previous?: PrintRow;
  names: Map<string, Localized>;
  lang: PrintLanguage;
}) {
  if (!row.package || previous?.package === row.package) return null;
  const name = names.get(row.package);
  return (
    <tr className="package">
      <td colSpan={3}>{name ? pick(name, lang) : row.package}</td>
    </tr>
  );
}
