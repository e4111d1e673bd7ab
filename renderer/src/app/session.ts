// The open casefile as the renderer holds it: which screen of the lifecycle we are on, the
// case data (only while unlocked), and the save queue behind the status bar.
//
// Every edit is applied to the store at once (the screen never waits) and written through
// the platform in order, one at a time, so a later edit can never be overtaken by an
// earlier one. Locking drops the case data from memory.
import type {
  ApiError, AttachedFile, CaseEdit, CasefileRef, CollectionName, CollectionRecord, IssuedDocumentResult, MethodInput, OpenedCasefile, Result,
  SectionName, SectionValue,
} from '../../../shared/api.ts';
import { collectionNames, collections, keyOf, parentOf, recordsIn, sectionIn, sections, withRecords, withSection } from '../../../shared/case-model/index.ts';
import { withoutVoidedMarks } from '../../../shared/anonymisation/marks.ts';
import { withCitedSources } from '../../../shared/citations/resolve.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { readinessContextOf, type ReadinessContext } from '../../../shared/readiness/index.ts';
import { platform } from '../platform/api.ts';
import { createStore } from './store.ts';
import { flushPendingEdits } from './pending-edits.ts';
import { describeRecord, idsWithPlace, inverseOfAll, subjectOf, type EditOp } from './undo-ops.ts';
import { announce, clearHistory, forgetHistory, nothingToUndo, pushStep, putDone, putUndone, takeRedo, takeUndo, type UndoStep } from './undo.ts';
import { forgetPlace } from './last-place.ts';

export type Phase =
  | { name: 'start'; notice?: string }
  | { name: 'unlock'; file: CasefileRef; notice?: string }
  | { name: 'loading'; opened: OpenedCasefile }
  | { name: 'open'; opened: OpenedCasefile };

export const phaseStore = createStore<Phase>({ name: 'start' });
export const caseStore = createStore<CaseData | null>(null);
/** What readiness knows beyond the case: the attached files' page counts, as the search index has read them (refreshFilePages). */
export const readinessContextStore = createStore<ReadinessContext>({});

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
  clearHistory();
  phaseStore.set({ name: 'open', opened });
  void refreshFilePages(opened.sessionId);
  return { ok: true, value: null };
}

/**
 * Reads the attached files' page counts again (the core's readiness reads the same, so a
 * document the Documents screen shows as ready is one the core renders): on unlocking, and as
 * each file's text has been read in the background ('file-text' events).
 */
export async function refreshFilePages(sessionId: string): Promise<void> {
  const states = await platform.getFileTextStates({ sessionId });
  if (states.ok && currentSessionId() === sessionId) readinessContextStore.set(readinessContextOf(states.value));
}

