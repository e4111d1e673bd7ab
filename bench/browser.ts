// The browser the benches that drive the app use: Playwright's Chromium where it is installed,
// else Debian's (/usr/bin/chromium), or the one IMPARTIAL_CHROMIUM names; started quiet, with
// nothing of its own running in the background to disturb the timings.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

function chromiumPath(): string | undefined {
  if (process.env.IMPARTIAL_CHROMIUM) return process.env.IMPARTIAL_CHROMIUM;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser is not installed
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
