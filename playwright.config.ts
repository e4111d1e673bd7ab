// End-to-end tests (docs/contracts/design.md section 7). By default they drive the built renderer in
// Chromium against the loopback web host (electron/web), which each Playwright worker starts
// on a random port with its own temp workspace (tests/e2e/fixtures.ts). With
// IMPARTIAL_E2E_TARGET=electron (`npm run test:electron`) the same specs drive the real app.
// `npm run build` must have run first (npm test does it).
import { defineConfig, devices, type Project } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchArgs } from './tests/e2e/chromium.ts';

const target = process.env.IMPARTIAL_E2E_TARGET === 'electron' ? 'electron' : 'web';

// Playwright hands out specs in the order of their files' names. The whole case is one serial
// chain of about a minute (whole-case.spec.ts): started last, it left one worker idle while the
// other finished it. Its own project, listed first, starts it at once; every other test is a
// unit of its own (fullyParallel), so the two workers finish within seconds of each other.
const first = ['whole-case.spec.ts'];
const inOrder = (name: string, use?: Project['use']): Project[] => [
  { name, testMatch: first, ...(use ? { use } : {}) },
  { name, testIgnore: first, ...(use ? { use } : {}) },
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test starts from the start screen with its own casefile: any two may run at once.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two workers, each with its own web host (or app) and temp folder: the specs are mostly
  // waiting, so this halves the run even on a two-core machine.
  workers: process.env.IMPARTIAL_E2E_WORKERS ? Number(process.env.IMPARTIAL_E2E_WORKERS) : 2,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  projects: target === 'electron'
    ? inOrder('electron')
    : inOrder('chromium', {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 860 },
        acceptDownloads: true,
        launchOptions: { executablePath: chromiumExecutable(), args: chromiumLaunchArgs },
      }),
});
