// The open casefile as the renderer holds it: which screen of the lifecycle we are on, the
// case data (only while unlocked), and the save queue behind the status bar.
//
// Every edit is applied to the store at once (the screen never waits) and written through
// the platform in order, one at a time, so a later edit can never be overtaken by an
// earlier one. Locking drops the case data from memory.
import type {
  ApiError, AttachedFile, CasefileRef, CollectionName, CollectionRecord, IssuedDocumentResult, MethodInput, OpenedCasefile, Result,
  SectionName, SectionValue,
} from '../../../shared/api.ts';
import { collectionNames, keyOf, parentOf, recordsIn, withRecords, withSection } from '../../../shared/case-model/index.ts';
import { withoutVoidedMarks } from '../../../shared/anonymisation/marks.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { platform } from '../platform/api.ts';
import { createStore } from './store.ts';
import { flushPendingEdits } from './pending-edits.ts';
import { forgetPlace } from './last-place.ts';

export type Phase =
  | { name: 'start'; notice?: string }
  | { name: 'unlock'; file: CasefileRef; notice?: string }
  | { name: 'loading'; opened: OpenedCasefile }
  | { name: 'open'; opened: OpenedCasefile };

export const phaseStore = createStore<Phase>({ name: 'start' });
export const caseStore = createStore<CaseData | null>(null);

export interface SaveState {
  pending: number;
  /** ISO timestamp of the last acknowledged write. */
  savedAt?: string;
  error?: string;
}
export const saveStore = createStore<SaveState>({ pending: 0 });

export function currentSessionId(): string | undefined {
  const phase = phaseStore.get();
  return phase.name === 'open' || phase.name === 'loading' ? phase.opened.sessionId : undefined;
}

// ---------------------------------------------------------------------------------------
// Lifecycle

/** Loads the case of a freshly unlocked casefile and shows the workspace. */
export async function enterCasefile(opened: OpenedCasefile): Promise<Result<null>> {
  phaseStore.set({ name: 'loading', opened });
  const result = await platform.getCase({ sessionId: opened.sessionId });
  if (!result.ok) {
    phaseStore.set({ name: 'start', notice: result.error.message });
    return result;
  }
  caseStore.set(result.value);
  saveStore.set({ pending: 0 });
  phaseStore.set({ name: 'open', opened });
  return { ok: true, value: null };
}

/** Forgets the case data and goes back to the unlock screen of the same file. */
export function dropCase(notice?: string): void {
  const phase = phaseStore.get();
  caseStore.set(null);
  saveStore.set({ pending: 0 });
  if (phase.name === 'open' || phase.name === 'loading') {
    const file: CasefileRef = { fileId: phase.opened.fileId, name: phase.opened.name };
    phaseStore.set(notice === undefined ? { name: 'unlock', file } : { name: 'unlock', file, notice });
  }
}

/** The user locks (button, menu, shortcut): wait for pending writes, then close. */
export async function lockNow(): Promise<void> {
  const sessionId = currentSessionId();
  flushPendingEdits();
  await queue;
  dropCase();
  if (sessionId) await platform.lock({ sessionId });
}

/** The host locked the casefile (idle, sleep, screen lock, quit). */
export function onHostLocked(sessionId: string, reason: string): void {
  if (currentSessionId() !== sessionId) return;
  const why: Record<string, string> = {
    idle: 'The casefile was locked because the app was idle.',
    sleep: 'The casefile was locked because the computer went to sleep.',
    'screen-lock': 'The casefile was locked because the screen was locked.',
  };
  dropCase(why[reason] ?? 'The casefile was locked.');
}

export function closeToStart(notice?: string): void {
  forgetPlace(); // closing is done with the casefile: opening it again starts at the Overview
  void lockNow().then(() => phaseStore.set(notice === undefined ? { name: 'start' } : { name: 'start', notice }));
}

// ---------------------------------------------------------------------------------------
// The save queue

let queue: Promise<unknown> = Promise.resolve();

/** Rewords a refusal for the screen that caused it (the casefile's own message names ids). */
type Reword = (error: ApiError) => string;

