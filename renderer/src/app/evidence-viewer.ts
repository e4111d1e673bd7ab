// The evidence viewer's state (which attached file is open, at which page), and "Cite this
// page": the citation goes in at the last text cursor, the place in a long text where the user
// was last writing. That cursor is remembered as the field's reference and its selection, so
// the citation still lands there after the user has moved to another screen or searched.
import { placeOf, type TextRef } from '../../../shared/case-model/texts.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import type { Navigate } from './navigation.ts';
import { createStore } from './store.ts';
import { textPlace } from './text-places.ts';

export interface ViewerRequest {
  evidenceId: string;
  /** The page to show first (files with pages). */
  page?: number | undefined;
  /** Words to find in the file once it is shown (a search hit's terms). */
  find?: string | undefined;
  /** Tells two requests for the same place apart, so that asking again goes there again. */
  serial: number;
}

export const viewerStore = createStore<ViewerRequest | null>(null);
let serial = 0;

export function openEvidenceFile(evidenceId: string, page?: number, find?: string): void {
  serial += 1;
  viewerStore.set({ evidenceId, page, find, serial });
}

export function closeEvidenceViewer(): void {
  viewerStore.set(null);
}


// ---------------------------------------------------------------------------------------
// The last text cursor

interface Cursor {
  ref: TextRef;
  key: string;
  start: number;
  end: number;
  /** The field's label, for saying where the citation went. */
  label: string;
}

let last: Cursor | undefined;

/** Only the long texts of the case (TextField with a data-text-ref, multiline): where citations are written. */
function longText(target: EventTarget | null): HTMLTextAreaElement | undefined {
  return target instanceof HTMLTextAreaElement && target.dataset.textRef ? target : undefined;
}

function refOf(key: string): TextRef {
  const [field, recordId, item] = key.split(' ');
  return { field: field as TextRef['field'], ...(recordId ? { recordId } : {}), ...(item ? { item: Number(item) } : {}) };
}

function remember(box: HTMLTextAreaElement): void {
  const key = box.dataset.textRef!;
  last = { ref: refOf(key), key, start: box.selectionStart, end: box.selectionEnd, label: box.labels?.[0]?.textContent ?? 'the text' };
}

/** Follows the cursor in the long texts while the workspace is shown; returns the stop function. */
export function followTextCursor(): () => void {
  const onEvent = (e: Event) => {
    const box = longText(e.target);
    if (box) remember(box);
  };
  const onSelection = () => {
    const box = longText(document.activeElement);
    if (box) remember(box);
  };
  const types = ['focusin', 'focusout', 'keyup', 'mouseup', 'input', 'select'] as const;
  for (const t of types) document.addEventListener(t, onEvent, true);
  document.addEventListener('selectionchange', onSelection);
  return () => {
    for (const t of types) document.removeEventListener(t, onEvent, true);
    document.removeEventListener('selectionchange', onSelection);
    last = undefined;
  };
}

/** Where a citation would go now, for the button's description. */
export function lastTextCursor(): { key: string; label: string } | undefined {
  return last ? { key: last.key, label: last.label } : undefined;
}

/** Inserts `text` into the box at [start, end) as if typed (the field saves itself; Ctrl+Z takes it out), spaced from the words around it. */
function insertInline(box: HTMLTextAreaElement, text: string, start: number, end: number): void {
  const value = box.value;
  const at = Math.min(start, value.length);
  const to = Math.min(Math.max(end, at), value.length);
  const before = value.slice(0, at);
  const after = value.slice(to);
  const lead = before === '' || /[\s([]$/.test(before) ? '' : ' ';
  const trail = after === '' || /^[\s).,;:\]]/.test(after) ? '' : ' ';
  const inserted = `${lead}${text}${trail}`;
  box.focus();
  box.setSelectionRange(at, to);
  if (!document.execCommand('insertText', false, inserted)) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(box, before + inserted + after);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const caret = at + lead.length + text.length;
  box.setSelectionRange(caret, caret);
}

const fieldOnPage = (key: string) => document.querySelector<HTMLTextAreaElement>(`textarea[data-text-ref="${CSS.escape(key)}"]`);

/**
 * Inserts a citation at the last text cursor, going back to its screen first when the user has
 * left it. Answers where it went ("point 2, analysis"), or undefined when there is no cursor
 * to go back to (no long text has been written in yet).
 */
export async function citeAtLastCursor(text: string, c: CaseData, navigate: Navigate): Promise<string | undefined> {
  const cursor = last;
  if (!cursor) return undefined;
  let box = fieldOnPage(cursor.key);
  if (!box) {
    const place = textPlace(c, cursor.ref);
    if (!place) return undefined;
    navigate(place);
    // The screen renders, then its field: wait for it (a few frames).
    for (let i = 0; i < 60 && !(box = fieldOnPage(cursor.key)); i += 1) await new Promise((r) => requestAnimationFrame(r));
    if (!box) return undefined;
  }
  insertInline(box, text, cursor.start, cursor.end);
  remember(box);
  return placeOf(c, cursor.ref);
}
