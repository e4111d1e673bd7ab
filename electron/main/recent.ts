// Recently opened casefiles: paths and times only, never case data, in userData/recent.json.
import { app } from 'electron';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../core/files/write-atomically.ts';

const LIMIT = 10;
interface Entry { path: string; lastOpened: string }

const file = () => join(app.getPath('userData'), 'recent.json');

export function readRecent(): Entry[] {
  try {
    const entries = JSON.parse(readFileSync(file(), 'utf8')) as unknown;
    if (!Array.isArray(entries)) return [];
    return entries
      .filter((e): e is Entry => typeof e?.path === 'string' && typeof e?.lastOpened === 'string')
      .filter((e) => existsSync(e.path));
  } catch {
    return [];
  }
}

export function noteOpened(path: string): void {
  const entries = [{ path, lastOpened: new Date().toISOString() }, ...readRecent().filter((e) => e.path !== path)].slice(0, LIMIT);
  writeFileAtomically(file(), JSON.stringify(entries, null, 2));
  app.addRecentDocument(path);
}
