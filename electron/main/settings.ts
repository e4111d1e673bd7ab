// App settings (the idle lock) in userData/settings.json. No case data, no passphrase.
import { app } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../shared/api.ts';
import { writeFileAtomically } from '../core/files/write-atomically.ts';

const file = () => join(app.getPath('userData'), 'settings.json');

export async function loadSettings(): Promise<Partial<Settings>> {
  const value = JSON.parse(await readFile(file(), 'utf8')) as Partial<Settings>;
  return typeof value.idleLockMinutes === 'number' && value.idleLockMinutes >= 0.05 ? { idleLockMinutes: value.idleLockMinutes } : {};
}

export async function saveSettings(settings: Settings): Promise<void> {
  writeFileAtomically(file(), JSON.stringify(settings, null, 2));
}
