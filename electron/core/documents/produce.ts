// One document, from case data to bytes: readiness, templates (with the authority pack),
// the model, the leak check for anonymised output, then the DOCX or PDF renderer. The CLI and
// the app both call this, so a document cannot reach a file without passing the same checks.
import { todayIso } from '../../../shared/calendar/index.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { buildDocument, DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import { assertNoLeaks } from '../../../shared/documents/leak-check.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { checkReadiness, type ReadinessProblem } from '../../../shared/readiness/index.ts';
import { loadTemplates, TEMPLATES_DIR } from './templates.ts';

export interface ProduceOptions {
  format: DocumentFormat;
  named?: boolean;
  draft?: boolean;
  /** YYYY-MM-DD; today by default. */
  today?: string;
  templatesDir?: string;
}

export interface ProducedDocument {
  bytes: Uint8Array;
  model: DocumentModel;
  /** Every readiness problem (warnings, and blocking ones when a draft was made anyway). */
  problems: ReadinessProblem[];
}

export class NotReadyError extends ImpartialError {
  readonly problems: ReadinessProblem[];
  constructor(kind: DocumentKind, problems: ReadinessProblem[]) {
    const blocking = problems.filter((p) => p.severity === 'blocking');
    const first = blocking[0]!;
    const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more: run "impartial check")` : '';
    super('not-ready', `the ${DOCUMENT_NAMES[kind]} is not ready: ${first.place}: ${first.message}${more}. Render with --draft to make a marked draft.`);
    this.problems = problems;
  }
}

/** Builds the document model only (checks included), e.g. for a preview. */
export function prepareDocument(data: CaseData, kind: DocumentKind, options: Omit<ProduceOptions, 'format'> = {}): { model: DocumentModel; problems: ReadinessProblem[] } {
  const problems = checkReadiness(data, kind);
  const draft = options.draft ?? false;
  if (!draft && problems.some((p) => p.severity === 'blocking')) throw new NotReadyError(kind, problems);
  const templates = loadTemplates(data.authority.name, options.templatesDir ?? TEMPLATES_DIR);
  const named = options.named ?? false;
  const model = buildDocument(kind, data, { named, draft, templates, today: options.today ?? todayIso() });
  if (!named) assertNoLeaks(model, data.people, DOCUMENT_NAMES[kind]);
  return { model, problems };
}

export async function produceDocument(data: CaseData, kind: DocumentKind, options: ProduceOptions): Promise<ProducedDocument> {
  const { model, problems } = prepareDocument(data, kind, options);
  // Each renderer (docx; pdfkit with its fonts) is loaded only when a document is made in its format.
  const bytes = options.format === 'docx'
    ? await (await import('../render/docx.ts')).renderDocx(model)
    : await (await import('../render/pdf.ts')).renderPdf(model);
  return { bytes, model, problems };
}
