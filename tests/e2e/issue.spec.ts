// Issuing from the Documents screen (issue 11, item 3): the Statement of Complaint of the
// sample case is issued through the Issue dialog, listed under "Issued versions" with its date
// and the start of its SHA-256, a copy is downloaded from the list, and the command line
// (`impartial verify-document`, a real process on the casefile the web host wrote) names the
// downloaded file as that version, and refuses a copy changed by one byte. The PDF's text
// (pdftotext) carries the issue date.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download } from '@playwright/test';
import { formatDate, formatLongDate, todayIso } from '../../shared/calendar/index.ts';
import { expect, test, uniqueTitle } from './fixtures.ts';
import { PASSPHRASE, seriousViolations } from './helpers.ts';
import { workspace } from './workspace.ts';

const root = resolve(import.meta.dirname, '../..');
const sample = resolve(root, 'tests/fixtures/sample-case.json');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const bytesOf = async (download: Download) => readFileSync(await download.path());

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin/impartial.js'), ...args], { encoding: 'utf8', env: { ...process.env, IMPARTIAL_PASSPHRASE: PASSPHRASE } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the Statement of Complaint is issued from the Documents screen, listed with its date and SHA-256, and a downloaded copy verifies', async ({ page, webHost }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'impartial-issue-e2e-'));
  try {
    // The sample case under a title of its own, so that its casefile is this test's alone.
    const title = uniqueTitle('Issue');
    const data = JSON.parse(readFileSync(sample, 'utf8')) as { case: { title: string } };
    data.case.title = title;
    writeFileSync(join(dir, 'case.json'), JSON.stringify(data));
    const card = page.getByRole('region', { name: 'Import from interchange JSON' });
    await card.getByLabel('Interchange file').setInputFiles(join(dir, 'case.json'));
    await card.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await card.getByLabel('Passphrase again').fill(PASSPHRASE);
    await card.getByRole('button', { name: 'Import' }).click();
    await expect(workspace.navigation(page)).toBeVisible();
    await expect(page.getByTestId('issued-summary-statement')).toContainText('not issued yet');

    await workspace.open(page, 'Documents');
    const issued = page.getByTestId('issued-versions');
    await expect(issued).toContainText('Nothing has been issued yet');

    // The dialog: PDF, today's date by default, version 1.
    await page.getByRole('button', { name: 'Issue the Statement of Complaint…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue the Statement of Complaint' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
    const today = todayIso();
    await expect(dialog.getByLabel('Date of issue')).toHaveValue(today);
    await expect(dialog).toContainText(formatLongDate(today));
    expect(await seriousViolations(page), 'Issue dialog').toBe('');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Issue version 1' }).click(),
    ]);
    const bytes = await bytesOf(download);
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('issue-outcome')).toContainText(`Issued Statement of Complaint, version 1, issued ${formatDate(today)}, PDF.`);

    // Listed, with its date and the start of its SHA-256.
    const row = page.getByTestId('issued-statement-1');
    await expect(row).toContainText(formatDate(today));
    await expect(row).toContainText('PDF');
    await expect(row).toContainText(sha256(bytes).slice(0, 12));
    expect(await seriousViolations(page), 'Documents with an issued version').toBe('');

    // A copy saved from the list is the same file, byte for byte.
    const [again] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      row.getByRole('button', { name: /^Save a copy of Statement of Complaint, version 1/ }).click(),
    ]);
    const copy = await bytesOf(again);
    expect(Buffer.compare(copy, bytes)).toBe(0);
    const copyPath = join(dir, 'statement-copy.pdf');
    writeFileSync(copyPath, copy);

    // The issue date is printed on the document.
    const text = execFileSync('pdftotext', ['-layout', copyPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(`Version 1, issued ${formatDate(today)}`);

    // The Overview says what has been issued, and when.
    await workspace.open(page, 'Overview');
    await expect(page.getByTestId('issued-summary-statement')).toContainText(`version 1, issued ${formatLongDate(today)} (PDF)`);

    // The command line, on the casefile itself once the app has let go of it.
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(workspace.passphrase(page)).toBeVisible();
    const casefile = readdirSync(webHost!.workspaceDir).filter((n) => n.endsWith('.casefile') && n.startsWith(title.slice(0, 10))).map((n) => join(webHost!.workspaceDir, n))[0]!;
    const verified = cli(['verify-document', casefile, copyPath]);
    expect(verified.stderr).toBe('');
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain(`Statement of Complaint, version 1, issued ${formatDate(today)}, PDF`);

    const altered = Buffer.from(copy);
    altered[Math.floor(altered.length / 2)]! ^= 0x01;
    writeFileSync(join(dir, 'altered.pdf'), altered);
    const refused = cli(['verify-document', casefile, join(dir, 'altered.pdf')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('altered.pdf matches no issued version');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