function enqueue(write: (sessionId: string) => Promise<Result<{ savedAt: string }>>, reword?: Reword): Promise<Result<unknown>> {
  const sessionId = currentSessionId();
  if (!sessionId) return Promise.resolve({ ok: false, error: { code: 'locked', message: 'The casefile is locked.' } });
  saveStore.update((s) => ({ ...s, pending: s.pending + 1 }));
  const job = queue.then(async () => {
    const result = await write(sessionId);
    if (currentSessionId() !== sessionId) return result;
    if (result.ok) {
      saveStore.update((s) => ({ pending: s.pending - 1, savedAt: result.value.savedAt }));
    } else {
      const message = reword ? reword(result.error) : result.error.message;
      saveStore.update((s) => ({ ...s, pending: s.pending - 1, error: message }));
      if (result.error.code === 'locked') onHostLocked(sessionId, 'idle');
      else await resync(sessionId);
    }
    return result;
  });
  queue = job.catch(() => undefined);
  return job;
}

/** After a refused edit the screen showed a change the casefile does not hold: reload it. */
async function resync(sessionId: string): Promise<void> {
  const fresh = await platform.getCase({ sessionId });
  if (fresh.ok && currentSessionId() === sessionId) caseStore.set(fresh.value);
}

// ---------------------------------------------------------------------------------------
// The immediate local update: where each collection and section lives in CaseData, and what
// identifies a record, come from the case model (shared/case-model).

type AnyRecord = Record<string, unknown>;
const readCollection = (c: CaseData, collection: CollectionName) => recordsIn(c, collection) as AnyRecord[];
const writeCollection = (c: CaseData, collection: CollectionName, list: AnyRecord[]) => withRecords(c, collection, list as never);

function updateCase(fn: (c: CaseData) => CaseData): void {
  caseStore.update((c) => (c ? fn(c) : c));
}

// ---------------------------------------------------------------------------------------
// Edits

export function saveRecord<C extends CollectionName>(collection: C, record: CollectionRecord<C>): Promise<Result<unknown>> {
  const r = record as AnyRecord;
  const key = keyOf(collection, r);
  updateCase((c) => {
    const list = readCollection(c, collection);
    const at = list.findIndex((x) => keyOf(collection, x) === key);
    const next = at === -1 ? [...list, r] : list.map((x, i) => (i === at ? r : x));
    // A changed text loses its "not a name here" marks here as in the casefile.
    return withoutVoidedMarks(writeCollection(c, collection, next), { collection, key }, r);
  });
  return enqueue((sessionId) => {
    const sent = collection === 'evidence' ? withCurrentFile(r) : r;
    return platform.saveRecord({ sessionId, collection, record: sent } as MethodInput<'saveRecord'>);
  });
}

/** An evidence record saved without an `attachment` key was built before a file attached in
 *  the meantime arrived (the attach is in the same queue): send it with the file the item has
 *  now, so a late edit never drops the file. Removing a file says so: `attachment: undefined`. */
function withCurrentFile(record: AnyRecord): AnyRecord {
  if ('attachment' in record) {
    if (record.attachment !== undefined) return record;
    const { attachment: _removed, ...rest } = record;
    return rest;
  }
  const attachment = caseStore.get()?.evidence?.find((e) => e.id === record.id)?.attachment;
  return attachment ? { ...record, attachment } : record;
}

export function deleteRecord(collection: CollectionName, id: string, reword?: Reword): Promise<Result<unknown>> {
  updateCase((c) => withoutVoidedMarks(writeCollection(c, collection, readCollection(c, collection).filter((x) => keyOf(collection, x) !== id)), { collection, key: id }, undefined));
  return enqueue((sessionId) => platform.deleteRecord({ sessionId, collection, id }), reword);
}

export function reorderRecords(collection: CollectionName, ids: string[]): Promise<Result<unknown>> {
  updateCase((c) => {
    const byKey = new Map(readCollection(c, collection).map((x) => [keyOf(collection, x), x]));
    return writeCollection(c, collection, ids.map((id) => byKey.get(id)).filter((x): x is AnyRecord => x !== undefined));
  });
  return enqueue((sessionId) => platform.reorderRecords({ sessionId, collection, ids }));
}

