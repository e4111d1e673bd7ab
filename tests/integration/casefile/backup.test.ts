// Backups and restoring them, on real casefiles: a backup is an encrypted copy under the same
// passphrase, checked as it is written, never written over a file; a restored backup is a new
// casefile that exports exactly what its source did, with an id and a history line of its own;
// a damaged backup is refused and leaves nothing behind.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile, restoreBackup, verifyCasefileAt } from '../../../electron/core/casefile/index.ts';
import { ensureBackupFolder, listBackups, pruneBackups } from '../../../electron/core/backups/backup-folder.ts';
import { makeBackup } from '../../../electron/core/service/backup-keeper.ts';
import { PAGE_SIZE } from '../../../electron/core/casefile/page-check.ts';
import { flipByte, removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const PASSPHRASE = 'backup trials';

/** A casefile with some history and an attached file. */
function sourceCasefile(dir: string) {
  const path = join(dir, 'jones.casefile');
  const casefile = createCasefile(path, PASSPHRASE, sampleCase(), { actor: { name: 'Jane Smith' } });
  casefile.putAttachment('e-1', Buffer.from('Case notes, March 2023.\n'), 'case notes.txt', 'text/plain');
  casefile.upsert('points', { ...sampleCase().statement.points[0]!, summary: 'Changed before the backup' });
  return { path, casefile };
}

describe('a backup', () => {
  it('is an encrypted copy under the same passphrase, checked, holding the same case and history', () => {
    const dir = tempDir();
    const { casefile } = sourceCasefile(dir);
    const target = join(dir, 'jones backup.casefile');
    const result = casefile.backupTo(target);
    expect(result).toMatchObject({ path: target, size: statSync(target).size, head: casefile.historyHead() });
    expect(readFileSync(target).includes(Buffer.from('Case notes, March 2023'))).toBe(false);
    expect(readFileSync(target).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const source = casefile.readCase({ withAttachments: true });
    const history = casefile.allHistory();
    casefile.close();
    const copy = openCasefile(target, PASSPHRASE);
    try {
      expect(copy.readCase({ withAttachments: true })).toStrictEqual(source);
      expect(copy.allHistory()).toEqual(history);
      expect(copy.verify()).toEqual({ ok: true, problems: [] });
    } finally {
      copy.close();
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('never writes over a file, or under a name Windows reserves', () => {
    const dir = tempDir();
    const { casefile, path } = sourceCasefile(dir);
    try {
      expect(() => casefile.backupTo(path)).toThrow('jones.casefile already exists: choose another name (nothing was overwritten)');
      expect(() => casefile.backupTo(join(dir, 'nul.casefile'))).toThrow('Windows reserves it');
      expect(readdirSync(dir).filter((n) => !/^jones\.casefile(-wal|-shm)?$/.test(n))).toEqual([]);
    } finally {
      casefile.close();
    }
  });

  it('goes to a folder named after the casefile id, not its title, and the folder is pruned', () => {
    const dir = tempDir();
    const { casefile } = sourceCasefile(dir);
    try {
      const root = join(dir, 'backups');
      const times = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 2, 5, 9, i)));
      for (const [i, at] of times.entries()) {
        casefile.upsert('points', { ...sampleCase().statement.points[0]!, summary: `Change ${i}` });
        makeBackup(casefile, root, at);
      }
      expect(readdirSync(root)).toEqual([casefile.casefileId()]);
      const folder = ensureBackupFolder(root, casefile.casefileId());
      const left = listBackups(folder);
      // All on one day (in any time zone but the few where 09:00 UTC is near midnight): the last 10.
      expect(left).toHaveLength(10);
      expect(left[0]!.at).toEqual(times[11]);
      expect(pruneBackups(folder, times[11])).toEqual([]);
    } finally {
      casefile.close();
    }
  });
});

describe('restoring a backup', () => {
  it('makes a new casefile that exports exactly what its source did, with an id and a history line of its own', () => {
    const dir = tempDir();
    const { casefile } = sourceCasefile(dir);
    const backup = join(dir, 'backup.casefile');
    casefile.backupTo(backup);
    const source = casefile.readCase({ withAttachments: true });
    const sourceId = casefile.casefileId();
    const sourceHistory = casefile.allHistory();
    casefile.close();

    const restored = join(dir, 'jones restored.casefile');
    restoreBackup(backup, restored, PASSPHRASE, { actor: { name: 'Jane Smith' }, madeAt: '2026-03-05T14:02:00.000Z' });
    const copy = openCasefile(restored, PASSPHRASE);
    try {
      expect(copy.readCase({ withAttachments: true })).toStrictEqual(source);
      expect(copy.casefileId()).not.toBe(sourceId);
      const history = copy.allHistory();
      expect(history.slice(0, -1)).toEqual(sourceHistory);
      expect(history.at(-1)).toMatchObject({ action: 'restore', who: { name: 'Jane Smith' } });
      expect(history.at(-1)!.summary).toMatch(/^restored as a new casefile from a backup made 5 March 2026 \d\d:\d\d, which ended at change 3$/);
      expect(copy.verify()).toEqual({ ok: true, problems: [] });
    } finally {
      copy.close();
    }
    expect(() => restoreBackup(backup, restored, PASSPHRASE)).toThrow('jones restored.casefile already exists: choose another name (nothing was overwritten)');
  });

  it('refuses a damaged backup, naming it, and leaves nothing behind', () => {
    const dir = tempDir();
    const { casefile } = sourceCasefile(dir);
    const backup = join(dir, 'backup.casefile');
    casefile.backupTo(backup);
    casefile.close();
    const pages = statSync(backup).size / PAGE_SIZE;
    const damaged = join(dir, 'damaged.casefile');
    flipByte(backup, Math.floor(pages / 2) * PAGE_SIZE + 100, damaged);
    const target = join(dir, 'restored.casefile');
    expect(() => restoreBackup(damaged, target, PASSPHRASE)).toThrow(/^the backup damaged\.casefile (failed its check, so it was not restored: 1 of \d+ pages failed|is damaged).*\. Choose another backup$/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(() => restoreBackup(backup, target, 'not the passphrase')).toThrow('the passphrase does not open the backup backup.casefile, or the backup is damaged: a backup opens with the passphrase the casefile had when the backup was made');
    expect(existsSync(target)).toBe(false);
  });

  it('brings a backup of an older release up to this one (the v1 fixture)', () => {
    const dir = tempDir();
    const backup = join(dir, 'v1 backup.casefile');
    copyFileSync(join(import.meta.dirname, '../../fixtures/v1.casefile'), backup);
    const target = join(dir, 'restored.casefile');
    restoreBackup(backup, target, 'v1 fixture: correct horse battery staple');
    expect(verifyCasefileAt(target, 'v1 fixture: correct horse battery staple')).toEqual({ ok: true, problems: [] });
    expect(readFileSync(backup)).toEqual(readFileSync(join(import.meta.dirname, '../../fixtures/v1.casefile')));
  });
});
