// previewDocument through the web host, as the Preview region calls it: the PDF crosses as
// base64 in the JSON (and is a real, readable PDF marked DRAFT), each source's place is the
// page its text is on, a name in an anonymised text is answered beside the PDF rather than
// refused, a document that is not ready still previews, and a burst of requests renders the newest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import type { OpenedCasefile, Result } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { hasTool } from '../render/tools.ts';
import { sendApiCall } from './http.ts';

const passphrase = 'correct horse battery';
const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../../assets/sample-case.json'), 'utf8')) as CaseData;
let root: string;
let host: WebHost;
let sessionId: string;

interface WirePreview { pdf: { $bytes: string }; places: Record<string, { page: number; y: number }>; words: number; names: Array<{ place: string; found: string }>; blocking: number }

async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  const reply = await sendApiCall(host, method, input);
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body.toString('utf8')) as Result<T>;
}

async function preview(kind: string, named = false): Promise<WirePreview> {
  const result = await call<WirePreview>('previewDocument', { sessionId, kind, named });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The text of one page, as poppler reads it. */
function pageText(pdf: Buffer, page: number): string {
  const file = join(root, `preview-${page}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'impartial-preview-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Impartial</title>');
  host = await startWebHost({ rendererDir, workspaceDir: join(root, 'workspace'), store: casefileStore, jobWorker: sourceJobWorker, version: 'test' });
  const opened = await call<OpenedCasefile>('importInterchange', { passphrase, json: JSON.stringify(sample) });
  if (!opened.ok) throw new Error(opened.error.message);
  sessionId = opened.value.sessionId;
}, 60_000);

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('previewDocument', () => {
  it('answers the IO report as a DRAFT PDF in base64, with the page each source starts on and the words', async () => {
    const answer = await preview('io-report');
    const pdf = Buffer.from(answer.pdf.$bytes, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(answer.words).toBeGreaterThan(1000);
    const place = answer.places['point 2, analysis'];
    expect(place).toBeDefined();
    expect(place!.y).toBeGreaterThan(0);
    expect(place!.y).toBeLessThan(842);
    if (!hasTool('pdftotext')) return;
    const text = pageText(pdf, place!.page).replace(/\s+/g, ' ');
    // The analysis of point 2 starts on the page its place names.
    const analysis = sample.findings!.find((f) => f.pointId === 'pt-2')!.analysis!;
    expect(text).toContain(analysis.split(/\s+/).slice(0, 6).join(' '));
  }, 60_000);

  it('previews a document that is not ready, and lists the names found in an anonymised one instead of refusing it', async () => {
    const finding = sample.findings!.find((f) => f.pointId === 'pt-1')!;
    const saved = await call('saveRecord', { sessionId, collection: 'findings', record: { ...finding, analysis: `${finding.analysis}\n\nPriya Patel said the visit was late.` } });
    expect(saved.ok).toBe(true);
    const answer = await preview('io-report');
    expect(answer.names).toContainEqual(expect.objectContaining({ found: 'Priya Patel', place: expect.stringContaining('point 1, analysis') }));
    const named = await preview('io-report', true);
    expect(named.names).toEqual([]);
    // A point without a finding blocks the report; its preview is still made.
    expect((await call('deleteRecord', { sessionId, collection: 'findings', id: 'pt-4' })).ok).toBe(true);
    const unready = await preview('io-report');
    expect(unready.blocking).toBeGreaterThan(0);
    expect(Buffer.from(unready.pdf.$bytes, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('shows text still being typed without saving it, and leaves out typed text the case could not hold', async () => {
    const typed = [{ field: 'findings.analysis', recordId: 'pt-2', text: 'Zephyrine quillwort words typed and not yet saved.' }];
    const result = await call<WirePreview>('previewDocument', { sessionId, kind: 'io-report', typed });
    if (!result.ok) throw new Error(result.error.message);
    const place = result.value.places['point 2, analysis']!;
    if (hasTool('pdftotext')) expect(pageText(Buffer.from(result.value.pdf.$bytes, 'base64'), place.page).replace(/\s+/g, ' ')).toContain('Zephyrine quillwort words typed');
    const saved = await call<CaseData>('getCase', { sessionId });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(JSON.stringify(saved.value)).not.toContain('Zephyrine');
    // A case title emptied as typed would not be a valid case: the preview shows the case as saved.
    const emptied = await call<WirePreview>('previewDocument', { sessionId, kind: 'io-report', typed: [...typed, { field: 'case.title', text: '' }] });
    if (!emptied.ok) throw new Error(emptied.error.message);
    if (hasTool('pdftotext')) expect(pageText(Buffer.from(emptied.value.pdf.$bytes, 'base64'), place.page)).not.toContain('Zephyrine');
    // A text the contract does not know is refused with its place.
    const refused = await call<WirePreview>('previewDocument', { sessionId, kind: 'io-report', typed: [{ field: 'findings.secret', text: 'x' }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/typed/);
  }, 60_000);

  it('renders only the newest of a burst of requests: the ones overtaken answer "superseded"', async () => {
    const answers = await Promise.all([1, 2, 3, 4].map(() => call<WirePreview>('previewDocument', { sessionId, kind: 'statement' })));
    expect(answers.at(-1)!.ok).toBe(true);
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c === 'superseded').length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 'ok' || c === 'superseded')).toBe(true);
  }, 60_000);
});
