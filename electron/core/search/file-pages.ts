// How many pages each attached file has, for readiness (a citation of a page beyond its
// document's file is a problem, shared/citations/resolve.ts). The one count is the search
// index's: pdf.js's number of pages, stored when a file's text is read. The app reads every
// file in the background and uses the index alone, as its window does (getFileTextStates), so
// a document it refuses is one its Documents screen lists. A command reads no file in the
// background: with `countPending`, a held PDF not yet read is counted from its bytes, the same
// way, so that `impartial check` after an import is not ready when the app will not be.
import { readinessContextOf, type ReadinessContext } from '../../../shared/readiness/index.ts';
import type { FileTextState } from '../../../shared/search/index.ts';
import type { PendingFile } from './file-text.ts';
import { fileKindOf } from './extract/file-kind.ts';

/** What this needs of an open casefile (casefile.ts). */
interface Counted {
  fileTextStates(): FileTextState[];
  pendingFileTexts(): PendingFile[];
  readStoredFile(sha256: string): Uint8Array;
}

export async function readinessContextOfCasefile(casefile: Counted, options: { countPending?: boolean } = {}): Promise<ReadinessContext> {
  const context = readinessContextOf(casefile.fileTextStates());
  if (!options.countPending) return context;
  const filePages = new Map(context.filePages);
  for (const file of casefile.pendingFileTexts()) {
    const bytes = casefile.readStoredFile(file.sha256);
    if (fileKindOf(bytes, file.fileName, file.mediaType) !== 'pdf') continue;
    try {
      // pdf.js is loaded only when a file is still to be counted.
      const { pdfPageCount } = await import('./extract/pdf.ts');
      filePages.set(file.sha256, await pdfPageCount(bytes));
    } catch {
      // A PDF that cannot be opened has no pages known: reading it will say why, as the app's search does.
    }
  }
  return { filePages };
}
