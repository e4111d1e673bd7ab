// buildDocument: a case and its templates -> the DocumentModel both renderers draw.
import type { DocumentKind } from '../case-model/documents.ts';
import type { DocumentModel } from '../document/model.ts';
import type { CaseData } from '../interchange/schema.ts';
import { buildAdjudicationLetter } from './adjudication-letter.ts';
import type { BuildOptions } from './context.ts';
import { buildIoReport } from './io-report.ts';
import { buildIpReport } from './ip-report.ts';
import { buildPanelReport } from './panel-report.ts';
import { buildStatement } from './statement.ts';

export type { BuildOptions } from './context.ts';
export { DOCUMENT_IN_TEXT, DOCUMENT_NAMES, OUTCOME_LABELS } from './context.ts';
export { compileTemplates, type CompiledTemplates, type TemplateTexts, type TemplateText } from './vocabulary.ts';
export { leakCheck, assertNoLeaks, type Leak } from './leak-check.ts';
export { documentVersionName, versionOf } from './versions.ts';

const builders: Record<DocumentKind, (data: CaseData, options: BuildOptions) => DocumentModel> = {
  statement: buildStatement,
  'io-report': buildIoReport,
  'ip-report': buildIpReport,
  'adjudication-letter': buildAdjudicationLetter,
  'panel-report': buildPanelReport,
};

export function buildDocument(kind: DocumentKind, data: CaseData, options: BuildOptions): DocumentModel {
  return builders[kind](data, options);
}
