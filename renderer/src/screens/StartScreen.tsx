// The first screen: open a recent casefile, choose another, create a new one or import one
// from interchange JSON. New passphrases are typed twice and come with the warning that
// nobody can recover a forgotten one.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { AppInfo, CasefileRef } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';
import { enterCasefile, newId, phaseStore } from '../app/session.ts';
import { menuBus } from '../app/menu.ts';
import { mediumDate } from '../format/dates.ts';
import { RestoreBackupDialog } from './RestoreBackup.tsx';

const MIN_PASSPHRASE = 8;

export function StartScreen({ notice }: { notice?: string | undefined }) {
  const [info, setInfo] = useState<AppInfo | undefined>();
  const [recent, setRecent] = useState<CasefileRef[] | undefined>();
  const [openError, setOpenError] = useState<string | undefined>();
  const [restoring, setRestoring] = useState(false);
  const newTitleRef = useRef<HTMLInputElement>(null);
  const importRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void platform.getAppInfo({}).then((r) => r.ok && setInfo(r.value));
    void platform.listRecent({}).then((r) => setRecent(r.ok ? r.value : []));
  }, []);

  const chooseOther = async () => {
    setOpenError(undefined);
    const r = await platform.chooseCasefileToOpen({});
    if (r.ok) phaseStore.set({ name: 'unlock', file: r.value });
    else if (r.error.code !== 'cancelled') setOpenError(r.error.message);
  };

  useEffect(() => menuBus.subscribe((command) => {
    if (command === 'new') newTitleRef.current?.focus();
    else if (command === 'import') importRef.current?.focus();
    else if (command === 'open') void chooseOther();
  }), []);

  return (
    <div className="start">
      <a className="skip-link" href="#start-main">Skip to content</a>
      <header className="start-brand">
        <img className="brand-icon" src="./favicon.svg" alt="" width="56" height="56" />
        <h1>Impartial</h1>
        <p>Encrypted casefiles for independent investigations of children’s social care complaints</p>
      </header>
      <main id="start-main" className="start-grid" tabIndex={-1}>
        {notice ? <div className="notice notice--info start-notice" role="status">{notice}</div> : null}
        <div>
          <section className="card" aria-labelledby="open-heading">
            <h2 id="open-heading">Open a casefile</h2>
            {recent === undefined ? <p className="empty">Looking for casefiles…</p>
              : recent.length === 0 ? <p className="empty">No casefiles yet. Create one, or import one from interchange JSON.</p>
                : (
                  <ul className="recent-list" aria-label={info?.host === 'web' ? 'Casefiles in the workspace folder' : 'Recent casefiles'}>
                    {recent.map((f) => (
                      <li key={f.fileId}>
                        <button type="button" className="recent-item" onClick={() => phaseStore.set({ name: 'unlock', file: f })}>
                          <strong>{f.name}</strong>
                          <span>{f.lastOpened ? `Last opened ${mediumDate(f.lastOpened.slice(0, 10))}` : 'Not opened here yet'}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
            <div className="card-actions">
              {info?.nativeDialogs ? <button type="button" className="button" onClick={() => void chooseOther()}>Open another casefile…</button> : null}
              <button type="button" className="button button--quiet" onClick={() => setRestoring(true)}>Restore a backup…</button>
            </div>
            <RestoreBackupDialog open={restoring} onClose={() => setRestoring(false)} />
            {openError ? <p className="field-error" role="alert">{openError}</p> : null}
          </section>
          <ImportCard inputRef={importRef} />
        </div>
        <NewCasefileCard titleRef={newTitleRef} />
      </main>
      <footer className="start-footer">
        {info ? `Impartial ${info.version} · ${info.host === 'web' ? 'web host on this computer' : 'desktop'}` : null}
      </footer>
    </div>
  );
}

function PassphrasePair({ error, idPrefix }: { error?: string | undefined; idPrefix: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-pass`}>Passphrase</label>
        <span className="field-hint" id={`${idPrefix}-pass-hint`}>At least {MIN_PASSPHRASE} characters. A few unrelated words are easy to type and hard to guess.</span>
        <input id={`${idPrefix}-pass`} name="passphrase" className="input" type="password" autoComplete="new-password" required minLength={MIN_PASSPHRASE} aria-describedby={`${idPrefix}-pass-hint`} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-confirm`}>Passphrase again</label>
        <input id={`${idPrefix}-confirm`} name="confirm" className="input" type="password" autoComplete="new-password" required
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${idPrefix}-error` : undefined} />
        {error ? <span id={`${idPrefix}-error`} className="field-error" role="alert">{error}</span> : null}
      </div>
    </>
  );
}

function checkPair(form: FormData): string | undefined {
  const pass = String(form.get('passphrase') ?? '');
  const confirm = String(form.get('confirm') ?? '');
  if (pass.length < MIN_PASSPHRASE) return `Use at least ${MIN_PASSPHRASE} characters for the passphrase.`;
  if (pass !== confirm) return 'The two passphrases are different: type the same passphrase twice.';
  return undefined;
}

function NewCasefileCard({ titleRef }: { titleRef: React.RefObject<HTMLInputElement | null> }) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [passError, setPassError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const title = String(form.get('title') ?? '').trim();
    setPassError(undefined);
    setError(undefined);
    if (!title) { setError('Give the casefile a title.'); return; }
    const problem = checkPair(form);
    if (problem) { setPassError(problem); return; }
    setBusy(true);
    const authorityName = String(form.get('authority') ?? '').trim();
    const r = await platform.createCasefile({ title, passphrase: String(form.get('passphrase')), ...(authorityName ? { authorityName } : {}) });
    setBusy(false);
    if (r.ok) await enterCasefile(r.value);
    else if (r.error.code !== 'cancelled') setError(r.error.message);
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>New casefile</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <span className="field-hint" id={`${id}-title-hint`}>For example “Complaint by Ms A, Stage 2”.</span>
          <input lang="en-GB" ref={titleRef} id={`${id}-title`} name="title" className="input" type="text" required autoComplete="off" aria-describedby={`${id}-title-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-authority`}>Council (optional)</label>
          <input lang="en-GB" id={`${id}-authority`} name="authority" className="input" type="text" autoComplete="organization" />
        </div>
        <PassphrasePair idPrefix={`${id}-new`} error={passError} />
        <div className="notice" role="note">
          <strong>Keep the passphrase safe.</strong> The casefile is encrypted with it. If the passphrase is forgotten,
          nobody — not even Impartial — can open the casefile again.
        </div>
        {error ? <p className="field-error" role="alert">{error}</p> : null}
        <div className="card-actions">
          <button type="submit" className="button button--primary" disabled={busy}>{busy ? 'Creating…' : 'Create casefile'}</button>
        </div>
      </form>
    </section>
  );
}

function ImportCard({ inputRef }: { inputRef: React.RefObject<HTMLInputElement | null> }) {
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const [passError, setPassError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ jobId: string; stage: string; fraction: number } | undefined>();

  useEffect(() => platform.onEvent((event) => {
    if (event.type === 'progress') setProgress((p) => (p && p.jobId === event.jobId ? { ...p, stage: event.stage, fraction: event.fraction } : p));
  }), []);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    setPassError(undefined);
    setError(undefined);
    if (!(file instanceof File) || file.size === 0) { setError('Choose the interchange JSON file to import.'); return; }
    const problem = checkPair(form);
    if (problem) { setPassError(problem); return; }
    setBusy(true);
    const jobId = newId('import');
    setProgress({ jobId, stage: 'Reading the file', fraction: 0 });
    const r = await platform.importInterchange({ passphrase: String(form.get('passphrase')), json: await file.text(), jobId });
    setBusy(false);
    setProgress(undefined);
    if (r.ok) await enterCasefile(r.value);
    else if (r.error.code !== 'cancelled') setError(`${file.name} was not imported: ${r.error.message}`);
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Import from interchange JSON</h2>
      <p className="field-hint">A case exported by Impartial or another tool in the <code>impartial/casefile@1</code> format becomes a new encrypted casefile.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>Interchange file</label>
          <input ref={inputRef} id={`${id}-file`} name="file" className="input" type="file" accept=".json,application/json" />
        </div>
        <PassphrasePair idPrefix={`${id}-imp`} error={passError} />
        {progress ? (
          <div className="progress-line" role="status">
            <span>{progress.stage}…</span>
            <progress value={progress.fraction} max={1} aria-label="Importing" />
          </div>
        ) : null}
        {error ? <p className="field-error" role="alert">{error}</p> : null}
        <div className="card-actions">
          <button type="submit" className="button" disabled={busy}>{busy ? 'Importing…' : 'Import'}</button>
        </div>
      </form>
    </section>
  );
}
