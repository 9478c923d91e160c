import { INVOKE_CHANNEL } from '@contract/bridge';
import { type ApiResult, fail } from '@contract/result';
import type { Dispatcher } from '@services/app/dispatch';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

/** Decides whether an IPC message comes from one of our windows showing our own page. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Origin of the packaged renderer (served by our custom protocol). */
export const APP_ORIGIN = 'app://bundle';

/** Accepts only frames of our windows whose URL is our own app origin. */
export function createSenderCheck(ourWebContentsIds: () => Iterable<number>): SenderCheck {
  return (event) => {
    const ids = new Set(ourWebContentsIds());
    if (!ids.has(event.sender.id)) return false;
    const url = event.senderFrame?.url ?? '';
    return url.startsWith(`${APP_ORIGIN}/`);
  };
}

/** Registers the single invoke handler: refuses foreign senders, then dispatches through the contract. */
export function setupIpc(ipcMain: IpcMain, dispatch: Dispatcher, isOurSender: SenderCheck): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    async (event, channel: unknown, payload: unknown): Promise<ApiResult<unknown>> => {
      if (!isOurSender(event)) {
        return fail('forbidden-sender', 'Refused: this request did not come from the configurator window.');
      }
      return dispatch(channel, payload, { transport: 'ipc', caller: `ipc:${event.sender.id}` });
    },
  );
}
