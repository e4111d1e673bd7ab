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
    lock: async (input) => {
      sessions.delete(input.sessionId);
      return bridge.lock(input);
    },
  };
}

function detect(): Platform {
  const bridge = typeof window !== 'undefined' && window.impartial ? createElectronPlatform(window.impartial) : createWebPlatform();
  return withActivityReports(bridge);
}

/** The host API. Every call answers a Result; none throws. */
export const platform: Platform = detect();

export type { MethodName };
