// One document, from case data to bytes: readiness, templates (with the authority pack),
// the model, the leak check for anonymised output, then the DOCX or PDF renderer. The CLI and
// the app both call this, so a document cannot reach a file without passing the same checks.
import { todayIso } from '../../../shared/calendar/index.ts';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';
import type { DocumentModel } from '../../../shared/document/model.ts';
import { buildDocument, DOCUMENT_IN_TEXT, DOCUMENT_NAMES } from '../../../shared/documents/index.ts';
import { loadOrdinaryWords, marksThatApply, type NotANameMark } from '../../../shared/anonymisation/index.ts';
import { assertNoLeaks, checkForNames, type Leak } from '../../../shared/documents/leak-check.ts';
import { ImpartialError } from '../../../shared/errors.ts';
import { asFactCheckDraft } from '../../../shared/documents/fact-check-draft.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { IssueStamp } from '../../../shared/documents/document-date.ts';
import { checkReadiness, type ReadinessContext, type ReadinessProblem } from '../../../shared/readiness/index.ts';
import { loadTemplates, TEMPLATES_DIR } from './templates.ts';

export interface ProduceOptions {
  format: DocumentFormat;
  named?: boolean;
  draft?: boolean;
  /** The render date, YYYY-MM-DD (printed on a DRAFT only); today by default. */
  today?: string;
  /** Issuing: the version and date stamped on the copy (document-date.ts). An issue is never a draft. */
  issue?: IssueStamp;
  templatesDir?: string;
  /** The name of the file the document goes to (no folder): an anonymised document's file name is checked for names too. */
  fileName?: string;
  /** The IO report as a fact-check draft sent on this date: marked DRAFT, paragraphs numbered in the margin. */
  factCheck?: { sentDate: string };
  /** A preview's way: names found in an anonymised document are answered (`leaks`), not refused. */
  reportLeaks?: boolean;
  /** What readiness knows beyond the case: the attached files' page counts (search/file-pages.ts). */
  readiness?: ReadinessContext;
}

export interface ProducedDocument {
  bytes: Uint8Array;
  model: DocumentModel;
  /** Every readiness problem (warnings, and blocking ones when a draft was made anyway). */
  problems: ReadinessProblem[];
  /** The "not a name here" marks that let an occurrence through the leak check. */
  marksUsed: NotANameMark[];
  /** Names found in an anonymised document (only with `reportLeaks`: otherwise they are refused). */
  leaks?: Leak[];
}

/** A blocking readiness problem stops the document; the user is told the first, and where to see the rest. */
export class NotReadyError extends ImpartialError {
  readonly problems: ReadinessProblem[];
  /** `issuing`: a draft cannot be issued, so the advice is to put the problems right. */
  constructor(kind: DocumentKind, problems: ReadinessProblem[], issuing = false) {
    const blocking = problems.filter((p) => p.severity === 'blocking');
    const first = blocking[0]!;
    const more = blocking.length > 1 ? ` (and ${blocking.length - 1} more)` : '';
    const facts = `${DOCUMENT_IN_TEXT[kind]} is not ready${issuing ? ' to issue' : ''}: ${first.place}: ${first.message}${more}`;
    const advice = issuing
      ? blocking.length > 1
        ? { cli: 'Run "impartial check" for the list; a draft cannot be issued', app: 'The Documents screen lists them: put them right, then issue it' }
        : { cli: 'Put it right, then issue it; a draft cannot be issued', app: 'Put it right, then issue it' }
      : blocking.length > 1
        ? { cli: 'Run "impartial check" for the list; render with --draft to make a marked draft.', app: 'The Documents screen lists them: put them right, or choose “Draft” to render a marked DRAFT.' }
        : { cli: 'Render with --draft to make a marked draft.', app: 'Put it right, or choose “Draft” to render a marked DRAFT.' };
    super('not-ready', facts, { advice });
    this.problems = problems;
  }
}

