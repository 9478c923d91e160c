import { INVOKE_CHANNEL } from '@contract/bridge';
import { createDispatcher, type Handlers } from '@services/app/dispatch';
import { createSenderCheck, setupIpc } from '@shell/ipc';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** A stand-in for ipcMain that records the handler setupIpc registers. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, fn: Listener) => handlers.set(channel, fn),
  } as unknown as IpcMain;
  return { ipcMain, handlers };
}

const event = (senderId: number, url: string) =>
  ({ sender: { id: senderId }, senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

const handlers = {
  'app:info': () => ({
    name: 'n',
    version: '1',
    mode: 'sales',
    storeId: 's',
    language: 'en',
    runtime: 'electron',
    kiosk: false,
  }),
} as unknown as Handlers;

describe('IPC handler wrapper', () => {
  const { ipcMain, handlers: registered } = fakeIpcMain();
  setupIpc(
    ipcMain,
    createDispatcher(handlers),
    createSenderCheck(() => [7]),
  );
  const invoke = registered.get(INVOKE_CHANNEL)!;

  it('registers exactly one invoke channel', () => {
    expect([...registered.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it('answers our window on our origin', async () => {
    expect(await invoke(event(7, 'app://bundle/index.html'), 'app:info', {})).toMatchObject({ ok: true });
  });

  it('names the calling window to the handlers (a kiosk staff session is bound to it)', async () => {
    const seen: unknown[] = [];
    const { ipcMain: own, handlers: table } = fakeIpcMain();
    setupIpc(
      own,
      async (_channel, _payload, ctx) => {
        seen.push(ctx);
        return { ok: true, value: null };
      },
      createSenderCheck(() => [7]),
    );
    await table.get(INVOKE_CHANNEL)!(event(7, 'app://bundle/index.html'), 'app:info', {});
    expect(seen).toEqual([{ transport: 'ipc', caller: 'ipc:7' }]);
  });

  it('refuses a sender that is not our window', async () => {
    expect(await invoke(event(8, 'app://bundle/index.html'), 'app:info', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('refuses our window when it shows a foreign page', async () => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://bundle.evil/', '']) {
      expect(await invoke(event(7, url), 'app:info', {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });

  it('refuses a malformed payload with a typed error', async () => {
    expect(await invoke(event(7, 'app://bundle/'), 'app:info', [1, 2])).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });
});
