// App settings in userData/settings.json (core/service/stored-settings.ts): the idle lock, the
// name the history records, the backup folder, and what this computer last saw of each
// casefile's history. No case data, no passphrase.
import { app } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../core/files/write-atomically.ts';
import { parseStoredSettings, type StoredSettings } from '../core/service/stored-settings.ts';

const file = () => join(app.getPath('userData'), 'settings.json');

export async function loadSettings(): Promise<StoredSettings> {
  return parseStoredSettings(JSON.parse(await readFile(file(), 'utf8')));
}

export async function saveSettings(settings: StoredSettings): Promise<void> {
  writeFileAtomically(file(), JSON.stringify(settings, null, 2));
}

/** Backups go here unless the user chooses another folder (Settings). */
export const defaultBackupFolder = () => join(app.getPath('userData'), 'backups');
