// Everything a web page could use to leave the app or gain powers is refused here, for every
// webContents ever created: navigation, new windows, webviews, permission requests. Links
// open in the user's browser only after parsing, and only for https.
import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol.ts';

/** Opens https links in the default browser; anything else (file:, javascript:, custom schemes) is dropped. */
export function openExternalSafely(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol === 'https:' && url.username === '' && url.password === '') void shell.openExternal(url.toString());
}

function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    // In-app navigation (a hash or path within app://impartial) is harmless; leaving is not.
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalSafely(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applySecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => harden(contents));
  const deny = session.defaultSession;
  deny.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  deny.setPermissionCheckHandler(() => false);
  deny.setDevicePermissionHandler(() => false);
  // The renderer never downloads anything itself: rendered documents are written by main.
  deny.on('will-download', (event) => event.preventDefault());
}
