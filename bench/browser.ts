// The browser the benches that drive the app use: the one the end-to-end specs use.
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchArgs } from '../tests/e2e/chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: chromiumLaunchArgs });
}
