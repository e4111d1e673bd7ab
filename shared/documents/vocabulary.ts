// The names a template may use: fields ({{...}}) and directives (@...), per document.
// A template is checked against these when it is loaded (compileTemplates), so a misspelt
// field fails with its file and line before any document is built.
import type { DocumentKind } from '../case-model/documents.ts';
import { documentKinds } from '../case-model/documents.ts';
import { ImpartialError } from '../errors.ts';
import { parseTemplate, type Template, type TemplateVocabulary } from '../templates/parse.ts';

/** Long plain-text fields: usable as {{name}}, in @if, and as whole paragraphs with "@text name". */
export const LONG_TEXT_FIELDS = [
  'complaint.background', 'investigation.introduction', 'investigation.methodology', 'investigation.legalFramework',
  'investigation.background', 'investigation.conclusion', 'ipReview.overall', 'ipReview.process',
  'ipReview.recommendationsComment', 'adjudication.apology', 'adjudication.remedy', 'statement.agreedHow', 'extension.reason',
] as const;
export type LongTextField = (typeof LONG_TEXT_FIELDS)[number];

export const FIELD_NAMES = [
  ...LONG_TEXT_FIELDS,
  'case.title', 'case.stage', 'case.reference', 'case.ownReference', 'case.classification',
  'procedure.name', 'procedure.england', 'procedure.wales',
  'authority.name', 'authority.service', 'authority.directorTitle',
  'complaintsManager.name', 'complaintsManager.email', 'complaintsManager.phone',
  'complainant', 'child', 'representative', 'io', 'ip', 'io.withRole', 'ip.withRole', 'adjudicator', 'adjudicator.jobTitle',
  'panel.chair', 'panel.venue', 'panel.requestDate', 'panel.meetingDate', 'panel.reportDate', 'panel.reportDue', 'panel.directorResponseDue',
  'complaint.receivedDate', 'complaint.stage1ResponseDate', 'complaint.stage2RequestDate',
  'statement.sentDate', 'statement.agreedDate', 'extension.agreedDate', 'extension.newDeadline', 'stage2.due',
  'stage2.limit', 'stage2.fromRequest', 'stage2.extendedWithoutDate',
  'adjudication.date', 'adjudication.payment', 'adjudication.remedyOrPayment', 'stage3.requestBy',
  'panel.directorResponseDate', 'panel.ipConsultedDate', 'points.inScope', 'points.outOfScope', 'document.date', 'document.anonymised',
  'adjudication.meetingOffered', 'authority.postalAddress', 'points.outcomesSought', 'evidence.count', 'interviews.count',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/**
 * Where each field's text comes from, in the user's words: the leak check names the place of
 * a name it finds by this ("IO report, panel venue: 'Rose'"). Fields that print labels name
 * the label, where a name would have to come from.
 */
export const FIELD_PLACES: Record<FieldName, string> = {
  'complaint.background': 'background to the complaint',
  'investigation.introduction': 'introduction',
  'investigation.methodology': 'methodology',
  'investigation.legalFramework': 'law, guidance and policy',
  'investigation.background': 'background',
  'investigation.conclusion': 'conclusions',
  'ipReview.overall': 'overall view',
  'ipReview.process': 'the process',
  'ipReview.recommendationsComment': 'comments on the recommendations',
  'adjudication.apology': 'apology',
  'adjudication.remedy': 'remedy',
  'statement.agreedHow': 'how the statement was agreed',
  'extension.reason': 'reason for the extension',
  'case.title': 'case title',
  'case.stage': 'case stage',
  'case.reference': "authority's reference",
  'case.ownReference': 'own reference',
  'case.classification': 'classification',
  'procedure.name': 'procedure',
  'procedure.england': 'procedure',
  'procedure.wales': 'procedure',
  'authority.name': 'authority name',
  'authority.service': 'authority service',
  'authority.directorTitle': "director's title",
  'complaintsManager.name': "complaints manager's name",
  'complaintsManager.email': "complaints manager's email",
  'complaintsManager.phone': "complaints manager's phone",
  complainant: "complainant's label",
  child: "child's label",
  representative: "representative's label",
  io: "Investigating Officer's label",
  ip: "Independent Person's label",
  'io.withRole': "Investigating Officer's label",
  'ip.withRole': "Independent Person's label",
  adjudicator: "Adjudicating Officer's label",
  'adjudicator.jobTitle': "Adjudicating Officer's job title",
  'panel.chair': "panel chair's label",
  'panel.venue': 'panel venue',
  'panel.requestDate': 'panel request date',
  'panel.meetingDate': 'panel meeting date',
  'panel.reportDate': 'panel report date',
  'panel.reportDue': 'panel report due date',
  'panel.directorResponseDue': "director's response due date",
  'complaint.receivedDate': 'date the complaint was received',
  'complaint.stage1ResponseDate': 'Stage 1 response date',
  'complaint.stage2RequestDate': 'Stage 2 request date',
  'statement.sentDate': 'date the statement was sent',
  'statement.agreedDate': 'date the statement was agreed',
  'extension.agreedDate': 'date the extension was agreed',
  'extension.newDeadline': 'new deadline',
  'stage2.due': 'Stage 2 response due date',
  'stage2.limit': 'Stage 2 latest date',
  'stage2.fromRequest': 'Stage 2 clock start',
  'stage2.extendedWithoutDate': 'extension',
  'adjudication.date': 'adjudication date',
  'adjudication.payment': 'payment',
  'adjudication.remedyOrPayment': 'remedy',
  'panel.directorResponseDate': "director's response date",
  'panel.ipConsultedDate': 'date the Independent Person was consulted',
  'stage3.requestBy': 'Stage 3 request date',
  'points.inScope': 'number of points',
  'points.outOfScope': 'number of points',
  'document.date': 'document date',
  'document.anonymised': 'anonymised',
  'adjudication.meetingOffered': 'meeting offered',
  'authority.postalAddress': 'authority address',
  'points.outcomesSought': 'outcomes sought',
  'evidence.count': 'number of documents',
  'interviews.count': 'number of interviews',
};

type DirectiveSpec = TemplateVocabulary['directives'] extends ReadonlyMap<string, infer S> ? S : never;
const none: DirectiveSpec = { argument: 'none' };

/** Directives every document template may use. `@paragraph` names are checked against the loaded paragraphs. */
const COMMON: Record<string, DirectiveSpec> = {
  title: none,
  logo: none,
  'page-break': none,
  ombudsman: none,
  text: { argument: 'required', allowed: new Set(LONG_TEXT_FIELDS) },
};

/** The generated parts of each document. */
export const DOCUMENT_DIRECTIVES: Record<DocumentKind, readonly string[]> = {
  statement: ['points', 'excluded'],
  'io-report': ['summary-table', 'desired-outcomes', 'people-interviewed', 'chronology', 'points', 'out-of-scope', 'recommendations', 'evidence-appendix', 'interviewees-appendix', 'fact-check-appendix', 'signature'],
  'ip-report': ['summary-table', 'ip-points', 'interviews-attended', 'signature'],
  'adjudication-letter': ['addressee', 'sender', 'salutation', 'decisions', 'action-plan', 'payment', 'copied-to', 'signature'],
  'panel-report': ['panel-members', 'attendees', 'documents-considered', 'stage2-outcome', 'panel-points', 'panel-recommendations', 'director-response', 'circulation'],
};

/** Paragraphs the builders use by name (@ombudsman picks one by procedure). */
export const REQUIRED_PARAGRAPHS = ['ombudsman-england', 'ombudsman-wales'] as const;

export const PARAGRAPH_NAME = /^[a-z0-9][a-z0-9-]*$/;

export interface TemplateText {
  /** The path shown in errors, e.g. "templates/io-report.txt". */
  file: string;
  text: string;
}

export interface TemplateTexts {
  documents: Record<DocumentKind, TemplateText>;
  /** Standard paragraphs by name (templates/paragraphs/<name>.txt). */
  paragraphs: Record<string, TemplateText>;
  /** An authority pack's logo (PNG). */
  logo?: Uint8Array;
}

export interface CompiledTemplates {
  documents: Record<DocumentKind, Template>;
  paragraphs: Map<string, Template>;
  logo?: Uint8Array;
}

const fields = new Set<string>(FIELD_NAMES);

export function vocabularyFor(kind: DocumentKind | 'paragraph', paragraphNames: ReadonlySet<string>): TemplateVocabulary {
  const directives = new Map<string, DirectiveSpec>();
  if (kind !== 'paragraph') {
    for (const [name, spec] of Object.entries(COMMON)) directives.set(name, spec);
    for (const name of DOCUMENT_DIRECTIVES[kind]) directives.set(name, none);
    directives.set('paragraph', { argument: 'required', allowed: paragraphNames });
  }
  return { fields, directives };
}

/** Parses and checks every template and standard paragraph; throws TemplateError with file and line. */
export function compileTemplates(texts: TemplateTexts): CompiledTemplates {
  const names = new Set(Object.keys(texts.paragraphs));
  for (const name of names) {
    if (!PARAGRAPH_NAME.test(name)) throw new ImpartialError('template-error', `${texts.paragraphs[name]!.file}: a paragraph's file name may use only a-z, 0-9 and -`);
  }
  for (const name of REQUIRED_PARAGRAPHS) {
    if (!names.has(name)) throw new ImpartialError('template-error', `the standard paragraph templates/paragraphs/${name}.txt is missing`);
  }
  const paragraphs = new Map<string, Template>();
  for (const [name, t] of Object.entries(texts.paragraphs)) paragraphs.set(name, parseTemplate(t.file, t.text, vocabularyFor('paragraph', names)));
  const documents = {} as Record<DocumentKind, Template>;
  for (const kind of documentKinds) {
    const t = texts.documents[kind];
    if (!t) throw new ImpartialError('template-error', `the template for ${kind} is missing (templates/${kind}.txt)`);
    documents[kind] = parseTemplate(t.file, t.text, vocabularyFor(kind, names));
  }
  return { documents, paragraphs, ...(texts.logo ? { logo: texts.logo } : {}) };
}
