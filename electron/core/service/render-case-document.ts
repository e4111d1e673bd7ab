// One document of a case, as bytes: templates -> document model -> leak check (anonymised
// documents only) -> DOCX or PDF. Composes the documents engineer's pieces (shared/documents,
// electron/core/documents, electron/core/render); runs inside the render worker.
import { buildDocument, assertNoLeaks, DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';
import { loadTemplates } from '../documents/templates.ts';
import { renderDocx } from '../render/docx.ts';
import { renderPdf } from '../render/pdf.ts';

export interface RenderCaseOptions {
  kind: DocumentKind;
  format: DocumentFormat;
  named: boolean;
  draft: boolean;
  /** Where templates/ and assets/fonts are: the project in development, resources when packaged. */
  templatesDir?: string;
  fontsDir?: string;
  /** YYYY-MM-DD; today in London when absent. */
  today?: string;
}

const londonToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

export async function renderCaseDocument(data: CaseData, options: RenderCaseOptions, progress: (stage: string, fraction: number) => void = () => {}): Promise<Uint8Array> {
  progress('Reading the templates', 0.1);
  const templates = options.templatesDir ? loadTemplates(data.authority.name, options.templatesDir) : loadTemplates(data.authority.name);
  progress('Building the document', 0.3);
  const model = buildDocument(options.kind, data, { named: options.named, draft: options.draft, templates, today: options.today ?? londonToday() });
  if (!options.named) {
    progress('Checking that no names appear', 0.5);
    assertNoLeaks(model, data.people, DOCUMENT_NAMES[options.kind]);
  }
  progress(options.format === 'pdf' ? 'Writing the PDF' : 'Writing the Word document', 0.6);
  return options.format === 'pdf' ? renderPdf(model, options.fontsDir ? { fontsDir: options.fontsDir } : {}) : renderDocx(model);
}
