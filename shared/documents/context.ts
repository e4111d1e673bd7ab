// What every document builder needs from a case: people by label (or by name with --named),
// points in statement order, the finding and recommendations of each point, formatted dates,
// and the standard parts every template may use (title block, logo, standard paragraphs,
// long text fields). Builders add their own generated parts on top.
import type { DocumentKind } from '../case-model/documents.ts';
import { formatDate, todayIso } from '../calendar/index.ts';
import { deadlineOf, type Deadline, type DeadlineKey } from '../deadlines/index.ts';
import type { Block, DocumentModel, Run } from '../document/model.ts';
import type {
  CaseData, EvidenceData, FindingData, InterviewData, OutcomeValue, PersonData, PointData, RecommendationData,
} from '../interchange/schema.ts';
import { formatPounds } from '../follow-up/payment.ts';
import { endsSentence, expandTemplate } from '../templates/expand.ts';
import { inlineRuns, plainTextBlocks } from '../templates/plain-text.ts';
import { nothingYet, withoutEmptySections } from './blocks.ts';
import type { CompiledTemplates } from './vocabulary.ts';
import { FIELD_PLACES, LONG_TEXT_FIELDS, type FieldName, type LongTextField } from './vocabulary.ts';
import { documentDate, footerLine, printedDate, statedDate, titleDateLine, type DocumentDate, type IssueStamp } from './document-date.ts';
import { documentKeywords } from './issue.ts';
import { DOCUMENT_NAMES } from './names.ts';

export interface BuildOptions {
  /** Use people's names instead of their labels (the adjudication letter to send is named; its copy is anonymised). */
  named: boolean;
  /** Print DRAFT across every page. */
  draft: boolean;
  templates: CompiledTemplates;
  /** The day the document is rendered, YYYY-MM-DD: printed only on a DRAFT (document-date.ts). */
  today?: string;
  /** Issuing: the version and date stamped on the copy issued (never with `draft`). */
  issue?: IssueStamp;
}

export { DOCUMENT_NAMES };

/** Each document as a sentence names it: "the adjudication letter is not ready". */
export const DOCUMENT_IN_TEXT: Record<DocumentKind, string> = {
  statement: 'the Statement of Complaint',
  'io-report': 'the IO report',
  'ip-report': 'the IP report',
  'adjudication-letter': 'the adjudication letter',
  'panel-report': 'the panel report',
};

export const OUTCOME_LABELS: Record<OutcomeValue, string> = {
  upheld: 'Upheld',
  'partially-upheld': 'Partially upheld',
  'not-upheld': 'Not upheld',
  'no-finding': 'No finding could be reached',
};

export const ROLE_NAMES: Record<PersonData['role'], string> = {
  complainant: 'Complainant',
  child: 'Child',
  representative: 'Representative',
  advocate: 'Advocate',
  parent: 'Parent',
  carer: 'Carer',
  staff: 'Staff member',
  'investigating-officer': 'Investigating Officer',
  'independent-person': 'Independent Person',
  'adjudicating-officer': 'Adjudicating Officer',
  'panel-chair': 'Panel chair',
  'panel-member': 'Panel member',
  'complaints-manager': 'Complaints manager',
  other: 'Other',
};

/**
 * "No recommendation: ..." records: the older way of stating why an upheld point has no
 * recommendation, before findings[].noRecommendationReason. Still honoured (a file may use it),
 * and never printed as a numbered recommendation.
 */
export const isNoRecommendation = (r: RecommendationData) => /^\s*no recommendation\b/i.test(r.text);

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
export const countWords = (n: number) => NUMBER_WORDS[n] ?? String(n);
/** A count in words for a template field: none is no value, so "@if" leaves out what it would introduce. */
const countWordsOrNone = (n: number) => (n ? countWords(n) : undefined);

/** "A, B and C" */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "the Adjudicating Officer" -> "The Adjudicating Officer", for a line of its own. */
export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A report's sign-off: the author (and their role, unless the label already says it) and the date. */
export function signatureBlock(ctx: DocumentContext, author: PersonData | undefined, role: string): Block[] {
  const ref = author ? capitalise(ctx.person(author.id)) : `The ${role}`;
  const lines: Run[] = [{ text: ref, bold: true, source: 'signature' }];
  const out: Block[] = [{ kind: 'paragraph', style: 'address', runs: lines }];
  if (!ref.toLowerCase().includes(role.toLowerCase())) out.push({ kind: 'paragraph', style: 'address', runs: [{ text: role }] });
  const date = ctx.printedDate();
  if (date) out.push({ kind: 'paragraph', style: 'address', runs: [{ text: date }] });
  return signatureLines(out);
}

