// Rendering a document from the Documents screen as a user does, and reading the PDF back the
// way a reader's tool does (pdftotext): one place for every spec. The outcome on the screen is
// awaited first, so a refusal fails with its own words and a render that never ends fails with
// the stage it stopped at, never as a silent wait for a download that cannot come.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { target } from './fixtures.ts';

export interface Rendered {
  /** The outcome's words: "<file> is ready and downloading.", or why it was refused. */
  message: string;
  /** A file was made (the outcome is a status, not an alert). */
  ok: boolean;
  /** The file as the web host hands it over (its download); Electron saves it through its dialog instead. */
  file?: { name: string; bytes: Buffer };
}

/** Clicks a render button (its accessible name, or the control) and waits for what it made. */
export async function renderFromScreen(page: Page, button: string | Locator, timeoutMs = 45_000): Promise<Rendered> {
  const control = typeof button === 'string' ? page.getByRole('button', { name: button }) : button;
  const downloading = target === 'web' ? page.waitForEvent('download', { timeout: timeoutMs + 10_000 }) : undefined;
  downloading?.catch(() => undefined); // awaited below; this only keeps an early failure from leaving it unhandled
  await control.click();
  const outcome = page.getByTestId('render-outcome');
  try {
    await outcome.waitFor({ timeout: timeoutMs });
  } catch {
    const stage = await page.getByTestId('render-progress').textContent({ timeout: 1000 }).catch(() => 'no progress shown');
    throw new Error(`nothing was rendered in ${timeoutMs / 1000} s: ${stage}`);
  }
  const message = (await outcome.textContent()) ?? '';
  const ok = (await outcome.getAttribute('role')) === 'status';
  if (!ok || !downloading) return { message, ok };
  const download = await downloading;
  return { message, ok, file: { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) } };
}

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A PDF's text as pdftotext reads it; undefined where pdftotext is missing (never in CI, which installs it). */
export function pdfText(bytes: Buffer, options: { layout?: boolean } = {}): string | undefined {
  if (!hasTool('pdftotext')) {
    if (process.env.CI) throw new Error('pdftotext (Debian package poppler-utils) is needed to read the PDF back in CI');
    console.warn('pdftotext is not installed: the PDF text was not checked');
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'impartial-e2e-pdf-'));
  try {
    writeFileSync(join(dir, 'document.pdf'), bytes);
    return execFileSync('pdftotext', [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', join(dir, 'document.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A rendered PDF's text, or undefined where this target or machine cannot read it; fails when the render was refused or is not a PDF. */
export function renderedPdfText(rendered: Rendered): string | undefined {
  if (!rendered.ok) throw new Error(`the render was refused: ${rendered.message}`);
  if (!rendered.file) return undefined;
  if (rendered.file.bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error(`${rendered.file.name} is not a PDF`);
  return pdfText(rendered.file.bytes);
}
