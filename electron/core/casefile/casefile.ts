// An open casefile: the API the app, the CLI and the document builders use. Every write is
// one transaction that also appends to the audit trail; a write that fails leaves the
// casefile as it was. SQLite errors that mean damage or a lost lock become the errors of
// errors.ts, so callers never see a raw SQLITE_* code.
import { statSync } from 'node:fs';
import { ImpartialError } from '../../../shared/errors.ts';
import { validateExtension } from '../../../shared/deadlines/extension.ts';
import { Attachment, type AttachmentData, type CaseData } from '../../../shared/interchange/schema.ts';
import { collectUnusedBlobs, decodeBase64, sha256Hex, storeBlob, writeAttachmentRow } from './attachments.ts';
import {
  allAuditRows, audit, checkHistory, historyHashAt, historyHead, toHistoryEntry, readAuditTrail, readHistory, sealHistory, setActor, type AuditEntry, type AuditInput, type HistoryQuery,
} from './audit.ts';
import { backUp, type BackupResult } from './backup.ts';
import type { HistoryHead } from './history-chain.ts';
import { changedFields, listLabels, recordLabel, sectionLabel } from './history-labels.ts';
import { describeChange, timeWords, type HistoryEntry } from '../../../shared/history/index.ts';
import { randomUUID } from 'node:crypto';
import { insertIssued, readIssued, readIssuedBytes } from './issued.ts';
import { describeIssued } from '../../../shared/documents/issue.ts';
import type { DocumentKind } from '../../../shared/case-model/documents.ts';
import type { IssuedDocumentData } from '../../../shared/interchange/schema.ts';
import { CasefileClosedError, DamagedCasefileError, InvalidCaseError, RecordNotFoundError, StillReferencedError } from './errors.ts';
import { exportCase, isOptionalList, presentKey } from './export-case.ts';
import { describeImport, importCase, validateCase } from './import-case.ts';
import type { CasefileNotice } from './journal-check.ts';
import { schemaVersionOf } from './migrations/index.ts';
import { describeSqliteError, type Db } from './open.ts';
import { changePassphrase } from './passphrase.ts';
import { parentOf } from '../../../shared/case-model/index.ts';
import {
  collections, recordSchemas, referencedFrom, referenceKindOf, requiredSections, sections, sectionSchemas,
  type CollectionName, type SectionName,
} from './records.ts';
import { createStore, type Store } from './store.ts';
import { verifyCasefile, type VerifyResult } from './verify.ts';
import { parseOrThrow, uniqueFields, WriteChecks } from './write-checks.ts';
import { MarkKeeping } from './marks.ts';
import type { NotANameMark } from '../../../shared/anonymisation/marks.ts';
import type { FileTextState, SearchResults } from '../../../shared/search/index.ts';
import { CaseTextIndex } from '../search/case-text.ts';
import { checkSearchIndex } from '../search/check.ts';
import { fileTextStates, markFilesPending, pendingFiles, storeFileText, type FileTextOutcome, type PendingFile } from '../search/file-text.ts';
import { searchCasefile } from '../search/query.ts';

export const FORMAT_VERSION = 1;

/** Sections whose values decide whether the extension is within the Stage 2 limit. */
const extensionInputs: ReadonlySet<SectionName> = new Set(['case', 'authority', 'complaint', 'statement', 'extension']);

export interface CasefileInfo {
  formatVersion: number;
  schemaVersion: number;
  title: string;
  points: number;
  evidence: number;
  attachments: number;
  sizeBytes: number;
  createdAt: string;
  modifiedAt: string;
}

/** Who changes are recorded as by (shared/history HistoryActor: the role comes from the case). */
export interface CasefileActor {
  name?: string | undefined;
}

export interface CasefileOptions {
  /** Who the changes made through this casefile are by. */
  actor?: CasefileActor;
  /** false records each change as before the chained history (one row of words, no values,
   *  no hash): only for the benchmark that measures what the history costs. */
  history?: boolean;
}

type Values = Record<string, unknown>;

export class Casefile {
  readonly path: string;
  #db: Db | undefined;
  #actor: CasefileActor;
  readonly #history: boolean;
  #store: Store;
  #checks: WriteChecks;
  #marks: MarkKeeping;
  #text: CaseTextIndex;
  #passphrase: string;
  /** What opening found and put right (a torn last transaction discarded), for the user to read. */
  readonly notices: readonly CasefileNotice[];

