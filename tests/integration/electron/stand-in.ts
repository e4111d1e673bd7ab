// A recording stand-in for the `electron` module: the platform Electron gives the main
// process and the preload, which cannot be downloaded here. It replaces only that platform:
// main-process.ts resolves `import ... from 'electron'` (and the preload's require) to this
// file, and the code under test is the built out/main and out/preload, unchanged.
//
// It records what the code asks of the platform (window options, registered handlers, the
// scheme's privileges) and keeps the rules Electron enforces that the code could break:
// no BrowserWindow, protocol handler or session before `ready`; enableSandbox and
// registerSchemesAsPrivileged only before it; one handler per IPC channel.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

let ready = false;
let markReady: () => void = () => {};
const readyPromise = new Promise<void>((resolve) => {
  markReady = resolve;
});

function requireReady(what: string): void {
  if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
}

const userDataRoot = process.env.IMPARTIAL_STAND_IN_USER_DATA ?? join(process.cwd(), '.stand-in-user-data');
const paths = new Map<string, string>();

export const recorded = {
  sandboxEnabled: false,
  enableSandboxAfterReady: false,
  privilegedSchemes: [] as Array<{ schemes: unknown; beforeReady: boolean }>,
  windows: [] as BrowserWindow[],
  protocolHandlers: new Map<string, ProtocolHandler>(),
  ipcHandlers: new Map<string, Listener>(),
  /** Any other way of listening on ipcMain (on, once, handleOnce): the app should use none. */
  otherIpcListeners: [] as string[],
  menus: [] as unknown[],
  openedExternally: [] as string[],
  dialogs: [] as string[],
  quits: 0,
  exits: [] as number[],
  exposedInMainWorld: new Map<string, unknown>(),
  rendererInvokes: [] as Array<{ channel: string; args: unknown[] }>,
  /** The default session's spell-checker settings, as the app set them. */
  spellChecker: { languages: undefined as string[] | undefined, downloadUrl: undefined as string | undefined, enabled: undefined as boolean | undefined },
};

class CommandLine {
  getSwitchValue(_name: string): string {
    return '';
  }
  hasSwitch(_name: string): boolean {
    return false;
  }
  appendSwitch(): void {}
}

class App extends EventEmitter {
  readonly commandLine = new CommandLine();
  readonly isPackaged = false;
  whenReady(): Promise<void> {
    return readyPromise;
  }
  isReady(): boolean {
    return ready;
  }
  requestSingleInstanceLock(): boolean {
    return true;
  }
  enableSandbox(): void {
    if (ready) recorded.enableSandboxAfterReady = true;
    recorded.sandboxEnabled = true;
  }
  getPath(name: string): string {
    return paths.get(name) ?? join(userDataRoot, name);
  }
  setPath(name: string, path: string): void {
    paths.set(name, path);
  }
  getVersion(): string {
    return '0.0.0-stand-in';
  }
  /** Unpackaged, Electron's app path is the folder of the package.json it was started with: the project. */
  getAppPath(): string {
    return process.env.IMPARTIAL_STAND_IN_APP_PATH ?? process.cwd();
  }
  addRecentDocument(_path: string): void {}
  showAboutPanel(): void {}
  quit(): void {
    recorded.quits += 1;
  }
  exit(code = 0): void {
    recorded.exits.push(code);
  }
}

export const app = new App();

/** What Electron does once Chromium is up: the `ready` event, and whenReady() resolving. */
export function becomeReady(): void {
  ready = true;
  app.emit('ready', {}, {});
  markReady();
}

export interface Frame {
  url: string;
  parent: Frame | null;
}

let nextWebContentsId = 1;

export class WebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  windowOpenHandler: Listener | undefined;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  url = '';
  loading = true;
  get mainFrame(): Frame {
    return { url: this.url, parent: null };
  }
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return false;
  }
  getURL(): string {
    return this.url;
  }
}

/** Electron emits web-contents-created for every webContents, the app's window's included. */
function created(contents: WebContents): WebContents {
  app.emit('web-contents-created', { preventDefault() {} }, contents);
  return contents;
}

