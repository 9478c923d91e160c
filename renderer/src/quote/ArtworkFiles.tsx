import type { ArtworkFileNeed } from '@domain/drafts/artwork';
import type { DraftLine } from '@domain/drafts/quote-schema';
import { type PrintLanguage, pick, usePrintT, withoutZone } from './format';

/** Film and zone names as the priced lines print them ("定制数码打印膜（引擎盖）"); ids when a line is missing. */
function namesFrom(lines: readonly DraftLine[], lang: PrintLanguage) {
  const film = (id: string) => {
    const line = lines.find((l) => l.item === id && l.kind === 'material');
    return line ? pick(withoutZone(line.label), lang) : id;
  };
  const zone = (id: string) => {
    const line = lines.find((l) => l.zone === id && l.kind === 'material');
    const inner = line ? /[（(]([^（）()]*)[）)]$/.exec(pick(line.label, lang))?.[1] : undefined;
    return inner ?? id;
  };
  return { film, zone };
}

/** The artwork files the customer must bring to the workshop: name, SHA-256 and where each is printed. */
export function ArtworkFiles({
  files,
  lines,
  lang,
}: {
  files: readonly ArtworkFileNeed[];
  lines: readonly DraftLine[];
  lang: PrintLanguage;
}) {
  const t = usePrintT(lang);
  const name = namesFrom(lines, lang);
  const list = t('domain.list.separator');
  return (
    <section className="artwork-files">
      <h2>{t('print.filesToSupply')}</h2>
      <p className="note">{t('print.filesToSupplyNote')}</p>
      <table>
        <thead>
          <tr>
            <th>{t('print.artwork')}</th>
            <th>SHA-256</th>
            <th>{t('print.printedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={`${f.ref}-${f.sha256 ?? ''}`}>
              <td className="mono">{f.ref}</td>
              <td className="mono hash">{f.sha256 ?? t('print.noHash')}</td>
              <td>
                {f.uses
                  .map((u) =>
                    u.kind === 'zones'
                      ? `${u.zones.map(name.zone).join(list)} · ${name.film(u.film)}`
                      : `${t('print.decal')} ${u.sizeMm[0]} × ${u.sizeMm[1]} mm · ${name.film(u.film)}`,
                  )
                  .join(t('domain.list.sentences'))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
