import { type ConfiguratorBridge, EVENT_CHANNEL, INVOKE_CHANNEL } from '@contract/bridge';
import { contextBridge, ipcRenderer } from 'electron';

/** The page's only door to main: invoke a contract channel, or listen to pushed events. */
const bridge: ConfiguratorBridge = {
  invoke: (channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, String(channel), payload),
  onEvent: (listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, name: unknown, data: unknown) =>
      listener(String(name), data);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('configurator', bridge);
