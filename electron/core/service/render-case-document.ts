// One document of a case, as bytes, for the app: the same checks as the CLI (readiness,
// templates with the authority pack, leak check for anonymised output) through
// electron/core/documents/produce.ts, then the renderer with fonts from where the host keeps
// them (a packaged app has templates/ and assets/fonts in its resources). Runs inside the
// render worker.
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';
import { prepareDocument } from '../documents/produce.ts';
import { renderDocx } from '../render/docx.ts';
import { renderPdf } from '../render/pdf.ts';

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
  });
  progress(options.format === 'pdf' ? 'Writing the PDF' : 'Writing the Word document', 0.6);
  return options.format === 'pdf' ? renderPdf(model, options.fontsDir ? { fontsDir: options.fontsDir } : {}) : renderDocx(model);
}
