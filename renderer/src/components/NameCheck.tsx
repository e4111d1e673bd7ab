// The names found in a field as it is typed, listed under it (a textarea cannot hold markup,
// so each name is shown in its words around it). Each has "Replace with <label>", one step,
// and "Not a name here" for an ordinary word ("the Green Team"); a name so marked is listed
// with Undo. The field's description points at the one-line summary, so a screen reader
// hears "Names found: ‘Rachel’ (write Ms R)" on the field; a change found while typing is
// announced politely. The check runs a moment after the last key, never on the key itself.
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
  /** The text as typed. */
  text: string;
  /** Puts `next` into the field and saves it, with the caret at `caret`. */
  onReplace: (next: string, caret: number) => void;
  /** Writes the text typed so far at once, so that a mark is made on the text as saved. */
  flush?: () => void;
  /** Whether a mark can be made now: the field's text is saved (a form not yet submitted is not). */
  canMark?: boolean;
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

export const NameCheck = memo(function NameCheck(props: Props) {
  const { controlId, fieldLabel, textRef, text } = props;
  const matcher = useNameMatcher();
  const marks = useMarks();
  const labels = useLabels();
  const lines = textFields[textRef.field].lines;
  const [found, setFound] = useState<FoundName[] | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);
  const refString = refKey(textRef);

  useEffect(() => {
    if (!matcher) return undefined;
    const run = () => {
      const next = namesInField(matcher, text, textRef, lines, marks);
      setFound((was) => {
        // What was there when the field appeared is not news; what typing changes is.
        if (was !== undefined && !first.current) {
          const open = (list: FoundName[]) => list.filter((f) => !f.mark).map((f) => f.occurrence.found).join('|');
          if (open(was) !== open(next)) setAnnouncement(summaryOf(next, labels, fieldLabel, true));
        }
        first.current = false;
        return next;
      });
    };
    // The first check is at once (the field has just appeared); the next ones wait for a pause in the typing.
    const timer = setTimeout(run, first.current ? 0 : CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // textRef is compared by its key (refString): screens build a new object on each render.
  }, [matcher, text, marks, refString, lines]);

  const open = useMemo(() => (found ?? []).filter((f) => !f.mark), [found]);
  const marked = useMemo(() => (found ?? []).filter((f) => f.mark), [found]);

  /** The occurrence as it stands in the text now (the list may be a moment behind the typing). */
  const current = (f: FoundName): FoundName | undefined => (matcher ? namesInField(matcher, text, textRef, lines, marks).find((g) => key(g) === key(f)) : undefined);

  const replace = (f: FoundName) => {
    const now = current(f);
    if (!now) return;
    const line = text.slice(now.offset);
    const replaced = replaceOccurrence(line, now.occurrence);
    const next = text.slice(0, now.offset) + replaced;
    props.onReplace(next, now.offset + now.occurrence.replacement.start + now.occurrence.replacement.text.length);
    setAnnouncement(`Replaced ‘${now.occurrence.found}’ with ${now.occurrence.replacement.text}.`);
  };

  const markNotAName = (f: FoundName) => {
    if (!matcher) return;
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
  const lineText = (f: FoundName) => (lines ? text.split('\n')[lineIndexOf(text, f.offset)]!.trim() : text);
  return (
    <div className={open.length ? 'names-check names-check--found' : 'names-check'} data-testid="names-check">
      <p id={`${controlId}-names`} className={open.length ? 'names-check-summary' : 'visually-hidden'}>{open.length ? summaryOf(open, labels, fieldLabel, false) : ''}</p>
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
  return `${open.length === 1 ? 'A name' : `${open.length} names`}${where}: ${list}. Anonymised documents will not be made until each is replaced or marked not a name here.`;
}