/**
 * A signature's lines, kept together and with the end of what comes before them: a signature
 * is never left alone at the top of a page (shared/document/keep.ts).
 */
export function signatureLines(lines: Block[]): Block[] {
  return lines.map((b, i) => (b.kind === 'paragraph'
    ? { ...b, ...(i === 0 ? { keepWithPrevious: true } : {}), ...(i < lines.length - 1 ? { keepWithNext: true } : {}) }
    : b));
}

/** The full stop that ends a sentence after `text`, or nothing when it already ends in one ("?", "!" or "."). */
export function fullStop(text: string): string {
  return endsSentence(text) ? '' : '.';
}

export class DocumentContext {
  readonly data: CaseData;
  readonly kind: DocumentKind;
  readonly options: BuildOptions;
  readonly people = new Map<string, PersonData>();
  readonly points: PointData[];
  readonly inScope: PointData[];
  readonly outOfScope: PointData[];
  readonly findings = new Map<string, FindingData>();
  readonly evidence = new Map<string, EvidenceData>();
  readonly interviews = new Map<string, InterviewData>();
  readonly recommendations: RecommendationData[];
  /** The document's date and where it comes from (document-date.ts). */
  readonly dated: DocumentDate;

  constructor(kind: DocumentKind, data: CaseData, options: BuildOptions) {
    this.kind = kind;
    this.data = data;
    this.options = options;
    this.dated = documentDate(kind, data, options);
    for (const p of data.people) this.people.set(p.id, p);
    this.points = data.statement.points;
    this.inScope = this.points.filter((p) => p.scope !== 'out');
    this.outOfScope = this.points.filter((p) => p.scope === 'out');
    for (const f of data.findings ?? []) this.findings.set(f.pointId, f);
    for (const e of data.evidence ?? []) this.evidence.set(e.id, e);
    for (const i of data.interviews ?? []) this.interviews.set(i.id, i);
    this.recommendations = data.recommendations ?? [];
  }

  get documentName(): string {
    return DOCUMENT_NAMES[this.kind];
  }

  /** How a person appears in this document: their label, or their name with --named. */
  person(id: string | undefined): string {
    if (!id) return '';
    const p = this.people.get(id);
    if (!p) return `[unknown person ${id}]`;
    return this.options.named ? p.name : p.label;
  }

  persons(ids: readonly string[] | undefined): string {
    return joinAnd((ids ?? []).map((id) => this.person(id)));
  }

  /** "the Investigating Officer, Helen Price"; just the label when the label already says the role. */
  withRole(p: PersonData | undefined, role: string): string {
    if (!p) return role;
    const ref = this.person(p.id);
    return ref.toLowerCase().includes(role.replace(/^the /, '').toLowerCase()) ? ref : `${role}, ${ref}`;
  }

  firstOfRole(role: PersonData['role']): PersonData | undefined {
    return this.data.people.find((p) => p.role === role);
  }

  roleOf(p: PersonData): string {
    return p.jobTitle ?? ROLE_NAMES[p.role];
  }

  date(value: string | undefined): string | undefined {
    return value ? formatDate(value) : undefined;
  }

  /**
   * A statutory deadline of the case, from the one clock (shared/deadlines): every computed
   * date a document prints comes from here. Its status is as of the document's date.
   */
  deadline(key: DeadlineKey): Deadline | undefined {
    return deadlineOf(this.data, key, this.dated.source === 'none' ? todayIso() : this.dated.date);
  }

  /** A deadline's due date as printed, or undefined when its clock has not started (no start date): never a guess. */
  due(key: DeadlineKey): string | undefined {
    return this.date(this.deadline(key)?.due ?? undefined);
  }

  recommendationsFor(pointId: string): RecommendationData[] {
    return this.recommendations.filter((r) => r.pointIds.includes(pointId));
  }

  /** Whether a reason for making no recommendation on the point is recorded, either way. */
  hasNoRecommendationReason(pointId: string): boolean {
    return Boolean(this.findings.get(pointId)?.noRecommendationReason?.trim()) || this.recommendationsFor(pointId).some(isNoRecommendation);
  }

