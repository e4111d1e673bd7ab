// Child process of shell.test.ts: the built Electron main process (out/main/index.js) on the
// recording stand-in for `electron` (stand-in.ts). Node's module hooks resolve every
// `import ... from 'electron'` and the preload's `require('electron')` to the stand-in; the
// built code itself is loaded unchanged. The app is made ready, then this process answers
// the test's probes over the IPC channel (one message in, one answer out): a request to the
// app:// handler, an IPC call from a given sender, a navigation, a permission request...
// Argument: the build folder (out).
import { createHash } from 'node:crypto';
import { createRequire, registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const standIn = new URL('./stand-in.ts', import.meta.url).href;
registerHooks({
  resolve(specifier, context, nextResolve) {
    return specifier === 'electron' ? { url: standIn, format: 'module', shortCircuit: true } : nextResolve(specifier, context);
  },
});

const electron = await import('./stand-in.ts');
const { recorded } = electron;
const outDir = process.argv[2]!;

const consoleErrors: string[] = [];
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' '));
};

let startError: string | undefined;
try {
  await import(pathToFileURL(join(outDir, 'main', 'index.js')).href);
  electron.becomeReady();
  // The ready handler is async (it creates the service); the window is its last step.
  const deadline = Date.now() + 30_000;
  while (recorded.windows.length === 0 && recorded.exits.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 50));
} catch (error) {
  startError = error instanceof Error ? error.stack ?? error.message : String(error);
}

const mainWindow = () => {
  const window = recorded.windows[0];
  if (!window) throw new Error('no window was created');
  return window;
};

interface MenuItem { label?: string; role?: string; accelerator?: string; registerAccelerator?: boolean; submenu?: MenuItem[] }
/** The last application menu's Help menu, as labels and keys (its click handlers stay here). */
function helpMenu() {
  const last = recorded.menus.at(-1) as { template?: MenuItem[] } | undefined;
  const help = last?.template?.find((m) => m.role === 'help');
  const shape = (items: MenuItem[] | undefined): unknown[] => (items ?? []).map((i) => ({
    label: i.label, accelerator: i.accelerator, registerAccelerator: i.registerAccelerator, ...(i.submenu ? { submenu: shape(i.submenu) } : {}),
  }));
  return shape(help?.submenu);
}

function state() {
  const window = recorded.windows[0];
  return {
    startError,
    consoleErrors,
    exits: recorded.exits,
    quits: recorded.quits,
    sandboxEnabled: recorded.sandboxEnabled,
    enableSandboxAfterReady: recorded.enableSandboxAfterReady,
    privilegedSchemes: recorded.privilegedSchemes,
    windows: recorded.windows.map((w) => ({ options: w.options, loadedUrls: w.loadedUrls, shown: w.shown })),
    readyToShowListeners: window?.listenerCount('ready-to-show') ?? 0,
    webContentsListeners: window ? Object.fromEntries(window.webContents.eventNames().map((e) => [String(e), window.webContents.listenerCount(e)])) : {},
    hasWindowOpenHandler: window?.webContents.windowOpenHandler !== undefined,
    protocolSchemes: [...recorded.protocolHandlers.keys()],
    ipcChannels: [...recorded.ipcHandlers.keys()],
    otherIpcListeners: recorded.otherIpcListeners,
    menus: recorded.menus.length,
    helpMenu: helpMenu(),
    powerEvents: electron.powerMonitor.eventNames().map(String),
    appEvents: electron.app.eventNames().map(String),
    spellChecker: recorded.spellChecker,
    userData: electron.app.getPath('userData'),
  };
}

type Sender = { contents: 'main-window' | 'other'; frame: { url: string; main: boolean } | null };

async function invoke(channel: string, input: unknown, sender: Sender) {
  const handler = recorded.ipcHandlers.get(channel);
  if (!handler) return { notRegistered: true };
  const contents = sender.contents === 'main-window' ? mainWindow().webContents : electron.otherWebContents();
  const frame = sender.frame === null ? null : { url: sender.frame.url, parent: sender.frame.main ? null : { url: 'app://impartial/index.html', parent: null } };
  try {
    return { result: await handler({ sender: contents, senderFrame: frame, processId: 1, frameId: 1 }, input) };
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) };
  }
}

async function request(url: string, method = 'GET') {
  const handler = recorded.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  if (!handler) return { notHandled: true };
  try {
    const response = await handler(new Request(url, { method }));
    const body = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      bodySha256: createHash('sha256').update(body).digest('hex'),
      bodyText: body.length <= 4096 ? body.toString('utf8') : undefined,
    };
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) };
  }
}

