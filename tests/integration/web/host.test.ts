// The loopback web host on a real port with the real casefile store and real files in a
// temp folder: who it lets in (token, Host, Origin), the headers it sends, and the API
// served through it (create, read, wrong passphrase, lock, idle lock with its event).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../../../electron/web/host.ts';
import type { WebHost } from '../../../electron/web/host.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import type { Result } from '../../../shared/api.ts';
import { request } from 'node:http';
import { sendRequest, type RequestOptions } from './http.ts';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

let host: WebHost;
let dir: string;
let cookie: string;

async function send(path: string, options: RequestOptions = {}): Promise<Reply> {
  const reply = await sendRequest(host.port, path, options);
  return { ...reply, body: reply.body.toString('utf8') };
}

async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  const reply = await send(`/api/${method}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: host.origin }, body: JSON.stringify(input) });
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body) as Result<T>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-web-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Impartial</title>');
  host = await startWebHost({ rendererDir, workspaceDir: join(dir, 'workspace'), store: casefileStore, jobWorker: sourceJobWorker, version: 'test' });
});

afterAll(async () => {
  await host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('who the web host lets in', () => {
  it('refuses a request without the token', async () => {
    expect((await send('/')).status).toBe(403);
    expect((await send('/api/getSettings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
  });
  it('refuses a wrong token', async () => {
    expect((await send(`/?token=${'x'.repeat(host.token.length)}`)).status).toBe(403);
    expect((await send('/', { headers: { cookie: `impartial_token_${host.port}=nope` } })).status).toBe(403);
  });
  it('trades the token in the address for an HttpOnly SameSite=Strict cookie and drops it from the URL', async () => {
    const reply = await send(`/?token=${host.token}`);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const setCookie = String(reply.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    cookie = setCookie.split(';')[0]!;
    const page = await send('/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Impartial</title>');
  });
  it('sends the strict CSP on pages and API answers', async () => {
    const page = await send('/', { headers: { cookie } });
    const csp = String(page.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });
  it('refuses a Host header other than its own address (DNS rebinding)', async () => {
    expect((await send('/', { headers: { cookie, host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await send('/', { headers: { cookie, host: `127.0.0.1:${host.port + 1}` } })).status).toBe(403);
    expect((await send('/', { headers: { cookie, host: `localhost:${host.port}` } })).status).toBe(200);
  });
  it('refuses a cross-origin request even with the cookie', async () => {
    const reply = await send('/api/getSettings', { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(403);
  });
  it('refuses an API call that is not JSON (a cross-site form post)', async () => {
    const reply = await send('/api/getSettings', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(reply.status).toBe(415);
  });
  it('takes JSON only under its exact media type: charset=utf-8 allowed, look-alikes refused', async () => {
    const status = async (type: string) => (await send('/api/getSettings', { method: 'POST', headers: { cookie, 'content-type': type }, body: '{}' })).status;
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"']) expect(await status(type), type).toBe(200);
    for (const type of ['application/jsonfoo', 'application/json-patch+json', 'application/json; charset=latin1', 'application/json; boundary=x', 'text/plain', 'application/jso']) expect(await status(type), type).toBe(415);
  });
  it('answers 400, not 500, to a malformed %-escape in a path', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0%AF']) {
      const reply = await send(path, { headers: { cookie } });
      expect(reply.status, path).toBe(400);
      expect(reply.body).toBe('Bad request: the address has a malformed %-escape');
    }
  });
  it('refuses JSON nested 10,000 deep as input, never as a bug', async () => {
    const deep = `{"title":${'['.repeat(10_000)}${']'.repeat(10_000)},"passphrase":"correct horse battery"}`;
    const reply = await send('/api/createCasefile', { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: host.origin }, body: deep });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid-input', message: 'title: expected text, found a list', path: 'title' } });
    const imported = await send('/api/importInterchange', {
      method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: host.origin },
      body: JSON.stringify({ passphrase: 'correct horse battery', json: `\uFEFF{"format":"impartial/casefile@1","case":${'['.repeat(10_000)}${']'.repeat(10_000)}}` }),
    });
    expect(JSON.parse(imported.body)).toMatchObject({ ok: false, error: { code: 'invalid-field', path: 'case[0][0][0][0][0]… (64 levels down)' } });
  });
  it('serves nothing outside the renderer folder', async () => {
    expect((await send('/..%2F..%2Fpackage.json', { headers: { cookie } })).status).toBe(404);
    expect((await send('/%2e%2e/workspace/x.casefile', { headers: { cookie } })).status).toBe(404);
  });
});

describe('the API through the web host', () => {
  let fileId: string;
  it('creates a casefile in the workspace folder and opens it', async () => {
    const created = await call<{ fileId: string; sessionId: string; name: string }>('createCasefile', { title: 'Smith stage 2', passphrase: 'correct horse battery' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    fileId = created.value.fileId;
    expect(created.value.name).toBe('Smith stage 2.casefile');
    expect(readdirSync(join(dir, 'workspace'))).toContain('Smith stage 2.casefile');
    const read = await call<{ case: { title: string } }>('getCase', { sessionId: created.value.sessionId });
    expect(read.ok && read.value.case.title).toBe('Smith stage 2');
    const saved = await call('saveRecord', { sessionId: created.value.sessionId, collection: 'points', record: { id: 'p1', number: '1', summary: 'Late assessment', detail: 'The assessment was late.' } });
    expect(saved.ok).toBe(true);
    expect((await call('lock', { sessionId: created.value.sessionId })).ok).toBe(true);
    const after = await call('getCase', { sessionId: created.value.sessionId });
    expect(after.ok ? 'open' : after.error.code).toBe('locked');
  });
  it('lists the workspace casefiles', async () => {
    const list = await call<Array<{ fileId: string; name: string }>>('listRecent', {});
    expect(list.ok && list.value.map((f) => f.name)).toEqual(['Smith stage 2.casefile']);
  });
  it('says the passphrase is wrong (or the file damaged: SQLCipher cannot tell), as a value', async () => {
    const result = await call('unlock', { fileId, passphrase: 'not the passphrase' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('damaged-or-wrong-passphrase');
      expect(result.error.message).toMatch(/^the passphrase does not open Smith stage 2\.casefile, or the file is damaged/);
    }
  });
  it('refuses a fileId it never handed out', async () => {
    const result = await call('unlock', { fileId: 'made-up', passphrase: 'correct horse battery' });
    expect(result.ok ? 'open' : result.error.code).toBe('unknown-file');
  });
  it('locks after the idle time and says so on the event stream', async () => {
    const unlocked = await call<{ sessionId: string }>('unlock', { fileId, passphrase: 'correct horse battery' });
    expect(unlocked.ok).toBe(true);
    if (!unlocked.ok) return;
    const events: string[] = [];
    const stream = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, cookie } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => events.push(chunk));
    });
    stream.end();
    expect((await call('setSettings', { idleLockMinutes: 0.05 })).ok).toBe(true);
    const read = await call('getCase', { sessionId: unlocked.value.sessionId });
    expect(read.ok).toBe(true); // still open: the countdown restarts on every call
    await new Promise((r) => setTimeout(r, 4500));
    const after = await call('getCase', { sessionId: unlocked.value.sessionId });
    expect(after.ok ? 'open' : after.error.code).toBe('locked');
    expect(events.join('')).toContain(JSON.stringify({ type: 'locked', sessionId: unlocked.value.sessionId, reason: 'idle' }));
    stream.destroy();
    await call('setSettings', { idleLockMinutes: 10 });
  });
});

describe('documents through the web host', () => {
  it('imports a case, renders the IO report off the main thread with progress, and hands it out once', async () => {
    const json = readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8');
    const imported = await call<{ sessionId: string; name: string }>('importInterchange', { passphrase: 'correct horse battery', json });
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;

    const events: string[] = [];
    const stream = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, cookie } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => events.push(chunk));
    });
    stream.end();
    await new Promise((r) => setTimeout(r, 100));

    for (const format of ['pdf', 'docx'] as const) {
      const rendered = await call<{ fileName: string; size: number; downloadUrl?: string }>('renderDocument', { sessionId: imported.value.sessionId, kind: 'io-report', format, jobId: `job-${format}` });
      expect(rendered.ok ? 'ok' : rendered.error.message).toBe('ok');
      if (!rendered.ok) return;
      expect(rendered.value.fileName).toMatch(new RegExp(`IO report \\(anonymised\\)\\.${format}$`));
      expect(rendered.value.downloadUrl).toMatch(/^\/download\/[\w-]{20,}$/);

      const first = await new Promise<{ status: number; type: string | undefined; disposition: string | undefined; bytes: Buffer }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: host.port, path: rendered.value.downloadUrl, headers: { host: `127.0.0.1:${host.port}`, cookie } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], disposition: res.headers['content-disposition'], bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(first.status).toBe(200);
      expect(first.disposition).toContain('attachment');
      expect(first.bytes.length).toBe(rendered.value.size);
      expect(first.bytes.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
      // One use only.
      expect((await send(rendered.value.downloadUrl!, { headers: { cookie } })).status).toBe(404);
      // And never without the token.
      expect((await send(rendered.value.downloadUrl!)).status).toBe(403);
    }
    const progress = events.join('').split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)) as { type: string; jobId?: string; stage?: string });
    expect(progress.some((e) => e.type === 'progress' && e.jobId === 'job-pdf' && e.stage === 'Writing the PDF')).toBe(true);
    expect(progress.some((e) => e.type === 'progress' && e.jobId === 'job-docx' && e.stage === 'Done')).toBe(true);
    stream.destroy();
  });

  it('refuses an import with a bad field, naming it', async () => {
    const result = await call('importInterchange', { passphrase: 'correct horse battery', json: '{"format":"impartial/casefile@1","case":{}}' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/case\.title|case/);
  });
});

describe('one session per casefile', () => {
  it('unlocking a casefile again (a reloaded page) closes the older session instead of failing on the file lock', async () => {
    const list = await call<Array<{ fileId: string; name: string }>>('listRecent', {});
    const file = list.ok ? list.value.find((f) => f.name === 'Smith stage 2.casefile') : undefined;
    expect(file).toBeDefined();
    const first = await call<{ sessionId: string }>('unlock', { fileId: file!.fileId, passphrase: 'correct horse battery' });
    const second = await call<{ sessionId: string }>('unlock', { fileId: file!.fileId, passphrase: 'correct horse battery' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const old = await call('getCase', { sessionId: first.value.sessionId });
    expect(old.ok ? 'open' : old.error.code).toBe('locked');
    expect((await call('getCase', { sessionId: second.value.sessionId })).ok).toBe(true);

    // This case has a point without a finding: the IO report is refused, a DRAFT is not.
    const refused = await call('renderDocument', { sessionId: second.value.sessionId, kind: 'io-report', format: 'docx' });
    expect(refused.ok ? 'rendered' : refused.error.code).toBe('not-ready');
    if (!refused.ok) expect(refused.error.message).toMatch(/choose “Draft” to render a marked DRAFT\.$/);
    if (!refused.ok) expect(refused.error.message).not.toContain('--draft');
    const draft = await call<{ fileName: string }>('renderDocument', { sessionId: second.value.sessionId, kind: 'io-report', format: 'docx', draft: true });
    expect(draft.ok && draft.value.fileName).toMatch(/\(anonymised, DRAFT\)\.docx$/);
  });
});

describe('verifying a casefile', () => {
  it('checks a closed casefile in the worker, refuses an open one, and says when the passphrase is wrong', async () => {
    const list = await call<Array<{ fileId: string; name: string }>>('listRecent', {});
    const file = list.ok ? list.value.find((f) => f.name === 'Smith stage 2.casefile') : undefined;
    const opened = await call<{ sessionId: string }>('unlock', { fileId: file!.fileId, passphrase: 'correct horse battery' });
    expect(opened.ok).toBe(true);
    const whileOpen = await call('verifyCasefile', { fileId: file!.fileId, passphrase: 'correct horse battery' });
    expect(whileOpen.ok ? 'verified' : whileOpen.error.code).toBe('open-elsewhere');
    if (opened.ok) await call('lock', { sessionId: opened.value.sessionId });

    const report = await call<{ ok: boolean; problems: string[] }>('verifyCasefile', { fileId: file!.fileId, passphrase: 'correct horse battery', jobId: 'verify-1' });
    expect(report.ok && report.value).toEqual({ ok: true, problems: [] });
    const wrong = await call('verifyCasefile', { fileId: file!.fileId, passphrase: 'not it' });
    expect(wrong.ok ? 'verified' : wrong.error.code).toBe('damaged-or-wrong-passphrase');
  });
});
