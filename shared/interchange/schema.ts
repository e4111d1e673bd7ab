// The interchange format impartial/casefile@1 (docs/contracts/design.md section 3: a contract).
// Every object is strict: an unknown field is nearly always a typo, and silently dropping it
// would lose the user's data on the next export.
import { z } from 'zod';
import { isCalendarDate, isTimestamp } from './dates.ts';
import { documentFormats, documentKinds } from '../case-model/documents.ts';

export const FORMAT = 'impartial/casefile@1';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, { message: 'impossible date: expected a real date as YYYY-MM-DD' });
export const timestamp = z.string().refine(isTimestamp, { message: 'expected an ISO 8601 timestamp ending in Z' });
const id = z.string().min(1, 'must not be empty');
const text = z.string();
const ids = z.array(id);

export const outcomes = ['upheld', 'partially-upheld', 'not-upheld', 'no-finding'] as const;
export const Outcome = z.enum(outcomes);
export const procedures = ['england-children-act-1989', 'wales-2014'] as const;
export const caseRoles = ['investigating-officer', 'independent-person', 'panel-chair', 'panel-member', 'adjudicating-officer'] as const;
export const personRoles = [
  'complainant', 'child', 'representative', 'advocate', 'parent', 'carer', 'staff',
  'investigating-officer', 'independent-person', 'adjudicating-officer',
  'panel-chair', 'panel-member', 'complaints-manager', 'other',
] as const;
export const evidenceKinds = ['record', 'correspondence', 'assessment', 'policy', 'legislation', 'other'] as const;
export const interviewMethods = ['in-person', 'phone', 'video', 'written'] as const;
export const ipViews = ['agree', 'partly-agree', 'disagree'] as const;
export const actionDecisions = ['accepted', 'partly-accepted', 'declined'] as const;
export const directorResponses = ['accepted', 'partly-accepted', 'not-accepted'] as const;

export const CaseHeader = z.strictObject({
  title: z.string().min(1, 'must not be empty'),
  procedure: z.enum(procedures),
  stage: z.union([z.literal(2), z.literal(3)], { error: 'must be 2 or 3' }),
  role: z.enum(caseRoles),
  references: z.strictObject({ authority: text.optional(), own: text.optional() }).optional(),
  classification: text.optional(),
  clockStart: z.enum(['statement-agreed', 'stage2-request']).optional(),
});

export const Authority = z.strictObject({
  name: z.string().min(1, 'must not be empty'),
  service: text.optional(),
  address: z.array(text).optional(),
  complaintsManager: z.strictObject({ name: text.optional(), email: text.optional(), phone: text.optional() }).optional(),
  directorTitle: text.optional(),
  closureDays: z.array(date).optional(),
});

export const Person = z.strictObject({
  id,
  name: z.string().min(1, 'must not be empty'),
  label: z.string().min(1, 'must not be empty'),
  role: z.enum(personRoles),
  jobTitle: text.optional(),
  organisation: text.optional(),
  aliases: z.array(text).optional(),
  address: z.array(text).optional(),
  // How a letter greets them: title and surname, as written after "Dear" ("Mrs Pryce-Jones").
  // An extension of the contract: the named adjudication letter's salutation uses it.
  addressAs: text.optional(),
});

export const Complaint = z.strictObject({
  complainantIds: ids,
  childIds: ids.optional(),
  representativeIds: ids.optional(),
  receivedDate: date.optional(),
  stage1ResponseDate: date.optional(),
  stage2RequestDate: date.optional(),
  background: text.optional(),
});

export const Point = z.strictObject({
  id,
  number: z.string().min(1, 'must not be empty'),
  summary: text,
  detail: text,
  // The period the point covers, in the user's words ("April to May 2024"): an extension of
  // the contract (domain.md lists it among a point's parts).
  period: text.optional(),
  desiredOutcome: text.optional(),
  scope: z.enum(['in', 'out']).optional(),
  outOfScopeReason: text.optional(),
});

export const Statement = z.strictObject({
  sentDate: date.optional(),
  agreedDate: date.optional(),
  agreedHow: text.optional(),
  points: z.array(Point),
});

export const Extension = z.strictObject({ agreedDate: date, reason: text, newDeadline: date.optional() });

export const Investigation = z.strictObject({
  introduction: text.optional(),
  methodology: text.optional(),
  legalFramework: text.optional(),
  background: text.optional(),
  conclusion: text.optional(),
});

