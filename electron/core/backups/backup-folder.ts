// Where a casefile's automatic backups go, and what is kept. The backup folder (the user's
// choice, or the app's data folder) holds one folder per casefile, named after the casefile's
// random id, never its title (a title can hold a name); in it, one file per backup, named after
// the time it was made (UTC, without the colons Windows refuses): 2026-03-05T14-02-33.512Z.casefile.
// Each backup is an encrypted casefile under the passphrase the casefile had when it was made.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ImpartialError } from '../../../shared/errors.ts';
import { removeLeftovers } from '../files/leftovers.ts';
import { backupsToKeep } from './retention.ts';

export interface BackupFile {
  path: string;
  /** The file name, e.g. 2026-03-05T14-02-33.512Z.casefile. */
  name: string;
  /** When it was made. */
  at: Date;
  size: number;
}

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2}(?:\.\d{3})?Z)\.casefile$/;

export function backupFileName(at: Date): string {
  return `${at.toISOString().replaceAll(':', '-')}.casefile`;
}

/** When a backup was made, from its name; undefined for a file that is not one of ours. */
export function backupTimeOf(name: string): Date | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const at = new Date(`${m[1]}:${m[2]}:${m[3]}`);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** The folder of one casefile's backups. The id comes from inside the casefile: anything but a
 *  plain id (a crafted file's "../x") is replaced by its hash, so it can only name a folder here. */
export function casefileBackupFolder(root: string, casefileId: string): string {
  const safe = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/.test(casefileId) ? casefileId : createHash('sha256').update(casefileId).digest('hex').slice(0, 32);
  return join(root, safe);
}

/** The backups in a casefile's folder, newest first (what an interrupted backup left is removed first). */
export function listBackups(folder: string): BackupFile[] {
  removeLeftovers(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const at = backupTimeOf(name);
    if (!at) continue;
    try {
      const st = statSync(join(folder, name));
      if (st.isFile()) found.push({ path: join(folder, name), name, at, size: st.size });
    } catch { /* gone since the listing */ }
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** Every casefile with backups under `root`: its id (the folder's name) and its backups. */
export function listBackupFolders(root: string): Array<{ casefileId: string; folder: string; backups: BackupFile[] }> {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const folder = join(root, name);
    try {
      if (!statSync(folder).isDirectory()) return [];
    } catch {
      return [];
    }
    const backups = listBackups(folder);
    return backups.length > 0 ? [{ casefileId: name, folder, backups }] : [];
  });
}

/** Removes the backups the retention rule (retention.ts) does not keep; answers their names. */
export function pruneBackups(folder: string, now: Date = new Date()): string[] {
  const backups = listBackups(folder);
  const keep = backupsToKeep(backups, now);
  const removed: string[] = [];
  for (const b of backups) {
    if (keep.has(b)) continue;
    try {
      rmSync(b.path);
      removed.push(b.name);
    } catch { /* in use or gone: the next pruning tries again */ }
  }
  return removed;
}

/** Makes sure a casefile's backup folder exists (readable by the user only), and answers it. */
export function ensureBackupFolder(root: string, casefileId: string): string {
  const folder = casefileBackupFolder(root, casefileId);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way of the folder'
      : code === 'EACCES' || code === 'EPERM' ? 'you may not write there' : code === 'ENOENT' ? 'it is not there (a drive removed?)' : `the system answered ${code ?? 'an error'}`;
    throw new ImpartialError('backup-folder', `the backup folder ${basename(root)} cannot be used: ${why}`, { location: root, advice: { cli: 'Choose another backup folder', app: 'Choose another backup folder in Settings' } });
  }
  return folder;
}
