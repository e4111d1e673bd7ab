// The API of the app (docs/design.md section 7): the single list of operations the renderer
// calls, the preload exposes, electron/main registers over IPC, the web host serves over HTTP
// and the end-to-end tests drive. Adding an operation here is the only way to add one.
//
// Rules the shape encodes:
// - Every operation takes one object, parsed with its zod `input` schema on the Node side
//   (the renderer is untrusted), and answers a Result: errors cross as values, never thrown.
// - The renderer passes ids, never file paths. A casefile is named by an opaque `fileId`
//   handed out by the host (native dialog in Electron, workspace folder in the web host);
//   an unlocked casefile by a `sessionId`. Paths stay on the Node side.
// - `output` is a type-only marker (the Node side is trusted); it is never read at runtime.
import { z } from 'zod';
import { Attachment, CaseHeader, Evidence, FactCheckRound, textFieldNames } from './interchange/schema.ts';
import type { CaseData, IssuedDocumentData } from './interchange/schema.ts';
import { isCalendarDate } from './interchange/dates.ts';
import * as model from './case-model/index.ts';
import { documentFormats, documentKinds } from './case-model/documents.ts';
import type { HistoryEntry } from './history/entry.ts';
import type { FileTextState, SearchResults } from './search/index.ts';
import type { ScreenName } from './screens.ts';
import type { DocumentKind } from './case-model/documents.ts';

// ---------------------------------------------------------------------------------------
// Results and errors

export interface ApiError {
  /** Stable machine-readable code: 'wrong-passphrase', 'invalid-input', 'cancelled', 'locked', ... */
  code: string;
  /** One line for the user: what is wrong and where. */
  message: string;
  /** Where in the input the problem is, e.g. 'record.number' (for invalid-input). */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: string, message: string, path?: string): Result<never> =>
  ({ ok: false, error: path === undefined ? { code, message } : { code, message, path } });

/** Codes the renderer treats specially. Others are shown with their message. */
export const errorCodes = {
  /** The user closed a dialog: not an error to show. */
  cancelled: 'cancelled',
  /** The input did not match the operation's schema. */
  invalidInput: 'invalid-input',
  /** The sessionId is unknown: the casefile was locked (idle, sleep) or closed. */
  locked: 'locked',
  /** The fileId is unknown to this host. */
  unknownFile: 'unknown-file',
  /** The operation needs something this host cannot do (e.g. a native dialog in the web host). */
  unsupported: 'unsupported',
  /** A bug: anything that was not an ImpartialError. */
  internal: 'internal',
  /** The passphrase does not open the casefile (its journal holds a second copy of the salt, which proves the salt intact). */
  wrongPassphrase: 'wrong-passphrase',
  /** No page opens with the passphrase: it is wrong, or the salt it is combined with is damaged (SQLCipher cannot tell which). */
  damagedOrWrongPassphrase: 'damaged-or-wrong-passphrase',
} as const;

/** The codes that mean the passphrase given did not open the casefile. */
export const passphraseRefused: ReadonlySet<string> = new Set([errorCodes.wrongPassphrase, errorCodes.damagedOrWrongPassphrase]);

// ---------------------------------------------------------------------------------------
// Shapes shared by several operations

const sessionId = z.string().min(1, 'must not be empty').max(200);
const fileId = z.string().min(1, 'must not be empty').max(200);
/** Chosen by the renderer so that progress events can be matched to the call that started them. */
const jobId = z.string().min(1).max(100);
const passphrase = z.string().min(1, 'enter the passphrase').max(1024);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine(isCalendarDate, { message: 'not a real date' });

/** A casefile the host knows about, named for display only. */
export interface CasefileRef {
  fileId: string;
  /** File name without folders, e.g. "Smith stage 2.casefile". */
  name: string;
  /** ISO timestamp of the last time it was opened here, when known. */
  lastOpened?: string;
  /** The user chose to keep its passphrase in the OS keychain on this computer (unlockRemembered works). */
  remembered?: boolean;
}

export interface OpenedCasefile {
  fileId: string;
  name: string;
  sessionId: string;
  /** What opening found and put right, one line each for the user (e.g. a last change cut
   *  short by a crash was discarded). Absent when there was nothing to say. */
  notices?: string[];
  /** What the user must know before working on: this casefile is older than, or its history
   *  differs from, the copy last opened on this computer (what is missing, and since when). */
  warnings?: string[];
}