export const Attachment = z.strictObject({
  fileName: z.string().min(1, 'must not be empty'),
  mediaType: z.string().min(1, 'must not be empty'),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  data: z.string().optional(),
});

export const Evidence = z.strictObject({
  id,
  ref: z.string().min(1, 'must not be empty'),
  kind: z.enum(evidenceKinds),
  title: text,
  date: date.optional(),
  source: text.optional(),
  notes: text.optional(),
  pointIds: ids,
  attachment: Attachment.optional(),
});

export const Interview = z.strictObject({
  id,
  ref: z.string().min(1, 'must not be empty'),
  personId: id,
  date,
  method: z.enum(interviewMethods),
  attendeeIds: ids,
  summary: text,
  pointIds: ids,
  agreedDate: date.optional(),
});

export const ChronologyEntry = z.strictObject({ id, date, event: text, sourceIds: ids, pointIds: ids });

export const Finding = z.strictObject({
  pointId: id,
  outcome: Outcome,
  evidence: text.optional(),
  analysis: text.optional(),
  conclusion: text.optional(),
  sourceIds: ids.optional(),
  // Why an upheld or partially upheld point needs no recommendation (docs/contracts/design.md
  // section 6): an extension of the contract that replaces the "No recommendation: ..." recommendation.
  noRecommendationReason: text.optional(),
});

export const Recommendation = z.strictObject({
  id,
  number: z.string().min(1, 'must not be empty'),
  text,
  pointIds: ids,
  owner: text.optional(),
  dueDate: date.optional(),
});

export const IpReviewPoint = z.strictObject({ pointId: id, view: z.enum(ipViews), comment: text.optional() });

export const IpReview = z.strictObject({
  overall: text.optional(),
  process: text.optional(),
  recommendationsComment: text.optional(),
  points: z.array(IpReviewPoint),
});

export const AdjudicationPoint = z.strictObject({
  pointId: id,
  decision: z.enum(['accept', 'vary']),
  outcome: Outcome.optional(),
  reasons: text.optional(),
});

export const AdjudicationAction = z.strictObject({
  id,
  recommendationIds: ids,
  decision: z.enum(actionDecisions),
  // Why a recommendation is accepted only in part or declined: an extension of the contract
  // (domain.md: the adjudication responds to each recommendation; short of accepting, with reasons).
  reasons: text.optional(),
  action: text,
  owner: text.optional(),
  dueDate: date.optional(),
  completedDate: date.optional(),
});

/** A sum in pounds with at most two decimal places: 250, 99.5, 1200.75. */
const pounds = z
  .number()
  .positive('must be more than 0')
  .max(1_000_000_000, 'must be less than £1,000,000,000')
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: 'expected pounds with at most two decimal places, e.g. 250 or 99.50' });

// A payment the council makes as part of the remedy (the Ombudsman's "symbolic payment"): an
// extension of the contract, kept apart from the remedy's text so that the letter states the sum.
export const Payment = z.strictObject({
  amount: pounds,
  /** What it is for, as the letter continues "The council will pay you £250 ...": "in recognition of the delay". */
  reason: text.optional(),
});

export const Adjudication = z.strictObject({
  adjudicatorId: id.optional(),
  date: date.optional(),
  apology: text.optional(),
  remedy: text.optional(),
  payment: Payment.optional(),
  meetingOffered: z.boolean().optional(),
  points: z.array(AdjudicationPoint),
  actions: z.array(AdjudicationAction),
});

export const PanelPoint = z.strictObject({ pointId: id, representations: text.optional(), view: text, outcome: Outcome.optional() });
// The Director's response to each panel recommendation, with the reasons for any departure from
// it (Regulation 20 asks for written reasons): an extension of the contract.
export const PanelRecommendation = z.strictObject({
  id,
  number: z.string().min(1, 'must not be empty'),
  text,
  pointIds: ids,
  directorResponse: z.enum(directorResponses).optional(),
  directorReasons: text.optional(),
});

