// The single application window. Every web preference that widens what the page can do is
// spelled out as off, so a future default change in Electron cannot turn it on silently.
import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_URL } from './protocol.ts';

/** `icon`: the window's icon on Windows and Linux (macOS shows the app bundle's icon). */
export function createMainWindow(preloadDir: string, icon: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Impartial',
    icon,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // A middle click on a link would otherwise open it in a new window (auxclick).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}