export interface AppInfo {
  host: 'electron' | 'web';
  version: string;
  /** True where the host shows native open/save dialogs (Electron). The web host instead
   *  lists its workspace folder (listRecent) and hands rendered files out as downloads. */
  nativeDialogs: boolean;
  /** True where passphrases can be kept in the OS keychain at the user's request (Electron
   *  with a real keychain; never the web host, never Linux's plain-text fallback). */
  keychain: boolean;
}

export interface Settings {
  /** Minutes without activity after which every open casefile is locked. Default 10.
   *  Fractions are allowed so that tests can use a few seconds. */
  idleLockMinutes: number;
  /** The name the history records for changes made on this computer, with the case's role
   *  ("Jane Smith (Investigating Officer)"). Empty: the role alone. */
  userName: string;
  /** Where automatic backups go, for display only (no path reaches the page): the folder's
   *  name, and whether the user chose it (otherwise the app's own data folder). */
  backupFolder?: { name: string; chosen: boolean };
}
export const defaultSettings: Settings = { idleLockMinutes: 10, userName: '' };

/** The history of a casefile, or of one record, newest first (shared/history). */
export interface HistoryPage {
  entries: HistoryEntry[];
  /** More, older changes exist: ask again with beforeSeq set to the last entry's seq. */
  more: boolean;
}

/** A backup of a casefile, named by an opaque id (its path stays on the Node side). */
export interface BackupRef {
  backupId: string;
  /** When it was made (ISO 8601). */
  madeAt: string;
  size: number;
}

/** The backups of one casefile, newest first. */
export interface CasefileBackups {
  /** The casefile's file name when it was last opened on this computer ("jones.casefile"), or a stand-in. */
  name: string;
  backups: BackupRef[];
}

/** A backup just made. */
export interface BackupMade {
  madeAt: string;
  size: number;
  /** The number of the last change it holds. */
  changes: number;
}

export interface Saved {
  /** ISO timestamp at which the change was durably written (the status bar's "Saved"). */
  savedAt: string;
}

/** An evidence item's attached file as the renderer sees it: metadata, never the bytes. */
export type AttachedFile = Omit<z.infer<typeof Attachment>, 'data'>;

/** The largest file that can be attached to an evidence item (the web host carries it as base64 JSON). */
export const maxEvidenceFileBytes = 50 * 1024 * 1024;
const maxEvidenceFileBase64 = Math.ceil(maxEvidenceFileBytes / 3) * 4;

// The documents are the case model's vocabulary (shared/case-model/documents.ts), named here too
// because the operations below take them.
export { documentFormats, documentKinds, type DocumentFormat, type DocumentKind } from './case-model/documents.ts';

/** A document as it will be issued, for the Preview region beside the screen that edits it. */
export interface DocumentPreview {
  /** The PDF from the same renderer as an issued copy, marked DRAFT; anonymised unless asked
   *  for named. Crosses IPC as bytes; the web host carries it as base64 in the JSON. */
  pdf: Uint8Array;
  /** Where the text of each run source ("point 2, analysis") starts: the page (from 1) and the
   *  distance from the page's top in PDF points. The first place of each source only. */
  places: Record<string, { page: number; y: number }>;
  /** The words of the document's body as rendered (shared/documents/word-count.ts). */
  words: number;
  /** Names the leak check found in the anonymised text (the preview shows them rather than refusing). */
  names: Array<{ place: string; found: string }>;
  /** Blocking readiness problems: an issued copy would be refused until they are put right. */
  blocking: number;
}

/** An attached file as the evidence viewer shows it (readEvidenceFile). Bytes cross IPC as they
 *  are; the web host carries them as base64 in the JSON. Nothing is written to disk. */
export interface EvidenceFileView {
  evidenceId: string;
  /** "D3" */
  ref: string;
  fileName: string;
  mediaType: string;
  size: number;
  content:
    /** Drawn by pdf.js (no scripts, no forms, nothing fetched). */
    | { kind: 'pdf'; bytes: Uint8Array }
    /** PNG, JPEG, GIF, BMP or WebP, shown from a data: URL. */
    | { kind: 'image'; imageType: string; bytes: Uint8Array }
    /** A Word document converted by mammoth: UNTRUSTED HTML, to be sanitised before it is shown. */
    | { kind: 'docx'; html: string }
    /** Plain text, or an email's headers and body. */
    | { kind: 'text'; text: string }
    /** A file the app cannot show: why, in words (it can still be saved out). */
    | { kind: 'unsupported'; reason: string };
}

