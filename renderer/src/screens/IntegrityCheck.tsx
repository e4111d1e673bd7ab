// "Check this casefile's integrity": every page's HMAC, SQLite's own check and every record
// and attachment (the same check as `impartial verify`). The casefile is locked while it runs
// (the check refuses an open file), so the passphrase is asked for here and used to open it
// again afterwards; the result is shown when the Overview comes back.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { checkIntegrity, integrityStore } from '../app/integrity.ts';
import { useStore } from '../app/store.ts';

export function IntegrityCheck() {
  const id = useId();
  const state = useStore(integrityStore, (s) => s);
  const [error, setError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);

  // Back from a check: take the reader to its result (after the workspace has focused the heading).
  const shown = state.report?.checkedAt ?? state.error;
  const checkedAt = state.report ? new Date(state.report.checkedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : '';
  useEffect(() => {
    if (!shown) return;
    const t = setTimeout(() => result.current?.focus({ preventScroll: false }), 50);
    return () => clearTimeout(t);
  }, [shown]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const passphrase = input.current?.value ?? '';
    if (!passphrase) { setError('Enter the passphrase: the casefile is locked for the check and opened again with it.'); input.current?.focus(); return; }
    setError(undefined);
    void checkIntegrity(passphrase);
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Casefile integrity</h2>
      {state.report || state.error ? (
        <div ref={result} tabIndex={-1} className={`notice ${state.report?.ok ? 'notice--ok' : 'notice--danger'}`} role="status" data-testid="integrity-result">
          {state.error ? <p>{state.error}</p> : state.report?.ok ? <p>The casefile passed every check at {checkedAt}: no page, record or attachment is damaged.</p> : (
            <>
              <p>The check found {state.report?.problems.length === 1 ? 'a problem' : `${state.report?.problems.length ?? 0} problems`}. Keep a copy of this file and restore from a backup:</p>
              <ul className="integrity-problems">{state.report?.problems.map((p) => <li key={p}>{p}</li>)}</ul>
            </>
          )}
        </div>
      ) : null}
      <p className="field-hint" id={`${id}-hint`}>Reads every page, record and attachment and checks each against its seal. The casefile is saved and locked while the check runs, then opened again with this passphrase.</p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pass`}>Passphrase</label>
          <input ref={input} id={`${id}-pass`} className="input" type="password" autoComplete="current-password"
            aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} />
          {error ? <span id={`${id}-error`} className="field-error" role="alert">{error}</span> : null}
        </div>
        <button type="submit" className="button">Check this casefile&apos;s integrity</button>
      </form>
    </section>
  );
}

/** Shown instead of the workspace while the casefile is locked for the check. */
export function IntegrityProgress({ name, stage, fraction }: { name: string; stage: string; fraction: number }) {
  return (
    <main className="start" aria-busy="true">
      <div className="progress-line" role="status">
        <span>Checking {name}: {stage}…</span>
        <progress value={fraction} max={1} aria-label={`Checking ${name}`} />
      </div>
    </main>
  );
}