  /**
   * The reason no recommendation is made on a point, as paragraphs: the finding's
   * noRecommendationReason led by "No recommendation:", then any "No recommendation: ..."
   * records as they were written. `lead` starts the first paragraph of each (e.g. the point).
   */
  noRecommendationBlocks(p: PointData, lead: Run[] = []): Block[] {
    const where = `point ${p.number}`;
    const out: Block[] = [];
    const reason = this.findings.get(p.id)?.noRecommendationReason;
    if (reason?.trim()) {
      const blocks = this.longText(reason, `${where}, reason for no recommendation`);
      const first = blocks[0];
      const start: Run[] = [...lead, { text: 'No recommendation: ', bold: true }];
      if (first?.kind === 'paragraph') blocks[0] = { ...first, runs: [...start, ...first.runs] };
      else blocks.unshift({ kind: 'paragraph', runs: start });
      out.push(...blocks);
    }
    for (const r of this.recommendationsFor(p.id).filter(isNoRecommendation)) {
      out.push({ kind: 'paragraph', runs: [...lead, { text: r.text, source: `${where}, recommendation ${r.number}` }] });
    }
    return out;
  }

  pointNumbers(ids: readonly string[]): string {
    const byId = new Map(this.points.map((p) => [p.id, p.number]));
    return ids.map((id) => byId.get(id) ?? `[unknown point ${id}]`).join(', ');
  }

  outcome(pointId: string): string {
    const f = this.findings.get(pointId);
    return f ? OUTCOME_LABELS[f.outcome] : 'No finding recorded';
  }

  /** A source (evidence or interview) reference as it is cited: "D2" or "I3 (interview with TM1)". */
  cite(id: string): string {
    return this.citeRuns(id).map((r) => r.text).join('');
  }

  /** The same, as runs: the reference and the title each tagged with the field they come from, for the leak check. */
  citeRuns(id: string): Run[] {
    const e = this.evidence.get(id);
    if (e) return [{ text: e.ref, source: `document ${e.ref}, reference` }, { text: ' (' }, { text: e.title, source: `document ${e.ref}, title` }, { text: ')' }];
    const i = this.interviews.get(id);
    if (i) return [{ text: i.ref, source: `interview ${i.ref}, reference` }, { text: ' (interview with ' }, { text: this.person(i.personId), source: `interview ${i.ref}, person` }, { text: `, ${formatDate(i.date)})` }];
    return [{ text: `[unknown source ${id}]` }];
  }

  /** The person the complaint is "by" in titles: the first complainant. */
  get complainantRef(): string {
    return this.persons(this.data.complaint.complainantIds) || 'the complainant';
  }

  /** The authority's name as it reads in a sentence: "the London Borough of Exampleton", "Kent County Council". */
  get authorityInText(): string {
    const name = this.data.authority.name.trim();
    return /^(london borough|royal borough|borough|city|county|metropolitan borough|city and county|isle) of /i.test(name) ? `the ${name}` : name;
  }

  get procedureIsEngland(): boolean {
    return this.data.case.procedure === 'england-children-act-1989';
  }

  /** The title of the model: "Investigating Officer's report: Stage 2 complaint by Ms A" (the first four documents are Stage 2 documents whatever stage the case has reached). */
  titleFor(name: string, stage: 2 | 3 = 2): string {
    return `${name}: Stage ${stage} complaint by ${this.complainantRef}`;
  }

  /** The model around a builder's blocks. */
  model(title: string, blocks: Block[], subject?: string): DocumentModel {
    const io = this.firstOfRole(this.authorRole());
    return {
      title,
      author: io ? this.person(io.id) : this.data.authority.name,
      ...(subject ? { subject } : {}),
      classification: this.data.case.classification?.trim() || 'OFFICIAL-SENSITIVE',
      ...(this.data.case.references?.authority ? { reference: this.data.case.references.authority } : {}),
      draft: this.options.draft,
      ...(footerLine(this.dated) ? { version: footerLine(this.dated)! } : {}),
      keywords: documentKeywords(this.kind, { issue: this.options.issue, draft: this.options.draft }),
      language: 'en-GB',
      blocks,
    };
  }

  private authorRole(): PersonData['role'] {
    switch (this.kind) {
      case 'statement':
      case 'io-report':
        return 'investigating-officer';
      case 'ip-report':
        return 'independent-person';
      case 'adjudication-letter':
        return 'adjudicating-officer';
      case 'panel-report':
        return 'panel-chair';
    }
  }

  /**
   * What stands in for a part with nothing in it: in a DRAFT, a line saying so (the author sees
   * what is missing); in a final document, nothing, and the heading over it is left out too.
   */
  placeholder(what: string): Block[] {
    return this.options.draft ? [nothingYet(what)] : [];
  }

  /** Plain-text blocks of a long text field, tagged with the place they came from (a field name, or the place in words). */
  longText(value: string | undefined, source: string): Block[] {
    return plainTextBlocks(value, (FIELD_PLACES as Record<string, string>)[source] ?? source);
  }

