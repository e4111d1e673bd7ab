// The key that opens the citation picker in a long text (docs/citations.md). Alt+C on Windows
// and Linux: no browser, Electron menu (its mnemonics are F, E, V, H) or text editing key uses
// it, where Ctrl+Shift+C opens the browsers' element inspector. On macOS Option+C types "ç",
// so it is Cmd+Shift+C there (taken by no menu of the app; the inspector is not in the
// packaged app). One place for the key, its words and its aria-keyshortcuts.
// For the shared list of shortcuts (w2-ux, shared/screens.ts): add `citeKey` there when it lands.
/** As in w2-ux's shared/screens.ts. */
export type KeyPlatform = 'mac' | 'other';

export interface CiteKey {
  shown: string;
  aria: string;
}

export const citeKeys: Record<KeyPlatform, CiteKey> = {
  mac: { shown: '⇧⌘C', aria: 'Meta+Shift+C' },
  other: { shown: 'Alt+C', aria: 'Alt+C' },
};

/** Whether a keydown is the citation key on this platform. */
export function isCiteKey(e: { code: string; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }, platform: KeyPlatform): boolean {
  if (e.code !== 'KeyC') return false;
  return platform === 'mac'
    ? e.metaKey && e.shiftKey && !e.altKey && !e.ctrlKey
    : e.altKey && !e.shiftKey && !e.ctrlKey && !e.metaKey;
}
