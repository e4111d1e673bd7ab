// What a host keeps in its settings file (Electron: userData/settings.json; the web host: a file
// in its workspace folder). No case data and no passphrase: the idle lock, the name the history
// records, where backups go, and per casefile id what this computer last saw of its history,
// which is how a casefile older than the copy last opened here is noticed.
import type { Settings } from '../../../shared/api.ts';
import { defaultSettings } from '../../../shared/api.ts';

/** What this computer last saw of one casefile (keyed by the casefile's random id). */
export interface SeenHistory {
  /** The number and hash of its last change, and when that change was made. */
  seq: number;
  hash: string;
  at?: string;
  /** Where it was, and its file name, for listing its backups (never shown as a path). */
  path?: string;
  name?: string;
  /** The last change held by the newest backup made here, so that an unchanged casefile is not backed up again. */
  backedUp?: { seq: number; hash: string };
}

export interface StoredSettings {
  idleLockMinutes: number;
  userName: string;
  /** The folder the user chose for backups; absent: the host's default. */
  backupFolder?: string;
  historySeen: Record<string, SeenHistory>;
}

export const defaultStoredSettings = (): StoredSettings => ({ idleLockMinutes: defaultSettings.idleLockMinutes, userName: '', historySeen: {} });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function seenEntry(v: unknown): SeenHistory | undefined {
  if (!isObject(v) || typeof v.seq !== 'number' || !Number.isInteger(v.seq) || v.seq < 0 || typeof v.hash !== 'string') return undefined;
  const backedUp = isObject(v.backedUp) && typeof v.backedUp.seq === 'number' && typeof v.backedUp.hash === 'string'
    ? { seq: v.backedUp.seq, hash: v.backedUp.hash } : undefined;
  return {
    seq: v.seq,
    hash: v.hash,
    ...(typeof v.at === 'string' ? { at: v.at } : {}),
    ...(typeof v.path === 'string' ? { path: v.path } : {}),
    ...(typeof v.name === 'string' ? { name: v.name } : {}),
    ...(backedUp ? { backedUp } : {}),
  };
}

/** The settings in a file as far as they make sense; anything else is left at its default. */
export function parseStoredSettings(value: unknown): StoredSettings {
  const out = defaultStoredSettings();
  if (!isObject(value)) return out;
  if (typeof value.idleLockMinutes === 'number' && value.idleLockMinutes >= 0.05 && value.idleLockMinutes <= 24 * 60) out.idleLockMinutes = value.idleLockMinutes;
  if (typeof value.userName === 'string') out.userName = value.userName.slice(0, 100);
  if (typeof value.backupFolder === 'string' && value.backupFolder !== '') out.backupFolder = value.backupFolder;
  if (isObject(value.historySeen)) {
    for (const [id, entry] of Object.entries(value.historySeen)) {
      const seen = seenEntry(entry);
      if (seen) out.historySeen[id] = seen;
    }
  }
  return out;
}

/** The settings as the page sees them: no paths. */
export function publicSettings(stored: StoredSettings, backupFolderName: string): Settings {
  return { idleLockMinutes: stored.idleLockMinutes, userName: stored.userName, backupFolder: { name: backupFolderName, chosen: stored.backupFolder !== undefined } };
}