  /** A long text's paragraphs with `lead` (bold words, say) at the start of the first: "Reasons: ..." */
  ledText(lead: Run[], value: string | undefined, source: string): Block[] {
    const blocks = this.longText(value, source);
    const first = blocks[0];
    if (first?.kind === 'paragraph') blocks[0] = { ...first, runs: [...lead, ...first.runs] };
    else blocks.unshift({ kind: 'paragraph', runs: lead });
    return blocks;
  }

  runs(value: string, source: string, style: Omit<Run, 'text' | 'source'> = {}): Run[] {
    return inlineRuns(value, source, style);
  }

  longTextField(name: LongTextField): string | undefined {
    const d = this.data;
    switch (name) {
      case 'complaint.background': return d.complaint.background;
      case 'investigation.introduction': return d.investigation?.introduction;
      case 'investigation.methodology': return d.investigation?.methodology;
      case 'investigation.legalFramework': return d.investigation?.legalFramework;
      case 'investigation.background': return d.investigation?.background;
      case 'investigation.conclusion': return d.investigation?.conclusion;
      case 'ipReview.overall': return d.ipReview?.overall;
      case 'ipReview.process': return d.ipReview?.process;
      case 'ipReview.recommendationsComment': return d.ipReview?.recommendationsComment;
      case 'adjudication.apology': return d.adjudication?.apology;
      case 'adjudication.remedy': return d.adjudication?.remedy;
      case 'statement.agreedHow': return d.statement.agreedHow;
      case 'extension.reason': return d.extension?.reason;
    }
  }

  /** The value of every template field for this case (see vocabulary.ts for the names). */
  fields(): Record<FieldName, string | undefined> {
    const d = this.data;
    const adjudicator = d.adjudication?.adjudicatorId ? this.people.get(d.adjudication.adjudicatorId) : undefined;
    const io = this.firstOfRole('investigating-officer');
    const ip = this.firstOfRole('independent-person');
    const stage2 = this.deadline('stage2.response');
    const long = Object.fromEntries(LONG_TEXT_FIELDS.map((f) => [f, this.longTextField(f)])) as Record<LongTextField, string | undefined>;
    const cm = d.authority.complaintsManager;
    return {
      ...long,
      'case.title': d.case.title,
      'case.stage': String(d.case.stage),
      'case.reference': d.case.references?.authority,
      'case.ownReference': d.case.references?.own,
      'case.classification': d.case.classification?.trim() || 'OFFICIAL-SENSITIVE',
      'procedure.name': this.procedureIsEngland
        ? 'the Children Act 1989 Representations Procedure (England) Regulations 2006'
        : 'the Social Services Complaints Procedure (Wales) Regulations 2014',
      'procedure.england': this.procedureIsEngland ? 'yes' : undefined,
      'procedure.wales': this.procedureIsEngland ? undefined : 'yes',
      'authority.name': this.authorityInText,
      'authority.service': d.authority.service,
      'authority.directorTitle': d.authority.directorTitle ?? "Director of Children's Services",
      // The complaints manager may also be one of the people (with a label): then anonymised copies use the label.
      'complaintsManager.name': this.complaintsManagerName(cm?.name),
      'complaintsManager.email': cm?.email,
      'complaintsManager.phone': cm?.phone,
      complainant: this.persons(d.complaint.complainantIds) || undefined,
      child: this.persons(d.complaint.childIds) || undefined,
      representative: this.persons(d.complaint.representativeIds) || undefined,
      io: io ? this.person(io.id) : undefined,
      ip: ip ? this.person(ip.id) : undefined,
      'io.withRole': this.withRole(io, 'the Investigating Officer'),
      'ip.withRole': this.withRole(ip, 'the Independent Person'),
      adjudicator: adjudicator ? this.person(adjudicator.id) : undefined,
      'adjudicator.jobTitle': adjudicator?.jobTitle,
      'panel.chair': d.panel?.chairId ? this.person(d.panel.chairId) : undefined,
      'panel.venue': d.panel?.venue,
      'panel.requestDate': this.date(d.panel?.requestDate),
      'panel.meetingDate': this.date(d.panel?.meetingDate),
      'panel.reportDate': this.date(d.panel?.reportDate),
      'panel.reportDue': this.due('stage3.report'),
      'panel.directorResponseDue': this.due('stage3.response'),
      'complaint.receivedDate': this.date(d.complaint.receivedDate),
      'complaint.stage1ResponseDate': this.date(d.complaint.stage1ResponseDate),
      'complaint.stage2RequestDate': this.date(d.complaint.stage2RequestDate),
      'statement.sentDate': this.date(d.statement.sentDate),
      'statement.agreedDate': this.date(d.statement.agreedDate),
      'extension.agreedDate': this.date(d.extension?.agreedDate),
      'extension.newDeadline': this.date(d.extension?.newDeadline),
      'stage2.due': this.due('stage2.response'),
      'stage2.limit': this.due('stage2.limit'),
      'stage2.fromRequest': stage2?.startField === 'complaint.stage2RequestDate' ? 'yes' : undefined,
      'stage2.extendedWithoutDate': d.extension && !d.extension.newDeadline ? 'yes' : undefined,
      'adjudication.date': this.date(d.adjudication?.date),
      'adjudication.payment': d.adjudication?.payment ? formatPounds(d.adjudication.payment.amount) : undefined,
      'adjudication.remedyOrPayment': d.adjudication?.remedy?.trim() || d.adjudication?.payment ? 'yes' : undefined,
      'panel.directorResponseDate': this.date(d.panel?.directorResponseDate),
      'panel.ipConsultedDate': this.date(d.panel?.ipConsultedDate),
      'adjudication.meetingOffered': d.adjudication?.meetingOffered ? 'yes' : undefined,
      'authority.postalAddress': this.postalAddress(),
      'points.outcomesSought': countWordsOrNone(this.inScope.filter((p) => p.desiredOutcome?.trim()).length),
      'evidence.count': countWordsOrNone(this.evidence.size),
      'interviews.count': countWordsOrNone(this.interviews.size),
      'stage3.requestBy': this.due('stage3.request'),
      'points.inScope': countWords(this.inScope.length),
      'points.outOfScope': this.outOfScope.length ? countWords(this.outOfScope.length) : undefined,
      'document.date': this.date(statedDate(this.dated)),
      'document.anonymised': this.options.named ? undefined : 'yes',
    };
  }