/** A webContents that is not the app's window (another window, a devtools page...). */
export function otherWebContents(): WebContents {
  return created(new WebContents());
}

export class BrowserWindow extends EventEmitter {
  readonly options: Record<string, unknown>;
  readonly webContents: WebContents;
  readonly loadedUrls: string[] = [];
  shown = false;
  constructor(options: Record<string, unknown> = {}) {
    super();
    requireReady('BrowserWindow');
    this.options = options;
    this.webContents = new WebContents();
    recorded.windows.push(this);
    created(this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    recorded.privilegedSchemes.push({ schemes, beforeReady: !ready });
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    if (recorded.protocolHandlers.has(scheme)) throw new Error(`the scheme ${scheme} is already handled`);
    recorded.protocolHandlers.set(scheme, handler);
  },
};

class Session extends EventEmitter {
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler ?? undefined;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler ?? undefined;
  }
  setDevicePermissionHandler(handler: Listener | null): void {
    this.devicePermissionHandler = handler ?? undefined;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    // Electron throws on a language its Hunspell has no dictionary name for; en-GB is one.
    for (const l of languages) if (!/^[a-z]{2,3}(-[A-Z]{2})?$/.test(l)) throw new Error(`Invalid language code provided: "${l}" is not a valid language code`);
    recorded.spellChecker.languages = [...languages];
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    new URL(url); // Electron refuses what is not a URL
    recorded.spellChecker.downloadUrl = url;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    recorded.spellChecker.enabled = enabled;
  }
}

const defaultSession = new Session();

export const session = {
  get defaultSession(): Session {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    // Electron's own rule: a second handler for a channel is an error.
    if (recorded.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.ipcHandlers.set(channel, listener);
  },
  handleOnce(channel: string): void {
    recorded.otherIpcListeners.push(`handleOnce ${channel}`);
  },
  on(channel: string): void {
    recorded.otherIpcListeners.push(`on ${channel}`);
  },
  once(channel: string): void {
    recorded.otherIpcListeners.push(`once ${channel}`);
  },
  removeHandler(channel: string): void {
    recorded.ipcHandlers.delete(channel);
  },
};

const cancelled = (kind: string) => {
  recorded.dialogs.push(kind);
  return Promise.resolve({ canceled: true, filePaths: [] as string[], filePath: undefined });
};

export const dialog = {
  showOpenDialog: () => cancelled('open'),
  showSaveDialog: () => cancelled('save'),
  showMessageBox: () => Promise.resolve({ response: 0, checkboxChecked: false }),
  showErrorBox: (title: string) => void recorded.dialogs.push(`error: ${title}`),
};

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown): void {
    recorded.menus.push(menu);
  },
};

export const powerMonitor = new EventEmitter();

/** Linux without a keyring: what safeStorage reports on a machine like this one. */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString(): Buffer {
    throw new Error('Encryption is not available');
  },
  decryptString(): string {
    throw new Error('Encryption is not available');
  },
};

export const shell = {
  openExternal(url: string): Promise<void> {
    recorded.openedExternally.push(url);
    return Promise.resolve();
  },
};

// The renderer side, for the preload.

export const contextBridge = {
  exposeInMainWorld(name: string, api: unknown): void {
    if (recorded.exposedInMainWorld.has(name)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${name}`);
    recorded.exposedInMainWorld.set(name, api);
  },
};

const rendererListeners = new EventEmitter();

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    recorded.rendererInvokes.push({ channel, args });
    return Promise.resolve({ ok: true, value: null });
  },
  on(channel: string, listener: Listener) {
    rendererListeners.on(channel, listener);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    rendererListeners.off(channel, listener);
    return ipcRenderer;
  },
};

/** A message from main arriving in the renderer: Electron passes an IpcRendererEvent first. */
export function deliverToRenderer(channel: string, payload: unknown): number {
  rendererListeners.emit(channel, { sender: ipcRenderer, senderId: 0, ports: [] }, payload);
  return rendererListeners.listenerCount(channel);
}
