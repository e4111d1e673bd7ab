// Files attached to evidence items as the Electron host does it: the service reads the file
// the open dialog chose (the renderer sends no bytes and no path) and hands a copy to the
// save dialog. The dialogs are replaced by functions here; the service and the real casefile
// store are under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../../electron/core/service/service.ts';
import type { HostSide, Service } from '../../../electron/core/service/service.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import type { AttachedFile, OpenedCasefile, RenderedDocument, Result } from '../../../shared/api.ts';

let dir: string;
let service: Service;
let sessionId: string;
let chosen: string | undefined;
const delivered: Array<{ fileName: string; mediaType: string; bytes: Uint8Array }> = [];

const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<Result<T>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-evidence-files-'));
  const host: HostSide = {
    kind: 'electron', version: 'test', nativeDialogs: true, defaultBackupFolder: join(dir, 'backups'),
    knownCasefiles: async () => [],
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async () => join(dir, 'Files.casefile'),
    chooseInterchangeFile: async () => undefined,
    deliverDocument: async () => ({ saved: true }),
    chooseEvidenceFile: async () => chosen,
    deliverEvidenceFile: async (fileName, mediaType, bytes) => {
      delivered.push({ fileName, mediaType, bytes });
      return { saved: true };
    },
    opened: () => {},
    emit: () => {},
  };
  service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker });
  const created = await call<OpenedCasefile>('createCasefile', { title: 'Files', passphrase: 'correct horse battery' });
  if (!created.ok) throw new Error(created.error.message);
  sessionId = created.value.sessionId;
  await call('saveRecord', { sessionId, collection: 'evidence', record: { id: 'e1', ref: 'D1', kind: 'record', title: 'Case record', pointIds: [] } });
});

afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('attaching a file through the native dialogs', () => {
  it('says cancelled when the open dialog is closed, and attaches nothing', async () => {
    chosen = undefined;
    const result = await call('attachEvidenceFile', { sessionId, evidenceId: 'e1' });
    expect(result.ok ? 'attached' : result.error.code).toBe('cancelled');
  });

  it('reads the chosen file, names it by its file name and type, and saves the same bytes out', async () => {
    const bytes = randomBytes(70_000);
    chosen = join(dir, 'Case record extract.docx');
    writeFileSync(chosen, bytes);
    const attached = await call<AttachedFile>('attachEvidenceFile', { sessionId, evidenceId: 'e1' });
    if (!attached.ok) throw new Error(attached.error.message);
    expect(attached.value).toMatchObject({
      fileName: 'Case record extract.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: 70_000,
    });
    const saved = await call<RenderedDocument>('saveEvidenceFile', { sessionId, evidenceId: 'e1' });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).toEqual({ fileName: 'Case record extract.docx', size: 70_000, saved: true });
    expect(Buffer.from(delivered.at(-1)!.bytes).equals(bytes)).toBe(true);
  });

  it('refuses a chosen file over 50 MB before reading it', async () => {
    chosen = join(dir, 'Recording.mp4');
    writeFileSync(chosen, Buffer.alloc(50 * 1024 * 1024 + 1));
    const result = await call('attachEvidenceFile', { sessionId, evidenceId: 'e1' });
    expect(result.ok ? undefined : [result.error.code, result.error.message]).toEqual(['file-too-large', expect.stringContaining('at most 50 MB')]);
  });

  it('says when an evidence item has no file to save', async () => {
    await call('saveRecord', { sessionId, collection: 'evidence', record: { id: 'e2', ref: 'D2', kind: 'record', title: 'Policy', pointIds: [] } });
    const result = await call('saveEvidenceFile', { sessionId, evidenceId: 'e2' });
    expect(result.ok ? undefined : result.error.code).toBe('not-found');
  });
});