  /** The council's postal address on one line, for writing to it: "London Borough of Exampleton, Complaints Team, 1 Market Square, London E99 9XX". */
  postalAddress(): string | undefined {
    const lines = (this.data.authority.address ?? []).map((l) => l.trim()).filter(Boolean);
    return lines.length ? [this.data.authority.name.trim(), ...lines].join(', ') : undefined;
  }

  complaintsManagerName(name: string | undefined): string | undefined {
    if (!name) return undefined;
    const person = this.data.people.find((p) => p.name.trim().toLowerCase() === name.trim().toLowerCase());
    return person ? this.person(person.id) : name;
  }

  /** The document's date as a signature or a letter's date line prints it (document-date.ts), if it has one. */
  printedDate(): string | undefined {
    return printedDate(this.dated);
  }

  /** Expands this document's template; `directive` builds the parts only this document has. */
  expand(directive: (name: string, argument: string) => Block[] | undefined, title: string, subtitle: string): Block[] {
    const fields = this.fields();
    const { templates } = this.options;
    const common = (name: string, argument: string): Block[] => {
      const own = directive(name, argument);
      if (own) return own;
      switch (name) {
        case 'logo':
          return templates.logo
            ? [{ kind: 'image', data: templates.logo, mediaType: 'image/png', width: 130, alt: `${this.data.authority.name} logo`, align: 'right' }]
            : [];
        case 'title':
          return [
            { kind: 'paragraph', style: 'title', runs: [{ text: title, source: 'title' }] },
            { kind: 'paragraph', style: 'subtitle', runs: [{ text: subtitle, source: 'subtitle' }] },
            { kind: 'paragraph', style: 'subtitle', runs: [{ text: titleDateLine(this.dated), source: 'document date' }] },
          ];
        case 'page-break':
          return [{ kind: 'pageBreak' }];
        case 'paragraph': {
          const paragraph = templates.paragraphs.get(argument);
          return paragraph ? expandTemplate(paragraph, { fields, places: FIELD_PLACES, directive: common }) : [];
        }
        case 'text':
          return this.longText(this.longTextField(argument as LongTextField), argument);
        case 'ombudsman': {
          const name = this.procedureIsEngland ? 'ombudsman-england' : 'ombudsman-wales';
          const paragraph = templates.paragraphs.get(name);
          return paragraph ? expandTemplate(paragraph, { fields, places: FIELD_PLACES, directive: common }) : [];
        }
        default:
          throw new Error(`directive @${name} has no builder in ${this.kind}`);
      }
    };
    return withoutEmptySections(expandTemplate(templates.documents[this.kind], { fields, places: FIELD_PLACES, directive: common }));
  }
}
