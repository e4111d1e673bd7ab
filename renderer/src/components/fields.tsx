// Form fields that save themselves. Typing changes only the field's own state (one small
// re-render per key); the value goes to the casefile 400 ms after the last key and at once
// when the field loses focus, so a long analysis never makes the whole case re-render.
// A text field that a document prints says which text of the case it is (`names`): people's
// names found in it are listed under it as they are typed (NameCheck.tsx), each with its
// one-step replacement by the label.
import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { refKey, type TextRef } from '../../../shared/case-model/texts.ts';
import { longDate } from '../format/dates.ts';
import { noteTyping, registerPendingEdit } from '../app/pending-edits.ts';
import { countWords, wordsLabel } from '../../../shared/documents/word-count.ts';
import { NameCheck, useSettled } from './NameCheck.tsx';
import { CitationPicker } from './CitationPicker.tsx';
import { insertCitation } from './insert-text.ts';
import { citeKeys, isCiteKey, type KeyPlatform } from '../../../shared/citations/keys.ts';

const keyPlatform: KeyPlatform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform) ? 'mac' : 'other';
const citeKey = citeKeys[keyPlatform];

export const SAVE_DELAY_MS = 400;

interface AutosaveOptions {
  value: string;
  onSave: (value: string) => void;
  /** The text of the case the value is, when a document prints it: the preview shows it as typed. */
  textRef: TextRef | null;
}

/** Local state for one text value, written back debounced and on blur/unmount. */
function useAutosave({ value, onSave, textRef }: AutosaveOptions) {
  const [local, setLocal] = useState(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ local, onSave, textRef });
  latest.current = { local, onSave, textRef };

  // A change from elsewhere (another field, a reload) shows only when nothing is being typed here.
  useEffect(() => {
    if (!dirty.current) setLocal(value);
  }, [value]);

  const flush = useCallback(() => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    latest.current.onSave(latest.current.local);
  }, []);

  useEffect(() => {
    const typed = () => {
      const { local: text, textRef: ref } = latest.current;
      return dirty.current && ref ? { ...ref, text } : undefined;
    };
    const unregister = registerPendingEdit(flush, typed);
    return () => { unregister(); flush(); };
  }, [flush]);

  const change = useCallback((next: string) => {
    dirty.current = true;
    // A flush straight after (a replacement by a label) must write this text, not the one last rendered.
    latest.current = { ...latest.current, local: next };
    setLocal(next);
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
    noteTyping();
  }, [flush]);

  /** The text as typed now, whatever has rendered. */
  const current = useCallback(() => latest.current.local, []);

  return { local, change, flush, current };
}

/** Puts a replacement into the control and the caret after it, once it has rendered. */
function useCaret(control: React.RefObject<HTMLInputElement | HTMLTextAreaElement | null>) {
  const caret = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (caret.current === undefined || !control.current) return;
    control.current.focus();
    control.current.setSelectionRange(caret.current, caret.current);
    caret.current = undefined;
  });
  return (at: number) => { caret.current = at; };
}

interface TextFieldProps {
  /** A known id, when other code must find or focus the control. */
  id?: string;
  /**
   * The text of the case this field edits, when a document prints it: names found in it are
   * shown as they are typed. null for what no document prints anonymised, or that is not
   * prose: the register's names, labels and aliases, reference numbers.
   */
  names: TextRef | null;
  label: string;
  value: string;
  onSave: (value: string) => void;
  hint?: ReactNode;
  multiline?: boolean;
  tall?: boolean;
  short?: boolean;
  required?: boolean;
  disabled?: boolean;
  error?: string;
  testId?: string;
  autoFocus?: boolean;
  visuallyHiddenLabel?: boolean;
  /** The document text this field becomes (the model's run sources, "point 2, analysis"), so
   *  the Preview region can scroll to it; several, "|"-separated, when it may print under
   *  another (the first the document has is used). */
  source?: string;
}

