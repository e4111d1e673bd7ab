// A casefile opened with a shorter or different history than the copy this computer last saw
// (stored-settings.ts): a backup or an old copy opened by mistake, a file restored by hand. Said
// on opening, with what is missing, so that nobody works on an old copy unawares.
import { missingChangesWords, timeWords } from '../../../shared/history/index.ts';
import type { SeenHistory } from './stored-settings.ts';

export interface HistoryNow {
  seq: number;
  hash: string;
  at?: string | undefined;
}

/** The warning for a casefile whose history now is `now`, given what was seen here, or undefined when it is the same or newer. */
export function olderCopyWarning(seen: SeenHistory | undefined, now: HistoryNow, hashAt: (seq: number) => string | undefined): string | undefined {
  if (!seen || seen.seq === 0) return undefined;
  if (now.seq < seen.seq) {
    return `This casefile is older than the copy last opened on this computer: ${missingChangesWords(seen.seq - now.seq, now.at, timeWords)}. Look for the newer copy before you change anything.`;
  }
  if (hashAt(seen.seq) !== seen.hash) {
    const when = seen.at ? ` (its change ${seen.seq}, made ${timeWords(seen.at)})` : ` (at change ${seen.seq})`;
    return `This casefile's history differs from the copy last opened on this computer${when}: the two copies have been changed separately. Look for the other copy before you change anything.`;
  }
  return undefined;
}
