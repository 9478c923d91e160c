import { EVENT_CHANNEL } from '@contract/bridge';
import { createEventHub } from '@services/artwork/events';
import { electronDialogs, forwardEvents, IMAGE_FILTER } from '@shell/artwork-bridge';
import type { BrowserWindow, Dialog, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

const win = { id: 1 } as unknown as BrowserWindow;

describe('Electron artwork bridge', () => {
  it('opens a PNG/JPEG/WebP dialog on our window and returns the chosen path', async () => {
    const dialog = {
      showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: ['/d/logo.webp'] }),
    } as unknown as Dialog;
    expect(await electronDialogs(dialog, () => win).openImage()).toBe('/d/logo.webp');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(win, {
      properties: ['openFile'],
      filters: [IMAGE_FILTER],
    });
    expect(IMAGE_FILTER.extensions).toEqual(['png', 'jpg', 'jpeg', 'webp']);
  });

  it('treats a cancelled dialog as no answer', async () => {
    const dialog = {
      showOpenDialog: vi.fn().mockResolvedValue({ canceled: true, filePaths: [] }),
      showSaveDialog: vi.fn().mockResolvedValue({ canceled: true, filePath: '' }),
    } as unknown as Dialog;
    const dialogs = electronDialogs(dialog, () => undefined);
    expect(await dialogs.openImage()).toBeUndefined();
    expect(await dialogs.saveFile('hood.svg', 'image/svg+xml')).toBeUndefined();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({ properties: ['openFile'], filters: [IMAGE_FILTER] });
  });

  it('offers the file name and its extension in the save dialog', async () => {
    const dialog = {
      showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath: '/d/hood.png' }),
    } as unknown as Dialog;
    expect(await electronDialogs(dialog, () => win).saveFile('hood.png', 'image/png')).toBe('/d/hood.png');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(win, {
      defaultPath: 'hood.png',
      filters: [{ name: 'image/png', extensions: ['png'] }],
    });
  });

  it('sends pushed events to live windows on EVENT_CHANNEL only', () => {
    const events = createEventHub();
    const live = { isDestroyed: () => false, send: vi.fn() };
    const gone = { isDestroyed: () => true, send: vi.fn() };
    const stop = forwardEvents(events, () => [live, gone] as unknown as WebContents[]);
    events.publish('artwork:changed', { name: 'a.png', sha256: 'a'.repeat(64) });
    expect(live.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'artwork:changed', {
      name: 'a.png',
      sha256: 'a'.repeat(64),
    });
    expect(gone.send).not.toHaveBeenCalled();
    stop();
    events.publish('artwork:removed', { name: 'a.png' });
    expect(live.send).toHaveBeenCalledTimes(1);
  });
});
