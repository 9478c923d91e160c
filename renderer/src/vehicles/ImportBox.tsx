import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT, readPicked } from './import-files';
import { cancelImport, closeImport, importVehicle, useVehicleImport } from './import-store';
import { LengthField } from './LengthField';
import { problemText } from './text';

/** Staff import: pick files or a folder, follow the progress bar, cancel; a refusal says why (and asks the length). */
export function ImportBox() {
  const { t } = useTranslation();
  const state = useVehicleImport();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [length, setLength] = useState('');
  const pick = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    await importVehicle(await readPicked(list));
    if (files.current) files.current.value = '';
    if (folder.current) folder.current.value = '';
  };
  const running = state.phase === 'running';
  return (
    <section className="vehicle-import" aria-labelledby="vehicle-import-title">
      <h3 id="vehicle-import-title">{t('vehicles.ui.importTitle')}</h3>
      <p className="section-hint">{t('vehicles.ui.importHint')}</p>
      <div className="vehicle-import-buttons">
        <button type="button" disabled={running} onClick={() => files.current?.click()}>
          {t('vehicles.ui.pickFiles')}
        </button>
        <button type="button" disabled={running} onClick={() => folder.current?.click()}>
          {t('vehicles.ui.pickFolder')}
        </button>
        <input
          ref={files}
          type="file"
          hidden
          multiple
          accept={IMPORT_ACCEPT}
          data-testid="vehicle-files"
          onChange={(e) => void pick(e.target.files)}
        />
        <input
          ref={folder}
          type="file"
          hidden
          data-testid="vehicle-folder"
          {...{ webkitdirectory: '' }}
          onChange={(e) => void pick(e.target.files)}
        />
      </div>
      {running && (
        <div className="vehicle-progress" role="status">
          <span>{t('vehicles.ui.importing', { files: state.label })}</span>
          <progress
            max={1}
            value={state.fraction}
            aria-label={t('vehicles.ui.stage', {
              stage: t(`vehicles.stages.${state.stage}`, { defaultValue: state.stage }),
            })}
          />
          <span>
            {t('vehicles.ui.stage', {
              stage: t(`vehicles.stages.${state.stage}`, { defaultValue: state.stage }),
            })}
          </span>
          <button type="button" onClick={cancelImport}>
            {t('vehicles.ui.cancelImport')}
          </button>
        </div>
      )}
      {state.phase === 'refused' && (
        <div className="vehicle-refused" role="alert">
          <p>{t('vehicles.ui.importFailed', { reason: problemText(t, state.problem) })}</p>
          {state.needsLength && (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void importVehicle(state.files, Number(length));
              }}
            >
              <LengthField value={length} onChange={setLength} />
              <button type="submit">{t('vehicles.ui.importWithLength')}</button>
            </form>
          )}
          <button type="button" onClick={closeImport}>
            {t('vehicles.ui.close')}
          </button>
        </div>
      )}
      {state.phase === 'done' && (
        <p className="vehicle-done" role="status">
          {t(state.duplicate ? 'vehicles.ui.duplicate' : 'vehicles.ui.imported', {
            name: state.summary.name,
          })}
        </p>
      )}
    </section>
  );
}
