// The app's backups of an open casefile (electron/core/backups): made in the backup folder
// when the casefile is locked or closed and every AUTO_BACKUP_EVERY_MS while it is open, each
// only when the casefile has changed since the last backup made on this computer; then the
// folder is pruned to what the retention rule keeps.
import { join } from 'node:path';
import { backupFileName, ensureBackupFolder, pruneBackups } from '../backups/backup-folder.ts';
import type { HistoryHeadNow, OpenCasefile } from './store-port.ts';

export const AUTO_BACKUP_EVERY_MS = 15 * 60_000;

export interface BackupMadeNow {
  madeAt: Date;
  size: number;
  head: HistoryHeadNow;
}

/** Makes a checked backup of `casefile` in its folder under `root`, then prunes the folder. */
export function makeBackup(casefile: OpenCasefile, root: string, now: Date = new Date()): BackupMadeNow {
  const folder = ensureBackupFolder(root, casefile.casefileId());
  const result = casefile.backupTo(join(folder, backupFileName(now)));
  pruneBackups(folder, now);
  return { madeAt: now, size: result.size, head: result.head };
}

/** Whether the casefile has changes the last backup made here does not hold. */
export function changedSince(head: HistoryHeadNow, backedUp: { seq: number; hash: string } | undefined): boolean {
  return !backedUp || backedUp.seq !== head.seq || backedUp.hash !== head.hash;
}