/** Forgets the case data and goes back to the unlock screen of the same file. */
export function dropCase(notice?: string): void {
  const phase = phaseStore.get();
  caseStore.set(null);
  readinessContextStore.set({});
  autoLinked.clear();
  clearHistory();
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

/** The links each finding's texts made as they were typed this session (shared/citations: withCitedSources). */
const autoLinked = new Map<string, Set<string>>();

/** A finding with the sources its texts now cite linked to it. */
function linkCited(record: AnyRecord): AnyRecord {
  const c = caseStore.get();
  if (!c) return record;
  const finding = record as unknown as CollectionRecord<'findings'>;
  let auto = autoLinked.get(finding.pointId);
  if (!auto) autoLinked.set(finding.pointId, (auto = new Set()));
  return withCitedSources(finding, c.findings?.find((f) => f.pointId === finding.pointId), c, auto) as unknown as AnyRecord;
}

export function saveRecord<C extends CollectionName>(collection: C, record: CollectionRecord<C>): Promise<Result<unknown>> {
  const r = collection === 'findings' ? linkCited(record as AnyRecord) : record as AnyRecord;
  const before = caseStore.get();
  const existing = before ? readCollection(before, collection).find((x) => keyOf(collection, x) === keyOf(collection, r)) : undefined;
  const dropsFile = collection === 'evidence' && 'attachment' in r && r.attachment === undefined && existing?.attachment !== undefined;
  const written = saveRecordNow(collection, r);
  if (dropsFile) return written.then((result) => { if (result.ok) forgetHistory(); return result; });
  const changed = existing ? Object.keys({ ...existing, ...r }).filter((k) => JSON.stringify(existing[k]) !== JSON.stringify(r[k])).sort().join(',') : '';
  const op: EditOp = { kind: 'save', collection, record: r };
  return track(before, [op], written, existing
    ? { label: `Changed ${describeRecord(collection, r)}`, typing: `${subjectOf(op)} ${changed}` }
    : { label: `Added ${describeRecord(collection, r)}` });
}

function saveRecordNow(collection: CollectionName, r: AnyRecord): Promise<Result<unknown>> {
  updateCase((c) => withRecordSaved(c, collection, r));
  return enqueue((sessionId) => {
    const sent = collection === 'evidence' ? withCurrentFile(r) : r;
    return platform.saveRecord({ sessionId, collection, record: sent } as MethodInput<'saveRecord'>);
  });
}

function withRecordSaved(c: CaseData, collection: CollectionName, r: AnyRecord): CaseData {
  const key = keyOf(collection, r);
  const list = readCollection(c, collection);
  const at = list.findIndex((x) => keyOf(collection, x) === key);
  const next = at === -1 ? [...list, r] : list.map((x, i) => (i === at ? r : x));
  // A changed text loses its "not a name here" marks here as in the casefile.
  return withoutVoidedMarks(writeCollection(c, collection, next), { collection, key }, r);
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
  const before = caseStore.get();
  const record = before ? readCollection(before, collection).find((x) => keyOf(collection, x) === id) : undefined;
  const written = deleteRecordNow(collection, id, reword);
  // The casefile lets an attached file go with its item: that delete cannot be undone.
  if (collection === 'evidence' && record?.attachment) return written.then((result) => { if (result.ok) forgetHistory(); return result; });
  return track(before, [{ kind: 'delete', collection, id }], written, { label: `Deleted ${describeRecord(collection, record)}`, deleted: true });
}

function deleteRecordNow(collection: CollectionName, id: string, reword?: Reword): Promise<Result<unknown>> {
  updateCase((c) => withoutVoidedMarks(writeCollection(c, collection, readCollection(c, collection).filter((x) => keyOf(collection, x) !== id)), { collection, key: id }, undefined));
  return enqueue((sessionId) => platform.deleteRecord({ sessionId, collection, id }), reword);
}

export function reorderRecords(collection: CollectionName, ids: string[]): Promise<Result<unknown>> {
  const before = caseStore.get();
  return track(before, [{ kind: 'order', collection, ids }], reorderRecordsNow(collection, ids), { label: `Moved ${collections[collection].noun}s` });
}

function reorderRecordsNow(collection: CollectionName, ids: string[]): Promise<Result<unknown>> {
  updateCase((c) => {
    const byKey = new Map(readCollection(c, collection).map((x) => [keyOf(collection, x), x]));
    return writeCollection(c, collection, ids.map((id) => byKey.get(id)).filter((x): x is AnyRecord => x !== undefined));
  });
  return enqueue((sessionId) => platform.reorderRecords({ sessionId, collection, ids }));
}

/** Numbers the points 1..n in their order; the host does it in one transaction. */
export function renumberPoints(): Promise<Result<unknown>> {
  const before = caseStore.get();
  const written = renumberPointsNow();
  const after = caseStore.get();
  // Undone (and redone) as the points' own saves: their numbers before, and after.
  const points = (c: CaseData | null): EditOp[] => (c?.statement.points ?? []).map((p) => ({ kind: 'save', collection: 'points', record: p as AnyRecord }));
  return written.then((result) => {
    if (result.ok && !applying) pushStep({ label: 'Renumbered the points', undo: points(before), redo: points(after) });
    return result;
  });
}

function renumberPointsNow(): Promise<Result<unknown>> {
  updateCase((c) => ({ ...c, statement: { ...c.statement, points: c.statement.points.map((p, i) => ({ ...p, number: String(i + 1) })) } }));
  return enqueue((sessionId) => platform.renumberPoints({ sessionId }));
}

export function saveSection<S extends SectionName>(section: S, value: SectionValue<S>): Promise<Result<unknown>> {
  const before = caseStore.get();
  const existing = before ? sectionIn(before, section) as AnyRecord | undefined : undefined;
  const op: EditOp = { kind: 'section', section, value: value as AnyRecord | null };
  const changed = existing && value ? Object.keys({ ...existing, ...(value as AnyRecord) }).filter((k) => JSON.stringify(existing[k]) !== JSON.stringify((value as AnyRecord)[k])).sort().join(',') : '';
  const noun = sections[section].noun;
  return track(before, [op], saveSectionNow(section, value), value === null
    ? { label: `Removed the ${noun}`, deleted: true }
    : { label: `Changed the ${noun}`, ...(existing ? { typing: `${subjectOf(op)} ${changed}` } : {}) });
}

function saveSectionNow<S extends SectionName>(section: S, value: SectionValue<S>): Promise<Result<unknown>> {
  updateCase((c) => withSectionSaved(c, section, value as AnyRecord | null));
  return enqueue((sessionId) => platform.saveSection({ sessionId, section, value } as MethodInput<'saveSection'>));
}

function withSectionSaved(c: CaseData, section: SectionName, value: AnyRecord | null): CaseData {
  if (value !== null) return withoutVoidedMarks(withSection(c, section, value as never), { section }, value as object);
  // A section removed takes its records, and the marks on its texts and theirs, with it.
  let next = withoutVoidedMarks(c, { section }, undefined);
  for (const collection of collectionNames) {
    if (parentOf(collection) !== section) continue;
    for (const r of readCollection(c, collection)) next = withoutVoidedMarks(next, { collection, key: keyOf(collection, r) }, undefined);
  }
  return withSection(next, section, null);
}

/**
 * Writes several records and sections in one transaction (all or none), as one step of the
 * undo history: a reference renamed with the texts that cite it.
 */
export function saveTogether(label: string, edits: readonly CaseEdit[]): Promise<Result<unknown>> {
  const before = caseStore.get();
  const ops = edits.map((e): WriteOp => ('collection' in e
    ? { kind: 'save', collection: e.collection, record: e.record as AnyRecord }
    : { kind: 'section', section: e.section, value: e.value as AnyRecord | null }));
  return track(before, ops, saveTogetherNow(ops), { label });
}

type WriteOp = Extract<EditOp, { kind: 'save' | 'section' }>;

function saveTogetherNow(ops: readonly WriteOp[]): Promise<Result<unknown>> {
  updateCase((c) => ops.reduce((at, op) => (op.kind === 'save' ? withRecordSaved(at, op.collection, op.record) : withSectionSaved(at, op.section, op.value)), c));
  const edits = ops.map((op) => (op.kind === 'save'
    ? { collection: op.collection, record: op.collection === 'evidence' ? withCurrentFile(op.record) : op.record }
    : { section: op.section, value: op.value }));
  return enqueue((sessionId) => platform.saveTogether({ sessionId, edits } as MethodInput<'saveTogether'>));
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
    forgetHistory();
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

// ---------------------------------------------------------------------------------------
// Undo and redo (undo.ts keeps the history; undo-ops.ts says what undoes what)

/** True while an undo or redo writes: its edits are not steps of their own. */
let applying = false;
/** The edits of one user action made together (together()), recorded as one step. */
let group: { ops: EditOp[]; inverses: EditOp[][]; writes: Promise<Result<unknown>>[] } | undefined;

type StepInfo = Omit<UndoStep, 'undo' | 'redo'>;

/** Records `ops`, written by `written`, as a step once the casefile has accepted them. */
function track(before: CaseData | null, ops: EditOp[], written: Promise<Result<unknown>>, info: StepInfo): Promise<Result<unknown>> {
  if (applying || !before) return written;
  const undo = inverseOfAll(before, ops);
  if (group) {
    group.ops.push(...ops);
    group.inverses.push(undo);
    group.writes.push(written);
    return written;
  }
  return written.then((result) => {
    if (result.ok) pushStep({ ...info, undo, redo: ops });
    return result;
  });
}

/**
 * Makes the edits `act` starts one step of the history, named `label` (a point and its
 * finding deleted together come back together). Answers once every edit is written.
 */
export async function together(label: string, act: () => void, options: { deleted?: boolean } = {}): Promise<boolean> {
  const mine = { ops: [] as EditOp[], inverses: [] as EditOp[][], writes: [] as Promise<Result<unknown>>[] };
  const outer = group;
  group = mine;
  try { act(); } finally { group = outer; }
  const results = await Promise.all(mine.writes);
  // Only what the casefile accepted is undone; the last first.
  const accepted = results.map((r) => r.ok);
  const undo = mine.inverses.filter((_, i) => accepted[i]).reverse().flat();
  const redo = mine.ops.filter((_, i) => accepted[i]);
  if (redo.length) pushStep({ label, undo, redo, ...(options.deleted ? { deleted: true } : {}) });
  return accepted.every(Boolean);
}

function applyOp(op: EditOp): Promise<Result<unknown>> {
  switch (op.kind) {
    case 'save': return saveRecordNow(op.collection, op.record);
    case 'delete': return deleteRecordNow(op.collection, op.id);
    case 'order': return reorderRecordsNow(op.collection, op.ids);
    case 'place': {
      const c = caseStore.get();
      return c ? reorderRecordsNow(op.collection, idsWithPlace(c, op.collection, op.id, op.index)) : Promise.resolve({ ok: true, value: null });
    }
    case 'section': return saveSectionNow(op.section, op.value as never);
  }
}

async function applyAll(ops: readonly EditOp[]): Promise<boolean> {
  applying = true;
  let writes: Promise<Result<unknown>>[];
  // Writes only (a rename and its texts): one transaction, as they were made.
  const writesOnly = (list: readonly EditOp[]): list is WriteOp[] => list.length > 1 && list.every((op) => op.kind === 'save' || op.kind === 'section');
  try { writes = writesOnly(ops) ? [saveTogetherNow(ops)] : ops.map(applyOp); } finally { applying = false; }
  return (await Promise.all(writes)).every((r) => r.ok);
}

/** Undoes the last step; says what was undone, or why nothing was. */
export async function undo(): Promise<void> {
  await allSaved();
  const step = takeUndo();
  if (!step) { announce(nothingToUndo()); return; }
  const ok = await applyAll(step.undo);
  if (ok) { putUndone(step); announce(`Undone: ${lowerFirst(step.label)}.`); }
  else announce(`Could not undo ${lowerFirst(step.label)}: the casefile refused it (see the status bar).`);
}

/** Does again the last step undone. */
export async function redo(): Promise<void> {
  await allSaved();
  const step = takeRedo();
  if (!step) { announce('Nothing to redo.'); return; }
  const ok = await applyAll(step.redo);
  if (ok) { putDone(step); announce(`Redone: ${lowerFirst(step.label)}.`); }
  else announce(`Could not redo ${lowerFirst(step.label)}: the casefile refused it (see the status bar).`);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
