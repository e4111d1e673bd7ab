// Files shown in the evidence viewer do nothing and load nothing (issue 13 item 3): a Word
// document whose picture is a link to a web address and which links out, and a PDF whose
// JavaScript runs on opening and would fetch a web address. Both point at a server started
// here, which must receive no request; the page must make no request outside the app's own
// origin, open no window or dialog, and trip no CSP report (nothing was even tried).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, target, test } from './fixtures.ts';
import { createCasefile } from './helpers.ts';
import { workspace } from './workspace.ts';
import { docxWithExternalImage, pdfWithJavaScript } from '../integration/search/helpers/hostile-files.ts';
import { attachTo } from './evidence-files.ts';

let server: Server;
const hits: string[] = [];
let base = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('a Word document with a linked picture and a PDF with JavaScript are shown and do nothing', async ({ page }) => {
  test.skip(target === 'electron', 'Electron attaches with a native open dialog');
  test.setTimeout(120_000);
  const appOrigin = new URL(page.url()).origin;
  const outside: string[] = [];
  const events: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== appOrigin) outside.push(r.url());
  });
  page.on('dialog', (d) => { events.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('popup', (p) => events.push(`popup: ${p.url()}`));
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) events.push(`csp: ${m.text()}`); });
  await page.setViewportSize({ width: 1280, height: 800 });
  await createCasefile(page, `Hostile files ${Date.now()}`);
  await workspace.open(page, 'Evidence');
  for (const ref of ['D1', 'D2']) {
    await page.getByRole('button', { name: 'Add document' }).click();
    await page.keyboard.type(`Item ${ref}`);
    await page.keyboard.press('Tab');
    await expect(workspace.saveState(page)).toHaveText('Saved');
  }

  const word = await attachTo(page, 'D1', { name: 'linked.docx', mimeType: '', buffer: docxWithExternalImage('The Wexcombe visit notes.', `${base}/tracker.png`, `${base}/link`) });
  await word.getByRole('button', { name: 'View linked.docx' }).click();
  const docxView = page.getByTestId('viewer-docx');
  await expect(docxView).toContainText('The Wexcombe visit notes.');
  // The link keeps its words and has no address: clicking it goes nowhere.
  await expect(docxView.locator('a')).toHaveText("the council's page");
  await expect(docxView.locator('a[href], img, script, [src], [style]')).toHaveCount(0);
  await docxView.locator('a').click();
  await expect(docxView).toBeVisible();

  const pdf = await attachTo(page, 'D2', { name: 'scripted.pdf', mimeType: 'application/pdf', buffer: pdfWithJavaScript('Scripted page text', `${base}/js`) });
  await pdf.getByRole('button', { name: 'View scripted.pdf' }).click();
  const viewer = page.getByRole('complementary', { name: /^D2 / });
  await expect(viewer.locator('.textLayer')).toContainText('Scripted page text', { timeout: 30_000 });
  // Where the link annotation is drawn on the page: nothing there to follow.
  await expect(viewer.locator('.annotationLayer a, a[href^="http"]')).toHaveCount(0);
  await viewer.locator('.page[data-page-number="1"]').click({ position: { x: 150, y: 185 } });
  await page.waitForTimeout(1000); // give anything that would fire the time to do so: the assertions are that nothing did

  expect(hits, 'requests received by the outside server').toEqual([]);
  expect(outside, 'requests to anywhere but the app').toEqual([]);
  expect(events, 'dialogs, windows and CSP refusals').toEqual([]);
});