export interface StandardParagraph {
  name: string;
  /** Plain text: a blank line between paragraphs, "- " before each item of a list. */
  text: string;
}

export interface VerifyReport {
  /** True when every check passed. */
  ok: boolean;
  /** One line per problem found, for the user. */
  problems: string[];
  /** What opening the casefile found and put right (not problems), one line each. */
  notices?: string[];
}

export interface RenderedDocument {
  /** The suggested or chosen file name, e.g. "IO report (anonymised).pdf". */
  fileName: string;
  size: number;
  /** Electron: the file was written where the user chose in the save dialog. */
  saved?: boolean;
  /** Web host: a one-time URL (same origin) that downloads the bytes. */
  downloadUrl?: string;
}

/** An issued version as the renderer sees it (CaseData's `issued`): metadata, never the bytes. */
export type IssuedVersion = Omit<IssuedDocumentData, 'data'>;

export interface IssuedDocumentResult extends RenderedDocument {
  /** The version now kept in the casefile. */
  issued: IssuedVersion;
  /** Said beside the result: the date differs from the one the case records for the document. */
  note?: string;
}

/**
 * The input of an operation on one of several named parts: one strict object per name,
 * { sessionId, [nameKey]: name, [valueKey]: the part's schema }, told apart by `nameKey`
 * (saveRecord's collection, saveSection's section). Built from the map so that a collection
 * or section added there is saveable without a second list.
 */
function inputPerName<N extends string, V extends string, M extends Record<string, z.ZodType>>(nameKey: N, valueKey: V, schemas: M) {
  type Of<T extends 'in' | 'out'> = {
    [K in keyof M & string]: { sessionId: string } & { [P in N]: K } & { [P in V]: T extends 'in' ? z.input<M[K]> : z.output<M[K]> };
  }[keyof M & string];
  const options = Object.entries(schemas).map(([name, schema]) => z.strictObject({ sessionId, [nameKey]: z.literal(name), [valueKey]: schema }));
  return z.discriminatedUnion(nameKey, options as [(typeof options)[number], ...(typeof options)[number][]]) as unknown as z.ZodType<Of<'out'>, Of<'in'>>;
}

// The editable collections of a case and the record each holds: those of the case model
// (shared/case-model), by the same names as the casefile store's. Findings and the per-point
// records of the IP review, adjudication and panel are keyed by pointId (one per point); every
// other record by its `id`. Writing a record of ipReviewPoints, adjudication* or panel*
// creates its section if absent.
// Evidence records carry attachment metadata only: the bytes never cross the bridge in a
// record. Send an evidence record back with the `attachment` it came with to keep the
// stored file; leaving `attachment` out removes it.
const EvidenceRecord = Evidence.omit({ attachment: true }).extend({ attachment: Attachment.omit({ data: true }).optional() });

type ModelRecordSchemas = { [C in model.CollectionName]: model.Collections[C]['schema'] };
const modelRecordSchemas = Object.fromEntries(model.collectionNames.map((c) => [c, model.collections[c].schema])) as ModelRecordSchemas;

export const collections = { ...modelRecordSchemas, evidence: EvidenceRecord } as const;
export type CollectionName = keyof typeof collections;
export type CollectionRecord<C extends CollectionName> = z.infer<(typeof collections)[C]>;
export const collectionNames = Object.keys(collections) as CollectionName[];

const SaveRecordInput = inputPerName('collection', 'record', collections);

// The single-valued parts of a case, without their record lists (those are collections:
// statement.points is `points`, ipReview.points is `ipReviewPoints`, and so on): the case
// model's sections. `null` removes an optional section with everything in it.
type SectionInputs = {
  [S in model.SectionName]: model.SectionModel<S>['required'] extends true ? model.OwnSchema<S> : z.ZodNullable<model.OwnSchema<S>>;
};
export const sections = Object.fromEntries(model.sectionNames.map((name) => {
  const section = model.sections[name];
  return [name, section.required ? section.own : section.own.nullable()];
})) as SectionInputs;
export type SectionName = keyof typeof sections;
export type SectionValue<S extends SectionName> = z.infer<(typeof sections)[S]>;

