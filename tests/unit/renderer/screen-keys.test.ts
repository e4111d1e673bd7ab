// The screens' keys (shared/screens.ts): one key per screen, none twice, read from the physical
// key whatever character Shift or Option makes of it, and only with the exact modifiers, so
// typing (Shift+digit, AltGr+digit) never moves the screen.
import { describe, expect, it } from 'vitest';
import { regionStep, screenForKey, screenKeys, screenShortcuts, screens } from '../../../shared/screens.ts';
import type { KeyPress } from '../../../shared/screens.ts';

const press = (code: string, mods: Partial<KeyPress> = {}, key = ''): KeyPress => ({ code, key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });

describe('screen keys', () => {
  it('gives ten screens a digit each, Documents 0, none twice', () => {
    const digits = Object.values(screenKeys);
    expect(new Set(digits).size).toBe(digits.length);
    expect(digits.sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(screenKeys.documents).toBe('0');
    for (const s of Object.keys(screenKeys)) expect(screens).toContain(s);
  });

  it('describes each key for the user, for aria-keyshortcuts and for an Electron menu, per platform', () => {
    expect(screenShortcuts('other')[0]).toEqual({ screen: 'overview', title: 'Overview', shown: 'Ctrl+Shift+1', aria: 'Control+Shift+1', accelerator: 'Ctrl+Shift+1' });
    expect(screenShortcuts('mac').at(-1)).toEqual({ screen: 'documents', title: 'Documents', shown: '⌥⌘0', aria: 'Meta+Alt+0', accelerator: 'Cmd+Alt+0' });
    expect(screenShortcuts('other').map((s) => s.screen)).toEqual(screens.filter((s) => screenKeys[s] !== undefined));
  });

  it('reads Ctrl+Shift+digit on Windows and Linux by the physical key (Shift+3 is "£" on a UK keyboard)', () => {
    expect(screenForKey(press('Digit3', { ctrlKey: true, shiftKey: true }, '£'), 'other')).toBe('complaint');
    expect(screenForKey(press('Digit0', { ctrlKey: true, shiftKey: true }, ')'), 'other')).toBe('documents');
    expect(screenForKey(press('Digit7', { metaKey: true, altKey: true }, '¶'), 'mac')).toBe('findings');
  });

  it('ignores the same digit with any other modifiers: typing, tab switching, AltGr', () => {
    const other: Array<Partial<KeyPress>> = [{}, { shiftKey: true }, { ctrlKey: true }, { altKey: true }, { ctrlKey: true, altKey: true }, { ctrlKey: true, shiftKey: true, altKey: true }, { metaKey: true }];
    for (const mods of other) expect(screenForKey(press('Digit4', mods), 'other'), JSON.stringify(mods)).toBeUndefined();
    expect(screenForKey(press('Digit4', { ctrlKey: true, shiftKey: true }), 'mac')).toBeUndefined();
    expect(screenForKey(press('Digit4', { metaKey: true, shiftKey: true }), 'mac')).toBeUndefined(); // ⌘⇧4 is a screenshot
    expect(screenForKey(press('KeyA', { ctrlKey: true, shiftKey: true }), 'other')).toBeUndefined();
    expect(screenForKey(press('Numpad1', { ctrlKey: true, shiftKey: true }), 'other')).toBeUndefined();
  });

  it('moves between regions with F6 and back with Shift+F6, and nothing else', () => {
    expect(regionStep(press('F6', {}, 'F6'))).toBe(1);
    expect(regionStep(press('F6', { shiftKey: true }, 'F6'))).toBe(-1);
    expect(regionStep(press('F6', { ctrlKey: true }, 'F6'))).toBe(0);
    expect(regionStep(press('F5', {}, 'F5'))).toBe(0);
  });
});
