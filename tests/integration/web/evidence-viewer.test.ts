// readEvidenceFile through the web host, as the evidence viewer calls it, with the real casefile
// store: each kind of file made in the test comes back as the viewer shows it (a PDF and a PNG
// as their exact bytes in base64, a Word document as HTML with its words, text decoded, an
// email's headers and body), from memory: the workspace folder holds nothing but the casefile.
// A Word document's linked picture and a file the app cannot show are answered in words, and an
// item without a file, a locked session and bad input with their codes.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import type { EvidenceFileView, OpenedCasefile, Result } from '../../../shared/api.ts';
import { docx, eml, pictureOfText, textPdf } from '../search/helpers/make-files.ts';
import { docxWithExternalImage } from '../search/helpers/hostile-files.ts';
import { sendApiCall } from './http.ts';

const passphrase = 'correct horse battery';
let root: string;
let workspace: string;
let host: WebHost;
let sessionId: string;

type Wire<T> = T extends Uint8Array ? { $bytes: string } : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;
type WireView = Omit<EvidenceFileView, 'content'> & { content: Wire<EvidenceFileView['content']> };

async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  const reply = await sendApiCall(host, method, input);
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body.toString('utf8')) as Result<T>;
}

async function value<T>(method: string, input: unknown): Promise<T> {
  const result = await call<T>(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

let n = 0;
async function attach(fileName: string, mediaType: string, bytes: Buffer): Promise<string> {
  n += 1;
  const id = `e${n}`;
  await value('saveRecord', { sessionId, collection: 'evidence', record: { id, ref: `D${n}`, kind: 'record', title: fileName, pointIds: [] } });
  await value('attachEvidenceFile', { sessionId, evidenceId: id, upload: { fileName, mediaType, data: bytes.toString('base64') } });
  return id;
}

const view = (evidenceId: string) => value<WireView>('readEvidenceFile', { sessionId, evidenceId });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'impartial-viewer-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Impartial</title>');
  workspace = join(root, 'workspace');
  host = await startWebHost({ rendererDir, workspaceDir: workspace, store: casefileStore, jobWorker: sourceJobWorker, version: 'test' });
  sessionId = (await value<OpenedCasefile>('createCasefile', { title: 'Viewer', passphrase })).sessionId;
}, 60_000);

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('readEvidenceFile', () => {
  it('answers a PDF and a PNG as their exact bytes, with the item and file they are', async () => {
    const pdf = await textPdf(['First page.', 'The Ravensworth arrangements.']);
    const png = pictureOfText('Photograph of the notice');
    const pdfView = await view(await attach('minutes.pdf', 'application/pdf', pdf));
    expect(pdfView).toMatchObject({ evidenceId: 'e1', ref: 'D1', fileName: 'minutes.pdf', mediaType: 'application/pdf', size: pdf.length, content: { kind: 'pdf' } });
    expect(pdfView.content.kind === 'pdf' && Buffer.from(pdfView.content.bytes.$bytes, 'base64').equals(pdf)).toBe(true);
    // The kind comes from the bytes, not the name: a PNG called .txt is still shown as a picture.
    const pngView = await view(await attach('notice.txt', 'text/plain', png));
    expect(pngView.content.kind === 'image' && [pngView.content.imageType, Buffer.from(pngView.content.bytes.$bytes, 'base64').equals(png)]).toEqual(['image/png', true]);
  });

  it('answers a Word document as HTML with its words, and drops a picture that is only a link', async () => {
    const word = await view(await attach('report.docx', '', await docx(['The Wexcombe visit was cancelled.', 'A second paragraph.'])));
    expect(word.content).toEqual({ kind: 'docx', html: '<p>The Wexcombe visit was cancelled.</p><p>A second paragraph.</p>' });
    const linked = await view(await attach('linked.docx', '', docxWithExternalImage('Linked picture below.', 'http://127.0.0.1:9/tracker.png', 'http://127.0.0.1:9/page')));
    expect(linked.content.kind).toBe('docx');
    const html = linked.content.kind === 'docx' ? linked.content.html : '';
    expect(html).toContain('Linked picture below.');
    expect(html).not.toContain('tracker.png');
  });

  it('answers text decoded (Windows-1252 too) and an email as its headers and body', async () => {
    const text = await view(await attach('note.txt', 'text/plain', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa3, 0x35])));
    expect(text.content).toEqual({ kind: 'text', text: 'Café £5' });
    const mail = await view(await attach('letter.eml', 'message/rfc822', eml({ from: 'a@example.org', to: 'b@example.org', subject: 'Contact', date: 'Mon, 4 Mar 2024 10:00:00 +0000', body: 'The Thornbury meeting is on Friday.' })));
    expect(mail.content.kind).toBe('text');
    const body = mail.content.kind === 'text' ? mail.content.text : '';
    expect(body).toContain('Subject: Contact');
    expect(body).toContain('The Thornbury meeting is on Friday.');
  });

  it('says in words why a file cannot be shown, and keeps nothing of any file on disk', async () => {
    const zip = await view(await attach('sheet.xlsx', '', Buffer.from('PK\u0003\u0004 not a Word document', 'latin1')));
    expect(zip.content).toEqual({ kind: 'unsupported', reason: 'only PDF, Word (.docx), text, email and image files can be shown here: save a copy to open it' });
    // The casefile (with its journal) and the host's settings: nothing else, no file of the evidence.
    expect(readdirSync(workspace).filter((f) => !f.startsWith('Viewer.casefile') && f !== '.impartial-settings.json')).toEqual([]);
  });

  it('refuses an item without a file, a locked session and bad input, with their codes', async () => {
    await value('saveRecord', { sessionId, collection: 'evidence', record: { id: 'bare', ref: 'D99', kind: 'record', title: 'No file', pointIds: [] } });
    const codeOf = async (input: unknown) => {
      const r = await call('readEvidenceFile', input);
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(await codeOf({ sessionId, evidenceId: 'bare' })).toBe('not-found: Evidence item "bare" has no attached file');
    expect(await codeOf({ sessionId: 'gone', evidenceId: 'e1' })).toMatch(/^locked: /);
    expect(await codeOf({ sessionId, evidenceId: '' })).toMatch(/^invalid-input: /);
  });
});
