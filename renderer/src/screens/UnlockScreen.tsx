// Unlocking one casefile. A wrong passphrase is said next to the field, and the field keeps
// focus so the user can simply type again.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { errorCodes, type CasefileRef } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';
import { enterCasefile, phaseStore } from '../app/session.ts';
import { RestoreBackupDialog } from './RestoreBackup.tsx';

export function UnlockScreen({ file, notice }: { file: CasefileRef; notice?: string | undefined }) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const passphrase = input.current?.value ?? '';
    if (!passphrase) { setError('Enter the passphrase of this casefile.'); input.current?.focus(); return; }
    setBusy(true);
    setError(undefined);
    const r = await platform.unlock({ fileId: file.fileId, passphrase });
    setBusy(false);
    if (r.ok) {
      if (input.current) input.current.value = '';
      await enterCasefile(r.value);
      return;
    }
    setError(r.error.code === errorCodes.wrongPassphrase
      ? 'That passphrase does not open this casefile. Check it and try again (passphrases are case-sensitive).'
      : r.error.code === errorCodes.damagedOrWrongPassphrase
        ? 'That passphrase does not open this casefile. Check it and try again (passphrases are case-sensitive). If it is right, the file is damaged: restore it from a backup.'
        : r.error.message);
    input.current?.select();
    input.current?.focus();
  };

  return (
    <div className="start">
      <header className="start-brand">
        <img className="brand-icon" src="./favicon.svg" alt="" width="56" height="56" />
        <p>Impartial</p>
      </header>
      <main className="unlock">
        {notice ? <div className="notice notice--info" role="status">{notice}</div> : null}
        <section className="card" aria-labelledby={`${id}-h`}>
          <h1 id={`${id}-h`}>Unlock casefile</h1>
          <p className="field-hint">{file.name}</p>
          <form onSubmit={(e) => void submit(e)} noValidate>
            <div className="field">
              <label htmlFor={`${id}-pass`}>Passphrase</label>
              <input
                ref={input}
                id={`${id}-pass`}
                className="input"
                type="password"
                autoComplete="current-password"
                autoFocus
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
              {error ? <span id={`${id}-error`} className="field-error" role="alert">{error}</span> : null}
            </div>
            <div className="card-actions">
              <button type="submit" className="button button--primary" disabled={busy}>{busy ? 'Unlocking…' : 'Unlock'}</button>
              <button type="button" className="button button--quiet" onClick={() => phaseStore.set({ name: 'start' })}>Back to casefiles</button>
              <button type="button" className="button button--quiet" onClick={() => setRestoring(true)}>Restore a backup…</button>
            </div>
          </form>
        </section>
        <RestoreBackupDialog open={restoring} onClose={() => setRestoring(false)} fileId={file.fileId} name={file.name} />
      </main>
    </div>
  );
}
