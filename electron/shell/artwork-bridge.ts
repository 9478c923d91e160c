import { EVENT_CHANNEL } from '@contract/bridge';
import type { EventHub } from '@services/artwork/events';
import type { ArtworkDialogs } from '@services/artwork/service';
import type { BrowserWindow, Dialog, WebContents } from 'electron';

/** Extensions the open dialog offers (the header is checked afterwards anyway). */
export const IMAGE_FILTER = { name: 'PNG, JPEG, WebP', extensions: ['png', 'jpg', 'jpeg', 'webp'] };

/** Electron's open/save dialogs as the artwork service uses them, attached to our window when there is one. */
export function electronDialogs(dialog: Dialog, window: () => BrowserWindow | undefined): ArtworkDialogs {
  return {
    openImage: async () => {
      const options = { properties: ['openFile' as const], filters: [IMAGE_FILTER] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
    saveFile: async (defaultName, mime) => {
      const ext = defaultName.includes('.') ? defaultName.slice(defaultName.lastIndexOf('.') + 1) : '';
      const options = {
        defaultPath: defaultName,
        filters: ext ? [{ name: mime, extensions: [ext] }] : [],
      };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
  };
}

/** Sends every pushed event to our windows' pages on EVENT_CHANNEL; returns the unsubscribe. */
export function forwardEvents(events: EventHub, targets: () => Iterable<WebContents>): () => void {
  return events.subscribe((name, data) => {
    for (const contents of targets()) {
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, data);
    }
  });
}