  /** Use openCasefile / createCasefile. */
  constructor(path: string, db: Db, passphrase: string, notices: readonly CasefileNotice[] = [], options: CasefileOptions = {}) {
    this.path = path;
    this.notices = notices;
    this.#db = db;
    this.#store = createStore(db);
    this.#checks = new WriteChecks(db);
    this.#marks = new MarkKeeping(this.#store);
    this.#text = new CaseTextIndex(db);
    this.#passphrase = passphrase;
    this.#actor = options.actor ?? {};
    this.#history = options.history ?? true;
    setActor(db, this.#actor);
  }

  /** Who the changes from now on are by (the name given in Settings, or IMPARTIAL_USER). */
  actAs(actor: CasefileActor): void {
    this.#actor = actor;
    if (this.#db) setActor(this.#db, actor);
  }

  /** Records a change in the history (audit.ts), or, for the benchmark, as before the chain. */
  #audit(db: Db, entry: AuditInput): void {
    if (this.#history) audit(db, entry);
    else db.prepare('INSERT INTO audit_trail (at, action, collection, record_id, summary) VALUES (?, ?, ?, ?, ?)').run(new Date().toISOString(), entry.action, entry.collection ?? null, entry.recordId ?? null, entry.summary);
  }

  /** A record added, changed or removed: its name, the fields changed and their values (nothing when nothing changed). */
  #auditRecord(db: Db, collection: CollectionName, key: string, before: Values | undefined, after: Values | undefined): void {
    const spec = collections[collection];
    const label = recordLabel(db, collection, (after ?? before)!);
    if (before === undefined) {
      this.#audit(db, { action: 'add', collection, recordId: key, record: label, summary: describeChange('added', label), ...(after ? { after } : {}) });
      return;
    }
    if (after === undefined) {
      this.#audit(db, { action: 'remove', collection, recordId: key, record: label, summary: describeChange('removed', label), before });
      return;
    }
    const diff = changedFields(before, after, spec.fields.map((f) => f.field));
    if (diff.fields.length === 0) return;
    this.#audit(db, { action: 'update', collection, recordId: key, record: label, summary: describeChange('updated', label, diff.fields), fields: diff.fields, before: diff.before, after: diff.after });
  }

  /** A record as the history keeps it: an evidence item with its file's details, never the file. */
  #recordNow(db: Db, collection: CollectionName, key: string): Values | undefined {
    const record = this.#store.collections[collection].readOne(key);
    if (!record || collection !== 'evidence') return record;
    const file = db.prepare('SELECT file_name AS fileName, media_type AS mediaType, size, sha256 FROM attachments WHERE evidence_id = ?').get(key) as Values | undefined;
    return file ? { ...record, attachment: file } : record;
  }

