// The workspace's keyboard: a key for each screen (shared/screens.ts lists them, for the
// navigation's hints and the Electron Help menu alike) and F6 / Shift+F6 to move between the
// regions of the window, so the navigation is one key away from anywhere in a long form.
import type { KeyPlatform } from '../../../shared/screens.ts';
import { screenShortcuts } from '../../../shared/screens.ts';

export const keyPlatform: KeyPlatform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform) ? 'mac' : 'other';
export const shortcuts = screenShortcuts(keyPlatform);
export const shortcutOf = new Map(shortcuts.map((s) => [s.screen, s]));
/** The modifiers as the navigation's legend says them: "Ctrl+Shift+" or "⌥⌘". */
export const screenKeyModifiers = keyPlatform === 'mac' ? '⌥⌘' : 'Ctrl+Shift+';

/** The regions F6 visits, in order: each is found by its id. */
const regionIds = ['casefile-nav', 'main', 'statusbar'] as const;

/** Where the keyboard lands in a region: the current screen's link in the navigation, the
 *  screen's heading in the main area, the status bar itself (it is announced as "Status"). */
function landingIn(region: HTMLElement): HTMLElement {
  if (region.id === 'casefile-nav') {
    return region.querySelector<HTMLElement>('[aria-current="page"]') ?? region.querySelector<HTMLElement>('button') ?? region;
  }
  if (region.id === 'main') {
    const h1 = region.querySelector('h1');
    if (h1 instanceof HTMLElement) { h1.tabIndex = -1; return h1; }
  }
  return region;
}

// On macOS a menu item's key reaches the menu as well as the page: the menu's command that
// follows the page's own handling of the same key within a moment is the same press.
let keyHandledAt = -Infinity;
const samePress = 300;

/** The page handled a shortcut key itself. */
export function noteKeyHandled(): void {
  keyHandledAt = performance.now();
}

/** A Help menu command, unless it is the echo of a key the page has just handled. */
export function isMenuEcho(): boolean {
  return performance.now() - keyHandledAt < samePress;
}

/** Moves the keyboard to the next (+1) or previous (-1) region of the workspace. */
export function moveToRegion(step: 1 | -1): void {
  // A modal dialog keeps the keyboard until it is closed.
  if (document.querySelector('dialog[open]')) return;
  const regions = regionIds.map((id) => document.getElementById(id)).filter((r): r is HTMLElement => r !== null);
  if (regions.length === 0) return;
  const at = regions.findIndex((r) => r.contains(document.activeElement));
  const next = at === -1 ? (step === 1 ? 0 : regions.length - 1) : (at + step + regions.length) % regions.length;
  const region = regions[next];
  if (!region) return;
  landingIn(region).focus();
}
