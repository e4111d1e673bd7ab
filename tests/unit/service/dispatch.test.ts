// The IPC wrapper's logic without Electron: who may call, how input is parsed, and that
// every outcome (success, bad input, user error, bug) comes back as a Result value.
import { describe, expect, it } from 'vitest';
import { dispatch, isTrustedSender, parseInput } from '../../../electron/core/service/dispatch.ts';
import type { Handlers } from '../../../electron/core/service/dispatch.ts';
import { api, methodNames } from '../../../shared/api.ts';
import { ImpartialError } from '../../../shared/errors.ts';

describe('isTrustedSender', () => {
  const main = { url: 'app://impartial/index.html', isMainFrame: true, isMainWindow: true };
  it('accepts the main window top frame on app://impartial', () => {
    expect(isTrustedSender(main)).toBe(true);
    expect(isTrustedSender({ ...main, url: 'app://impartial/index.html#/findings' })).toBe(true);
  });
  it.each([
    ['a subframe', { ...main, isMainFrame: false }],
    ['another window', { ...main, isMainWindow: false }],
    ['a web page', { ...main, url: 'https://impartial/index.html' }],
    ['a look-alike host', { ...main, url: 'app://impartial.evil/index.html' }],
    ['a file: page', { ...main, url: 'file:///tmp/index.html' }],
    ['no URL', { ...main, url: undefined }],
    ['an unparseable URL', { ...main, url: 'not a url' }],
  ])('refuses %s', (_what, sender) => {
    expect(isTrustedSender(sender)).toBe(false);
  });
});

describe('parseInput', () => {
  it('accepts a valid input and fills defaults', () => {
    const result = parseInput('renderDocument', { sessionId: 's', kind: 'io-report', format: 'pdf' });
    expect(result).toEqual({ ok: true, value: { sessionId: 's', kind: 'io-report', format: 'pdf', named: false, draft: false } });
  });
  it('names the bad field of a record', () => {
    const result = parseInput('saveRecord', { sessionId: 's', collection: 'points', record: { id: 'p1', number: '1', summary: 'x', detail: 'y', scope: 'maybe' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.path).toBe('record.scope');
    }
  });
  it('refuses unknown fields, which would otherwise reach the store unseen', () => {
    const result = parseInput('unlock', { fileId: 'f', passphrase: 'p', path: '/etc/passwd' });
    expect(result.ok).toBe(false);
  });
  it('refuses a record for the wrong collection', () => {
    expect(parseInput('saveRecord', { sessionId: 's', collection: 'people', record: { id: 'p1', number: '1', summary: 'x', detail: 'y' } }).ok).toBe(false);
  });
});

describe('dispatch', () => {
  const handlers = Object.fromEntries(methodNames.map((m) => [m, async () => { throw new Error(`${m} not expected`); }])) as unknown as Handlers;
  const withGetSettings = (fn: Handlers['getSettings']): Handlers => ({ ...handlers, getSettings: fn });

  it('answers a value', async () => {
    expect(await dispatch(withGetSettings(async () => ({ idleLockMinutes: 3, userName: '' })), 'getSettings', {})).toEqual({ ok: true, value: { idleLockMinutes: 3, userName: '' } });
  });
  it('refuses an unknown method without running anything', async () => {
    const result = await dispatch(handlers, '__proto__', {});
    expect(result.ok).toBe(false);
  });
  it('carries an ImpartialError as its code and message', async () => {
    const result = await dispatch({ ...handlers, unlock: async () => { throw new ImpartialError('wrong-passphrase', 'wrong passphrase for a.casefile'); } }, 'unlock', { fileId: 'f', passphrase: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'wrong-passphrase', message: 'wrong passphrase for a.casefile' } });
  });
  it('hides the details of a bug from the page and reports it to the host', async () => {
    const seen: string[] = [];
    const result = await dispatch(withGetSettings(async () => { throw new TypeError('secret detail'); }), 'getSettings', {}, (m) => seen.push(m));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).not.toContain('secret');
    }
    expect(seen).toEqual(['getSettings']);
  });
  it('never calls the handler with invalid input', async () => {
    let called = false;
    const result = await dispatch({ ...handlers, setSettings: async () => { called = true; return { idleLockMinutes: 1, userName: '' }; } }, 'setSettings', { idleLockMinutes: -1 });
    expect(result.ok).toBe(false);
    expect(called).toBe(false);
  });
  it('has one schema per method', () => {
    for (const name of methodNames) expect(api[name].input.safeParse).toBeTypeOf('function');
  });
});
