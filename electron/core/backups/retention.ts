// Which backups of a casefile to keep: the last KEEP_LAST, and the newest of each of the last
// KEEP_DAYS days (today included), by the calendar day where the computer is. Pure: the
// backup folder's pruning (backup-folder.ts) applies it, and the unit tests run it on dates.
export const KEEP_LAST = 10;
export const KEEP_DAYS = 30;

/** A local calendar day as a sortable key: 2026-03-05. */
function dayKey(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** The backups to keep, of `backups` (each with the time it was made), as at `now`; the rest may go. */
export function backupsToKeep<B extends { at: Date }>(backups: readonly B[], now: Date): Set<B> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<B>(newestFirst.slice(0, KEEP_LAST));
  const days = new Set<string>();
  for (let i = 0; i < KEEP_DAYS; i++) {
    days.add(dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - i, 12)));
  }
  const kept = new Set<string>();
  for (const b of newestFirst) {
    const day = dayKey(b.at);
    if (days.has(day) && !kept.has(day)) {
      kept.add(day);
      keep.add(b);
    }
  }
  return keep;
}
