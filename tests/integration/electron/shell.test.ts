// The Electron shell as far as this machine allows: the BUILT main process (out/main/index.js)
// and preload (out/preload/index.cjs), run in a child process (main-process.ts) on a recording
// stand-in for the `electron` module (stand-in.ts), because the Electron binary cannot be
// downloaded here. Chromium's own enforcement (the sandbox, context isolation, the CSP in a
// real page) is not exercised; what our code asks of it, and what our handlers answer, is.
// The build is made first when it is missing or older than its sources (npm test builds
// before running vitest, so there it is current).
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventChannel, ipcChannel, methodNames } from '../../../shared/api.ts';
import { securityHeaders } from '../../../electron/core/service/security-headers.ts';
import { regionKeys, screenShortcuts } from '../../../shared/screens.ts';

const root = resolve(import.meta.dirname, '../../..');
const out = join(root, 'out');
const built = ['main/index.js', 'main/job-worker.js', 'preload/index.cjs', 'renderer/index.html'].map((f) => join(out, f));
const sources = ['electron/main', 'electron/preload', 'electron/core', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'].map((f) => join(root, f));

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).filter((f) => f !== 'node_modules').map((f) => newestChange(join(path, f))));
}

function ensureBuilt(): void {
  const builtAt = built.every(existsSync) ? Math.min(...built.map((f) => statSync(f).mtimeMs)) : 0;
  if (builtAt > Math.max(...sources.map(newestChange))) return;
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`electron-vite build failed:\n${r.stdout}\n${r.stderr}`);
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let child: ChildProcess;
let userData: string;
let childOutput = '';
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
let nextId = 1;

function probe<T = Record<string, unknown>>(name: string, ...args: unknown[]): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolveProbe, reject) => {
    pending.set(id, { resolve: resolveProbe as (v: unknown) => void, reject });
    child.send({ id, probe: name, args });
  });
}

