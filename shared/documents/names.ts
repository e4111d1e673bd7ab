// What each document is called wherever the user reads it: the documents, the command line, the app.
import type { DocumentKind } from '../case-model/documents.ts';

export const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  statement: 'Statement of Complaint',
  'io-report': 'IO report',
  'ip-report': 'IP report',
  'adjudication-letter': 'Adjudication letter',
  'panel-report': 'Panel report',
};