export const Panel = z.strictObject({
  requestDate: date.optional(),
  meetingDate: date.optional(),
  venue: text.optional(),
  reportDate: date.optional(),
  directorResponseDate: date.optional(),
  // When the authority considered the panel's report together with the Stage 2 Independent
  // Person (Regulation 20): an extension of the contract.
  ipConsultedDate: date.optional(),
  memberIds: ids,
  chairId: id.optional(),
  attendeeIds: ids,
  documents: z.array(text).optional(),
  points: z.array(PanelPoint),
  recommendations: z.array(PanelRecommendation),
});

// The fact-check round (an extension of the contract; domain.md: drafts of the IO report are
// normally sent to the council to check facts before the final version). A round is one marked
// draft sent: when, to whom, when comments are due, and the SHA-256 of the draft's bytes, so
// that the paragraph numbers its comments cite can be found again. Comments are kept beside
// the rounds (each names its round) so that each is a record of its own: edited, searched and
// name-checked like any other.
export const factCheckResponses = ['accepted', 'not-accepted'] as const;
/** Where a comment is: a point of the statement (pointId) or one of these parts of the report. */
export const factCheckChapters = [
  'summary', 'introduction', 'desired-outcomes', 'methodology', 'legal-framework', 'background', 'chronology',
  'out-of-scope', 'conclusion', 'recommendations', 'appendices', 'other',
] as const;
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');

export const FactCheckRound = z.strictObject({
  id,
  sentDate: date,
  /** Who it went to, as written on the round: "Jo Bloggs, Complaints Manager". */
  sentTo: z.string().min(1, 'must not be empty'),
  /** The person of the case it went to, when it went to one. */
  sentToId: id.optional(),
  dueDate: date,
  /** Closed with no comments received; a round with comments closes when every one is answered. */
  closedDate: date.optional(),
  /** The SHA-256 of the draft as sent (its PDF). */
  draftSha256: sha256.optional(),
  /** Whether the IO report's appendix lists this round; default true. */
  appendix: z.boolean().optional(),
});

export const FactCheckComment = z.strictObject({
  id,
  roundId: id,
  pointId: id.optional(),
  chapter: z.enum(factCheckChapters).optional(),
  /** The paragraph number in the margin of the round's draft. */
  paragraph: z.number().int().positive('must be a paragraph number, 1 or more'),
  text,
  /** Who made the comment, in words. */
  from: text.optional(),
  response: z.enum(factCheckResponses).optional(),
  /** What was changed, when accepted. */
  change: text.optional(),
  /** Why not, when not accepted. */
  reason: text.optional(),
});

export const FactCheck = z.strictObject({ rounds: z.array(FactCheckRound), comments: z.array(FactCheckComment) });

// The text fields of a case that go into its documents, by the path of the field with the
// list indexes left out ("findings.analysis" is the analysis of a finding). A "not a name here"
// mark names one of them; shared/case-model/texts.ts describes each (where it is, which
// documents print it).
export const textFieldNames = [
  'case.title', 'case.references.authority', 'case.classification',
  'authority.name', 'authority.service', 'authority.address', 'authority.complaintsManager.name', 'authority.directorTitle',
  'people.jobTitle', 'people.organisation',
  'complaint.background',
  'statement.agreedHow',
  'statement.points.summary', 'statement.points.detail', 'statement.points.period', 'statement.points.desiredOutcome', 'statement.points.outOfScopeReason',
  'extension.reason',
  'investigation.introduction', 'investigation.methodology', 'investigation.legalFramework', 'investigation.background', 'investigation.conclusion',
  'evidence.title', 'evidence.source',
  'chronology.event',
  'findings.evidence', 'findings.analysis', 'findings.conclusion', 'findings.noRecommendationReason',
  'recommendations.text', 'recommendations.owner',
  'ipReview.overall', 'ipReview.process', 'ipReview.recommendationsComment', 'ipReview.points.comment',
  'adjudication.apology', 'adjudication.remedy', 'adjudication.payment.reason', 'adjudication.points.reasons',
  'adjudication.actions.action', 'adjudication.actions.owner', 'adjudication.actions.reasons',
  'panel.venue', 'panel.documents', 'panel.points.representations', 'panel.points.view', 'panel.recommendations.text',
  'panel.recommendations.directorReasons',
  'factCheck.rounds.sentTo', 'factCheck.comments.text', 'factCheck.comments.from', 'factCheck.comments.change', 'factCheck.comments.reason',
] as const;
export type TextFieldName = (typeof textFieldNames)[number];

