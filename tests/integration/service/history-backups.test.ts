// The app's history and backups through its service, on real casefiles in a temporary folder:
// the name given in Settings is who the history records; locking makes a checked backup (in a
// folder named after the casefile id, only when something changed); the backups are listed and
// one restored as a new casefile that holds the same case; and a casefile older than, or
// different from, the copy last opened on this computer is flagged on opening, saying what is
// missing. A backup that cannot be made never stops the lock: the user is told.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service/service.ts';
import type { HostSide, Service } from '../../../electron/core/service/service.ts';
import { casefileStore } from '../../../electron/core/service/casefile-store.ts';
import { sourceJobWorker } from '../../../electron/core/service/jobs.ts';
import { dispatch } from '../../../electron/core/service/dispatch.ts';
import { parseStoredSettings, type StoredSettings } from '../../../electron/core/service/stored-settings.ts';
import type { BackupMade, CasefileBackups, HistoryPage, ImpartialEvent, OpenedCasefile, Result, Settings } from '../../../shared/api.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';

let dir: string;
let service: Service;
let newPath = '';
let saved: StoredSettings | undefined;
const events: ImpartialEvent[] = [];
const passphrase = 'history and backups';

const call = async <T>(method: string, input: unknown): Promise<T> => {
  const result = (await dispatch(service.handlers, method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
};
const refused = async (method: string, input: unknown) => {
  const result = await dispatch(service.handlers, method, input);
  if (result.ok) throw new Error(`${method} was expected to fail`);
  return result.error;
};

async function startService(): Promise<Service> {
  const host: HostSide = {
    kind: 'web', version: 'test', nativeDialogs: false,
    defaultBackupFolder: join(dir, 'backups'),
    knownCasefiles: async () => [],
    chooseCasefileToOpen: async () => undefined,
    chooseNewCasefilePath: async () => newPath,
    chooseInterchangeFile: async () => undefined,
    deliverDocument: async () => ({ saved: true }),
    chooseEvidenceFile: async () => undefined,
    deliverEvidenceFile: async () => ({ saved: true }),
    chooseBackupFolder: async (folder) => (folder ? join(dir, folder) : undefined),
    opened: () => {},
    emit: (event) => events.push(event),
    // Kept as JSON, as the hosts keep it in a file.
    loadSettings: async () => parseStoredSettings(saved ? JSON.parse(JSON.stringify(saved)) : undefined),
    saveSettings: async (settings) => { saved = JSON.parse(JSON.stringify(settings)) as StoredSettings; },
  };
  return createService({ store: casefileStore, host, jobWorker: sourceJobWorker });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'impartial-history-backups-'));
  service = await startService();
});
afterAll(async () => {
  await service.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const backupFiles = () => readdirSync(join(dir, 'backups')).flatMap((id) => readdirSync(join(dir, 'backups', id)).map((name) => join(id, name)));

describe('the history and backups of a casefile in the app', () => {
  let opened: OpenedCasefile;
  let caseAtLock: CaseData;

  it('records who made each change: the name given in Settings and the case role', async () => {
    const settings = await call<Settings>('setSettings', { userName: '  Jane Smith ' });
    expect(settings).toEqual({ idleLockMinutes: 10, userName: 'Jane Smith', backupFolder: { name: 'backups', chosen: false } });
    newPath = join(dir, 'Jones.casefile');
    opened = await call<OpenedCasefile>('createCasefile', { title: 'Jones', passphrase });
    expect(opened.warnings).toBeUndefined();
    await call('saveRecord', { sessionId: opened.sessionId, collection: 'points', record: { id: 'pt-1', number: '1', summary: 'Reviews postponed', detail: 'The reviews were postponed twice.' } });
    await call('saveRecord', { sessionId: opened.sessionId, collection: 'points', record: { id: 'pt-1', number: '1', summary: 'Reviews postponed twice', detail: 'The reviews were postponed twice.' } });
    const page = await call<HistoryPage>('getHistory', { sessionId: opened.sessionId, collection: 'points', recordId: 'pt-1' });
    expect(page.more).toBe(false);
    expect(page.entries.map((e) => [e.summary, e.who])).toEqual([
      ['updated point 1: summary', { name: 'Jane Smith', role: 'investigating-officer' }],
      ['added point 1', { name: 'Jane Smith', role: 'investigating-officer' }],
    ]);
    const all = await call<HistoryPage>('getHistory', { sessionId: opened.sessionId, limit: 2 });
    expect(all.more).toBe(true);
    const rest = await call<HistoryPage>('getHistory', { sessionId: opened.sessionId, limit: 2, beforeSeq: all.entries[1]!.seq });
    expect(rest.entries.map((e) => e.action)).toEqual(['create']);
  });

  it('backs the casefile up when it is locked, in a folder named after its id, not its title', async () => {
    caseAtLock = await call<CaseData>('getCase', { sessionId: opened.sessionId });
    await call('lock', { sessionId: opened.sessionId });
    const files = backupFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f-]{36}\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z\.casefile$/);
    expect(files[0]).not.toContain('Jones');
    expect(Object.values(saved!.historySeen)).toEqual([expect.objectContaining({ seq: 3, name: 'Jones.casefile', backedUp: expect.objectContaining({ seq: 3 }) })]);
  });

  it('does not back up again a casefile that has not changed since', async () => {
    opened = await call<OpenedCasefile>('unlock', { fileId: opened.fileId, passphrase });
    expect(opened.warnings).toBeUndefined();
    await call('lock', { sessionId: opened.sessionId });
    expect(backupFiles()).toHaveLength(1);
  });

  it('makes a backup on request, and lists them by the casefile name last seen here', async () => {
    opened = await call<OpenedCasefile>('unlock', { fileId: opened.fileId, passphrase });
    const made = await call<BackupMade>('backUpNow', { sessionId: opened.sessionId });
    expect(made.changes).toBe(3);
    await call('lock', { sessionId: opened.sessionId });
    const lists = await call<CasefileBackups[]>('listBackups', {});
    expect(lists).toHaveLength(1);
    expect(lists[0]!.name).toBe('Jones.casefile');
    expect(lists[0]!.backups).toHaveLength(2);
    expect(await call<CasefileBackups[]>('listBackups', { fileId: opened.fileId })).toEqual(lists);
  });

  it('restores a backup as a new casefile holding the same case, never over the original', async () => {
    const [list] = await call<CasefileBackups[]>('listBackups', {});
    newPath = join(dir, 'Jones restored.casefile');
    const wrong = await refused('restoreBackup', { backupId: list!.backups[1]!.backupId, passphrase: 'not it' });
    expect(wrong.code).toBe('damaged-or-wrong-passphrase');
    expect(readdirSync(dir)).not.toContain('Jones restored.casefile');
    const restored = await call<OpenedCasefile>('restoreBackup', { backupId: list!.backups[1]!.backupId, passphrase });
    expect(restored.name).toBe('Jones restored.casefile');
    expect(restored.warnings).toBeUndefined();
    expect(await call<CaseData>('getCase', { sessionId: restored.sessionId })).toStrictEqual(caseAtLock);
    const [last] = (await call<HistoryPage>('getHistory', { sessionId: restored.sessionId, limit: 1 })).entries;
    expect(last).toMatchObject({ action: 'restore', who: { name: 'Jane Smith' } });
    await call('lock', { sessionId: restored.sessionId });
    // A casefile of its own: its backups are listed apart from the original's.
    expect((await call<CasefileBackups[]>('listBackups', {})).map((l) => l.name).sort()).toEqual(['Jones restored.casefile', 'Jones.casefile']);
    const unknown = await refused('restoreBackup', { backupId: 'no-such-backup', passphrase });
    expect(unknown.message).toBe('That backup is no longer in the list: choose it again');
  });

  it('flags a copy older than the one last opened here, or one changed apart from it, saying what is missing', async () => {
    const older = join(dir, 'older copy.casefile');
    const newer = join(dir, 'newer copy.casefile');
    copyFileSync(join(dir, 'Jones.casefile'), older);
    opened = await call<OpenedCasefile>('unlock', { fileId: opened.fileId, passphrase });
    for (const summary of ['one', 'two']) {
      await call('saveRecord', { sessionId: opened.sessionId, collection: 'points', record: { id: `pt-${summary}`, number: summary, summary, detail: summary } });
    }
    await call('lock', { sessionId: opened.sessionId });
    copyFileSync(join(dir, 'Jones.casefile'), newer);
    // The older copy is put where the casefile was, as a copy from a memory stick might be.
    copyFileSync(older, join(dir, 'Jones.casefile'));
    opened = await call<OpenedCasefile>('unlock', { fileId: opened.fileId, passphrase });
    expect(opened.warnings).toHaveLength(1);
    expect(opened.warnings![0]).toMatch(/^This casefile is older than the copy last opened on this computer: 2 changes made after \d{1,2} [A-Z][a-z]+ \d{4} \d\d:\d\d are missing\. Look for the newer copy before you change anything\.$/);
    // Changed now, apart from the newer copy; then the newer copy comes back: the two histories differ.
    await call('saveRecord', { sessionId: opened.sessionId, collection: 'points', record: { id: 'pt-three', number: 'three', summary: 'three', detail: 'three' } });
    await call('lock', { sessionId: opened.sessionId });
    copyFileSync(newer, join(dir, 'Jones.casefile'));
    opened = await call<OpenedCasefile>('unlock', { fileId: opened.fileId, passphrase });
    expect(opened.warnings).toEqual([expect.stringMatching(/^This casefile's history differs from the copy last opened on this computer \(its change 4, made \d{1,2} [A-Z][a-z]+ \d{4} \d\d:\d\d\): the two copies have been changed separately\. Look for the other copy before you change anything\.$/)]);
    await call('lock', { sessionId: opened.sessionId });
    // Said once: this copy is now the one last opened here.
    opened = await call<OpenedCasefile>('unlock', { fileId: opened.fileId, passphrase });
    expect(opened.warnings).toBeUndefined();
    await call('lock', { sessionId: opened.sessionId });
  });
});

describe('a backup that cannot be made', () => {
  it('does not stop the lock, and the user is told', async () => {
    const settings = await call<Settings>('chooseBackupFolder', { folder: 'elsewhere' });
    expect(settings.backupFolder).toEqual({ name: 'elsewhere', chosen: true });
    newPath = join(dir, 'Okafor.casefile');
    const opened = await call<OpenedCasefile>('createCasefile', { title: 'Okafor', passphrase });
    // The folder goes, and a file takes its place (a memory stick removed, say).
    rmSync(join(dir, 'elsewhere'), { recursive: true });
    writeFileSync(join(dir, 'elsewhere'), 'not a folder');
    events.length = 0;
    await call('lock', { sessionId: opened.sessionId });
    expect(events.map((e) => e.type)).toEqual(['backup-failed', 'locked']);
    expect(events[0]).toMatchObject({ message: 'The automatic backup of Okafor.casefile could not be made: the backup folder elsewhere cannot be used: a file is in the way of the folder. Choose another backup folder in Settings' });
    expect(JSON.stringify(events[0])).not.toContain(dir);
    const reset = await call<Settings>('chooseBackupFolder', { reset: true });
    expect(reset.backupFolder).toEqual({ name: 'backups', chosen: false });
  });
});
