// Files attached to evidence items through the loopback web host, on a real port with the
// real casefile store: the page uploads the bytes, a one-time download hands them back byte
// for byte, the token guards both, and nothing of the file is left on disk in the clear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../../../electron/web/host.ts';
import type { WebHost } from '../../../electron/web/host.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import type { AttachedFile, RenderedDocument, Result } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { sendRequest, type RawReply, type RequestOptions } from './http.ts';

let host: WebHost;
let dir: string;
let cookie: string;
let sessionId: string;

function send(path: string, options: RequestOptions = {}): Promise<RawReply> {
  return sendRequest(host.port, path, options);
}

async function call<T>(method: string, input: unknown, headers: Record<string, string> = { cookie }): Promise<Result<T>> {
  const reply = await send(`/api/${method}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', origin: host.origin }, body: JSON.stringify(input) });
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body.toString('utf8')) as Result<T>;
}

/** Every file under `folder`, for the check that no plain copy of an upload was written. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// A marker in the clear that would show if the upload were written anywhere unencrypted.
const marker = 'IMPARTIAL-PLAINTEXT-MARKER-7f3a';
const letter = Buffer.concat([Buffer.from(`%PDF-1.4 ${marker}\n`), randomBytes(300_000)]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-web-files-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Impartial</title>');
  host = await startWebHost({ rendererDir, workspaceDir: join(dir, 'workspace'), store: casefileStore, jobWorker: sourceJobWorker, version: 'test' });
  cookie = String((await send(`/?token=${host.token}`)).headers['set-cookie']).split(';')[0]!;
  const created = await call<{ sessionId: string }>('createCasefile', { title: 'Files', passphrase: 'correct horse battery' });
  if (!created.ok) throw new Error(created.error.message);
  sessionId = created.value.sessionId;
  const saved = await call('saveRecord', { sessionId, collection: 'evidence', record: { id: 'e1', ref: 'D1', kind: 'correspondence', title: 'Letter', pointIds: [] } });
  expect(saved.ok).toBe(true);
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

const upload = { fileName: 'Letter to Ms Smith.pdf', mediaType: 'application/pdf', data: letter.toString('base64') };

describe('files attached to evidence items in the web host', () => {
  it('refuses to attach or hand out a file without the token', async () => {
    expect((await send('/api/attachEvidenceFile', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId, evidenceId: 'e1', upload }) })).status).toBe(403);
    expect((await send('/api/saveEvidenceFile', { method: 'POST', headers: { 'content-type': 'application/json', cookie: `impartial_token_${host.port}=nope` }, body: JSON.stringify({ sessionId, evidenceId: 'e1' }) })).status).toBe(403);
    const read = await call<CaseData>('getCase', { sessionId });
    expect(read.ok && read.value.evidence?.[0]?.attachment).toBeUndefined();
  });

  it('attaches uploaded bytes, shows only their metadata, and hands them back once, byte for byte', async () => {
    const attached = await call<AttachedFile>('attachEvidenceFile', { sessionId, evidenceId: 'e1', upload });
    if (!attached.ok) throw new Error(attached.error.message);
    expect(attached.value).toMatchObject({ fileName: 'Letter to Ms Smith.pdf', mediaType: 'application/pdf', size: letter.length });
    expect(attached.value).not.toHaveProperty('data');

    const read = await call<CaseData>('getCase', { sessionId });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.evidence?.[0]?.attachment).toEqual(attached.value);

    const saved = await call<RenderedDocument>('saveEvidenceFile', { sessionId, evidenceId: 'e1' });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).toMatchObject({ fileName: 'Letter to Ms Smith.pdf', size: letter.length });
    const url = saved.value.downloadUrl!;
    expect(url).toMatch(/^\/download\//);

    expect((await send(url)).status).toBe(403); // the download needs the token too
    const download = await send(url, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toContain('attachment;');
    expect(download.body.equals(letter)).toBe(true);
    expect((await send(url, { headers: { cookie } })).status).toBe(404); // one use only
  });

  it('writes nothing of the file to disk in the clear', () => {
    for (const file of filesUnder(dir)) expect(readFileSync(file).includes(marker), file).toBe(false);
  });

  it('keeps the file across lock and unlock, and removes it when the record is saved without it', async () => {
    const fileId = (await call<Array<{ fileId: string }>>('listRecent', {}) as { ok: true; value: Array<{ fileId: string }> }).value[0]!.fileId;
    expect((await call('lock', { sessionId })).ok).toBe(true);
    const opened = await call<{ sessionId: string }>('unlock', { fileId, passphrase: 'correct horse battery' });
    if (!opened.ok) throw new Error(opened.error.message);
    sessionId = opened.value.sessionId;
    const saved = await call<RenderedDocument>('saveEvidenceFile', { sessionId, evidenceId: 'e1' });
    if (!saved.ok) throw new Error(saved.error.message);
    expect((await send(saved.value.downloadUrl!, { headers: { cookie } })).body.equals(letter)).toBe(true);

    const read = await call<CaseData>('getCase', { sessionId });
    if (!read.ok) throw new Error(read.error.message);
    const { attachment: _file, ...record } = read.value.evidence![0]!;
    expect((await call('saveRecord', { sessionId, collection: 'evidence', record })).ok).toBe(true);
    const gone = await call<RenderedDocument>('saveEvidenceFile', { sessionId, evidenceId: 'e1' });
    expect(gone.ok ? 'saved' : gone.error.code).toBe('not-found');
  });

  it('refuses a file over 50 MB with a clear error, and an evidence item that does not exist', async () => {
    const big = await call('attachEvidenceFile', { sessionId, evidenceId: 'e1', upload: { fileName: 'big.bin', mediaType: '', data: 'A'.repeat(Math.ceil((50 * 1024 * 1024) / 3) * 4 + 4) } });
    expect(big.ok ? undefined : [big.error.code, big.error.path, big.error.message]).toEqual(['invalid-input', 'upload.data', expect.stringContaining('larger than 50 MB')]);
    const missing = await call('attachEvidenceFile', { sessionId, evidenceId: 'nope', upload });
    expect(missing.ok).toBe(false);
  });
});
