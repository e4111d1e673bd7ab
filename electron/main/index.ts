// The Electron entry: one instance, one window, the app:// protocol, the security policy,
// the menu, the power events, and the service behind the IPC wrapper. It is the only code
// (with the preload) that imports 'electron'; everything the app does lives in electron/core.
import { app } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createService } from '../core/service/service.ts';
import type { Service } from '../core/service/service.ts';
import { casefileStore } from '../core/service/casefile-store.ts';
import { eventChannel } from '../../shared/api.ts';
import type { ImpartialEvent } from '../../shared/api.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { applySecurityPolicy } from './security.ts';
import { createMainWindow } from './window.ts';
import { registerApi } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { lockOnSleep } from './power.ts';
import { noteOpened, readRecent } from './recent.ts';
import { defaultBackupFolder, loadSettings, saveSettings } from './settings.ts';
import { openKeychain } from './keychain.ts';
import { setUpSpellChecker } from './spellcheck.ts';
import * as dialogs from './dialogs.ts';

// Built layout: out/main/index.js beside out/main/job-worker.js, out/preload, out/renderer.
const outDir = join(import.meta.dirname, '..');

// Chromium's --user-data-dir, honoured explicitly (before the single-instance lock, which
// is per userData folder) so that a test or a second profile is fully separate.
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', userDataDir);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Every renderer sandboxed, whatever a future window's options say.
  app.enableSandbox();
  registerAppScheme();
  let mainWindow: BrowserWindow | undefined;
  let service: Service | undefined;
  const current = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined);
  const send = (event: ImpartialEvent) => current()?.webContents.send(eventChannel, event);

  // A .casefile opened from the OS (double-click, "Open with", a second launch with a path):
  // the path comes from the OS, not the page; the renderer gets a fileId and shows the unlock
  // screen. Paths arriving before the window is ready wait for it.
  let pendingPath: string | undefined;
  const casefileIn = (argv: readonly string[]) => argv.slice(1).find((a) => a.toLowerCase().endsWith('.casefile') && !a.startsWith('-'));
  const openFromOs = (path: string | undefined) => {
    if (!path) return;
    const window = current();
    if (!service || !window || window.webContents.isLoading()) {
      pendingPath = path;
      return;
    }
    send({ type: 'menu', command: 'open-recent', fileId: service.fileIdOf(path) });
  };
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });
  app.on('second-instance', (_event, argv) => {
    const window = current();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    openFromOs(casefileIn(argv));
  });

  app.whenReady().then(async () => {
    applySecurityPolicy();
    // Packaged: assets/dictionaries is an extraResource, like the fonts.
    setUpSpellChecker(join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'assets', 'dictionaries'), app.getPath('userData'));
    serveRenderer(join(outDir, 'renderer'));
    const keychain = openKeychain();
    service = await createService({
      store: casefileStore,
      jobWorker: pathToFileURL(join(outDir, 'main', 'job-worker.js')),
      // Packaged: templates/ and assets/fonts are extraResources; otherwise the project folder.
      resources: app.isPackaged
        ? { templatesDir: join(process.resourcesPath, 'templates'), fontsDir: join(process.resourcesPath, 'assets', 'fonts') }
        : { templatesDir: join(app.getAppPath(), 'templates'), fontsDir: join(app.getAppPath(), 'assets', 'fonts') },
      host: {
        kind: 'electron',
        version: app.getVersion(),
        nativeDialogs: true,
        knownCasefiles: async () => readRecent(),
        chooseCasefileToOpen: () => dialogs.chooseCasefileToOpen(current()),
        chooseNewCasefilePath: (title) => dialogs.chooseNewCasefilePath(current(), title),
        chooseInterchangeFile: () => dialogs.chooseInterchangeFile(current()),
        deliverDocument: (fileName, bytes) => dialogs.saveDocument(current(), fileName, bytes),
        chooseEvidenceFile: () => dialogs.chooseEvidenceFile(current()),
        deliverEvidenceFile: (fileName, _mediaType, bytes) => dialogs.saveEvidenceFile(current(), fileName, bytes),
        opened: (path) => {
          noteOpened(path);
          rebuildMenu();
        },
        emit: send,
        ...(keychain ? { keychain } : {}),
        loadSettings,
        saveSettings,
        defaultBackupFolder: defaultBackupFolder(),
        chooseBackupFolder: () => dialogs.chooseBackupFolder(current()),
        log: (message) => console.error(message),
      },
    });
    const ready = service;
    const rebuildMenu = () => buildMenu({ send, lockAll: ready.lockAll, recent: readRecent, fileIdOf: ready.fileIdOf });
    registerApi(ready.handlers, current);
    rebuildMenu();
    lockOnSleep(ready.lockAll);
    // The icon scripts/icons.ts draws into the renderer's public files (out/renderer/icon.png).
    mainWindow = createMainWindow(join(outDir, 'preload'), join(outDir, 'renderer', 'icon.png'));
    pendingPath ??= casefileIn(process.argv);
    mainWindow.webContents.once('did-finish-load', () => {
      const path = pendingPath;
      pendingPath = undefined;
      openFromOs(path);
    });
  }).catch((error: unknown) => {
    console.error('Impartial could not start:', error);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    // Closing the window closes every casefile, on every platform: nothing stays unlocked.
    void (service?.lockAll('quit') ?? Promise.resolve()).finally(() => app.quit());
  });
  app.on('before-quit', () => {
    void service?.lockAll('quit');
  });
}
