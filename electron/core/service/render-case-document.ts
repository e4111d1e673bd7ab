// One document of a case, as bytes, for the app: the same checks as the CLI (readiness,
// templates with the authority pack, leak check for anonymised output) through
// electron/core/documents/produce.ts, then the renderer with fonts from where the host keeps
// them (a packaged app has templates/ and assets/fonts in its resources). Runs inside the
// render worker.
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { DocumentFormat, DocumentKind, DocumentPreview } from '../../../shared/api.ts';
import { documentWords } from '../../../shared/documents/word-count.ts';
import type { SourcePlace } from '../render/pdf-pages.ts';
import type { IssueStamp } from '../../../shared/documents/document-date.ts';
import type { ReadinessContext } from '../../../shared/readiness/index.ts';
import { docxRenderer, pdfRenderer, prepareDocument } from '../documents/produce.ts';

export interface RenderCaseOptions {
  kind: DocumentKind;
  format: DocumentFormat;
  named: boolean;
  draft: boolean;
  templatesDir?: string;
  fontsDir?: string;
  /** YYYY-MM-DD; today when absent. */
  today?: string;
  /** The IO report as a fact-check draft sent on this date. */
  factCheck?: { sentDate: string };
  /** Issuing: the version and date stamped on the copy (never with `draft`). */
  issue?: IssueStamp;
  /** The attached files' page counts, read from the casefile by the service (search/file-pages.ts). */
  readiness?: ReadinessContext;
}

export async function renderCaseDocument(data: CaseData, options: RenderCaseOptions, progress: (stage: string, fraction: number) => void = () => {}): Promise<Uint8Array> {
  progress('Checking the case and building the document', 0.2);
  // A refusal (not ready, a name in an anonymised document) carries the app's advice with it (shared/errors.ts).
  const { model } = await prepareDocument(data, options.kind, {
    named: options.named,
    draft: options.draft,
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(options.factCheck ? { factCheck: options.factCheck } : {}),
    ...(options.issue ? { issue: options.issue } : {}),
    ...(options.readiness ? { readiness: options.readiness } : {}),
  });
  progress(options.format === 'pdf' ? 'Writing the PDF' : 'Writing the Word document', 0.6);
  return options.format === 'pdf' ? (await pdfRenderer())(model, options.fontsDir ? { fontsDir: options.fontsDir } : {}) : (await docxRenderer())(model);
}

export interface PreviewCaseOptions {
  kind: DocumentKind;
  named: boolean;
  templatesDir?: string;
  fontsDir?: string;
  today?: string;
  readiness?: ReadinessContext;
}

/**
 * A document as it will be issued, for the Preview region: always a marked DRAFT (readiness
 * problems never stop it), anonymised unless named; names the leak check finds are answered
 * beside the PDF rather than refused, so the user sees both the page and what to put right.
 */
export async function previewCaseDocument(data: CaseData, options: PreviewCaseOptions): Promise<DocumentPreview> {
  const { model, problems, leaks } = await prepareDocument(data, options.kind, {
    named: options.named,
    draft: true,
    reportLeaks: true,
    ...(options.readiness ? { readiness: options.readiness } : {}),
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
  const places = new Map<string, SourcePlace>();
  const pdf = await (await pdfRenderer())(model, { ...(options.fontsDir ? { fontsDir: options.fontsDir } : {}), places });
  return {
    pdf,
    places: Object.fromEntries(places),
    words: documentWords(model),
    names: (leaks ?? []).map((l) => ({ place: l.place, found: l.found })),
    blocking: problems.filter((p) => p.severity === 'blocking').length,
  };
}
