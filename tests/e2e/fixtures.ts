// The e2e harness: `page` is already at the app's start screen, for either target.
//   web (default): a web host child process per Playwright worker (`node electron/web/serve.ts`)
//     on a random port with a temp workspace folder; the page opens its tokenised URL.
//   electron (IMPARTIAL_E2E_TARGET=electron): the built app via Playwright's _electron, with
//     a temp userData, and the native dialogs answered from a temp folder (Playwright cannot
//     click native dialogs).
// Specs import { test, expect } from here and use roles and accessible names, so the same
// specs run on both targets.
import { test as base, expect, _electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const target: 'web' | 'electron' = process.env.IMPARTIAL_E2E_TARGET === 'electron' ? 'electron' : 'web';
const root = resolve(import.meta.dirname, '../..');

export interface WebHostHandle {
  /** The tokenised address printed by the host. */
  url: string;
  origin: string;
  token: string;
  port: number;
  workspaceDir: string;
  /** What the host has written to stderr so far (bugs it logged): attached to a failed test. */
  log: () => string;
}

/** Starts `node electron/web/serve.ts` and waits for the address it prints. */
export async function startWebHostProcess(workspaceDir: string): Promise<{ handle: WebHostHandle; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'electron/web/serve.ts'), '--dir', workspaceDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => { stderr += c.toString(); });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`the web host did not start in 30 s:\n${stderr}`)), 30_000);
    lines.on('line', (line) => {
      const found = /running at (http:\/\/\S+)/.exec(line);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with ${code}:\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    child,
    handle: { url, origin: parsed.origin, token: parsed.searchParams.get('token') ?? '', port: Number(parsed.port), workspaceDir, log: () => stderr },
  };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

interface WorkerFixtures {
  webHost: WebHostHandle | undefined;
}

interface TestFixtures {
  /** The Electron app when target is electron. */
  electronApp: ElectronApplication | undefined;
  /** The app's origin: http://127.0.0.1:<port> or app://impartial. */
  appOrigin: string;
  /**
   * Whether the Preview region starts open, as it does for a user at 1280 px. Specs that are
   * not about it start with it folded (as a user may keep it): rendering a PDF after every
   * saved edit would make them a third slower on a 2-core machine. The preview's own specs,
   * the accessibility sweep and the whole case open it (`test.use({ previewOpen: true })`).
   */
  previewOpen: boolean;
}

const withHosts = base.extend<TestFixtures, WorkerFixtures>({
  previewOpen: [false, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from its first parameter's pattern.
  webHost: [async ({}, use) => {
    if (target !== 'web') return use(undefined);
    const workspaceDir = mkdtempSync(join(tmpdir(), 'impartial-e2e-'));
    const { handle, child } = await startWebHostProcess(workspaceDir);
    await use(handle);
    await stopProcess(child);
    rmSync(workspaceDir, { recursive: true, force: true });
  }, { scope: 'worker' }],

  // eslint-disable-next-line no-empty-pattern -- as above
  electronApp: async ({}, use) => {
    if (target !== 'electron') return use(undefined);
    const userData = mkdtempSync(join(tmpdir(), 'impartial-electron-'));
    // Chromium will not start its OS sandbox as root (CI containers): only then is it turned off.
    const asRoot = process.getuid?.() === 0;
    const app = await _electron.launch({ args: [join(root, 'out/main/index.js'), `--user-data-dir=${userData}`, ...(asRoot ? ['--no-sandbox'] : [])], cwd: root });
    // Native dialogs cannot be clicked: answer them with paths in the temp folder.
    await app.evaluate(({ dialog }, dir) => {
      const pathFor = (name: string) => `${dir}/${name.split(/[\\/]/).pop()}`;
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const options = args[args.length - 1] as { defaultPath?: string };
        return { canceled: false, filePath: pathFor(options.defaultPath ?? 'file') };
      }) as typeof dialog.showSaveDialog;
      dialog.showOpenDialog = (async () => ({ canceled: true, filePaths: [] })) as typeof dialog.showOpenDialog;
    }, userData);
    await use(app);
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  },

  appOrigin: async ({ webHost }, use) => {
    await use(webHost ? webHost.origin : 'app://impartial');
  },
});

// `page` is overridden per target, because a fixture starts everything its parameter names:
// the web target's page comes from Playwright's browser; the Electron target must not
// start a browser at all (there may be none installed), only the app's own window.
const webTest = withHosts.extend({
  page: async ({ page, webHost, previewOpen }, use, testInfo) => {
    // Folded as if the user had folded it before (PreviewRegion.tsx's key), until the spec opens it.
    if (!previewOpen) {
      await page.addInitScript(() => {
        if (localStorage.getItem('impartial.preview.open') === null) localStorage.setItem('impartial.preview.open', 'false');
      });
    }
    // Each test starts with a fresh browser context: the cookie comes from the tokenised URL.
    await page.goto(webHost!.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Impartial' })).toBeVisible();
    const logged = webHost!.log().length;
    await use(page);
    // A failure in the browser is often a bug the host logged: keep what it wrote during this test.
    const during = webHost!.log().slice(logged);
    if (testInfo.status !== testInfo.expectedStatus && during) await testInfo.attach('web host stderr', { body: during, contentType: 'text/plain' });
  },
});

const electronTest = withHosts.extend({
  page: async ({ electronApp }, use) => {
    const window: Page = await electronApp!.firstWindow();
    await expect(window.getByRole('heading', { level: 1, name: 'Impartial' })).toBeVisible();
    await use(window);
  },
});

export const test = target === 'electron' ? electronTest : webTest;

export { expect };

/** A title unique to this test, so parallel tests never share a casefile. */
export function uniqueTitle(testTitle: string): string {
  return `${testTitle.replace(/[^A-Za-z0-9 ]+/g, '').slice(0, 40)} ${Date.now().toString(36)}`;
}
