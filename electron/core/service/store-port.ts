// What the service needs from the casefile store (electron/core/casefile). Declared here so
// that the service depends on the store's behaviour, not its internals, and so that the
// hosts hand the real store in (electron/main and electron/web both pass the same one).
import type { AttachmentData, CaseData, IssuedDocumentData } from '../../../shared/interchange/schema.ts';
import type { CollectionName, DocumentKind, SectionName } from '../../../shared/api.ts';
import type { HistoryEntry } from '../../../shared/history/entry.ts';
import type { FileTextState, SearchResults } from '../../../shared/search/index.ts';
import type { FileTextOutcome, PendingFile } from '../search/file-text.ts';

/** The last change of a casefile's history. */
export interface HistoryHeadNow {
  seq: number;
  hash: string;
  at?: string | undefined;
}

/** Who changes are recorded as by: the name given in Settings (the role is the case's). */
export interface Actor {
  name?: string | undefined;
}

export interface OpenCasefile {
  readCase(): CaseData | Promise<CaseData>;
  upsert(collection: CollectionName, record: unknown): unknown;
  remove(collection: CollectionName, id: string): unknown;
  setSection(section: SectionName, value: unknown): unknown;
  /** Several records and sections in one transaction: all or none. */
  writeAll(edits: readonly ({ collection: CollectionName; record: unknown } | { section: SectionName; value: unknown })[]): unknown;
  reorder(collection: CollectionName, ids: string[]): unknown;
  /** Stores `bytes` as the file of evidence item `evidenceId` (which must exist), replacing any. */
  putAttachment(evidenceId: string, bytes: Uint8Array, fileName: string, mediaType: string): AttachmentData;
  /** The file of evidence item `evidenceId`, checked against its SHA-256. */
  readAttachment(evidenceId: string): Uint8Array;
  /** Keeps an issued document (the kind's next version): its bytes and SHA-256, with its audit row. */
  recordIssue(entry: Omit<IssuedDocumentData, 'data' | 'size' | 'sha256' | 'issuedAt'>, bytes: Uint8Array): IssuedDocumentData;
  /** The bytes of an issued version, checked against its SHA-256. */
  readIssuedDocument(kind: DocumentKind, version: number): Uint8Array;
  /** The search (electron/core/search): the query, and the files whose text is still to be read. */
  search(query: string, options: { limit?: number }): SearchResults;
  fileTextStates(): FileTextState[];
  pendingFileTexts(): PendingFile[];
  readStoredFile(sha256: string): Uint8Array;
  storeFileText(sha256: string, outcome: FileTextOutcome): void;
  close(): unknown;
  /** What opening found and put right (a torn last change discarded), for the user to read. */
  readonly notices?: readonly { message: string }[];
  /** Who the changes from now on are by. */
  actAs(actor: Actor): void;
  /** The casefile's random id (its backups' folder, what this computer saw of it). */
  casefileId(): string;
  /** The last change; the next change is a row of its own. */
  historyHead(): HistoryHeadNow;
  /** The hash of change `seq`, if the history holds it. */
  historyHashAt(seq: number): string | undefined;
  /** Changes, newest first (audit.ts HistoryQuery). */
  history(query: { collection?: string; recordId?: string; limit?: number; beforeSeq?: number }): HistoryEntry[];
  /** A checked backup at `path` (which must not exist). */
  backupTo(path: string): { size: number; head: HistoryHeadNow };
}

export interface CasefileStore {
  /** Creates a new casefile (refusing to overwrite) holding `data`, and opens it. */
  createCasefile(path: string, passphrase: string, data: CaseData, options?: { actor?: Actor }): OpenCasefile | Promise<OpenCasefile>;
  openCasefile(path: string, passphrase: string, options?: { actor?: Actor }): OpenCasefile | Promise<OpenCasefile>;
}
