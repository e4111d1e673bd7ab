// Putting a block of text into a text box where the user's cursor was, as if typed: the box's
// own input event fires (so the field saves itself as for any typing) and the browser's undo
// (Ctrl+Z) takes it out again. Paragraph breaks are added around it where the text on either
// side needs one, so an inserted paragraph never runs into the one before or after it.

/** The text to insert between `before` and `after` so that `block` stands as paragraphs of its own. */
export function asParagraphs(before: string, block: string, after: string): string {
  const lead = before.trim() === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.trim() === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return `${lead}${block}${trail}`;
}

/**
 * Inserts `block` into the text box at its selection (replacing any selected text), or at the
 * end when `atEnd`. Leaves the focus in the box with the cursor at the end of the inserted
 * paragraphs, where the user goes on writing.
 */
export function insertParagraphs(box: HTMLTextAreaElement, block: string, atEnd: boolean): void {
  const start = atEnd ? box.value.length : box.selectionStart;
  const end = atEnd ? box.value.length : box.selectionEnd;
  const text = asParagraphs(box.value.slice(0, start), block, box.value.slice(end));
  const caret = start + text.indexOf(block) + block.length;
  box.focus();
  box.setSelectionRange(start, end);
  // execCommand is the one way to edit a text box that the browser's undo history records.
  // Where it is refused, set the value the way React notices (its own setter, then an input event).
  if (!document.execCommand('insertText', false, text)) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(box, box.value.slice(0, start) + text + box.value.slice(end));
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  box.setSelectionRange(caret, caret);
}

/** The space to put before a citation inserted at `at`: none at the start, after a space or an opening bracket. */
export function spaceBefore(text: string, at: number): string {
  return at === 0 || /[\s([{"“‘/]/.test(text.charAt(at - 1)) ? '' : ' ';
}

/**
 * Inserts a citation into the text box at the selection it had (replacing selected text), as if
 * typed: the browser's undo takes it out again. A space goes before it where the text runs
 * straight into it. The cursor ends after the citation, in the box.
 */
export function insertCitation(box: HTMLTextAreaElement, citation: string, start: number, end: number): void {
  const text = spaceBefore(box.value, start) + citation;
  box.focus();
  box.setSelectionRange(start, end);
  if (!document.execCommand('insertText', false, text)) {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(box, box.value.slice(0, start) + text + box.value.slice(end));
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  box.setSelectionRange(start + text.length, start + text.length);
}