beforeAll(async () => {
  ensureBuilt();
  userData = mkdtempSync(join(tmpdir(), 'impartial-stand-in-'));
  child = fork(join(import.meta.dirname, 'main-process.ts'), [out], {
    cwd: root,
    execArgv: [],
    env: { ...process.env, IMPARTIAL_STAND_IN_USER_DATA: userData, IMPARTIAL_STAND_IN_APP_PATH: root },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.on('data', (d: Buffer) => { childOutput += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { childOutput += d.toString(); });
  const started = new Promise<void>((resolveStart, reject) => {
    child.on('message', (message: { id: number; value?: unknown; error?: string }) => {
      if (message.id === 0) return resolveStart();
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.value);
    });
    child.on('exit', (code) => {
      const error = new Error(`the main-process child exited (${code}):\n${childOutput}`);
      reject(error);
      for (const waiting of pending.values()) waiting.reject(error);
    });
  });
  await started;
}, 180_000);

afterAll(() => {
  child?.kill();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

interface State {
  startError?: string;
  consoleErrors: string[];
  exits: number[];
  sandboxEnabled: boolean;
  enableSandboxAfterReady: boolean;
  privilegedSchemes: Array<{ schemes: unknown; beforeReady: boolean }>;
  windows: Array<{ options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>; loadedUrls: string[]; shown: boolean }>;
  readyToShowListeners: number;
  webContentsListeners: Record<string, number>;
  hasWindowOpenHandler: boolean;
  protocolSchemes: string[];
  ipcChannels: string[];
  otherIpcListeners: string[];
  menus: number;
  helpMenu: Array<{ label?: string; accelerator?: string; registerAccelerator?: boolean; submenu?: Array<{ label?: string; accelerator?: string; registerAccelerator?: boolean }> }>;
  powerEvents: string[];
  appEvents: string[];
  spellChecker: { languages?: string[]; downloadUrl?: string; enabled?: boolean };
  userData: string;
}

interface Answer { status?: number; headers?: Record<string, string>; bodySha256?: string; bodyText?: string; thrown?: string }

describe('the built Electron main process on a stand-in platform', () => {
  it('starts: the app gets ready and opens one window on app://impartial, with nothing logged as an error', async () => {
    const state = await probe<State>('state');
    expect(state.startError).toBeUndefined();
    expect(state.consoleErrors).toEqual([]);
    expect(state.exits).toEqual([]);
    expect(state.windows).toHaveLength(1);
    expect(state.windows[0]!.loadedUrls).toEqual(['app://impartial/index.html']);
    expect(state.menus).toBeGreaterThan(0);
    expect(state.appEvents).toEqual(expect.arrayContaining(['web-contents-created', 'window-all-closed', 'before-quit', 'second-instance', 'open-file']));
    // Shown when its first paint is ready, not before (no white flash).
    expect(state.windows[0]!.shown).toBe(false);
    expect(state.readyToShowListeners).toBe(1);
  });

  it('gives the window the security options of design.md section 7', async () => {
    const state = await probe<State>('state');
    const options = state.windows[0]!.options;
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences!.preload).toBe(join(out, 'preload', 'index.cjs'));
    expect(existsSync(options.webPreferences!.preload as string)).toBe(true);
    // Every renderer sandboxed whatever its options say, switched on before the app is ready.
    expect(state.sandboxEnabled).toBe(true);
    expect(state.enableSandboxAfterReady).toBe(false);
    // app:// is standard and secure (an origin for the CSP's 'self'), and no more: it does not bypass the CSP.
    expect(state.privilegedSchemes).toEqual([
      { schemes: [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }], beforeReady: true },
    ]);
    expect(state.powerEvents).toEqual(expect.arrayContaining(['suspend', 'lock-screen']));
  });

  it('spell-checks in British English with the dictionary shipped in the app: put in place, and never downloaded', async () => {
    const { spellChecker, userData: dataDir } = await probe<State>('state');
    expect(spellChecker.languages).toEqual(['en-GB']);
    expect(spellChecker.enabled).toBe(true);
    // The download address is a local folder that holds the dictionary, not Chromium's CDN.
    const url = new URL(spellChecker.downloadUrl!);
    expect(url.protocol).toBe('file:');
    const shipped = join(fileURLToPath(url), 'en-GB-10-1.bdic');
    expect(readFileSync(shipped).subarray(0, 4).toString('latin1')).toBe('BDic');
    // Chromium looks in <userData>/Dictionaries before it would download: the same bytes are there.
    expect(readFileSync(join(dataDir, 'Dictionaries', 'en-GB-10-1.bdic')).equals(readFileSync(shipped))).toBe(true);
  });

  it('refuses navigation away, new windows, webviews, downloads and permission requests; only https links go to the browser', async () => {
    const state = await probe<State>('state');
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']) {
      expect(state.webContentsListeners[event], event).toBeGreaterThan(0);
    }
    expect(state.hasWindowOpenHandler).toBe(true);

    expect(await probe('navigate', 'will-navigate', 'https://www.gov.uk/complain')).toEqual({ prevented: true, openedExternally: ['https://www.gov.uk/complain'] });
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:secret@example.org/', 'app://elsewhere/index.html', 'not a url']) {
      expect(await probe('navigate', 'will-navigate', url), url).toEqual({ prevented: true, openedExternally: [] });
    }
    expect(await probe('navigate', 'will-navigate', 'app://impartial/index.html#overview')).toEqual({ prevented: false, openedExternally: [] });
    for (const event of ['will-redirect', 'will-frame-navigate']) {
      expect(await probe('navigate', event, 'https://example.org/'), event).toMatchObject({ prevented: true });
      expect(await probe('navigate', event, 'app://impartial/index.html'), event).toMatchObject({ prevented: false });
    }

    expect(await probe('openWindow', 'https://www.gov.uk/')).toEqual({ result: { action: 'deny' }, openedExternally: ['https://www.gov.uk/'] });
    expect(await probe('openWindow', 'app://impartial/index.html')).toEqual({ result: { action: 'deny' }, openedExternally: [] });
    expect(await probe('openWindow', 'file:///etc/passwd')).toEqual({ result: { action: 'deny' }, openedExternally: [] });
    expect(await probe('attachWebview')).toEqual({ prevented: true });
    expect(await probe('download')).toEqual({ prevented: true });

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(await probe('permission', 'request', permission), permission).toEqual({ answer: false });
      expect(await probe('permission', 'check', permission), permission).toEqual({ answer: false });
    }
    expect(await probe('permission', 'device', 'hid')).toEqual({ answer: false });
  });

  it('serves the renderer on app://impartial with the security headers', async () => {
    const index = join(out, 'renderer', 'index.html');
    for (const url of ['app://impartial/index.html', 'app://impartial/', 'app://impartial/overview']) {
      const answer = await probe<Answer>('request', url);
      expect(answer.status, url).toBe(200);
      expect(answer.headers!['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.bodySha256, url).toBe(sha256(index));
      for (const [name, value] of Object.entries(securityHeaders)) expect(answer.headers![name.toLowerCase()], `${url} ${name}`).toBe(value);
    }
    const script = /src="\.?\/(assets\/[^"]+\.js)"/.exec(readFileSync(index, 'utf8'))?.[1];
    expect(script).toBeDefined();
    const asset = await probe<Answer>('request', `app://impartial/${script}`);
    expect(asset).toMatchObject({ status: 200, bodySha256: sha256(join(out, 'renderer', script!)) });
    expect(asset.headers!['content-type']).toMatch(/javascript/);
    expect(asset.headers!['content-security-policy']).toBe(securityHeaders['Content-Security-Policy']);
  });

  it('refuses every path outside out/renderer, plain or encoded, and anything but GET on its own host', async () => {
    const secrets = [join(out, 'main', 'index.js'), join(root, 'package.json'), '/etc/passwd'].filter(existsSync).map(sha256);
    const refused = [
      'app://impartial/../main/index.js',
      'app://impartial/..%2Fmain%2Findex.js',
      'app://impartial/%2e%2e/%2e%2e/package.json',
      'app://impartial/..%2F..%2Fpackage.json',
      'app://impartial/assets/..%2F..%2F..%2Fpackage.json',
      'app://impartial/..%5C..%5Cpackage.json',
      'app://impartial/%2F%2E%2E%2F%2E%2E%2Fpackage.json',
      'app://impartial/....//....//package.json',
      'app://impartial/%E0%A4%A', // not valid percent-encoding
      'app://impartial/%E0%A4%A.js',
      'app://impartial/missing.js',
    ];
    for (const url of refused) {
      const answer = await probe<Answer>('request', url);
      expect(answer.thrown, url).toBeUndefined();
      expect(answer.status, url).toBe(404);
      expect(secrets, url).not.toContain(answer.bodySha256);
      expect(answer.headers!['content-security-policy'], url).toBe(securityHeaders['Content-Security-Policy']);
    }
    // A path without a file extension is a route of the one-page app: it gets index.html, never the file it names.
    for (const url of ['app://impartial/%2Fetc%2Fpasswd', 'app://impartial/..%2F..%2F..%2F..%2Fetc%2Fpasswd']) {
      const answer = await probe<Answer>('request', url);
      expect(answer.thrown, url).toBeUndefined();
      expect(answer, url).toMatchObject({ status: 200, bodySha256: sha256(join(out, 'renderer', 'index.html')) });
    }
    expect(await probe<Answer>('request', 'app://elsewhere/index.html')).toMatchObject({ status: 404 });
    expect(await probe<Answer>('request', 'app://impartial/index.html', 'POST')).toMatchObject({ status: 404 });
  });

  it('registers every operation of shared/api.ts once, through the one wrapper: each checks its sender and parses its input', async () => {
    const state = await probe<State>('state');
    expect([...state.ipcChannels].sort()).toEqual(methodNames.map(ipcChannel).sort());
    expect(state.otherIpcListeners).toEqual([]);

    const appFrame = { url: 'app://impartial/index.html', main: true };
    const foreign = [
      { contents: 'main-window', frame: { url: 'app://impartial/index.html', main: false } }, // a subframe of the app's page
      { contents: 'main-window', frame: { url: 'https://example.org/', main: true } }, // the window showing another page
      { contents: 'main-window', frame: null }, // a frame that has gone
      { contents: 'other', frame: appFrame }, // another webContents
    ];
    for (const method of methodNames) {
      for (const sender of foreign) {
        expect(await probe('invoke', ipcChannel(method), {}, sender), `${method} from ${JSON.stringify(sender)}`).toEqual({
          result: { ok: false, error: { code: 'forbidden', message: 'This request did not come from the Impartial window' } },
        });
      }
      const invalid = await probe<{ result: { ok: boolean; error?: { code: string } } }>('invoke', ipcChannel(method), 'not an object', { contents: 'main-window', frame: appFrame });
      expect(invalid.result, method).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    // From the app's own frame a call reaches the service.
    expect(await probe('invoke', ipcChannel('getAppInfo'), {}, { contents: 'main-window', frame: appFrame })).toMatchObject({
      result: { ok: true, value: { host: 'electron', version: '0.0.0-stand-in' } },
    });
    expect(await probe('invoke', ipcChannel('listRecent'), {}, { contents: 'main-window', frame: appFrame })).toMatchObject({ result: { ok: true } });
  });

  it('runs the preload, which exposes exactly the operations of shared/api.ts and onEvent, each on its own channel', async () => {
    const preload = await probe<{
      exposed: Array<{ name: string; keys: string[] }>;
      calls: Record<string, { channel?: string; args?: unknown[] }>;
      onEvent: { received: unknown[][]; listenersWhileSubscribed: number; listenersAfter: number };
    }>('preload', eventChannel);
    expect(preload.exposed).toEqual([{ name: 'impartial', keys: [...methodNames, 'onEvent'].sort() }]);
    for (const method of methodNames) {
      expect(preload.calls[method], method).toEqual({ channel: ipcChannel(method), args: [{ probe: method }], answer: { ok: true, value: null } });
    }
    // Only the event's payload reaches the page (never Electron's event object and its sender), and unsubscribing works.
    expect(preload.onEvent).toEqual({ received: [[{ type: 'locked', reason: 'idle' }]], listenersWhileSubscribed: 1, listenersAfter: 0 });
  });

  it('gives the window the app icon, a 256 px PNG in the built renderer', async () => {
    const state = await probe<State>('state');
    const icon = state.windows[0]!.options.icon;
    expect(icon).toBe(join(out, 'renderer', 'icon.png'));
    const png = readFileSync(icon as string);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('lists every screen key and F6 in the Help menu, from the same list as the navigation', async () => {
    const state = await probe<State>('state');
    const goTo = state.helpMenu.find((m) => m.label === '&Go to Screen');
    // The stand-in runs on Linux: the Windows and Linux keys.
    expect(goTo?.submenu).toEqual(screenShortcuts('other').map((s) => ({ label: s.title, accelerator: s.accelerator, registerAccelerator: false })));
    expect(goTo?.submenu?.map((i) => i.accelerator)).toContain('Ctrl+Shift+0');
    expect(state.helpMenu.map((m) => m.accelerator)).toEqual(expect.arrayContaining([regionKeys.next.accelerator, regionKeys.previous.accelerator]));
  });
});