/** Numbers the points 1..n in their order; the host does it in one transaction. */
export function renumberPoints(): Promise<Result<unknown>> {
  updateCase((c) => ({ ...c, statement: { ...c.statement, points: c.statement.points.map((p, i) => ({ ...p, number: String(i + 1) })) } }));
  return enqueue((sessionId) => platform.renumberPoints({ sessionId }));
}

export function saveSection<S extends SectionName>(section: S, value: SectionValue<S>): Promise<Result<unknown>> {
  updateCase((c) => {
    if (value !== null) return withoutVoidedMarks(withSection(c, section, value as never), { section }, value as object);
    // A section removed takes its records, and the marks on its texts and theirs, with it.
    let next = withoutVoidedMarks(c, { section }, undefined);
    for (const collection of collectionNames) {
      if (parentOf(collection) !== section) continue;
      for (const r of readCollection(c, collection)) next = withoutVoidedMarks(next, { collection, key: keyOf(collection, r) }, undefined);
    }
    return withSection(next, section, null);
  });
  return enqueue((sessionId) => platform.saveSection({ sessionId, section, value } as MethodInput<'saveSection'>));
}

/** Attaches a file to an evidence item, in the save queue so that an earlier edit of the
 *  item (sent with the record as it was) cannot remove the file afterwards. `upload` is a
 *  file the page read (web host); without it Electron shows its open dialog. */
export function attachEvidenceFile(evidenceId: string, upload?: { fileName: string; mediaType: string; data: string }): Promise<Result<AttachedFile>> {
  let answer: Result<AttachedFile> = { ok: false, error: { code: 'locked', message: 'The casefile is locked.' } };
  return enqueue(async (sessionId) => {
    answer = await platform.attachEvidenceFile({ sessionId, evidenceId, ...(upload ? { upload } : {}) });
    if (!answer.ok) return answer.error.code === 'cancelled' ? { ok: true, value: { savedAt: saveStore.get().savedAt ?? new Date().toISOString() } } : answer;
    const attachment = answer.value;
    updateCase((c) => ({ ...c, evidence: c.evidence?.map((e) => (e.id === evidenceId ? { ...e, attachment } : e)) }));
    return { ok: true, value: { savedAt: new Date().toISOString() } };
  }).then(() => answer);
}

/** Resolves once every edit made so far (text still being typed included) is in the
 *  casefile: for a read that must see them, such as a standard paragraph filled from the case. */
export async function allSaved(): Promise<void> {
  flushPendingEdits();
  await queue;
}

/** Resolves once every edit already sent is in the casefile (text still being typed is not
 *  hurried): what a preview of the casefile waits for. */
export async function savesSettled(): Promise<void> {
  await queue;
}

/** Issues a document, in the save queue so that it is made from every edit made before it;
 *  the version issued joins the case's list at once. A refusal is the caller's to show, not a
 *  failed save. */
export function issueDocument(input: Omit<MethodInput<'issueDocument'>, 'sessionId'>): Promise<Result<IssuedDocumentResult>> {
  let answer: Result<IssuedDocumentResult> = { ok: false, error: { code: 'locked', message: 'The casefile is locked.' } };
  return enqueue(async (sessionId) => {
    answer = await platform.issueDocument({ sessionId, ...input });
    const savedAt = { ok: true as const, value: { savedAt: saveStore.get().savedAt ?? new Date().toISOString() } };
    if (!answer.ok) return answer.error.code === 'locked' ? answer : savedAt;
    const { issued } = answer.value;
    updateCase((c) => ({ ...c, issued: [...(c.issued ?? []), issued] }));
    return { ok: true, value: { savedAt: issued.issuedAt } };
  }).then(() => answer);
}

export function sessionIdOrThrow(): string {
  const id = currentSessionId();
  if (!id) throw new Error('No casefile is open');
  return id;
}

export function messageOf(error: ApiError): string {
  return error.message;
}

/** A fresh id for a new record: unique within the casefile, never shown. */
export function newId(prefix: string): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID().slice(0, 8)
    : Math.random().toString(36).slice(2, 10);
  return `${prefix}-${random}`;
}
