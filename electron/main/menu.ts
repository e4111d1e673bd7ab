// The application menu. Items that act on the workspace send a 'menu' event for the renderer
// to handle (it owns the screens); Lock and Close act here, because locking must work even
// if the page is busy.
import { app, Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { ImpartialEvent, LockReason } from '../../shared/api.ts';
import { regionKeys, screenShortcuts, searchKeys } from '../../shared/screens.ts';

export interface MenuActions {
  send(event: ImpartialEvent): void;
  lockAll(reason: LockReason): Promise<void>;
  recent(): Array<{ path: string }>;
  fileIdOf(path: string): string;
}

export function buildMenu(actions: MenuActions): void {
  const isMac = process.platform === 'darwin';
  const recent = actions.recent();
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New Casefile…', accelerator: 'CmdOrCtrl+N', click: () => actions.send({ type: 'menu', command: 'new' }) },
      { label: '&Open Casefile…', accelerator: 'CmdOrCtrl+O', click: () => actions.send({ type: 'menu', command: 'open' }) },
      { label: '&Import from Export File…', accelerator: 'CmdOrCtrl+Shift+I', click: () => actions.send({ type: 'menu', command: 'import' }) },
      {
        label: 'Open &Recent',
        submenu: recent.length === 0
          ? [{ label: 'No recent casefiles', enabled: false }]
          : recent.map((entry) => ({
              label: basename(entry.path),
              click: () => actions.send({ type: 'menu', command: 'open-recent', fileId: actions.fileIdOf(entry.path) }),
            })),
      },
      { type: 'separator' },
      { label: '&Lock', accelerator: 'CmdOrCtrl+L', click: () => void actions.lockAll('user') },
      // Close = lock, then the renderer goes back to the start screen instead of the unlock screen.
      { label: '&Close Casefile', accelerator: 'CmdOrCtrl+W', click: () => void actions.lockAll('user').then(() => actions.send({ type: 'menu', command: 'close' })) },
      { type: 'separator' },
      { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => actions.send({ type: 'menu', command: 'settings' }) },
      // 'quit' is labelled as each platform expects (Exit on Windows, Quit elsewhere); on macOS it is in the app menu.
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    file,
    { role: 'editMenu', label: '&Edit' },
    {
      label: '&View',
      submenu: [
        // The page handles the key itself, as it does the Help menu's keys below.
        { label: '&Search the Case…', accelerator: searchKeys[isMac ? 'mac' : 'other'].accelerator, registerAccelerator: false, click: () => actions.send({ type: 'menu', command: 'search' }) },
        { type: 'separator' },
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [
        // The same keys the navigation shows (shared/screens.ts); the page handles the keys
        // itself (in the web host too), so on Windows and Linux the menu only shows them.
        // macOS registers them anyway; the page ignores a menu command its own key just did.
        {
          label: '&Go to Screen',
          submenu: screenShortcuts(isMac ? 'mac' : 'other').map((s) => ({
            label: s.title,
            accelerator: s.accelerator,
            registerAccelerator: false,
            click: () => actions.send({ type: 'menu', command: 'go', screen: s.screen }),
          })),
        },
        { label: 'Search the Case…', accelerator: searchKeys[isMac ? 'mac' : 'other'].accelerator, registerAccelerator: false, click: () => actions.send({ type: 'menu', command: 'search' }) },
        { label: 'Next Part of the Window', accelerator: regionKeys.next.accelerator, registerAccelerator: false, click: () => actions.send({ type: 'menu', command: 'next-region' }) },
        { label: 'Previous Part of the Window', accelerator: regionKeys.previous.accelerator, registerAccelerator: false, click: () => actions.send({ type: 'menu', command: 'previous-region' }) },
        { type: 'separator' },
        { label: `About Impartial ${app.getVersion()}`, click: () => app.showAboutPanel() },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
