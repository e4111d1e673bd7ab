// What a killed process leaves behind: a casefile being created (`new`, `new --from`, an
// import, a backup) or rewritten under a new passphrase is written under a hidden temporary
// name (write-atomically.ts), and a kill -9 leaves that file, and perhaps its SQLite journal,
// next to the casefiles. They are removed the next time Impartial opens, creates or lists
// casefiles in that folder.
//
// Only our own leftovers go: ".<name>.casefile.<12 hex>.partial" and its -journal, -wal and
// -shm, regular files all of them (never a link or a folder), and only once every file of
// the group has been left untouched for ABANDONED_AFTER_MS. A file being written changes all
// the time, so a create or passphrase change still running in another process is left alone.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ABANDONED_AFTER_MS = 5 * 60_000;

const LEFTOVER = /^(\..+\.casefile\.[0-9a-f]{12}\.partial)(?:-journal|-wal|-shm)?$/i;

/** Removes abandoned leftovers in `folder`; returns the names removed. Never throws. */
export function removeLeftovers(folder: string, now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const base = LEFTOVER.exec(name)?.[1];
    if (base) groups.set(base, [...(groups.get(base) ?? []), name]);
  }
  const removed: string[] = [];
  for (const group of groups.values()) {
    const abandoned = group.every((name) => {
      try {
        const st = lstatSync(join(folder, name));
        return st.isFile() && st.mtimeMs < now - ABANDONED_AFTER_MS;
      } catch {
        return false;
      }
    });
    if (!abandoned) continue;
    for (const name of group) {
      try {
        rmSync(join(folder, name));
        removed.push(name);
      } catch { /* gone already, or not ours to remove: leave it */ }
    }
  }
  return removed;
}