const SaveSectionInput = inputPerName('section', 'value', sections);

/** One write of saveTogether: a record of a collection (as saveRecord takes it), or a section (as saveSection). */
const recordEdits = Object.entries(collections).map(([name, schema]) => z.strictObject({ collection: z.literal(name), record: schema }));
const sectionEdits = Object.entries(sections).map(([name, schema]) => z.strictObject({ section: z.literal(name), value: schema }));
export const CaseEdit = z.union([...recordEdits, ...sectionEdits] as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]) as unknown as z.ZodType<
  | { [C in CollectionName]: { collection: C; record: CollectionRecord<C> } }[CollectionName]
  | { [S in SectionName]: { section: S; value: SectionValue<S> } }[SectionName]
>;
export type CaseEdit = z.infer<typeof CaseEdit>;

// ---------------------------------------------------------------------------------------
// The operations

/** Declares an operation: `op<Output>()(inputSchema)`. */
const op = <O>() => <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });
const none = z.strictObject({});

export const api = {
  /** Which host this is and what it can do. */
  getAppInfo: op<AppInfo>()(none),
  /** Electron: recently opened casefiles. Web host: the *.casefile files in its workspace folder. */
  listRecent: op<CasefileRef[]>()(none),
  /** Electron: a native open dialog. Web host: 'unsupported' (choose from listRecent). */
  chooseCasefileToOpen: op<CasefileRef>()(none),
  /** Creates an empty casefile and unlocks it. Electron: a save dialog chooses where;
   *  web host: a new file in the workspace folder named after the title. */
  createCasefile: op<OpenedCasefile>()(z.strictObject({
    title: CaseHeader.shape.title,
    passphrase: passphrase.min(8, 'use at least 8 characters for the passphrase'),
    procedure: CaseHeader.shape.procedure.optional(),
    stage: CaseHeader.shape.stage.optional(),
    role: CaseHeader.shape.role.optional(),
    authorityName: z.string().optional(),
  })),
  /** Imports interchange JSON (impartial/casefile@1) into a new casefile and unlocks it.
   *  `json` is the file's text (the renderer read it from a file input); when absent,
   *  Electron shows an open dialog for it. Invalid JSON fails with the path of the bad field. */
  importInterchange: op<OpenedCasefile>()(z.strictObject({
    passphrase: passphrase.min(8, 'use at least 8 characters for the passphrase'),
    json: z.string().max(512 * 1024 * 1024).optional(),
    jobId: jobId.optional(),
  })),
  /** Opens a casefile with its passphrase. No page opens with the passphrase: code
   *  'damaged-or-wrong-passphrase' (SQLCipher cannot tell a wrong passphrase from a damaged
   *  salt), or 'wrong-passphrase' where the casefile's journal holds a second copy of the salt.
   *  A damaged journal: code 'journal-damaged', and the journal is left as it is.
   *  `remember: true` (opt-in, only where AppInfo.keychain) keeps the passphrase in the OS
   *  keychain after it has opened the file; `remember: false` forgets a kept one. */
  unlock: op<OpenedCasefile>()(z.strictObject({ fileId, passphrase, remember: z.boolean().optional() })),
  /** The full integrity check of a casefile (every page's HMAC, SQLite's own check, every
   *  record readable), off the main thread with 'progress' events. The casefile must not be
   *  open (code 'open-elsewhere' when it is: lock it first). */
  verifyCasefile: op<VerifyReport>()(z.strictObject({ fileId, passphrase, jobId: jobId.optional() })),
  /** Opens a casefile with the passphrase kept in the OS keychain. Code 'not-remembered' when
   *  none is kept; a kept passphrase that no longer opens the file is forgotten ('wrong-passphrase'
   *  or 'damaged-or-wrong-passphrase'). */
  unlockRemembered: op<OpenedCasefile>()(z.strictObject({ fileId })),
  /** Removes a kept passphrase from the OS keychain. */
  forgetPassphrase: op<null>()(z.strictObject({ fileId })),
  /** Closes the casefile; the sessionId stops working. Emits a 'locked' event (reason 'user'). */
  lock: op<null>()(z.strictObject({ sessionId })),
  /** Says the user is active, so the idle lock waits (the platform layer sends it, throttled). */
  keepAlive: op<null>()(z.strictObject({ sessionId })),
  /** The whole case, attachment bytes left out (metadata kept). */
  getCase: op<CaseData>()(z.strictObject({ sessionId })),
  /** Inserts or replaces one record (matched by id, or by pointId for findings). */
  saveRecord: op<Saved>()(SaveRecordInput),
  /** Removes one record by id (pointId for findings). */
  deleteRecord: op<Saved>()(z.strictObject({ sessionId, collection: z.enum(collectionNames as [CollectionName, ...CollectionName[]]), id: z.string().min(1) })),
  /** Puts a collection in this order; ids must be exactly the collection's ids. */
  reorderRecords: op<Saved>()(z.strictObject({ sessionId, collection: z.enum(collectionNames as [CollectionName, ...CollectionName[]]), ids: z.array(z.string().min(1)) })),
  /** Numbers the points 1, 2, 3... in their current order (sub-numbers like "2a" are replaced). */
  renumberPoints: op<Saved>()(z.strictObject({ sessionId })),
  /** Replaces one single-valued section of the case. */
  saveSection: op<Saved>()(SaveSectionInput),
  /** Writes several records and sections in one transaction, all or none, in order (a
   *  reference renamed with every text that cites it, and its undo). A unique number or
   *  reference may move between records in one call ("D3" to "D4" and "D4" to "D3"). */
  saveTogether: op<Saved>()(z.strictObject({ sessionId, edits: z.array(CaseEdit).min(1, 'must not be empty').max(10_000) })),
  /** Renders a document off the main thread, sending 'progress' events with `jobId`.
   *  Electron then shows a save dialog; the web host answers a one-time download URL.
   *  Blocking readiness problems fail with code 'not-ready' unless `draft` is true. */
  renderDocument: op<RenderedDocument>()(z.strictObject({
    sessionId,
    kind: z.enum(documentKinds),
    format: z.enum(documentFormats),
    named: z.boolean().default(false),
    draft: z.boolean().default(false),
    jobId: jobId.optional(),
  })),
  /** Sends the IO report for fact-check: renders it as a marked draft ("Fact-check draft, sent
   *  <date>", DRAFT, every paragraph and list item numbered in the margin) whatever its
   *  readiness, delivers it as renderDocument does, and only then records the round with the
   *  SHA-256 of the bytes sent. A round id already used fails with 'invalid-input'. */
  sendForFactCheck: op<RenderedDocument & { draftSha256: string }>()(z.strictObject({
    sessionId,
    round: FactCheckRound.omit({ draftSha256: true, closedDate: true }),
    format: z.enum(documentFormats),
    named: z.boolean().default(false),
    jobId: jobId.optional(),
  })),
  /** The document as it will be issued, for the Preview region: a DRAFT PDF rendered off the
   *  main thread from the case as saved (the text fields save as typing pauses), in memory only,
   *  never written to disk. Readiness problems and names found do not stop it: they are
   *  answered beside the PDF. A request overtaken by a newer one of the same session before
   *  its render started fails with code 'superseded' (the renderer ignores it). `typed` is text
   *  still being typed, not yet saved, shown in the preview as typed and never saved by it
   *  (shared/case-model/texts.ts withTypedTexts: one whose record is not there yet, or that the
   *  case could not hold, is left out). */
  previewDocument: op<DocumentPreview>()(z.strictObject({
    sessionId,
    kind: z.enum(documentKinds),
    named: z.boolean().default(false),
    typed: z.array(z.strictObject({
      field: z.enum(textFieldNames),
      recordId: z.string().min(1).max(200).optional(),
      item: z.number().int().min(0).max(10_000).optional(),
      text: z.string().max(2_000_000),
    })).max(100).optional(),
  })),
  /** The words of each document as it would be rendered now (anonymised), counted from its
   *  model without rendering it (shared/documents/word-count.ts): for the Documents screen. A
   *  document that cannot be built (a broken authority-pack template) is left out. */
  countDocumentWords: op<Partial<Record<DocumentKind, number>>>()(z.strictObject({ sessionId })),
  /** Issues a ready document (never a draft): renders it off the main thread with its version
   *  and issue date stamped on it, keeps its exact bytes and SHA-256 in the casefile (one
   *  transaction, with its audit row), then hands the file over like renderDocument. `date`
   *  (YYYY-MM-DD) defaults to the document's own date in the case (the adjudication's, the
   *  panel report's), else today. The adjudication letter is always issued named. Refusals:
   *  'not-ready', a name in an anonymised document, 'invalid-issue-date', 'issued-meanwhile'.
   *  A cancelled save dialog leaves the issue kept (saved: false): saveIssuedDocument saves it. */
  issueDocument: op<IssuedDocumentResult>()(z.strictObject({
    sessionId,
    kind: z.enum(documentKinds),
    format: z.enum(documentFormats),
    named: z.boolean().default(false),
    date: isoDate.optional(),
    jobId: jobId.optional(),
  })),
  /** Hands a copy of an issued version to the user, byte for byte as issued, like renderDocument. */
  saveIssuedDocument: op<RenderedDocument>()(z.strictObject({
    sessionId,
    kind: z.enum(documentKinds),
    version: z.number().int('must be a whole number').min(1, 'versions start at 1'),
  })),
  /** Attaches a file to an evidence item, replacing any file it had; answers its metadata.
   *  `upload` is the file the renderer read from a file input (web host), its bytes base64;
   *  when absent, Electron shows an open dialog and reads the chosen file itself. At most
   *  50 MB (code 'file-too-large', or 'invalid-input' at upload.data). Remove the file by saving the record without `attachment`. */
  attachEvidenceFile: op<AttachedFile>()(z.strictObject({
    sessionId,
    evidenceId: z.string().min(1, 'must not be empty'),
    upload: z.strictObject({
      fileName: z.string().min(1, 'must not be empty').max(255, 'use a file name of at most 255 characters'),
      mediaType: z.string().max(255).default(''),
      data: z.string().max(maxEvidenceFileBase64, 'the file is larger than 50 MB'),
    }).optional(),
  })),
  /** Hands a copy of an evidence item's attached file to the user, like renderDocument:
   *  Electron shows a save dialog; the web host answers a one-time download URL. */
  saveEvidenceFile: op<RenderedDocument>()(z.strictObject({ sessionId, evidenceId: z.string().min(1, 'must not be empty') })),
  /** An evidence item's attached file for the evidence viewer, read from the casefile into memory
   *  (never written to disk): a PDF or image as its bytes, a Word document as HTML to sanitise,
   *  text as text. Code 'not-found' when the item has no attached file, 'attachment-not-held' when the
   *  casefile holds its description but not the file. */
  readEvidenceFile: op<EvidenceFileView>()(z.strictObject({ sessionId, evidenceId: z.string().min(1, 'must not be empty') })),
  /** Searches the case's text and the text of its attached files (docs/search.md for what may be
   *  typed: words, "quoted phrases", word* for prefixes; nothing typed is ever an error). Hits come
   *  best first, each with its place in words, where to go (`target`: a field on its screen, or
   *  an attached file at its page), and a snippet with the match marked; groupHits
   *  (shared/search) groups them by place. `notSearched` names files whose text is not in it. */
  searchCase: op<SearchResults>()(z.strictObject({
    sessionId,
    query: z.string().max(1000, 'use at most 1,000 characters'),
    limit: z.number().int().min(1).max(1000).optional(),
  })),
  /** How far the text of each attached file has been read into the search index: pending, indexed
   *  (with any pages that have no text), failed with the reason, or not held. Files are read off the
   *  window's thread after unlocking and after attaching, with 'file-text' events. */
  getFileTextStates: op<FileTextState[]>()(z.strictObject({ sessionId })),
  /** A standard paragraph (templates/paragraphs/<name>.txt, or the case's authority pack's
   *  own) as plain text for a long text field: its fields filled in from the case as it is
   *  now, people by label; a value not yet recorded is a note in square brackets. The IO
   *  report screen inserts it into a chapter for the user to edit. Code 'not-found' when there
   *  is no such paragraph. */
  standardParagraph: op<StandardParagraph>()(z.strictObject({
    sessionId,
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a paragraph name uses only a-z, 0-9 and -').max(100),
  })),
  getSettings: op<Settings>()(none),
  /** Changes settings and answers all of them. */
  setSettings: op<Settings>()(z.strictObject({
    idleLockMinutes: z.number().min(0.05, 'at least 3 seconds').max(24 * 60, 'at most a day').optional(),
    userName: z.string().max(100, 'use at most 100 characters').regex(/^[^\p{Cc}]*$/u, 'use one line, without control characters').optional(),
  })),
  /** Chooses where automatic backups go and answers the settings. Electron: a folder dialog
   *  (`folder` is ignored). Web host: `folder` is a folder inside its workspace, e.g. "backups"
   *  (code 'invalid-input' for anything outside it). `reset: true` goes back to the default,
   *  the app's data folder. */
  chooseBackupFolder: op<Settings>()(z.strictObject({
    folder: z.string().min(1, 'must not be empty').max(200).optional(),
    reset: z.boolean().optional(),
  })),
  /** The history of the open casefile, newest first: all of it, or the changes to one
   *  collection or section (`collection`), or to one record of it (`recordId`: its id, the
   *  point id for a finding). At most `limit` (default 50) at a time. */
  getHistory: op<HistoryPage>()(z.strictObject({
    sessionId,
    collection: z.string().min(1).max(50).optional(),
    recordId: z.string().min(1).max(200).optional(),
    limit: z.number().int().min(1).max(200).optional(),
    beforeSeq: z.number().int().min(1).optional(),
  })),
  /** Makes a checked backup of the open casefile now, in the backup folder. */
  backUpNow: op<BackupMade>()(z.strictObject({ sessionId })),
  /** The backups in the backup folder: of one casefile (`fileId`, when this computer has
   *  opened it before), or of every casefile that has any. */
  listBackups: op<CasefileBackups[]>()(z.strictObject({ fileId: fileId.optional() })),
  /** Checks a backup in full and opens it as a NEW casefile (never over the original): Electron
   *  asks where to save it; the web host puts it in its workspace. The passphrase is the one
   *  the casefile had when the backup was made. Code 'backup-damaged' when it fails the check. */
  restoreBackup: op<OpenedCasefile>()(z.strictObject({ backupId: z.string().min(1).max(200), passphrase, jobId: jobId.optional() })),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type MethodInput<K extends MethodName> = z.input<Api[K]['input']>;
export type MethodOutput<K extends MethodName> = Api[K]['output'];

/** What the renderer calls; the preload object `satisfies` this. */
export type ImpartialApi = { [K in MethodName]: (input: MethodInput<K>) => Promise<Result<MethodOutput<K>>> };

export const methodNames = Object.keys(api) as MethodName[];
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name);
}

