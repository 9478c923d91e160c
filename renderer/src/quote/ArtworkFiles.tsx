import type { ArtworkFileNeed } from '../../../electron/domain/drafts/artwork';
import { type PrintLanguage, TEXT } from './text';

/** The artwork files the customer must bring to the workshop: name, SHA-256 and where each is printed. */
export function ArtworkFiles({ files, lang }: { files: readonly ArtworkFileNeed[]; lang: PrintLanguage }) {
  const t = TEXT[lang];
  return (
    <section className="artwork-files">
      <h2>{t.filesToSupply}</h2>
      <p className="note">{t.filesToSupplyNote}</p>
      <table>
        <thead>
          <tr>
            <th>{t.artwork}</th>
            <th>SHA-256</th>
            <th>{t.printedOn}</th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={`${f.ref}-${f.sha256 ?? ''}`}>
              <td className="mono">{f.ref}</td>
              <td className="mono hash">{f.sha256 ?? t.noHash}</td>
              <td>
                {f.uses
                  .map((u) =>
                    u.kind === 'zones'
                      ? `${u.zones.join(', ')} (${u.film})`
                      : `${t.decal} ${u.sizeMm[0]} × ${u.sizeMm[1]} mm (${u.film})`,
                  )
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