/** Emits a navigation event on the window's webContents as Electron does: (event, url). */
function navigate(event: string, url: string) {
  let prevented = false;
  const before = recorded.openedExternally.length;
  mainWindow().webContents.emit(event, { url, preventDefault: () => { prevented = true; } }, url);
  return { prevented, openedExternally: recorded.openedExternally.slice(before) };
}

function openWindow(url: string) {
  const before = recorded.openedExternally.length;
  const handler = mainWindow().webContents.windowOpenHandler;
  const result = handler?.({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } });
  return { result, openedExternally: recorded.openedExternally.slice(before) };
}

function attachWebview() {
  let prevented = false;
  mainWindow().webContents.emit('will-attach-webview', { preventDefault: () => { prevented = true; } }, { nodeIntegration: true }, { src: 'https://example.org/' });
  return { prevented };
}

function permission(kind: 'request' | 'check' | 'device', name: string) {
  const s = electron.session.defaultSession;
  const contents = mainWindow().webContents;
  if (kind === 'request') {
    if (!s.permissionRequestHandler) return { noHandler: true };
    let answer: unknown = 'no answer';
    s.permissionRequestHandler(contents, name, (granted: boolean) => { answer = granted; }, { requestingUrl: 'app://impartial/index.html' });
    return { answer };
  }
  if (kind === 'check') {
    if (!s.permissionCheckHandler) return { noHandler: true };
    return { answer: s.permissionCheckHandler(contents, name, 'app://impartial', { requestingUrl: 'app://impartial/index.html' }) };
  }
  if (!s.devicePermissionHandler) return { noHandler: true };
  return { answer: s.devicePermissionHandler({ deviceType: name, origin: 'app://impartial', device: {} }) };
}

function download() {
  let prevented = false;
  electron.session.defaultSession.emit('will-download', { preventDefault: () => { prevented = true; } }, { getFilename: () => 'x.pdf' }, mainWindow().webContents);
  return { prevented };
}

async function powerEvent(name: string) {
  electron.powerMonitor.emit(name);
  await new Promise((r) => setTimeout(r, 20));
  return { listeners: electron.powerMonitor.listenerCount(name) };
}

/** Runs the built preload as Electron's sandboxed preload would (CommonJS, require('electron')) and calls what it exposed. */
async function preload(eventChannel: string) {
  createRequire(import.meta.url)(join(outDir, 'preload', 'index.cjs'));
  const exposed = [...recorded.exposedInMainWorld.entries()].map(([name, value]) => ({ name, keys: Object.keys(value as object).sort() }));
  const api = recorded.exposedInMainWorld.get('impartial') as Record<string, (...args: unknown[]) => unknown> | undefined;
  if (!api) return { exposed };
  const calls: Record<string, { channel?: string; args?: unknown[]; answer?: unknown }> = {};
  for (const key of Object.keys(api)) {
    if (key === 'onEvent' || typeof api[key] !== 'function') continue;
    const before = recorded.rendererInvokes.length;
    const answer = await api[key]!({ probe: key });
    const sent = recorded.rendererInvokes.slice(before);
    calls[key] = sent.length === 1 ? { channel: sent[0]!.channel, args: sent[0]!.args, answer } : { args: sent };
  }
  const received: unknown[][] = [];
  const unsubscribe = api.onEvent!((...args: unknown[]) => { received.push(args); }) as () => void;
  const listenersWhileSubscribed = electron.deliverToRenderer(eventChannel, { type: 'locked', reason: 'idle' });
  unsubscribe();
  const listenersAfter = electron.deliverToRenderer(eventChannel, { type: 'locked', reason: 'user' });
  return { exposed, calls, onEvent: { received, listenersWhileSubscribed, listenersAfter } };
}

const probes: Record<string, (...args: never[]) => unknown> = { state, invoke, request, navigate, openWindow, attachWebview, permission, download, powerEvent, preload };

process.on('message', (message: { id: number; probe: string; args: unknown[] }) => {
  void (async () => {
    try {
      const probe = probes[message.probe];
      if (!probe) throw new Error(`unknown probe ${message.probe}`);
      const value = await (probe as (...args: unknown[]) => unknown)(...message.args);
      process.send!({ id: message.id, value });
    } catch (error) {
      process.send!({ id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  })();
});
process.send!({ id: 0, value: 'started' });
