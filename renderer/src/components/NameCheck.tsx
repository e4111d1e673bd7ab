// The names found in a field as it is typed, listed under it (a textarea cannot hold markup,
// so each name is shown in its words around it). Each has "Replace with <label>", one step,
// and "Not a name here" for an ordinary word ("the Green Team"); a name so marked is listed
// with Undo. The field's description points at the one-line summary, so a screen reader
// hears "Names found: ‘Rachel’ (write Ms R)" on the field; a change found while typing is
// announced politely. The check runs once the typing pauses (useSettled), never on a key.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { namesInField, notANameMark, replaceOccurrence, type FoundName } from '../../../shared/anonymisation/index.ts';
import { refKey, textAt, textFields, type TextRef } from '../../../shared/case-model/texts.ts';
import { useLabels, useMarks, useNameMatcher } from '../app/names.ts';
import { caseStore, deleteRecord, newId, saveRecord } from '../app/session.ts';

/** How long after the last key the field is checked. */
export const CHECK_DELAY_MS = 300;

interface Props {
  /** The field's control: its description includes the summary of what is found. */
  controlId: string;
  /** The field as a screen names it, for the buttons' accessible names. */
  fieldLabel: string;
  textRef: TextRef;
  /** The text as typed, once the typing has paused (useSettled): what is checked. */
  text: string;
  /** The text as typed now: what a replacement or a mark is made on. */
  current: () => string;
  /** Puts `next` into the field and saves it, with the caret at `caret`. */
  onReplace: (next: string, caret: number) => void;
  /** Writes the text typed so far at once, so that a mark is made on the text as saved. */
  flush?: () => void;
  /** Whether a mark can be made now: the field's text is saved (a form not yet submitted is not). */
  canMark?: boolean;
}

/** `value` once it has stood still for `delay` ms: what the names check looks at, so that no key ever waits for it. */
export function useSettled<T>(value: T, delay = CHECK_DELAY_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}

