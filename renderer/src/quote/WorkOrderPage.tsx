import type { OrderDraft } from '@domain/drafts/schema';
import type { CutJob, WorkOrder } from '@domain/drafts/workorder';
import { ArtworkFiles } from './ArtworkFiles';
import { type PrintLanguage, pick, printDate, usePrintT, vehicleLabel } from './format';

/** The workshop's printable work order: cut list per zone, film to pull, parts to fit, hours. */
export function WorkOrderPage({
  order,
  draft,
  lang,
}: {
  order: WorkOrder;
  draft: OrderDraft;
  lang: PrintLanguage;
}) {
  const t = usePrintT(lang);
  return (
    <article className="sheet workorder">
      <header className="masthead">
        <div>
          <div className="store">{pick(order.store.name, lang)}</div>
          <div className="muted">
            {vehicleLabel({ ...order.vehicle, trim: order.vehicle.trimName }, lang, t('print.model'))}
          </div>
        </div>
        <div className="doc-title">
          <h1>{t('print.workOrder')}</h1>
          <dl className="meta">
            <dt>{t('print.draftId')}</dt>
            <dd className="mono">{order.draftId}</dd>
            <dt>{t('print.code')}</dt>
            <dd className="mono">{order.configurationCode}</dd>
            {order.pickup && (
              <>
                <dt>{t('print.pickupDate')}</dt>
                <dd>{printDate(order.pickup.date, lang)}</dd>
              </>
            )}
          </dl>
        </div>
      </header>
      {order.body && (
        <p className="body-area" data-testid="workorder-body">
          <strong>{t('print.bodyArea')}</strong> {order.body.areaM2.toFixed(2)} m²
          {order.body.films.map((f) => (
            <span key={f.item}>
              {' · '}
              <span className="mono">{f.sku}</span> {pick(f.name, lang)}
            </span>
          ))}
        </p>
      )}
      <p className="note">{t('print.roll')}</p>
      {[order.wrap, order.ppf, order.tint].map((jobs, i) =>
        jobs.length > 0 ? (
          <CutTable
            key={['wrap', 'ppf', 'tint'][i]}
            jobs={jobs}
            lang={lang}
            title={[t('print.cutList'), 'PPF', t('print.windowTint')][i]!}
          />
        ) : null,
      )}
      {order.films.length > 0 && (
        <section>
          <h2>{t('print.filmStock')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('print.sku')}</th>
                <th>{t('print.film')}</th>
                <th className="num">{t('print.area')}</th>
                <th className="num">{t('print.length')}</th>
              </tr>
            </thead>
            <tbody>
              {order.films.map((f) => (
                <tr key={f.item}>
                  <td className="mono">{f.sku}</td>
                  <td>{pick(f.name, lang)}</td>
                  <td className="num">{f.areaM2.toFixed(2)}</td>
                  <td className="num">{f.lengthM.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {order.fitting.length > 0 && (
        <section>
          <h2>{t('print.fitting')}</h2>
          <table>
            <tbody>
              {order.fitting.map((f) => (
                <tr key={`${f.package ?? ''}-${f.item}`}>
                  <td>{pick(f.name, lang)}</td>
                  <td className="num">
                    {f.hours} {t('print.hours')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {order.artworkFiles && order.artworkFiles.length > 0 && (
        <ArtworkFiles files={order.artworkFiles} lines={draft.quote.lines} lang={lang} />
      )}
      <section className="totals">
        <table>
          <tbody>
            <tr className="grand">
              <td>{t('print.totalHours')}</td>
              <td className="num">
                {order.labourHours.total} {t('print.hours')}
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <footer className="fineprint">
        {t('print.priceList')} {draft.priceList.version} · {order.draftId}
      </footer>
    </article>
  );
}

function CutTable({ jobs, lang, title }: { jobs: CutJob[]; lang: PrintLanguage; title: string }) {
  const t = usePrintT(lang);
  return (
    <section>
      <h2>{title}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('print.zone')}</th>
            <th>{t('print.sku')}</th>
            <th>{t('print.film')}</th>
            <th className="num">{t('print.area')}</th>
            <th className="num">{t('print.length')}</th>
            <th className="num">{t('print.labourHours')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={`${j.zone}-${j.item}`}>
              <td>{pick(j.zoneName, lang)}</td>
              <td className="mono">{j.sku}</td>
              <td>{pick(j.name, lang)}</td>
              <td className="num">{j.areaM2.toFixed(2)}</td>
              <td className="num">{j.lengthM.toFixed(1)}</td>
              <td className="num">{j.hours}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