  /** Runs `fn` with the database, turning SQLite's failures into errors that name this casefile. */
  #use<T>(fn: (db: Db) => T): T {
    const db = this.#db;
    if (!db || !db.open) throw new CasefileClosedError(this.path);
    try {
      return fn(db);
    } catch (error) {
      throw describeSqliteError(this.path, error);
    }
  }

  /** One write: validation, change and audit row in a single transaction. */
  #write(fn: (db: Db) => void): void {
    this.#use((db) => db.transaction(() => fn(db)).immediate());
  }

  readCase(options: { withAttachments?: boolean } = {}): CaseData {
    return this.#use((db) => db.transaction(() => exportCase(this.#store, {
      withAttachments: options.withAttachments ?? false,
      onBadAttachment: (id) => { throw new DamagedCasefileError(this.path, `the attachment of evidence "${id}" does not match its SHA-256`); },
      onBadIssued: (what) => { throw new DamagedCasefileError(this.path, `${what} does not match its SHA-256`); },
    }))());
  }

  /**
   * Keeps a document as issued: its exact bytes and their SHA-256, as the kind's next version,
   * with its audit row, in one transaction. Refused when another version of the kind was issued
   * since `entry.version` was worked out.
   */
  recordIssue(entry: Omit<IssuedDocumentData, 'data' | 'size' | 'sha256' | 'issuedAt'>, bytes: Uint8Array): IssuedDocumentData {
    const issued: IssuedDocumentData = { ...entry, issuedAt: new Date().toISOString(), size: bytes.length, sha256: sha256Hex(bytes) };
    this.#write((db) => {
      insertIssued(db, issued, bytes);
      audit(db, {
        action: 'issue', collection: 'issued', recordId: `${entry.kind}/${entry.version}`,
        summary: `issued ${describeIssued(issued)} (${entry.named ? 'named' : 'anonymised'}), SHA-256 ${issued.sha256}`,
      });
    });
    return issued;
  }

  /** The issued versions, in the order issued (metadata; no bytes). */
  issuedVersions(): IssuedDocumentData[] {
    return this.#use((db) => readIssued(db));
  }

  /** The exact bytes of an issued version, checked against its SHA-256. */
  readIssuedDocument(kind: DocumentKind, version: number): Buffer {
    return this.#use((db) => readIssuedBytes(db, kind, version, (what) => new DamagedCasefileError(this.path, what)));
  }

  replaceCase(data: CaseData): void {
    const value = validateCase(data);
    this.#write((db) => {
      importCase(this.#store, value);
      this.#text.rebuild(this.#store);
      this.#audit(db, { action: 'import', summary: describeImport(value) });
    });
  }

  upsert(collection: CollectionName, record: unknown): void {
    const spec = collections[collection];
    if (!spec) throw new ImpartialError('unknown-collection', `unknown collection "${String(collection)}"`);
    const keyField = spec.key.field;
    const rawKey = (record as Record<string, unknown> | null)?.[keyField];
    const where = `${collection}${typeof rawKey === 'string' ? `["${rawKey}"]` : ''}`;
    const value = parseOrThrow(recordSchemas[collection], record, where) as Record<string, unknown>;
    const key = value[keyField] as string;
    const attachment = collection === 'evidence' ? (value.attachment as AttachmentData | undefined) : undefined;
    let bytes: Buffer | undefined;
    if (attachment?.data !== undefined) {
      bytes = decodeBase64(attachment.data);
      const bad = !bytes ? ['data', 'not valid base64'] : bytes.length !== attachment.size ? ['size', `is ${attachment.size} but the data is ${bytes.length} bytes`]
        : sha256Hex(bytes) !== attachment.sha256 ? ['sha256', 'does not match the data'] : undefined;
      if (bad) throw new InvalidCaseError([{ path: `${where}.attachment.${bad[0]}`, message: bad[1]! }]);
    }
    this.#write((db) => {
      this.#checks.check(spec, collection, value, where);
      if (collection === 'notNames') this.#marks.checkNew(value as unknown as NotANameMark, where);
      const parent = parentOf(collection);
      if (parent) db.prepare(`INSERT INTO "${sections[parent].table}" (singleton) VALUES (1) ON CONFLICT DO NOTHING`).run();
      const io = this.#store.collections[collection];
      const existing = io.positionOf(key);
      const before = existing === undefined || !this.#history ? undefined : this.#recordNow(db, collection, key);
      const position = existing ?? (db.prepare(`SELECT coalesce(max(position) + 1, 0) FROM "${spec.table}"`).pluck().get() as number);
      io.write(value, position, this.#store.sourceKindInDb);
      this.#text.record(collection, value);
      if (collection === 'evidence') {
        if (attachment) {
          if (bytes) storeBlob(db, bytes);
          writeAttachmentRow(db, key, attachment);
        } else {
          db.prepare('DELETE FROM attachments WHERE evidence_id = ?').run(key);
        }
        collectUnusedBlobs(db);
      }
      if (isOptionalList(collection)) this.#store.meta.set.run(presentKey(collection), '1');
      this.#marks.afterWrite({ collection, key }, value);
      if (this.#history) this.#auditRecord(db, collection, key, before, this.#recordNow(db, collection, key));
      else this.#audit(db, { action: existing === undefined ? 'add' : 'update', collection, recordId: key, summary: `${existing === undefined ? 'added' : 'updated'} ${spec.noun} "${key}"` });
    });
  }

  remove(collection: CollectionName, id: string): void {
    const spec = collections[collection];
    if (!spec) throw new ImpartialError('unknown-collection', `unknown collection "${String(collection)}"`);
    this.#write((db) => {
      const found = db.prepare(`SELECT 1 FROM "${spec.table}" WHERE "${spec.key.column}" = ?`).get(id);
      if (!found) throw new RecordNotFoundError(`${spec.noun} "${id}"`);
      const kind = referenceKindOf[collection];
      if (kind) {
        const by: string[] = [];
        for (const r of referencedFrom[kind]) {
          const owners = db.prepare(`SELECT DISTINCT "${r.owner}" FROM "${r.table}" WHERE "${r.column}" = ?`).pluck().all(id);
          for (const owner of owners) by.push(r.owner === 'singleton' ? r.describe : `${r.describe} "${String(owner)}"`);
        }
        if (by.length > 0) throw new StillReferencedError(`${spec.noun} "${id}"`, by);
      }
      const before = this.#recordNow(db, collection, id);
      const label = recordLabel(db, collection, before!);
      db.prepare(`DELETE FROM "${spec.table}" WHERE "${spec.key.column}" = ?`).run(id);
      this.#text.removeRecord(collection, id);
      if (collection === 'evidence') collectUnusedBlobs(db);
      this.#marks.afterWrite({ collection, key: id }, undefined);
      this.#audit(db, { action: 'remove', collection, recordId: id, record: label, summary: describeChange('removed', label), ...(before ? { before } : {}) });
    });
  }

  /**
   * Several records and sections written in one transaction (each write its own savepoint, with
   * its checks and audit row): all or none. A record whose unique number or reference changes
   * passes through a temporary one first, so that references can trade places in one call.
   */
  writeAll(edits: readonly ({ collection: CollectionName; record: unknown } | { section: SectionName; value: unknown })[]): void {
    this.#use((db) => db.transaction(() => {
      edits.forEach((edit, i) => {
        if (!('collection' in edit)) return;
        const field = uniqueFields[edit.collection];
        const spec = collections[edit.collection];
        const record = edit.record as Record<string, unknown> | null;
        if (!field || !spec || !record || typeof record.id !== 'string') return;
        const stored = db.prepare(`SELECT "${field}" FROM "${spec.table}" WHERE id = ?`).pluck().get(record.id);
        if (stored !== undefined && stored !== record[field]) this.upsert(edit.collection, { ...record, [field]: `moving-${i}-${record.id}` });
      });
      for (const edit of edits) {
        if ('collection' in edit) this.upsert(edit.collection, edit.record);
        else this.setSection(edit.section, edit.value);
      }
    }).immediate());
  }

  setSection(section: SectionName, value: unknown): void {
    const spec = sections[section];
    if (!spec) throw new ImpartialError('unknown-section', `unknown section "${String(section)}"`);
    if (value === undefined) {
      if (requiredSections.has(section)) throw new ImpartialError('required-section', `the ${spec.noun} section is required and cannot be removed`);
      this.#write((db) => {
        const before = this.#store.sections[section].readOne();
        db.prepare(`DELETE FROM "${spec.table}"`).run();
        this.#marks.afterSectionRemoved(section);
        this.#text.section(section, undefined);
        const label = sectionLabel(section);
        if (before) this.#audit(db, { action: 'clear-section', collection: section, record: label, summary: describeChange('removed', label), before });
      });
      return;
    }
    const parsed = parseOrThrow(sectionSchemas[section], value, section) as Record<string, unknown>;
    this.#write((db) => {
      this.#checks.check(spec, undefined, parsed, section);
      const io = this.#store.sections[section];
      const before = io.readOne();
      io.write(parsed, undefined, this.#store.sourceKindInDb);
      this.#marks.afterWrite({ section }, parsed);
      this.#text.section(section, parsed);
      if (extensionInputs.has(section)) this.#checkExtension();
      const after = io.readOne()!;
      const label = sectionLabel(section);
      if (!before) {
        this.#audit(db, { action: 'set-section', collection: section, record: label, summary: describeChange('added', label), after });
        return;
      }
      const diff = changedFields(before, after, spec.fields.map((f) => f.field));
      if (diff.fields.length === 0) return;
      this.#audit(db, { action: 'set-section', collection: section, record: label, summary: describeChange('updated', label, diff.fields), fields: diff.fields, before: diff.before, after: diff.after });
    });
  }

  /** The one rule that spans sections: an extension must stay within the Stage 2 limit, which depends on the case, authority, complaint and statement. */
  #checkExtension(): void {
    const s = this.#store.sections;
    const extension = s.extension.readOne();
    if (!extension) return;
    const partial = {
      case: s.case.readOne(), authority: s.authority.readOne(), complaint: s.complaint.readOne(),
      statement: { ...s.statement.readOne(), points: [] }, extension,
    } as unknown as CaseData;
    const issues = validateExtension(partial);
    if (issues.length > 0) throw new InvalidCaseError(issues);
  }

  reorder(collection: CollectionName, ids: string[]): void {
    const spec = collections[collection];
    if (!spec) throw new ImpartialError('unknown-collection', `unknown collection "${String(collection)}"`);
    this.#write((db) => {
      const current = db.prepare(`SELECT "${spec.key.column}" FROM "${spec.table}"`).pluck().all() as string[];
      const wanted = new Set(ids);
      const same = wanted.size === ids.length && ids.length === current.length && current.every((id) => wanted.has(id));
      if (!same) {
        throw new ImpartialError('invalid-order', `the new order of ${collection} must list each of its ${current.length} records exactly once`);
      }
      const before = db.prepare(`SELECT "${spec.key.column}" FROM "${spec.table}" ORDER BY position`).pluck().all() as string[];
      const set = db.prepare(`UPDATE "${spec.table}" SET position = ? WHERE "${spec.key.column}" = ?`);
      ids.forEach((id, i) => set.run(i, id));
      if (before.every((id, i) => ids[i] === id)) return;
      this.#audit(db, { action: 'reorder', collection, fields: ['order'], summary: `reordered ${listLabels[collection]}`, before: { order: before }, after: { order: ids } });
    });
  }

  putAttachment(evidenceId: string, bytes: Uint8Array, fileName: string, mediaType: string): AttachmentData {
    const attachment: AttachmentData = { fileName, mediaType, size: bytes.length, sha256: sha256Hex(bytes) };
    parseOrThrow(Attachment, attachment, `evidence["${evidenceId}"].attachment`);
    this.#write((db) => {
      if (!db.prepare('SELECT 1 FROM evidence WHERE id = ?').get(evidenceId)) throw new RecordNotFoundError(`evidence item "${evidenceId}"`);
      const before = this.#recordNow(db, 'evidence', evidenceId)!;
      storeBlob(db, bytes);
      writeAttachmentRow(db, evidenceId, attachment);
      collectUnusedBlobs(db);
      const label = recordLabel(db, 'evidence', before);
      this.#audit(db, {
        action: 'attach', collection: 'evidence', recordId: evidenceId, record: label, fields: ['attachment'],
        summary: `attached ${fileName} (${bytes.length} bytes) to ${label}`,
        before: { attachment: before.attachment }, after: { attachment: { fileName, mediaType, size: bytes.length, sha256: attachment.sha256 } },
      });
    });
    return attachment;
  }

  readAttachment(evidenceId: string): Buffer {
    return this.#use((db) => {
      const row = db.prepare('SELECT a.sha256, a.size, b.data FROM attachments a LEFT JOIN attachment_blobs b ON b.sha256 = a.sha256 WHERE a.evidence_id = ?')
        .get(evidenceId) as { sha256: string; size: number; data: Buffer | null } | undefined;
      if (!row) throw new RecordNotFoundError(`an attachment of evidence item "${evidenceId}"`);
      if (!row.data) throw new ImpartialError('attachment-not-held', `the file attached to evidence item "${evidenceId}" is not held in this casefile (it was imported without its content)`);
      if (row.data.length !== row.size || sha256Hex(row.data) !== row.sha256) {
        throw new DamagedCasefileError(this.path, `the attachment of evidence item "${evidenceId}" does not match its SHA-256`);
      }
      return row.data;
    });
  }

  verify(): VerifyResult {
    return this.#use((db) => {
      const result = verifyCasefile(db, this.path, this.#passphrase, () => exportCase(this.#store), () => checkHistory(db));
      const problems = [...result.problems, ...checkSearchIndex(this.#store)];
      return { ok: problems.length === 0, problems, ...(this.notices.length > 0 ? { notices: this.notices.map((n) => n.message) } : {}) };
    });
  }

  /** Searches the case's text and its attached files' text (electron/core/search/query.ts). */
  search(query: string, options: { limit?: number } = {}): SearchResults {
    return this.#use((db) => searchCasefile(db, query, options));
  }

  /** How far each attached file's text has been read into the search index. */
  fileTextStates(): FileTextState[] {
    return this.#use((db) => fileTextStates(db));
  }

  /** Stored files whose text is still to be read (electron/core/search/index-files.ts reads them). */
  pendingFileTexts(): PendingFile[] {
    return this.#use((db) => pendingFiles(db));
  }

  /** A stored file by its SHA-256, checked against it. */
  readStoredFile(sha256: string): Buffer {
    return this.#use((db) => {
      const data = db.prepare('SELECT data FROM attachment_blobs WHERE sha256 = ?').pluck().get(sha256) as Buffer | undefined;
      if (!data) throw new RecordNotFoundError(`the stored file ${sha256.slice(0, 12)}…`);
      if (sha256Hex(data) !== sha256) throw new DamagedCasefileError(this.path, `the stored file ${sha256.slice(0, 12)}… does not match its SHA-256`);
      return data;
    });
  }

  /** Puts what reading a file came to into the search index, in one transaction. Not audited: it changes no part of the case. */
  storeFileText(sha256: string, outcome: FileTextOutcome): void {
    this.#write((db) => storeFileText(db, sha256, outcome));
  }

  /** Rebuilds the case text of the search index and marks every stored file to be read again. */
  repairIndex(): void {
    this.#write((db) => {
      markFilesPending(db);
      this.#text.rebuild(this.#store);
      // And the FTS5 index itself from its text, in case it is what went wrong.
      db.prepare("INSERT INTO search_index (search_index) VALUES ('rebuild')").run();
      this.#audit(db, { action: 'repair-index', summary: 'rebuilt the search index' });
    });
  }

  /** Replaces the file with a copy under the new passphrase (passphrase.ts), then goes on with the copy. */
  changePassphrase(newPassphrase: string): void {
    this.#use((db) => {
      sealHistory(db);
      const next = changePassphrase(db, this.path, this.#passphrase, newPassphrase, (copy) => {
        setActor(copy, this.#actor);
        audit(copy, { action: 'change-passphrase', summary: 'changed the passphrase' });
      });
      setActor(next, this.#actor);
      this.#db = next;
      this.#store = createStore(next);
      this.#checks = new WriteChecks(next);
      this.#text = new CaseTextIndex(next);
      this.#passphrase = newPassphrase;
    });
  }

  info(): CasefileInfo {
    return this.#use((db) => {
      const meta = this.#store.meta.get;
      const count = (table: string) => db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
      const size = (p: string) => { try { return statSync(p).size; } catch { return 0; } };
      return {
        formatVersion: Number(meta.get('format_version')),
        schemaVersion: schemaVersionOf(db),
        title: db.prepare('SELECT title FROM case_header').pluck().get() as string,
        points: count('points'),
        evidence: count('evidence'),
        attachments: count('attachments'),
        sizeBytes: size(this.path) + size(`${this.path}-wal`),
        createdAt: meta.get('created_at') ?? '',
        modifiedAt: meta.get('modified_at') ?? '',
      };
    });
  }

  auditTrail(limit = 100): AuditEntry[] {
    return this.#use((db) => readAuditTrail(db, limit));
  }

  /** Changes, newest first: all of them, or those to one collection, section or record. */
  history(query: HistoryQuery = {}): HistoryEntry[] {
    return this.#use((db) => readHistory(db, query));
  }

  /** Every change, oldest first. */
  allHistory(): HistoryEntry[] {
    return this.#use((db) => allAuditRows(db).map(toHistoryEntry));
  }

  /** The history's chain checked: one line per break (empty when whole). */
  checkHistory(): string[] {
    return this.#use((db) => checkHistory(db));
  }

  /** The last change (number, hash and time): what this computer records as seen. Changes
   *  from now on are rows of their own, so the one recorded stays as it is. */
  historyHead(): HistoryHead {
    return this.#use((db) => {
      sealHistory(db);
      return historyHead(db);
    });
  }

  /** The hash of change `seq`, if the history holds it. */
  historyHashAt(seq: number): string | undefined {
    return this.#use((db) => historyHashAt(db, seq)?.hash);
  }

  /** The random id that names this casefile where its title must not (its backups, what this computer has seen of it). */
  casefileId(): string {
    return this.#use(() => this.#store.meta.get.get('casefile_id') ?? '');
  }

  /**
   * This casefile was restored from a backup: it is a casefile of its own from now on, with an id
   * of its own (so this computer does not take it for an older copy of the original), and its
   * history says where it came from.
   */
  markRestored(from: { madeAt?: string | undefined }): void {
    this.#write((db) => {
      const previous = this.#store.meta.get.get('casefile_id');
      if (previous) this.#store.meta.set.run('restored_from', previous);
      this.#store.meta.set.run('casefile_id', randomUUID());
      const head = historyHead(db);
      this.#audit(db, {
        action: 'restore',
        summary: `restored as a new casefile from a backup${from.madeAt ? ` made ${timeWords(from.madeAt)}` : ''}, which ended at change ${head.seq}`,
      });
    });
  }

  /** An encrypted copy (VACUUM INTO, same passphrase), checked as written (backup.ts); refuses to overwrite. */
  backupTo(path: string): BackupResult {
    return this.#use((db) => {
      sealHistory(db);
      return backUp(db, this.path, path, this.#passphrase);
    });
  }

  close(): void {
    const db = this.#db;
    this.#db = undefined;
    if (db?.open) db.close();
  }
}
