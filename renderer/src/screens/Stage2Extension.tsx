// Recording an extension of the Stage 2 response (docs/contracts/design.md section 4). The form says the
// latest date the law allows (65 working days from the clock start) before the user types,
// and refuses a later one with the very message the casefile store would give (both use
// shared/deadlines validateExtension), next to the field. A refusal from the store itself
// (say the clock start changed meanwhile) arrives as a Result error and is shown the same way.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { CaseData, ExtensionData } from '../../../shared/interchange/schema.ts';
import { stage2ClockStart, stage2Limit, STAGE2_LIMIT_WD, validateExtension } from '../../../shared/deadlines/index.ts';
import { caseStore, saveSection } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { longDate } from '../format/dates.ts';
import { NameCheck, useSettled } from '../components/NameCheck.tsx';
import { refKey, type TextRef } from '../../../shared/case-model/texts.ts';

const REASON: TextRef = { field: 'extension.reason' };

type Errors = Partial<Record<'agreedDate' | 'reason' | 'newDeadline' | 'form', string>>;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** What the user typed, checked as the store will check it; empty when it may be saved. */
function check(c: CaseData, ext: { agreedDate: string; reason: string; newDeadline: string }): Errors {
  const errors: Errors = {};
  if (!isDate(ext.agreedDate)) errors.agreedDate = 'Enter the date the extension was agreed.';
  if (!ext.reason.trim()) errors.reason = 'Enter the reason for the extension, as it was told to the complainant.';
  if (ext.newDeadline && !isDate(ext.newDeadline)) errors.newDeadline = 'Enter the new deadline as a whole date.';
  else if (ext.newDeadline) {
    const issue = validateExtension({ ...c, extension: { agreedDate: ext.agreedDate, reason: ext.reason, newDeadline: ext.newDeadline } })[0];
    if (issue) errors.newDeadline = `Refused: ${issue.message}.`;
  }
  return errors;
}