/** Builds the document model only (checks included), e.g. for a preview. */
export async function prepareDocument(data: CaseData, kind: DocumentKind, options: Omit<ProduceOptions, 'format'> = {}): Promise<Omit<ProducedDocument, 'bytes'>> {
  if (options.factCheck && kind !== 'io-report') throw new ImpartialError('invalid-input', `only the IO report is sent for fact-check, not ${DOCUMENT_IN_TEXT[kind]}`);
  const problems = checkReadiness(data, kind, options.readiness);
  const issue = options.issue;
  if (issue && options.factCheck) throw new ImpartialError('invalid-input', 'a fact-check draft is not issued: it is a draft');
  // A fact-check draft is a draft by definition: it goes out before the report is final.
  const draft = options.factCheck ? true : !issue && (options.draft ?? false);
  if (!draft && problems.some((p) => p.severity === 'blocking')) throw new NotReadyError(kind, problems, issue !== undefined);
  const templates = loadTemplates(data.authority.name, options.templatesDir ?? TEMPLATES_DIR);
  const named = options.named ?? false;
  const built = buildDocument(kind, data, { named, draft, templates, today: options.today ?? todayIso(), ...(issue ? { issue } : {}) });
  const model = options.factCheck ? asFactCheckDraft(built, options.factCheck.sentDate) : built;
  // The word list is loaded on the first anonymised document only: a named one, and every other command, never pays for it.
  if (named) return { model, problems, marksUsed: [] };
  // The case's "not a name here" marks that still apply each let one occurrence through.
  const leakOptions = {
    ordinaryWords: await loadOrdinaryWords(),
    marks: marksThatApply(data),
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
  };
  if (options.reportLeaks) return { model, problems, ...checkForNames(model, data.people, DOCUMENT_NAMES[kind], leakOptions) };
  return { model, problems, marksUsed: assertNoLeaks(model, data.people, DOCUMENT_NAMES[kind], leakOptions) };
}

/**
 * The names an anonymised document of the case would hold, whatever its readiness (what
 * `impartial check` lists): the document is built as a draft would be, and checked with the
 * case's marks as rendering checks it.
 */
export async function nameLeaksOf(data: CaseData, kind: DocumentKind, options: Pick<ProduceOptions, 'templatesDir' | 'today'> = {}): Promise<Leak[]> {
  const templates = loadTemplates(data.authority.name, options.templatesDir ?? TEMPLATES_DIR);
  const model = buildDocument(kind, data, { named: false, draft: false, templates, today: options.today ?? todayIso() });
  return checkForNames(model, data.people, DOCUMENT_NAMES[kind], { ordinaryWords: await loadOrdinaryWords(), marks: marksThatApply(data) }).leaks;
}

// Each renderer (docx; pdfkit with its fonts) is loaded only when a document is made in its
// format: a Word document never loads pdfkit, a PDF never loads docx. The app's job worker
// (render-case-document.ts) loads them the same way.
export const pdfRenderer = async () => (await import('../render/pdf.ts')).renderPdf;
export const docxRenderer = async () => (await import('../render/docx.ts')).renderDocx;
const renderer = (format: DocumentFormat): Promise<(model: DocumentModel) => Promise<Uint8Array>> =>
  format === 'docx' ? docxRenderer() : pdfRenderer();

/**
 * Loads what making a document in `format` needs (its renderer and the fonts it measures and
 * draws with; for an anonymised one, the leak check's word list). A command calls it before
 * opening the casefile: this runs while the key is derived on another thread. (It used to
 * render a few lines of no case as well, to compile the renderer's code early; on a two-core
 * machine the loading alone outlasts the key derivation, so that only delayed the document.)
 * Nothing is skipped later for it, and it never fails: what went wrong here goes wrong again,
 * and is reported, when the document is made.
 */
export async function getReadyToProduce(format: DocumentFormat, options: { named?: boolean } = {}): Promise<void> {
  try {
    await Promise.all([
      options.named ? undefined : loadOrdinaryWords(),
      renderer(format),
      import('../render/text-measure.ts').then((m) => m.openShippedFaces()),
    ]);
  } catch {
    // Reported by produceDocument, which does the same again.
  }
}

export async function produceDocument(data: CaseData, kind: DocumentKind, options: ProduceOptions): Promise<ProducedDocument> {
  const { model, problems, marksUsed } = await prepareDocument(data, kind, { ...options, reportLeaks: false });
  const bytes = await (await renderer(options.format))(model);
  return { bytes, model, problems, marksUsed };
}
