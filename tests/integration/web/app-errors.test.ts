// The web host's answers over HTTP when something fails (design.md section 7: the renderer
// never sees a path): a moved casefile, a damaged one, a wrong passphrase and a workspace
// folder that no longer exists are each named by the casefile's file name; nothing in the
// response body holds the folder.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { startWebHost, type WebHost } from '../../../electron/web/host.ts';
import type { CasefileRef, OpenedCasefile, Result } from '../../../shared/api.ts';
import { flipByte } from '../casefile/helpers/files.ts';
import { sendApiCall } from './http.ts';

const passphrase = 'correct horse battery';
let root: string;
let workspace: string;
let host: WebHost;
const logged: string[] = [];

/** One API call; the raw body is checked for the folder before it is parsed. */
async function call<T>(method: string, input: unknown): Promise<Result<T>> {
  const reply = await sendApiCall(host, method, input);
  expect(reply.status).toBe(200);
  const body = reply.body.toString('utf8');
  for (const folder of [root, basename(root), 'Workspace of Ms Example']) expect(body).not.toContain(folder);
  return JSON.parse(body) as Result<T>;
}

async function refused(method: string, input: unknown, code: string): Promise<string> {
  const result = await call(method, input);
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
  return result.ok ? '' : result.error.message;
}

async function fileIdOf(name: string): Promise<string> {
  const list = await call<CasefileRef[]>('listRecent', {});
  const found = list.ok ? list.value.find((f) => f.name === name) : undefined;
  if (!found) throw new Error(`${name} is not listed`);
  return found.fileId;
}

async function createLocked(title: string): Promise<string> {
  const created = await call<OpenedCasefile>('createCasefile', { title, passphrase });
  if (!created.ok) throw new Error(created.error.message);
  await call('lock', { sessionId: created.value.sessionId });
  return created.value.fileId;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'impartial-web-errors-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Impartial</title>');
  workspace = join(root, 'Workspace of Ms Example');
  host = await startWebHost({ rendererDir, workspaceDir: workspace, store: casefileStore, jobWorker: sourceJobWorker, version: 'test', log: (m) => logged.push(m) });
});

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('errors from the web host name the casefile, never its folder', () => {
  it('a casefile moved out of the workspace after it was listed', async () => {
    await createLocked('Moved');
    const fileId = await fileIdOf('Moved.casefile');
    renameSync(join(workspace, 'Moved.casefile'), join(root, 'Moved.casefile'));
    expect(await refused('unlock', { fileId, passphrase }, 'not-found')).toBe('Moved.casefile does not exist. It may have been moved, renamed or deleted: open it from where it is now');
    expect(await refused('verifyCasefile', { fileId, passphrase }, 'not-found')).toContain('Moved.casefile');
  });

  it('a damaged casefile', async () => {
    const fileId = await createLocked('Damaged');
    flipByte(join(workspace, 'Damaged.casefile'), 200);
    expect(await refused('unlock', { fileId, passphrase }, 'damaged')).toMatch(/^Damaged\.casefile is damaged: .*\. Restore it from a backup$/);
  });

  it('a wrong passphrase', async () => {
    const fileId = await createLocked('Locked');
    expect(await refused('unlock', { fileId, passphrase: 'not it' }, 'damaged-or-wrong-passphrase')).toContain('Locked.casefile');
  });

  it('a workspace folder that no longer exists', async () => {
    const fileId = await fileIdOf('Locked.casefile');
    rmSync(workspace, { recursive: true });
    const list = await call<CasefileRef[]>('listRecent', {});
    expect(list.ok && list.value).toEqual([]);
    expect(await refused('createCasefile', { title: 'New', passphrase }, 'folder-not-found')).toBe('the folder for New.casefile does not exist');
    expect(await refused('unlock', { fileId, passphrase }, 'not-found')).toContain('Locked.casefile');
    // The host keeps the details for itself: nothing was a bug, so nothing was logged.
    expect(logged).toEqual([]);
  });
});
