// The Chromium the end-to-end specs and the browser benches drive: Playwright's own when
// installed (npx playwright install chromium), otherwise the system one (Debian's `chromium`
// package, what CI installs), or the one IMPARTIAL_CHROMIUM names; started quiet, with nothing
// of its own running in the background.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  if (process.env.IMPARTIAL_CHROMIUM) return process.env.IMPARTIAL_CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // not installed
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const chromiumLaunchArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-extensions',
];
