// Reads the text of every attached file still pending into the search index, one file at a
// time: the file's bytes are read from the casefile, handed to `read` (the job worker in the
// app, extractText in the CLI), and what comes back is stored in one short transaction. A file
// that cannot be read is marked failed with the reason, and the next one is read; stopping
// part way (the casefile locked, the process killed) leaves the rest pending for next time.
import { ImpartialError } from '../../../shared/errors.ts';
import { CasefileClosedError } from '../casefile/errors.ts';
import type { ExtractedText, FileTextOutcome, PendingFile } from './file-text.ts';

export interface IndexFilesProgress {
  /** Files read so far, of `total` pending when this run started (more may be attached meanwhile). */
  done: number;
  total: number;
  /** The file being read, or undefined when all are done. */
  file?: PendingFile;
}

export interface IndexFilesSummary {
  indexed: number;
  failed: Array<{ file: PendingFile; reason: string }>;
}

/** What this needs of an open casefile (casefile.ts). */
interface Readable {
  pendingFileTexts(): PendingFile[];
  readStoredFile(sha256: string): Uint8Array;
  storeFileText(sha256: string, outcome: FileTextOutcome): void;
}

export async function indexPendingFiles(
  casefile: Readable,
  read: (file: PendingFile & { bytes: Uint8Array }) => Promise<ExtractedText>,
  onProgress: (progress: IndexFilesProgress) => void = () => {},
): Promise<IndexFilesSummary> {
  const summary: IndexFilesSummary = { indexed: 0, failed: [] };
  const tried = new Set<string>();
  let done = 0;
  for (;;) {
    const pending = casefile.pendingFileTexts().filter((f) => !tried.has(f.sha256));
    if (pending.length === 0) break;
    const total = done + pending.length;
    for (const file of pending) {
      tried.add(file.sha256);
      onProgress({ done, total, file });
      try {
        const text = await read({ ...file, bytes: casefile.readStoredFile(file.sha256) });
        casefile.storeFileText(file.sha256, { ok: true, text });
        summary.indexed++;
      } catch (error) {
        if (error instanceof CasefileClosedError) throw error;
        const reason = error instanceof ImpartialError ? error.message : `could not be read (${(error as Error).message?.split('\n')[0] ?? String(error)})`;
        casefile.storeFileText(file.sha256, { ok: false, reason });
        summary.failed.push({ file, reason });
      }
      done++;
    }
    onProgress({ done, total });
  }
  return summary;
}
