// The renderer's one seam to its host (Actual Budget's pattern: one interface, one
// implementation per runtime). Screens import `platform` from here and nothing else: the
// Electron preload's `window.impartial` in the app, fetch to the loopback web host in a
// browser. Both are the same ImpartialBridge of shared/api.ts, so screens cannot tell.
import type { ImpartialBridge, ImpartialEvent, MethodName, OpenedCasefile, Result } from '../../../shared/api.ts';
import { createElectronPlatform } from './electron.ts';
import { createWebPlatform } from './web.ts';

export type Platform = ImpartialBridge;

declare global {
  interface Window {
    /** Set by electron/preload; absent in a plain browser. */
    impartial?: ImpartialBridge;
  }
}

// The idle lock is decided on the Node side; the renderer only reports that the user is
// active. Keys and pointer presses count; at most one report per second per session.
const ACTIVITY_THROTTLE_MS = 1000;

function withActivityReports(bridge: ImpartialBridge): Platform {
  const sessions = new Set<string>();
  let lastReport = 0;
  const remember = (result: Result<OpenedCasefile>) => {
    if (result.ok) sessions.add(result.value.sessionId);
    return result;
  };
  bridge.onEvent((event: ImpartialEvent) => {
    if (event.type === 'locked') sessions.delete(event.sessionId);
  });
  const report = () => {
    const now = Date.now();
    if (now - lastReport < ACTIVITY_THROTTLE_MS || sessions.size === 0) return;
    lastReport = now;
    for (const sessionId of sessions) void bridge.keepAlive({ sessionId });
  };
  if (typeof window !== 'undefined') {
    for (const type of ['keydown', 'pointerdown', 'wheel'] as const) window.addEventListener(type, report, { capture: true, passive: true });
  }
  return {
    ...bridge,
    createCasefile: async (input) => remember(await bridge.createCasefile(input)),
    importInterchange: async (input) => remember(await bridge.importInterchange(input)),
    unlock: async (input) => remember(await bridge.unlock(input)),
    unlockRemembered: async (input) => remember(await bridge.unlockRemembered(input)),
    lock: async (input) => {
      sessions.delete(input.sessionId);
      return bridge.lock(input);
    },
  };
}

// No link may take the window away from the app. Same-origin links are the app's own;
// anything else is opened outside it (Electron hands https to the system browser; a browser
// opens a new tab), and only https at that. Electron also refuses such navigation in main.
function keepLinksInsideTheApp(): void {
  if (typeof document === 'undefined') return;
  const guard = (event: MouseEvent) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    let url: URL;
    try {
      url = new URL(anchor.href, window.location.href);
    } catch {
      event.preventDefault();
      return;
    }
    if (url.origin === window.location.origin) return;
    event.preventDefault();
    if (url.protocol === 'https:') window.open(url.href, '_blank', 'noopener,noreferrer');
  };
  document.addEventListener('click', guard, { capture: true });
  document.addEventListener('auxclick', guard, { capture: true });
}

function detect(): Platform {
  keepLinksInsideTheApp();
  const bridge = typeof window !== 'undefined' && window.impartial ? createElectronPlatform(window.impartial) : createWebPlatform();
  return withActivityReports(bridge);
}

/** The host API. Every call answers a Result; none throws. */
export const platform: Platform = detect();

export type { MethodName };
