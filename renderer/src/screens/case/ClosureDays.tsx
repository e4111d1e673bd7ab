// The council's own closure days (say the days between Christmas and New Year): extra
// non-working days for every clock of this casefile, which the clocks' explanations name.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { caseStore, saveSection } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { longDate } from '../../format/dates.ts';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

export function ClosureDays() {
  const id = useId();
  const authority = useStore(caseStore, (c) => c?.authority);
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  if (!authority) return null;
  const days = [...(authority.closureDays ?? [])].sort();

  const save = async (next: string[], done: string) => {
    setStatus('');
    const value = { ...authority };
    if (next.length > 0) value.closureDays = next;
    else delete value.closureDays;
    const r = await saveSection('authority', value);
    if (r.ok) setStatus(done);
    else setError(`Not saved: ${r.error.message}`);
    return r.ok;
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    if (!isDate(date)) { setError('Enter the date the council is closed.'); document.getElementById(`${id}-date`)?.focus(); return; }
    if (days.includes(date)) { setError(`${longDate(date)} is already a closure day.`); document.getElementById(`${id}-date`)?.focus(); return; }
    if (await save([...days, date].sort(), `${longDate(date)} added as a closure day.`)) setDate('');
  };

  return (
    <section className="subsection" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Council closure days</h3>
      <p className="field-hint" id={`${id}-hint`}>Days the council is closed besides weekends and bank holidays, such as the days between Christmas and New Year. Every clock skips them.</p>
      {days.length === 0 ? <p className="empty">No closure days.</p> : (
        <ul className="closure-list" aria-label="Closure days">
          {days.map((d) => (
            <li key={d}>
              <span>{longDate(d)}</span>
              <button type="button" className="button button--quiet button--small" aria-label={`Remove ${longDate(d)}`}
                onClick={() => { setError(undefined); void save(days.filter((x) => x !== d), `${longDate(d)} removed.`); }}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date the council is closed</label>
          <input id={`${id}-date`} className="input input--date" type="date" value={date} onChange={(e) => setDate(e.target.value)}
            aria-invalid={error ? true : undefined} aria-describedby={[`${id}-hint`, `${id}-words`, error ? `${id}-error` : ''].filter(Boolean).join(' ')} />
          <span id={`${id}-words`} className="field-hint">{longDate(date) || 'No date yet'}</span>
          {error ? <span id={`${id}-error`} className="field-error" role="alert">{error}</span> : null}
        </div>
        <button type="submit" className="button">Add closure day</button>
      </form>
      <p className="field-hint" role="status">{status}</p>
    </section>
  );
}
