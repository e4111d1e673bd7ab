// "Send for fact-check" through the API as the renderer calls it, over a real casefile: the
// draft is delivered and only then the round recorded, with the SHA-256 of the very bytes
// delivered; a cancelled save records nothing; a round id already used is refused.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { createService, type HostSide, type Service } from '../../../electron/core/service/service.ts';
import type { OpenedCasefile, Result } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';

const root = join(import.meta.dirname, '../../..');
let dir: string;
let service: Service;
let sessionId: string;
const delivered: Array<{ fileName: string; bytes: Uint8Array }> = [];
let cancel = false;

const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<Result<T>>;
const rounds = async () => {
  const c = await call<CaseData>('getCase', { sessionId });
  if (!c.ok) throw new Error(c.error.message);
  return c.value.factCheck?.rounds ?? [];
};
const round = (id: string) => ({ id, sentDate: '2025-01-06', sentTo: 'Ruth Adeyemi, Complaints Manager', dueDate: '2025-01-20' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-fact-check-'));
  const host: HostSide = {
    kind: 'web', version: 'test', nativeDialogs: false, defaultBackupFolder: join(dir, 'backups'),
    knownCasefiles: async () => [],
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async (title) => join(dir, `${title}.casefile`),
    chooseInterchangeFile: async () => undefined,
    deliverDocument: async (fileName, bytes) => {
      if (cancel) return undefined;
      delivered.push({ fileName, bytes });
      return { downloadUrl: '/x' };
    },
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ downloadUrl: '/x' }),
    opened: () => {},
    emit: () => {},
  };
  service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker });
  const json = readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8');
  const imported = await call<OpenedCasefile>('importInterchange', { passphrase: 'correct horse battery', json });
  if (!imported.ok) throw new Error(imported.error.message);
  sessionId = imported.value.sessionId;
}, 60_000);

afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('sendForFactCheck', () => {
  it('delivers the draft, then records the round with the SHA-256 of the bytes delivered', async () => {
    const r = await call<{ fileName: string; draftSha256: string }>('sendForFactCheck', { sessionId, round: round('fc-1'), format: 'docx' });
    expect(r.ok && r.value.fileName).toMatch(/IO report \(anonymised, fact-check draft 6 January 2025\)\.docx$/);
    const sent = delivered.at(-1)!;
    const sha = createHash('sha256').update(sent.bytes).digest('hex');
    expect(r.ok && r.value.draftSha256).toBe(sha);
    expect(await rounds()).toEqual([{ ...round('fc-1'), draftSha256: sha }]);
  }, 60_000);

  it('records nothing when the save is cancelled, and refuses a round id already used', async () => {
    cancel = true;
    const r = await call('sendForFactCheck', { sessionId, round: round('fc-2'), format: 'pdf' });
    cancel = false;
    expect(r.ok ? '' : r.error.code).toBe('cancelled');
    expect((await rounds()).map((x) => x.id)).toEqual(['fc-1']);
    const again = await call('sendForFactCheck', { sessionId, round: round('fc-1'), format: 'pdf' });
    expect(again.ok ? '' : again.error.message).toMatch(/round\.id: duplicate id "fc-1"/);
    expect((await rounds()).map((x) => x.id)).toEqual(['fc-1']);
  }, 60_000);
});