// ---------------------------------------------------------------------------------------
// Events from the host to the renderer

export type LockReason = 'user' | 'idle' | 'sleep' | 'screen-lock' | 'quit';
/** 'next-region' / 'previous-region': F6 / Shift+F6 from the Help menu (navigation, screen, status bar); 'search': View > Search the Case (Ctrl+K). */
export type MenuCommand = 'new' | 'open' | 'import' | 'lock' | 'close' | 'settings' | 'next-region' | 'previous-region' | 'search';

export type ImpartialEvent =
  /** The casefile was closed: the renderer must drop its case data and show the start screen. */
  | { type: 'locked'; sessionId: string; reason: LockReason }
  /** Long work advancing: `fraction` 0..1, `stage` a short British-English phrase. */
  | { type: 'progress'; jobId: string; stage: string; fraction: number }
  /** Attached files being read into the search index: `done` of `total` files, `stage` what is
   *  being read ("Reading minutes.pdf: page 3 of 20"); `done === total` when finished (then
   *  getFileTextStates tells how each went). */
  | { type: 'file-text'; sessionId: string; done: number; total: number; stage: string }
  /** A menu item (Electron) the renderer acts on; 'open-recent' carries the fileId. */
  | { type: 'menu'; command: MenuCommand }
  | { type: 'menu'; command: 'open-recent'; fileId: string }
  /** Help > Go to: a screen of the open casefile (shared/screens.ts lists them and their keys). */
  | { type: 'menu'; command: 'go'; screen: ScreenName }
  /** An automatic backup could not be made (the folder is gone, the disk is full): one line for the user. */
  | { type: 'backup-failed'; message: string };

/** The object the preload exposes as `window.impartial`: one function per method, plus events. */
export type ImpartialBridge = ImpartialApi & {
  /** Subscribes to host events; returns the unsubscribe function. */
  onEvent(listener: (event: ImpartialEvent) => void): () => void;
};

export { ipcChannel, eventChannel } from './ipc-channels.ts';
export type { FileTextState, FileTextStatus, SearchHit, SearchResults, SearchTarget, SnippetPart } from './search/index.ts';
