// Issuing through the app's API (issueDocument, saveIssuedDocument) on the real service, the
// real casefile store and the real render worker, as both hosts wire them: the file handed to
// the user is the one kept, byte for byte; a refusal keeps nothing and speaks the app's words;
// a cancelled save dialog keeps the issue, and the list saves it later.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { createService, type HostSide, type Service } from '../../../electron/core/service/service.ts';
import type { IssuedDocumentResult, OpenedCasefile, RenderedDocument, Result } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { todayIso } from '../../../shared/calendar/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'impartial-issue-service-'));
const passphrase = 'correct horse battery';
const sample = (): CaseData => JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/sample-case.json'), 'utf8')) as CaseData;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let service: Service;
let delivered: Array<{ fileName: string; bytes: Uint8Array }> = [];
let cancelSave = false;
let n = 0;
const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<Result<T>>;

beforeAll(async () => {
  const host: HostSide = {
    kind: 'electron', version: 'test', nativeDialogs: true, defaultBackupFolder: join(tmpdir(), 'impartial-issue-backups'),
    knownCasefiles: async () => [],
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async () => join(dir, `case-${++n}.casefile`),
    chooseInterchangeFile: async () => undefined,
    deliverDocument: async (fileName, bytes) => {
      if (cancelSave) return undefined;
      delivered.push({ fileName, bytes });
      return { saved: true };
    },
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ saved: true }),
    opened: () => {},
    emit: () => {},
  };
  service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker });
});
afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function open(change: (d: CaseData) => void = () => {}): Promise<string> {
  const data = sample();
  change(data);
  const r = await call<OpenedCasefile>('importInterchange', { passphrase, json: JSON.stringify(data) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.sessionId;
}

const issuedIn = async (sessionId: string) => {
  const r = await call<CaseData>('getCase', { sessionId });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.issued;
};

describe('issueDocument', () => {
  it('hands over the file it keeps, byte for byte, and lists it in the case; a copy saved later is the same file', async () => {
    const sessionId = await open();
    delivered = [];
    const r = await call<IssuedDocumentResult>('issueDocument', { sessionId, kind: 'statement', format: 'pdf' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.fileName).toBe('Stage 2 Ms A on behalf of Child B - Statement of Complaint, version 1 (anonymised).pdf');
    expect(r.value.issued).toMatchObject({ kind: 'statement', version: 1, date: todayIso(), format: 'pdf', named: false, fileName: r.value.fileName });
    expect(r.value.saved).toBe(true);
    const [file] = delivered;
    expect(sha256(file!.bytes)).toBe(r.value.issued.sha256);
    expect(r.value.issued.size).toBe(file!.bytes.length);

    const issued = await issuedIn(sessionId);
    expect(issued).toEqual([r.value.issued]);
    expect(issued![0]).not.toHaveProperty('data'); // the page never gets the bytes in the case

    delivered = [];
    const copy = await call<RenderedDocument>('saveIssuedDocument', { sessionId, kind: 'statement', version: 1 });
    expect(copy.ok && copy.value.fileName).toBe(r.value.fileName);
    expect(Buffer.compare(Buffer.from(delivered[0]!.bytes), Buffer.from(file!.bytes))).toBe(0);

    const second = await call<IssuedDocumentResult>('issueDocument', { sessionId, kind: 'statement', format: 'docx', named: true });
    expect(second.ok && [second.value.issued.version, second.value.issued.named, second.value.fileName]).toEqual([2, true, 'Stage 2 Ms A on behalf of Child B - Statement of Complaint, version 2 (named).docx']);
  });

  it('refuses a document that is not ready, in the app\'s words, and keeps nothing', async () => {
    const sessionId = await open((d) => { d.findings = d.findings!.slice(1); });
    delivered = [];
    const r = await call('issueDocument', { sessionId, kind: 'io-report', format: 'pdf' });
    expect(r.ok ? 'ok' : r.error.code).toBe('not-ready');
    const message = r.ok ? '' : r.error.message;
    expect(message).toMatch(/^the IO report is not ready to issue: point \S+: .*\. Put it right, then issue it$/);
    expect(message).not.toMatch(/--\w|impartial \w|draft/i);
    expect(delivered).toEqual([]);
    expect(await issuedIn(sessionId)).toBeUndefined();
  });

  it('refuses a date that is not a date, or before the version it follows', async () => {
    const sessionId = await open();
    const bad = await call('issueDocument', { sessionId, kind: 'ip-report', format: 'pdf', date: '2025-02-30' });
    expect(bad.ok ? undefined : [bad.error.code, bad.error.path]).toEqual(['invalid-input', 'date']);
    expect((await call('issueDocument', { sessionId, kind: 'ip-report', format: 'pdf', date: '2025-01-10' })).ok).toBe(true);
    const early = await call('issueDocument', { sessionId, kind: 'ip-report', format: 'pdf', date: '2025-01-09' });
    expect(early.ok ? undefined : early.error).toEqual({ code: 'invalid-issue-date', message: 'the issue date 9 January 2025 is before version 1 of the IP report, issued 10 January 2025: a later version cannot be dated earlier' });
    expect((await issuedIn(sessionId))?.length).toBe(1);
  });

  it('issues the adjudication letter named, dated by the adjudication; a cancelled save keeps the issue', async () => {
    const sessionId = await open();
    cancelSave = true;
    try {
      const r = await call<IssuedDocumentResult>('issueDocument', { sessionId, kind: 'adjudication-letter', format: 'pdf', named: false });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.saved).toBe(false);
      expect(r.value.issued).toMatchObject({ version: 1, named: true, date: '2025-01-06' });
      expect(r.value.note).toBeUndefined();
    } finally {
      cancelSave = false;
    }
    expect((await issuedIn(sessionId))?.map((d) => d.kind)).toEqual(['adjudication-letter']);
    const later = await call<IssuedDocumentResult>('issueDocument', { sessionId, kind: 'adjudication-letter', format: 'pdf', date: '2025-01-07' });
    expect(later.ok && later.value.note).toBe("The adjudication letter will be dated 7 January 2025; the adjudication's date is recorded as 6 January 2025, from which the Stage 2 clock ends and the Stage 3 clock starts");
  });
});