/** A few words either side of a name, for telling two of the same apart. */
function around(text: string, start: number, end: number): { before: string; word: string; after: string } {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 24)) + 1);
  const cut = text.indexOf(' ', Math.min(text.length, end + 24));
  const to = cut === -1 ? text.length : cut;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`.replace(/\s+/g, ' '),
    word: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' '),
  };
}

const key = (f: FoundName) => `${f.ref.item ?? ''}:${f.occurrence.wordIndex}:${f.occurrence.found}`;
const openNames = (list: readonly FoundName[]) => list.filter((f) => !f.mark).map(key).join('|');

export const NameCheck = memo(function NameCheck(props: Props) {
  const { controlId, fieldLabel, textRef, text } = props;
  const matcher = useNameMatcher();
  const marks = useMarks();
  const labels = useLabels();
  const lines = textFields[textRef.field].lines;
  const refString = refKey(textRef);
  // textRef is compared by its key (refString): screens build a new object on each render.
  const found = useMemo(() => (matcher ? namesInField(matcher, text, textRef, lines, marks) : undefined), [matcher, text, marks, refString, lines]);
  const [announcement, setAnnouncement] = useState('');

  // What was there when the field appeared is not news; what typing changes is.
  const previous = useRef<{ text: string; found: FoundName[] } | undefined>(undefined);
  useEffect(() => {
    if (!found) return;
    const was = previous.current;
    previous.current = { text, found };
    if (was && was.text !== text && openNames(was.found) !== openNames(found)) setAnnouncement(summaryOf(found, labels, fieldLabel, true));
  }, [found, text, labels, fieldLabel]);

  const open = useMemo(() => (found ?? []).filter((f) => !f.mark), [found]);
  const marked = useMemo(() => (found ?? []).filter((f) => f.mark), [found]);

  /** The occurrence as it stands in the text now (the list may be a moment behind the typing). */
  const now = (f: FoundName, typed: string): FoundName | undefined => (matcher ? namesInField(matcher, typed, textRef, lines, marks).find((g) => key(g) === key(f)) : undefined);

  const replace = (f: FoundName) => {
    const typed = props.current();
    const at = now(f, typed);
    if (!at) return;
    const next = typed.slice(0, at.offset) + replaceOccurrence(typed.slice(at.offset), at.occurrence);
    props.onReplace(next, at.offset + at.occurrence.replacement.start + at.occurrence.replacement.text.length);
    setAnnouncement(`Replaced ‘${at.occurrence.found}’ with ${at.occurrence.replacement.text}.`);
  };

  const markNotAName = (f: FoundName) => {
    if (!matcher || !now(f, props.current())) return;
    props.flush?.();
    const c = caseStore.get();
    const stored = c ? textAt(c, f.ref) : undefined;
    if (stored === undefined) return;
    // The mark is made on the text as saved, where the word must stand as it does in the field.
    const again = matcher.find(stored).find((o) => o.wordIndex === f.occurrence.wordIndex && o.found === f.occurrence.found);
    if (!again) return;
    void saveRecord('notNames', notANameMark(newId('mark'), f.ref, stored, again));
    setAnnouncement(`‘${f.occurrence.found}’ marked not a name here.`);
    document.getElementById(controlId)?.focus();
  };

  const undo = (f: FoundName) => {
    if (!f.mark) return;
    void deleteRecord('notNames', f.mark.id);
    setAnnouncement(`‘${f.occurrence.found}’ is checked as a name again.`);
    document.getElementById(controlId)?.focus();
  };

  const canMark = props.canMark ?? true;
  const lineText = (f: FoundName) => (lines ? (text.split('\n')[lineIndexOf(text, f.offset)] ?? '').trim() : text);
  return (
    <div className={open.length ? 'names-check names-check--found' : 'names-check'} data-testid="names-check">
      <p id={`${controlId}-names`} className={open.length ? 'names-check-summary' : 'visually-hidden'}>
        {open.length ? (
          <>
            <strong>{open.length === 1 ? 'A name found.' : `${open.length} names found.`}</strong>{' '}
            <span className="visually-hidden">{summaryOf(open, labels, fieldLabel, false)} </span>
            Replace each with the label; an ordinary word that is not a name here can be marked so. Anonymised documents wait until then.
          </>
        ) : ''}
      </p>
      <p className="visually-hidden" role="status">{announcement}</p>
      {open.length ? (
        <ul className="names-check-list">
          {open.map((f) => {
            const label = labels.get(f.occurrence.personId) ?? f.occurrence.label;
            const at = around(lineText(f), f.occurrence.start, f.occurrence.end);
            return (
              <li key={key(f)} data-testid="name-found">
                <span className="names-check-context">{at.before}<mark>{at.word}</mark>{at.after}</span>
                <span className="names-check-actions">
                  <button type="button" className="button button--small" aria-label={`Replace ‘${f.occurrence.found}’ with ${label} in ${fieldLabel}`} onClick={() => replace(f)}>
                    Replace with {label}
                  </button>
                  {canMark ? (
                    <button type="button" className="button button--small button--quiet" aria-label={`‘${f.occurrence.found}’ in ${fieldLabel} is not a name here`} onClick={() => markNotAName(f)}>
                      Not a name here
                    </button>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {marked.length ? (
        <ul className="names-check-list names-check-list--marked" aria-label={`Marked not a name here in ${fieldLabel}`}>
          {marked.map((f) => {
            const at = around(lineText(f), f.occurrence.start, f.occurrence.end);
            return (
              <li key={key(f)} data-testid="name-marked">
                <span className="names-check-context"><span className="badge badge--neutral">Not a name here</span> {at.before}<mark>{at.word}</mark>{at.after}</span>
                <button type="button" className="button button--small button--quiet" aria-label={`Undo “not a name here” for ‘${f.occurrence.found}’ in ${fieldLabel}`} onClick={() => undo(f)}>Undo</button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
});

function lineIndexOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') n++;
  return n;
}

/** "Names found: ‘Rachel’ (write Ms R), ‘Ms Green’ (write Child R)." */
function summaryOf(found: readonly FoundName[], labels: Map<string, string>, fieldLabel: string, inField: boolean): string {
  const open = found.filter((f) => !f.mark);
  const where = inField ? ` in ${fieldLabel}` : '';
  if (!open.length) return `No names left${where}.`;
  const list = open.map((f) => `‘${f.occurrence.found}’ (write ${labels.get(f.occurrence.personId) ?? f.occurrence.label})`).join(', ');
  return `${open.length === 1 ? 'Name found' : 'Names found'}${where}: ${list}.`;
}
