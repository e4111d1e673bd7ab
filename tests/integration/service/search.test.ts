// The app's search through the service, with the real store and the real job worker: a file
// attached is read off the main thread (file-text events), then searchCase finds it and
// getFileTextStates says so; a file left pending by a closed session is read on unlocking.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { createService, type HostSide, type Service } from '../../../electron/core/service/service.ts';
import type { FileTextState, ImpartialEvent, OpenedCasefile, Result, SearchResults } from '../../../shared/api.ts';
import { textPdf } from '../search/helpers/make-files.ts';

let dir: string;
let service: Service;
const events: ImpartialEvent[] = [];
const call = async <T>(method: string, input: unknown): Promise<T> => {
  const result = (await dispatch(service.handlers, method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
};

/** Resolves when the session's files have all been read (the last file-text event). */
function filesRead(sessionId: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (events.some((e) => e.type === 'file-text' && e.sessionId === sessionId && e.done === e.total && e.stage === 'Done')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-service-search-'));
  const host: HostSide = {
    kind: 'web', version: 'test', nativeDialogs: false, defaultBackupFolder: join(dir, 'backups'),
    knownCasefiles: async () => [{ path: join(dir, 'Search.casefile') }],
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async () => join(dir, 'Search.casefile'),
    chooseInterchangeFile: async () => undefined,
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ downloadUrl: '/x' }),
    deliverDocument: async () => ({ downloadUrl: '/x' }),
    opened: () => {},
    emit: (event) => { events.push(event); },
  };
  service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker });
});

afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('searching in the app', () => {
  it('reads an attached file in the worker, then finds its words with the page', async () => {
    const { sessionId, fileId } = await call<OpenedCasefile>('createCasefile', { title: 'Search', passphrase: 'correct horse battery' });
    await call('saveRecord', { sessionId, collection: 'evidence', record: { id: 'e1', ref: 'D1', kind: 'record', title: 'Minutes', pointIds: [] } });
    const pdf = await textPdf(['Page one of the minutes.', 'The Ravensworth contact arrangements were agreed.']);
    await call('attachEvidenceFile', { sessionId, evidenceId: 'e1', upload: { fileName: 'minutes.pdf', mediaType: 'application/pdf', data: pdf.toString('base64') } });
    await filesRead(sessionId);
    expect(events.filter((e) => e.type === 'file-text').map((e) => e.type === 'file-text' && e.stage)).toContain('Reading minutes.pdf (D1)');
    const found = await call<SearchResults>('searchCase', { sessionId, query: 'Ravensworth' });
    expect(found.hits.map((h) => [h.place, h.target, h.snippet])).toEqual([['D1, page 2', { kind: 'file', evidenceId: 'e1', page: 2 }, 'The [Ravensworth] contact arrangements were agreed.']]);
    expect(await call<FileTextState[]>('getFileTextStates', { sessionId })).toEqual([{ evidenceId: 'e1', ref: 'D1', fileName: 'minutes.pdf', sha256: createHash('sha256').update(pdf).digest('hex'), status: 'indexed', pages: 2 }]);
    const title = await call<SearchResults>('searchCase', { sessionId, query: 'minutes', limit: 1 });
    expect(title.hits).toHaveLength(1);
    expect(title.total).toBeGreaterThan(1);

    // A file stored but never read (the app closed at once): read when the casefile is unlocked.
    await call('saveRecord', { sessionId, collection: 'evidence', record: { id: 'e2', ref: 'D2', kind: 'record', title: 'Notes', pointIds: [] } });
    await call('lock', { sessionId });
    const direct = openCasefile(join(dir, 'Search.casefile'), 'correct horse battery');
    direct.putAttachment('e2', await textPdf(['The Thornbury review notes.']), 'notes.pdf', 'application/pdf');
    direct.close();
    const reopened = await call<OpenedCasefile>('unlock', { fileId, passphrase: 'correct horse battery' });
    await filesRead(reopened.sessionId);
    const states = await call<FileTextState[]>('getFileTextStates', { sessionId: reopened.sessionId });
    expect(states.map((s) => s.status)).toEqual(['indexed', 'indexed']);
    expect((await call<SearchResults>('searchCase', { sessionId: reopened.sessionId, query: 'Thornbury' })).hits.map((h) => h.place)).toEqual(['D2, page 1']);
  }, 60_000);

  it('refuses a query that is too long, and answers a locked session with "locked"', async () => {
    const result = await dispatch(service.handlers, 'searchCase', { sessionId: 'nope', query: 'x'.repeat(1001) }) as Result<unknown>;
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-input');
    const locked = await dispatch(service.handlers, 'searchCase', { sessionId: 'nope', query: 'x' }) as Result<unknown>;
    expect(locked.ok ? 'ok' : locked.error.code).toBe('locked');
  });
});
