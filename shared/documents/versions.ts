// The two versions of every document, as the app, its file names and the command line call
// them. Documents are anonymised by default; named ones are for the council's own file. The
// adjudication letter is different by its nature: it is posted to the complainant, so its
// named version is the letter to send, and its anonymised version a copy for the Independent
// Person, the review panel and the file.
import type { DocumentKind } from '../case-model/documents.ts';
import { DOCUMENT_NAMES } from './context.ts';

/** What the version is, as it follows the document's name: "anonymised", "to send, named", "anonymised copy". */
export function versionOf(kind: DocumentKind, named: boolean): string {
  if (kind === 'adjudication-letter') return named ? 'to send, named' : 'anonymised copy';
  return named ? 'named' : 'anonymised';
}

/** "IO report (anonymised)", "Adjudication letter (to send, named)". */
export const documentVersionName = (kind: DocumentKind, named: boolean): string => `${DOCUMENT_NAMES[kind]} (${versionOf(kind, named)})`;
