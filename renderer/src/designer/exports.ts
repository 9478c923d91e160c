import { call, transport } from '../api';
import type { ScreenshotSize } from '../scene/screenshot';
import { useDesigner } from './designer-store';
import { base64ToBlob, blobToBase64, download } from './files';

/**
 * Saves a file: the native save dialog in Electron, a download on the local host. Resolves where it went
 * ('download' on the host, the path in Electron) or null when cancelled or refused (the message says why).
 */
export async function saveFile(fileName: string, mime: string, blob: Blob): Promise<string | null> {
  // The local host has no save dialog (file:save answers `unsupported` there): download straight away.
  if (transport() === 'http') {
    download(blob, fileName);
    return 'download';
  }
  const saved = await call('file:save', { fileName, mime, dataBase64: await blobToBase64(blob) });
  if (!saved.ok) {
    if (saved.error.code === 'unsupported') {
      download(blob, fileName);
      return 'download';
    }
    useDesigner.getState().say({
      tone: 'error',
      key: 'message.saveFailed',
      values: { name: fileName, reason: saved.error.message },
    });
    return null;
  }
  return 'cancelled' in saved.value ? null : saved.value.path;
}

/** Exports a zone's UV template (outline, millimetre grid, real size) as SVG or PNG. */
export async function exportTemplate(zone: string, format: 'svg' | 'png'): Promise<void> {
  const made = await call('artwork:template', { zone, format });
  const say = useDesigner.getState().say;
  if (!made.ok) {
    say({ tone: 'error', key: 'message.templateFailed', values: { zone, reason: made.error.message } });
    return;
  }
  const t = made.value;
  const where = await saveFile(t.fileName, t.mime, await base64ToBlob(t.dataBase64, t.mime));
  if (where)
    say({
      tone: 'info',
      key: 'message.templateSaved',
      values: { name: t.fileName, width: Math.round(t.widthMm), height: Math.round(t.heightMm) },
    });
}

/** Exports the current design as a PNG render at twice the stage's size or at 3840×2160. */
export async function exportRender(kind: ScreenshotSize): Promise<void> {
  const say = useDesigner.getState().say;
  const { sceneActions } = await import('../scene/SceneHooks');
  const shoot = sceneActions.screenshot;
  if (!shoot) {
    say({ tone: 'error', key: 'message.stageNotReady', values: {} });
    return;
  }
  const blob = await shoot(kind);
  const name = `design-${kind}-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.png`;
  const where = await saveFile(name, 'image/png', blob);
  if (where) say({ tone: 'info', key: 'message.renderSaved', values: { name } });
}