export const TextField = memo(function TextField(props: TextFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const { local, change, flush, current } = useAutosave({ value: props.value, onSave: props.onSave, textRef: props.names });
  const settled = useSettled(local);
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const caretAt = useCaret(control);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const countId = props.multiline ? `${id}-words` : undefined;
  const checked = props.names !== null && !props.disabled;
  const namesId = checked ? `${id}-names` : undefined;
  const describedBy = [hintId, errorId, countId, namesId].filter(Boolean).join(' ') || undefined;
  const replace = useCallback((next: string, caret: number) => { change(next); flush(); caretAt(caret); }, [change, flush, caretAt]);
  // A long text cites the case's sources: the picker opens on the key or the button and
  // inserts at the selection the box had when it opened.
  const canCite = Boolean(props.multiline) && !props.disabled;
  const [citing, setCiting] = useState<{ start: number; end: number } | undefined>();
  // Where the user last had the cursor; a field never visited cites at its end.
  const visited = useRef(false);
  const openPicker = () => {
    const box = control.current;
    if (!box) return;
    setCiting(visited.current ? { start: box.selectionStart, end: box.selectionEnd } : { start: box.value.length, end: box.value.length });
  };
  const closePicker = (citation: string | undefined) => {
    const at = citing;
    setCiting(undefined);
    const box = control.current;
    if (!box || !at) return;
    if (citation) insertCitation(box, citation, at.start, at.end);
    else { box.focus(); box.setSelectionRange(at.start, at.end); }
  };
  const common = {
    ref: control,
    id,
    lang: 'en-GB',
    spellCheck: true,
    'data-source': props.source,
    'data-text-ref': props.names ? refKey(props.names) : undefined,
    value: local,
    disabled: props.disabled,
    required: props.required,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    'data-testid': props.testId,
    autoFocus: props.autoFocus,
    onBlur: flush,
  };
  return (
    <div className="field">
      <label htmlFor={id} className={props.visuallyHiddenLabel ? 'visually-hidden' : undefined}>{props.label}</label>
      {props.hint ? <span id={hintId} className="field-hint">{props.hint}</span> : null}
      {props.multiline
        ? <textarea {...common} className={props.tall ? 'textarea textarea--tall' : props.short ? 'textarea textarea--short' : 'textarea'} onChange={(e) => change(e.target.value)}
          aria-keyshortcuts={canCite ? citeKey.aria : undefined} onFocus={() => { visited.current = true; }}
          onKeyDown={canCite ? (e) => { if (isCiteKey(e, keyPlatform)) { e.preventDefault(); openPicker(); } } : undefined} />
        : <input {...common} className="input" type="text" onChange={(e) => change(e.target.value)} />}
      {canCite ? (
        <div className="field-tools">
          <button type="button" className="button button--quiet button--small" aria-keyshortcuts={citeKey.aria} onClick={openPicker}>
            Cite a source<span className="visually-hidden"> in {props.label}</span><kbd aria-hidden="true">{citeKey.shown}</kbd>
          </button>
        </div>
      ) : null}
      {citing ? <CitationPicker fieldLabel={props.label} onClose={closePicker} /> : null}
      {props.error ? <span id={errorId} className="field-error">{props.error}</span> : null}
      {countId ? <span id={countId} className="field-count">{wordsLabel(countWords(local))}</span> : null}
      {checked && props.names ? <NameCheck controlId={id} fieldLabel={props.label} textRef={props.names} text={settled} current={current} onReplace={replace} flush={flush} /> : null}
    </div>
  );
});

interface DateFieldProps {
  /** A known id, when other code must find or focus the control. */
  id?: string;
  label: string;
  value: string | undefined;
  onSave: (value: string | undefined) => void;
  hint?: string;
  testId?: string;
}

/** A calendar date; saved as soon as a whole date (or nothing) is entered, and read back in words. */
export const DateField = memo(function DateField(props: DateFieldProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const [local, setLocal] = useState(props.value ?? '');
  useEffect(() => setLocal(props.value ?? ''), [props.value]);
  const words = longDate(local);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? <span className="field-hint">{props.hint}</span> : null}
      <input
        id={id}
        className="input input--date"
        type="date"
        value={local}
        data-testid={props.testId}
        aria-describedby={`${id}-words`}
        onChange={(e) => {
          const next = e.target.value;
          setLocal(next);
          if (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next)) props.onSave(next === '' ? undefined : next);
        }}
      />
      <span id={`${id}-words`} className="field-hint">{words || 'No date yet'}</span>
    </div>
  );
});

interface SelectFieldProps<T extends string> {
  /** A known id, when other code must find or focus the control. */
  id?: string;
  label: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  placeholder?: string;
  testId?: string;
  visuallyHiddenLabel?: boolean;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className="field">
      <label htmlFor={id} className={props.visuallyHiddenLabel ? 'visually-hidden' : undefined}>{props.label}</label>
      <select id={id} className="select" value={props.value} data-testid={props.testId} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.placeholder !== undefined ? <option value="" disabled>{props.placeholder}</option> : null}
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  return (
    <fieldset className="fieldset">
      <legend>{props.legend}</legend>
      {props.hint ? <p className="field-hint">{props.hint}</p> : null}
      <div className="radio-group">
        {props.options.map((o) => (
          <label key={o.value} className="radio-pill">
            <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