// "Not a name here" (an extension of the contract): where the leak check stops on an ordinary
// use of a word that is also part of someone's name ("the Green Team"), the user may mark that
// one occurrence. The mark names the field (and its record, or its line in a list of text),
// the word, which word of the field's text it is (0 = the first), and the SHA-256 of the whole
// text it was made on: once that text changes, the mark no longer applies.
export const NotAName = z.strictObject({
  id,
  field: z.enum(textFieldNames),
  /** The record holding the field: its id, or the point's id for a finding and the other records kept one per point. */
  recordId: id.optional(),
  /** The line, for a list of text (authority.address, panel.documents); 0 = the first. */
  item: z.number().int().nonnegative().optional(),
  word: z.string().min(1, 'must not be empty'),
  wordIndex: z.number().int().nonnegative(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the text, 64 lower-case hex digits'),
});

export const Anonymisation = z.strictObject({ notNames: z.array(NotAName) });

// A document as it was issued (docs/interchange.md "Issued versions"): an extension of the
// contract. The record of what was sent: written by issuing a document, never edited. `data`
// (the exact bytes, base64) is there only in an export made with --with-attachments; without
// it the entry still proves which file was issued, by its SHA-256.
export const IssuedDocument = z.strictObject({
  kind: z.enum(documentKinds),
  /** 1, 2, ... per kind: each issue of a kind is its next version. */
  version: z.number().int().positive(),
  /** The document's date, as printed on it. */
  date,
  format: z.enum(documentFormats),
  named: z.boolean(),
  fileName: z.string().min(1, 'must not be empty'),
  /** When it was issued. */
  issuedAt: timestamp,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits'),
  data: z.string().optional(),
});

// The shape alone. `CaseFile` in parse.ts adds the format check and the cross-reference rules.
export const CaseShape = z.strictObject({
  format: z.literal(FORMAT),
  case: CaseHeader,
  authority: Authority,
  people: z.array(Person),
  complaint: Complaint,
  statement: Statement,
  extension: Extension.optional(),
  investigation: Investigation.optional(),
  evidence: z.array(Evidence).optional(),
  interviews: z.array(Interview).optional(),
  chronology: z.array(ChronologyEntry).optional(),
  findings: z.array(Finding).optional(),
  recommendations: z.array(Recommendation).optional(),
  ipReview: IpReview.optional(),
  adjudication: Adjudication.optional(),
  panel: Panel.optional(),
  anonymisation: Anonymisation.optional(),
  factCheck: FactCheck.optional(),
  issued: z.array(IssuedDocument).optional(),
});

export type CaseData = z.infer<typeof CaseShape>;
export type CaseHeaderData = z.infer<typeof CaseHeader>;
export type AuthorityData = z.infer<typeof Authority>;
export type PersonData = z.infer<typeof Person>;
export type ComplaintData = z.infer<typeof Complaint>;
export type PointData = z.infer<typeof Point>;
export type StatementData = z.infer<typeof Statement>;
export type ExtensionData = z.infer<typeof Extension>;
export type InvestigationData = z.infer<typeof Investigation>;
export type AttachmentData = z.infer<typeof Attachment>;
export type EvidenceData = z.infer<typeof Evidence>;
export type InterviewData = z.infer<typeof Interview>;
export type ChronologyEntryData = z.infer<typeof ChronologyEntry>;
export type FindingData = z.infer<typeof Finding>;
export type RecommendationData = z.infer<typeof Recommendation>;
export type IpReviewData = z.infer<typeof IpReview>;
export type AdjudicationData = z.infer<typeof Adjudication>;
export type PanelData = z.infer<typeof Panel>;
export type PanelRecommendationData = z.infer<typeof PanelRecommendation>;
export type AdjudicationActionData = z.infer<typeof AdjudicationAction>;
export type AdjudicationPointData = z.infer<typeof AdjudicationPoint>;
export type PaymentData = z.infer<typeof Payment>;
export type IssuedDocumentData = z.infer<typeof IssuedDocument>;
export type OutcomeValue = z.infer<typeof Outcome>;
export type NotANameData = z.infer<typeof NotAName>;
export type AnonymisationData = z.infer<typeof Anonymisation>;
export type FactCheckData = z.infer<typeof FactCheck>;
export type FactCheckRoundData = z.infer<typeof FactCheckRound>;
export type FactCheckCommentData = z.infer<typeof FactCheckComment>;
