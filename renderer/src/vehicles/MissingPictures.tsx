import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfigurator } from '../store/store';
import { lacksThumbnail } from './library';
import { problemText, useVehicleName } from './text';
import { makeMissingThumbnails, type ThumbnailProgress } from './thumbnail';

/**
 * Staff, one action: draws and saves the picture of every library car that has none (imported by the CLI or on
 * another machine, or its picture was deleted). In the Vehicles tab (with `remakeAll`: also every picture again)
 * and, on a kiosk, in the staff bar (main accepts `vehicle:thumbnail` there only in a staff session).
 */
export function MissingPictures({ remakeAll = false }: { remakeAll?: boolean }) {
  const { t } = useTranslation();
  const nameOf = useVehicleName();
  const vehicles = useConfigurator((s) => s.vehicles);
  const missing = vehicles?.filter((v) => v.status === 'ok' && lacksThumbnail(v)).length ?? 0;
  const [progress, setProgress] = useState<ThumbnailProgress | null>(null);
  const [running, setRunning] = useState(false);
  const sound = vehicles?.filter((v) => v.status === 'ok').length ?? 0;
  const run = async (which: 'missing' | 'all') => {
    setRunning(true);
    try {
      await makeMissingThumbnails(setProgress, which);
    } finally {
      setRunning(false);
    }
  };
  if (missing === 0 && !progress && !remakeAll) return null;
  const made = progress ? progress.done - progress.failed.length : 0;
  return (
    <div className="missing-pictures" data-testid="missing-pictures">
      {missing > 0 && (
        <button type="button" disabled={running} onClick={() => void run('missing')}>
          {t('vehicles.ui.makePictures', { n: missing })}
        </button>
      )}
      {remakeAll && (
        <button type="button" disabled={running || sound === 0} onClick={() => void run('all')}>
          {t('vehicles.ui.remakePictures', { n: sound })}
        </button>
      )}
      {progress && (
        <p role="status">
          {running
            ? t('vehicles.ui.makingPictures', { done: progress.done, total: progress.total })
            : t('vehicles.ui.picturesMade', { n: made })}
        </p>
      )}
      {progress && progress.failed.length > 0 && (
        <ul className="vehicle-error" role="alert">
          {progress.failed.map(({ id, problem }) => {
            const v = vehicles?.find((x) => x.id === id);
            return (
              <li key={id}>
                {t('vehicles.ui.pictureFailed', {
                  name: v ? nameOf(v) : id.slice(0, 12),
                  reason: problemText(t, problem),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
