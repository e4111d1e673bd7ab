// The undo history of an open casefile: each step is what the user did (the edits sent to the
// casefile) and its inverse (undo-ops.ts). In memory only, for this session: locking or
// closing the casefile forgets it. Steps are recorded once the casefile has accepted the edit,
// so a refused edit is never "undone". Saves of one field of one record that follow each other
// (typing, written every 400 ms) are one step, and a step that comes back to where it started
// (the field's own undo typed back) goes away.
//
// What cannot be undone, because the renderer never holds an attached file's bytes: attaching
// a file, removing one, and deleting an evidence item that has one. Such a change forgets the
// history before it (it says so when asked for), so that no later undo acts on a state that is
// gone.
import type { EditOp } from './undo-ops.ts';
import { createStore } from './store.ts';

export interface UndoStep {
  /** What was done, for the Undo offer and announcements: "Deleted recommendation 2". */
  label: string;
  undo: EditOp[];
  redo: EditOp[];
  /** Typing in one field: the record or section and the fields changed (consecutive ones merge). */
  typing?: string;
  /** A delete, which the Undo offer follows. */
  deleted?: boolean;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** The delete just made, offered for undo. */
  offer?: { label: string; serial: number } | undefined;
  /** The last undo or redo, or why there is none, announced politely. */
  notice?: { text: string; serial: number } | undefined;
}

export const historyStore = createStore<HistoryState>({ canUndo: false, canRedo: false });

const done: UndoStep[] = [];
const undone: UndoStep[] = [];
let serial = 0;
let forgotten = false;

/** At most this many steps are kept: an investigation's whole history of typing is not needed to undo. */
const LIMIT = 200;

function publish(extra: Partial<HistoryState> = {}): void {
  historyStore.set({ ...historyStore.get(), canUndo: done.length > 0, canRedo: undone.length > 0, ...extra });
}

const stable = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
  : x));

/** Records a step the casefile has accepted. */
export function pushStep(step: UndoStep): void {
  // A save that changes nothing (text typed and taken back before it was written) is no step:
  // recorded, it would be what Ctrl+Z undoes instead of the change before it.
  if (stable(step.undo) === stable(step.redo)) return;
  undone.length = 0;
  forgotten = false;
  const top = done[done.length - 1];
  if (step.typing && top?.typing === step.typing) {
    top.redo = step.redo;
    // Typed back to what it was: nothing left to undo in this step.
    if (stable(top.redo) === stable(top.undo)) done.pop();
    publish({ offer: undefined });
    return;
  }
  done.push(step);
  if (done.length > LIMIT) done.shift();
  publish({ offer: step.deleted ? { label: step.label, serial: ++serial } : undefined });
}

/** A change that cannot be undone: the history before it is forgotten. */
export function forgetHistory(): void {
  const had = done.length > 0 || undone.length > 0;
  done.length = 0;
  undone.length = 0;
  forgotten = had;
  publish({ offer: undefined });
}

/** Locking or closing: nothing of the session is kept. */
export function clearHistory(): void {
  done.length = 0;
  undone.length = 0;
  forgotten = false;
  historyStore.set({ canUndo: false, canRedo: false });
}

export const takeUndo = (): UndoStep | undefined => done.pop();
export const takeRedo = (): UndoStep | undefined => undone.pop();
export const putUndone = (step: UndoStep): void => { undone.push(step); };
export const putDone = (step: UndoStep): void => { done.push(step); };

export function announce(text: string): void {
  publish({ offer: undefined, notice: { text, serial: ++serial } });
}

/** Why there is nothing to undo, in words. */
export const nothingToUndo = (): string => (forgotten
  ? 'Nothing to undo: a change to an attached file cannot be undone, nor anything before it.'
  : 'Nothing to undo.');

export function dismissOffer(): void {
  if (historyStore.get().offer) publish({ offer: undefined });
}