export function Stage2Extension() {
  const id = useId();
  const c = useStore(caseStore, (x) => x);
  const saved = c?.extension;
  const [agreedDate, setAgreedDate] = useState(saved?.agreedDate ?? '');
  const [reason, setReason] = useState(saved?.reason ?? '');
  const settledReason = useSettled(reason);
  const [newDeadline, setNewDeadline] = useState(saved?.newDeadline ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // The casefile's extension shows here unless the user is editing: a refused save is undone
  // in the store (session.ts resyncs), and that must not wipe what they typed.
  const editing = useRef(false);
  useEffect(() => {
    if (editing.current) return;
    setAgreedDate(saved?.agreedDate ?? '');
    setReason(saved?.reason ?? '');
    setNewDeadline(saved?.newDeadline ?? '');
  }, [saved?.agreedDate, saved?.reason, saved?.newDeadline]);

  if (!c) return null;
  // Wales has no 65-day cap (docs/contracts/design.md section 4): the extension is recorded
  // without a limit.
  const wales = c.case.procedure === 'wales-2014';
  const start = stage2ClockStart(c);
  const limit = stage2Limit(c);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    const found = check(c, { agreedDate, reason, newDeadline });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = (['agreedDate', 'reason', 'newDeadline'] as const).find((k) => found[k]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const value: ExtensionData = { agreedDate, reason: reason.trim(), ...(newDeadline ? { newDeadline } : {}) };
    setBusy(true);
    const r = await saveSection('extension', value);
    setBusy(false);
    if (r.ok) editing.current = false;
    if (r.ok) setStatus(newDeadline ? `Extension recorded: the Stage 2 response is now due ${longDate(newDeadline)}.` : 'Extension recorded.');
    else {
      const onDeadline = r.error.path === undefined || r.error.path.includes('newDeadline');
      setErrors(onDeadline ? { newDeadline: `Refused: ${r.error.message}` } : { form: `Not saved: ${r.error.message}` });
      if (onDeadline) document.getElementById(`${id}-newDeadline`)?.focus();
    }
  };

  const remove = async () => {
    setErrors({});
    setStatus('');
    editing.current = false;
    setAgreedDate(''); setReason(''); setNewDeadline('');
    const r = await saveSection('extension', null);
    if (r.ok) setStatus('Extension removed: the Stage 2 response is due 25 working days from the clock start again.');
    else setErrors({ form: `Not removed: ${r.error.message}` });
  };

  const describedBy = (field: keyof Errors, hint?: string) => [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof Errors) => (errors[field]
    ? <span id={`${id}-${field}-error`} className="field-error" role="alert" data-testid={`extension-${field}-error`}>{errors[field]}</span>
    : null);

  return (
    <section className="subsection" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Extension of the Stage 2 response</h3>
      <p className="field-hint" id={`${id}-limit`} data-testid="extension-limit">
        {wales ? 'In Wales there is no 65-working-day cap on an extension: record the new date agreed with the complainant.' : limit
          ? `The response may be extended to ${longDate(limit)} at the latest: ${STAGE2_LIMIT_WD} working days from ${longDate(start.date)}, when ${start.past}.`
          : `An extension can be recorded once the Stage 2 clock has started (when ${start.future}).`}
      </p>
      {saved ? (
        <p className="extension-current" data-testid="extension-current">
          Extended on {longDate(saved.agreedDate)}{saved.newDeadline ? ` to ${longDate(saved.newDeadline)}` : ''}: {saved.reason}
        </p>
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={`${id}-limit`}>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-agreedDate`}>Date the extension was agreed</label>
            <input id={`${id}-agreedDate`} className="input input--date" type="date" value={agreedDate}
              onChange={(e) => { editing.current = true; setAgreedDate(e.target.value); }} aria-invalid={errors.agreedDate ? true : undefined}
              aria-describedby={describedBy('agreedDate', `${id}-agreedDate-words`)} />
            <span id={`${id}-agreedDate-words`} className="field-hint">{longDate(agreedDate) || 'No date yet'}</span>
            {fieldError('agreedDate')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-newDeadline`}>New deadline</label>
            <span className="field-hint" id={`${id}-newDeadline-hint`}>{limit ? `No later than ${longDate(limit)}.` : 'Leave it empty if no new date was agreed.'}</span>
            <input id={`${id}-newDeadline`} className="input input--date" type="date" value={newDeadline} max={limit}
              onChange={(e) => { editing.current = true; setNewDeadline(e.target.value); }} aria-invalid={errors.newDeadline ? true : undefined}
              aria-describedby={describedBy('newDeadline', `${id}-newDeadline-hint ${id}-newDeadline-words`)} />
            <span id={`${id}-newDeadline-words`} className="field-hint">{longDate(newDeadline) || 'No date yet'}</span>
            {fieldError('newDeadline')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>Reason for the extension (as told to the complainant)</label>
          <textarea lang="en-GB" id={`${id}-reason`} className="textarea textarea--short" value={reason} data-text-ref={refKey(REASON)}
            onChange={(e) => { editing.current = true; setReason(e.target.value); }} aria-invalid={errors.reason ? true : undefined}
            aria-describedby={describedBy('reason', `${id}-reason-names`)} />
          {fieldError('reason')}
          {/* A name is replaced here and saved with the form; a mark needs the reason as saved. */}
          <NameCheck controlId={`${id}-reason`} fieldLabel="Reason for the extension" textRef={REASON} text={settledReason} current={() => reason}
            onReplace={(next) => { editing.current = true; setReason(next); }} canMark={reason === (saved?.reason ?? '')} />
        </div>
        {fieldError('form')}
        <div className="card-actions">
          <button type="submit" className="button button--primary" disabled={busy || (!wales && !limit)}>{saved ? 'Save extension' : 'Record extension'}</button>
          {saved ? <button type="button" className="button button--quiet" onClick={() => void remove()}>Remove extension</button> : null}
        </div>
        <p className="field-hint" role="status">{status}</p>
      </form>
    </section>
  );
}
