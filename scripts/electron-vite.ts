// `npm start` / `npm run dev`: electron-vite, with the Electron binary fetched first.
// Electron (since 36) downloads its binary on first use, when the `electron` module is first
// required, but electron-vite only looks for the binary and fails with "Electron uninstall"
// when it is not there yet. Requiring the module here triggers the download, and tells the
// user what to do when it cannot happen (no network): run the app in a browser instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';
let electronPath: string;
try {
  electronPath = createRequire(import.meta.url)('electron') as string;
} catch (error) {
  console.error(`Impartial: the Electron binary is not installed and could not be downloaded (${(error as Error).message.split('\n')[0]}).`);
  console.error('Check the network and run `npm start` again, or run the app in a browser with `npm run web`.');
  process.exit(1);
}

const child = spawn('electron-vite', [mode], { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ELECTRON_EXEC_PATH: electronPath } });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
