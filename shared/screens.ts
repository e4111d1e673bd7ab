// The screens of an open casefile and the keys that reach them: one list for the renderer's
// navigation (which shows each screen's key and handles it) and the Electron Help menu (which
// lists the same keys), so the two can never disagree.
//
// The screens are listed in the order the navigation shows them (roughly the order of the
// work: the case and who is in it, the investigation, the reports and decisions, the
// documents). Add a screen here, with its title, and its component in the renderer's Workspace.
export const screens = [
  'overview', 'case', 'complaint', 'people', 'statement', 'evidence', 'findings', 'ioReport', 'ipReview', 'adjudication', 'panel', 'documents',
] as const;
export type ScreenName = (typeof screens)[number];

export const screenTitles: Record<ScreenName, string> = {
  overview: 'Overview',
  case: 'Case details',
  complaint: 'Complaint',
  people: 'People',
  statement: 'Statement of Complaint',
  evidence: 'Evidence',
  findings: 'Findings',
  ioReport: 'IO report',
  ipReview: 'IP review',
  adjudication: 'Adjudication',
  panel: 'Review panel',
  documents: 'Documents',
};

// The digit of each screen's shortcut. Ten digits for twelve screens: the first nine in the
// navigation's order, and 0 for Documents, which every role ends on. The modifiers are chosen
// to clash with nothing: Ctrl+Shift+digit types nothing and is taken by no browser, by
// Electron or by text editing on Windows and Linux (Ctrl+digit and Alt+digit switch browser
// tabs; Ctrl+Alt is AltGr, which types € on a UK keyboard). On macOS Cmd+Shift+3/4/5 take
// screenshots and Option+digit types characters, so it is Cmd+Option+digit there.
export const screenKeys: Partial<Record<ScreenName, string>> = {
  overview: '1', case: '2', complaint: '3', people: '4', statement: '5', evidence: '6', findings: '7', ioReport: '8', ipReview: '9', documents: '0',
};

export type KeyPlatform = 'mac' | 'other';

/** The modifiers as the user sees them, the web's names (aria-keyshortcuts) and Electron's. */
const modifiers: Record<KeyPlatform, { shown: string; aria: string; accelerator: string }> = {
  mac: { shown: '⌥⌘', aria: 'Meta+Alt+', accelerator: 'Cmd+Alt+' },
  other: { shown: 'Ctrl+Shift+', aria: 'Control+Shift+', accelerator: 'Ctrl+Shift+' },
};

export interface ScreenShortcut {
  screen: ScreenName;
  title: string;
  /** As shown to the user: "Ctrl+Shift+1", "⌥⌘1". */
  shown: string;
  /** For aria-keyshortcuts: "Control+Shift+1", "Meta+Alt+1". */
  aria: string;
  /** For an Electron menu item: "Ctrl+Shift+1", "Cmd+Alt+1". */
  accelerator: string;
}

export function screenShortcuts(platform: KeyPlatform): ScreenShortcut[] {
  const m = modifiers[platform];
  return screens.flatMap((screen) => {
    const key = screenKeys[screen];
    return key === undefined ? [] : [{ screen, title: screenTitles[screen], shown: m.shown + key, aria: m.aria + key, accelerator: m.accelerator + key }];
  });
}

/** The keys that move between the regions of the window (navigation, screen, status bar),
 *  as in browsers and VS Code: one key back to the navigation from deep in a form. */
export const regionKeys = {
  next: { shown: 'F6', aria: 'F6', accelerator: 'F6' },
  previous: { shown: 'Shift+F6', aria: 'Shift+F6', accelerator: 'Shift+F6' },
} as const;

/** The search of the case (the navigation's Search button, View > Search the Case, the Help menu). */
export const searchKeys: Record<KeyPlatform, { shown: string; aria: string; accelerator: string }> = {
  mac: { shown: '⌘K', aria: 'Meta+K', accelerator: 'Cmd+K' },
  other: { shown: 'Ctrl+K', aria: 'Control+K', accelerator: 'Ctrl+K' },
};

/** The parts of a keydown that decide a shortcut (a DOM KeyboardEvent has them all). */
export interface KeyPress {
  code: string;
  key: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The screen a key press asks for, if any. Read from the physical key (`code`), because
 *  Shift and Option change the character (Shift+1 is "!" or, on a UK keyboard, Shift+3 "£"). */
export function screenForKey(press: KeyPress, platform: KeyPlatform): ScreenName | undefined {
  const digit = /^Digit([0-9])$/.exec(press.code)?.[1];
  if (digit === undefined) return undefined;
  const wanted = platform === 'mac'
    ? press.metaKey && press.altKey && !press.ctrlKey && !press.shiftKey
    : press.ctrlKey && press.shiftKey && !press.altKey && !press.metaKey;
  if (!wanted) return undefined;
  return screens.find((s) => screenKeys[s] === digit);
}

/** +1 for the next region (F6), -1 for the previous (Shift+F6), 0 for any other key. */
export function regionStep(press: KeyPress): 1 | -1 | 0 {
  if (press.key !== 'F6' || press.ctrlKey || press.altKey || press.metaKey) return 0;
  return press.shiftKey ? -1 : 1;
}

/** Whether a key press asks for the search: Ctrl+K, or Cmd+K on a Mac. */
export function isSearchKey(press: KeyPress, platform: KeyPlatform): boolean {
  if (press.code !== 'KeyK' && press.key.toLowerCase() !== 'k') return false;
  return platform === 'mac'
    ? press.metaKey && !press.ctrlKey && !press.altKey && !press.shiftKey
    : press.ctrlKey && !press.metaKey && !press.altKey && !press.shiftKey;
}
