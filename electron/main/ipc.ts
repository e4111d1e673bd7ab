// The ONE place ipcMain is used (lint forbids it elsewhere): every API method of
// shared/api.ts is registered once, and every call is checked before anything runs: the
// sender must be the main window's top frame showing app://impartial, and the input must
// parse with the method's zod schema. Handlers answer Result values; nothing is thrown
// across IPC (a thrown Error would reach the renderer with its stack).
import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { methodNames, ipcChannel } from '../../shared/api.ts';
import { dispatch, isTrustedSender } from '../core/service/dispatch.ts';
import type { Handlers } from '../core/service/dispatch.ts';

export function registerApi(handlers: Handlers, mainWindow: () => BrowserWindow | undefined): void {
  for (const method of methodNames) {
    ipcMain.handle(ipcChannel(method), async (event: IpcMainInvokeEvent, input: unknown) => {
      let trusted = false;
      try {
        const window = mainWindow();
        const frame = event.senderFrame; // null once the frame has gone or navigated
        trusted = isTrustedSender({
          url: frame?.url,
          isMainFrame: frame !== null && frame.parent === null,
          isMainWindow: window !== undefined && !window.isDestroyed() && event.sender === window.webContents,
        });
      } catch {
        trusted = false;
      }
      if (!trusted) return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the Impartial window' } };
      return dispatch(handlers, method, input, (name, error) => console.error(`internal error in ${name}:`, error));
    });
  }
}
