// The opt-in passphrase keychain as the service uses it, on a real casefile: a passphrase is
// kept only when asked and only after it has opened the file, a kept one that stopped working
// is forgotten, and forgetting works. The OS keychain itself (Electron's safeStorage) is
// replaced by a map here: what is under test is the service's use of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../../electron/core/service/service.ts';
import type { HostSide, PassphraseKeychain, Service } from '../../../electron/core/service/service.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import type { CasefileRef, ImpartialEvent, OpenedCasefile, Result } from '../../../shared/api.ts';

let dir: string;
let path: string;
let service: Service;
const kept = new Map<string, string>();
const events: ImpartialEvent[] = [];

const keychain: PassphraseKeychain = {
  has: (p) => kept.has(p),
  remember: async (p, passphrase) => { kept.set(p, passphrase); },
  recall: async (p) => kept.get(p),
  forget: async (p) => { kept.delete(p); },
};

const call = <T>(method: string, input: unknown) => dispatch(service.handlers, method, input) as Promise<Result<T>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-keychain-'));
  path = join(dir, 'Kept.casefile');
  const host: HostSide = {
    kind: 'electron', version: 'test', nativeDialogs: true, defaultBackupFolder: join(dir, 'backups'),
    knownCasefiles: async () => [{ path }],
    chooseCasefileToOpen: async () => path,
    chooseNewCasefilePath: async () => path,
    chooseInterchangeFile: async () => undefined,
    deliverDocument: async () => ({ saved: true }),
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ saved: true }),
    opened: () => {},
    emit: (event) => events.push(event),
    keychain,
  };
  service = await createService({ store: casefileStore, host, jobWorker: sourceJobWorker });
});

afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('keeping a passphrase in the OS keychain', () => {
  let fileId: string;
  it('says a keychain is available', async () => {
    const info = await call<{ keychain: boolean }>('getAppInfo', {});
    expect(info.ok && info.value.keychain).toBe(true);
  });
  it('keeps nothing unless asked', async () => {
    const created = await call<OpenedCasefile>('createCasefile', { title: 'Kept', passphrase: 'first passphrase' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    fileId = created.value.fileId;
    await call('lock', { sessionId: created.value.sessionId });
    expect((await call('unlock', { fileId, passphrase: 'first passphrase' })).ok).toBe(true);
    expect(kept.size).toBe(0);
    const none = await call('unlockRemembered', { fileId });
    expect(none.ok ? 'opened' : none.error.code).toBe('not-remembered');
  });
  it('never keeps a passphrase that did not open the file', async () => {
    const wrong = await call('unlock', { fileId, passphrase: 'not it', remember: true });
    expect(wrong.ok ? 'opened' : wrong.error.code).toBe('damaged-or-wrong-passphrase');
    expect(kept.size).toBe(0);
  });
  it('keeps it when asked, shows it in the list, and opens with it', async () => {
    expect((await call('unlock', { fileId, passphrase: 'first passphrase', remember: true })).ok).toBe(true);
    expect(kept.get(path)).toBe('first passphrase');
    const list = await call<CasefileRef[]>('listRecent', {});
    expect(list.ok && list.value[0]?.remembered).toBe(true);
    const opened = await call<OpenedCasefile>('unlockRemembered', { fileId });
    expect(opened.ok).toBe(true);
    if (opened.ok) await call('lock', { sessionId: opened.value.sessionId });
  });
  it('forgets a kept passphrase that no longer opens the file', async () => {
    const casefile = openCasefile(path, 'first passphrase');
    casefile.changePassphrase('second passphrase');
    casefile.close();
    const stale = await call('unlockRemembered', { fileId });
    expect(stale.ok ? 'opened' : stale.error.code).toBe('damaged-or-wrong-passphrase');
    expect(kept.has(path)).toBe(false);
  });
  it('forgets on request', async () => {
    expect((await call('unlock', { fileId, passphrase: 'second passphrase', remember: true })).ok).toBe(true);
    expect(kept.has(path)).toBe(true);
    expect((await call('forgetPassphrase', { fileId })).ok).toBe(true);
    expect(kept.has(path)).toBe(false);
  });
});
