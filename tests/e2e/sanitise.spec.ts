// The evidence viewer's sanitiser (renderer/src/components/viewer/sanitise.ts) in a real Chromium,
// built as the app builds it: HTML that tries everything a Word document's conversion could carry
// comes out as its words, headings, lists, tables and embedded pictures only, and nothing in it
// reaches the network (a server started here counts requests). The page here has no CSP, so the
// sanitiser alone is under test; viewer-security.spec.ts shows the whole viewer in the app.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'vite';
import { expect, test } from './fixtures.ts';

let server: Server;
const hits: string[] = [];
let outside = '';
let bundle = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<!doctype html><title>blank</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  outside = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const built = await build({
    configFile: false, logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: resolve(import.meta.dirname, '../../renderer/src/components/viewer/sanitise.ts'), formats: ['iife'], name: 'Sanitise' } },
  });
  bundle = (Array.isArray(built) ? built[0]! : built as { output: Array<{ code?: string }> }).output[0]!.code ?? '';
});

test.afterAll(async () => {
  await new Promise((r) => server.close(r));
});

test('hostile HTML comes out as inert text and embedded pictures, and loads nothing', async ({ page }) => {
  // A blank page of the outside server's origin would count as a hit: use about:blank and inject.
  await page.goto('about:blank');
  await page.addScriptTag({ content: bundle });
  const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const hostile = [
    '<h1 onclick="alert(1)" style="color:red">Heading</h1>',
    `<p>Words <a href="${outside}/link" target="_blank">a link</a> <a href="javascript:alert(2)">js</a></p>`,
    `<img src="${outside}/tracker.png" alt="tracker"><img src="${pixel}" alt="embedded"><img src="data:image/svg+xml;base64,PHN2Zy8+" alt="svg">`,
    `<img srcset="${outside}/set.png 1x" alt="srcset"><picture><source srcset="${outside}/source.png"></picture>`,
    `<script>fetch("${outside}/script")</script><style>body{background:url(${outside}/style.png)}</style>`,
    `<iframe src="${outside}/frame"></iframe><object data="${outside}/object"></object><embed src="${outside}/embed">`,
    `<form action="${outside}/form"><input name="x" value="y"><button>Send</button></form>`,
    `<svg><image href="${outside}/svg.png"/></svg><math><mi>x</mi></math>`,
    `<link rel="stylesheet" href="${outside}/link.css"><meta http-equiv="refresh" content="0;url=${outside}/meta"><base href="${outside}/">`,
    `<video src="${outside}/video.mp4" autoplay></video><audio src="${outside}/audio.mp3" autoplay></audio>`,
    '<table><tr><td colspan="2" onmouseover="alert(3)">Cell</td></tr></table><ul><li>Item</li></ul>',
    `<p id="x" data-x="1" aria-label="y" class="attack" background="${outside}/bg.png">End</p>`,
  ].join('');
  const shown = await page.evaluate((html) => {
    const div = document.createElement('div');
    const { sanitisedDocument } = (window as unknown as { Sanitise: { sanitisedDocument(h: string): DocumentFragment } }).Sanitise;
    div.append(sanitisedDocument(html));
    document.body.append(div);
    return div.innerHTML;
  }, hostile);
  await page.waitForTimeout(500); // anything that would load has had the time to ask

  expect(shown).toBe([
    '<h1>Heading</h1>',
    '<p>Words <a>a link</a> <a>js</a></p>',
    `<img alt="tracker"><img src="${pixel}" alt="embedded"><img alt="svg">`,
    '<img alt="srcset">',
    '',
    '',
    'Send', // a button's words are kept as text; the form, its address and its field are gone
    '',
    '',
    '',
    '<table><tbody><tr><td colspan="2">Cell</td></tr></tbody></table><ul><li>Item</li></ul>',
    '<p id="docx-x">End</p>',
  ].join(''));
  expect(hits).toEqual([]);
});
