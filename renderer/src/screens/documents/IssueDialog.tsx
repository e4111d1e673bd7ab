// "Issue…": a ready document made into the version the user sends. The dialog asks the format,
// anonymised or named (the adjudication letter is always issued named: it goes to the
// complainant) and the date, which defaults to the document's own date in the case or today
// and is printed on it from then on. The rules are shared with `impartial issue`
// (shared/documents/issue.ts); the host checks them again and renders the copy off the main thread.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentFormat, DocumentKind, IssuedDocumentResult } from '../../../../shared/api.ts';
import {
  defaultIssueDate, describeIssued, FORMAT_NAMES, issueDateNote, issueDateProblem, issuedNamedOnly, nextVersion,
} from '../../../../shared/documents/issue.ts';
import { platform } from '../../platform/api.ts';
import { caseStore, issueDocument, newId, readinessContextStore } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { problemsFor } from '../../app/readiness.ts';
import { RadioGroup } from '../../components/fields.tsx';
import { documentLabels } from '../../format/labels.ts';
import { longDate, todayIso } from '../../format/dates.ts';

export type IssueOutcome = { ok: true; result: IssuedDocumentResult } | { ok: false; kind: DocumentKind; message: string };

export function IssueDialog({ kind, onClose, onIssued }: { kind: DocumentKind | undefined; onClose: () => void; onIssued: (outcome: IssueOutcome) => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const c = useStore(caseStore, (x) => x);
  const readiness = useStore(readinessContextStore, (x) => x);
  const [format, setFormat] = useState<DocumentFormat>('pdf');
  const [named, setNamed] = useState<'anonymised' | 'named'>('anonymised');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [progress, setProgress] = useState<{ jobId: string; stage: string; fraction: number } | undefined>();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (kind && !d.open) {
      const current = caseStore.get();
      setFormat('pdf');
      setNamed('anonymised');
      setDate(current ? defaultIssueDate(kind, current, todayIso()) : todayIso());
      setError(undefined);
      setProgress(undefined);
      d.showModal();
    } else if (!kind && d.open) d.close();
  }, [kind]);

  useEffect(() => platform.onEvent((event) => {
    if (event.type !== 'progress') return;
    setProgress((p) => (p && p.jobId === event.jobId ? { ...p, stage: event.stage, fraction: event.fraction } : p));
  }), []);

  const blocking = kind && c ? problemsFor(c, kind, readiness).filter((p) => p.severity === 'blocking').length : 0;
  const version = kind && c ? nextVersion(kind, c) : 1;
  const namedOnly = kind ? issuedNamedOnly(kind) : false;
  const dateProblem = kind && c && date ? issueDateProblem(kind, c, date) : date ? undefined : 'Enter the date the document is issued.';
  const note = kind && c && date && !dateProblem ? issueDateNote(kind, c, date) : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!kind || progress) return;
    if (dateProblem) { setError(`${dateProblem.charAt(0).toUpperCase()}${dateProblem.slice(1)}.`); return; }
    setError(undefined);
    const jobId = newId('issue');
    setProgress({ jobId, stage: 'Starting', fraction: 0 });
    const r = await issueDocument({ kind, format, named: namedOnly || named === 'named', date, jobId });
    setProgress(undefined);
    if (r.ok) {
      onIssued({ ok: true, result: r.value });
      onClose();
    } else if (r.error.code === 'not-ready' || r.error.code === 'invalid-issue-date') {
      setError(r.error.message);
    } else {
      onIssued({ ok: false, kind, message: r.error.message });
      onClose();
    }
  };

  const title = kind ? `Issue the ${documentLabels[kind]}` : 'Issue';
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-h`} onClose={onClose} onCancel={(e) => { if (progress) e.preventDefault(); }} data-testid="issue-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-h`}>{title}</h2>
        <p className="field-hint">
          This makes version {version}: its file is kept, byte for byte, in the casefile with its SHA-256, so that you can show later exactly what was sent. A draft cannot be issued.
        </p>
        {blocking > 0 ? (
          <p className="notice notice--danger" role="alert">
            Not ready to issue: {blocking} problem{blocking === 1 ? '' : 's'} listed on its card must be put right first.
          </p>
        ) : null}
        <RadioGroup legend="Format" name={`${id}-format`} value={format} onChange={setFormat}
          options={[{ value: 'pdf', label: FORMAT_NAMES.pdf }, { value: 'docx', label: `${FORMAT_NAMES.docx} (DOCX)` }]} />
        {namedOnly ? (
          <p className="field-hint">The letter is issued with names: it is sent to the complainant.</p>
        ) : (
          <RadioGroup legend="People appear" name={`${id}-named`} value={named} onChange={setNamed}
            options={[{ value: 'anonymised', label: 'Anonymised (labels)' }, { value: 'named', label: 'Named' }]} />
        )}
        <div className="field">
          <label htmlFor={`${id}-date`}>Date of issue</label>
          <span className="field-hint" id={`${id}-date-hint`}>Printed on the document as its date from now on.</span>
          <input id={`${id}-date`} className="input input--date" type="date" value={date} required
            onChange={(e) => { setDate(e.target.value); setError(undefined); }}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-date-hint ${id}-date-words${note ? ` ${id}-date-note` : ''}${error ? ` ${id}-error` : ''}`} />
          <span id={`${id}-date-words`} className="field-hint">{longDate(date) || 'No date yet'}</span>
          {note ? <span id={`${id}-date-note`} className="field-hint">{note}.</span> : null}
        </div>
        {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
        <div aria-live="polite">
          {progress ? (
            <div className="progress-line" role="status">
              <span>{progress.stage}…</span>
              <progress value={progress.fraction} max={1} aria-label={`Issuing the ${kind ? documentLabels[kind] : 'document'}`} />
            </div>
          ) : null}
        </div>
        <div className="card-actions">
          <button type="submit" className="button button--primary" disabled={blocking > 0 || progress !== undefined}>Issue version {version}</button>
          <button type="button" className="button button--quiet" onClick={onClose} disabled={progress !== undefined}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}

/** The line the Documents screen shows after an issue. */
export function issuedMessage(result: IssuedDocumentResult): string {
  const what = describeIssued(result.issued);
  const file = result.saved === false ? 'The file was not saved: save a copy from the list below.' : `${result.fileName} is ${result.downloadUrl ? 'downloading' : 'saved'}.`;
  return `Issued ${what}. ${file}${result.note ? ` ${result.note}.` : ''}`;
}
