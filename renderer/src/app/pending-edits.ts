// Text fields hold typed text for up to SAVE_DELAY_MS before writing it. Anything that ends
// the session (lock, close, the window going away) first asks every field to write now, so
// the last words typed are never lost. The Preview region does not wait for the save: it asks
// for the text as typed (`typedTexts`) once typing pauses (`onTyping`).
import type { TypedText } from '../../../shared/case-model/texts.ts';

interface PendingEdit {
  flush: () => void;
  /** The field's text as typed, while it differs from what is saved; undefined otherwise. */
  typed?: (() => TypedText | undefined) | undefined;
}

const edits = new Set<PendingEdit>();
const typingListeners = new Set<() => void>();

export function registerPendingEdit(flush: () => void, typed?: () => TypedText | undefined): () => void {
  const edit: PendingEdit = { flush, typed };
  edits.add(edit);
  return () => edits.delete(edit);
}

export function flushPendingEdits(): void {
  for (const edit of [...edits]) edit.flush();
}

/** Every text typed and not yet saved, in a field that says which text of the case it is. */
export function typedTexts(): TypedText[] {
  return [...edits].flatMap((edit) => edit.typed?.() ?? []);
}

/** A field's text changed under the user's hands (not yet saved). */
export function noteTyping(): void {
  for (const listener of [...typingListeners]) listener();
}

export function onTyping(listener: () => void): () => void {
  typingListeners.add(listener);
  return () => typingListeners.delete(listener);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', flushPendingEdits);
