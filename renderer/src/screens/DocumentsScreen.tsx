// Documents: readiness of each of the five documents, and rendering any of them as Word or
// PDF, anonymised or named, final or DRAFT. Rendering runs off the main thread on the host;
// its progress events drive the bar here. The file is then saved through the platform
// (a save dialog in the app, a download in the web host). The adjudication letter comes as
// the letter to send (named) and an anonymised copy, each with its own buttons. Below the
// documents, every name found in the case's texts (NamesInCase.tsx): an anonymised document
// whose texts hold one is not ready.
import { useEffect, useMemo, useState } from 'react';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';
import { documentKinds } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';
import { caseStore, newId, readinessContextStore, sessionIdOrThrow } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import type { Navigate } from '../app/navigation.ts';
import { problemsFor } from '../app/readiness.ts';
import { wordsLabel } from '../../../shared/documents/word-count.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { RadioGroup } from '../components/fields.tsx';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { documentLabels, documentPurposes } from '../format/labels.ts';
import { documentVersionName } from '../../../shared/documents/versions.ts';
import type { ScreenProblem } from '../app/readiness.ts';
import { NamesInCase, useNamesInCase, type CaseNames } from './NamesInCase.tsx';
import { IssueDialog, issuedMessage, type IssueOutcome } from './documents/IssueDialog.tsx';
import { IssuedVersions } from './documents/IssuedVersions.tsx';

interface Job {
  jobId: string;
  kind: DocumentKind;
  format: DocumentFormat;
  stage: string;
  fraction: number;
}

interface Outcome {
  kind: DocumentKind;
  ok: boolean;
  message: string;
}

/**
 * The last attempt to make a document, kept on its card: a document that was refused (a name
 * found in an anonymised copy, say) is not shown as Ready, whatever the checks here say. The
 * case as it was then is kept to tell the user when it has changed since.
 */
interface Attempt extends Outcome {
  format: DocumentFormat;
  named: boolean;
  draft: boolean;
  caseThen: CaseData;
}

/** A message as a sentence of its own: errors are written to follow "impartial render:" on the command line. */
const asSentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

const formatLabel: Record<DocumentFormat, string> = { docx: 'Word (DOCX)', pdf: 'PDF' };

export function DocumentsScreen({ navigate }: { navigate: Navigate }) {
  const c = useStore(caseStore, (x) => x);
  const [named, setNamed] = useState<'anonymised' | 'named'>('anonymised');
  const [version, setVersion] = useState<'final' | 'draft'>('final');
  const [job, setJob] = useState<Job | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const words = useDocumentWords(c);
  const [attempts, setAttempts] = useState<Partial<Record<DocumentKind, Attempt>>>({});
  const [issuing, setIssuing] = useState<DocumentKind | undefined>();
  const [issued, setIssued] = useState<IssueOutcome | undefined>();
  const readiness = useStore(readinessContextStore, (x) => x);
  const problems = useMemo(() => (c ? Object.fromEntries(documentKinds.map((k) => [k, problemsFor(c, k, readiness)])) as Record<DocumentKind, ReturnType<typeof problemsFor>> : undefined), [c, readiness]);
  const names = useNamesInCase(c);

  useEffect(() => platform.onEvent((event) => {
    if (event.type !== 'progress') return;
    setJob((j) => (j && j.jobId === event.jobId ? { ...j, stage: event.stage, fraction: event.fraction } : j));
  }), []);

  if (!c || !problems) return null;

  const render = async (kind: DocumentKind, format: DocumentFormat, asNamed = named === 'named') => {
    const jobId = newId('render');
    setOutcome(undefined);
    setJob({ jobId, kind, format, stage: 'Starting', fraction: 0 });
    const options = { format, named: asNamed, draft: version === 'draft' };
    const caseThen = c;
    const r = await platform.renderDocument({ sessionId: sessionIdOrThrow(), kind, ...options, jobId });
    setJob(undefined);
    let result: Outcome | undefined;
    if (r.ok) {
      result = { kind, ok: true, message: r.value.saved === false ? 'Not saved.' : `${r.value.fileName} is ready${r.value.downloadUrl ? ' and downloading' : ' and saved'}.` };
    } else if (r.error.code !== 'cancelled') {
      // The message says what to do in this screen's words (shared/errors.ts): nothing to add here.
      result = { kind, ok: false, message: asSentence(r.error.message) };
    }
    setOutcome(result);
    if (result) setAttempts((a) => ({ ...a, [kind]: { ...result, ...options, caseThen } }));
  };

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Documents</h1>
          <p>Anonymised documents use each person’s label; named ones are for the council’s own file.</p>
        </div>
      </div>

      <div className="render-options" role="group" aria-label="Rendering options">
        <RadioGroup legend="People appear" name="named" value={named} onChange={setNamed}
          options={[{ value: 'anonymised', label: 'Anonymised (labels)' }, { value: 'named', label: 'Named' }]} />
        <RadioGroup legend="Version" name="version" value={version} onChange={setVersion}
          options={[{ value: 'final', label: 'Final' }, { value: 'draft', label: 'Draft (marked DRAFT)' }]} />
      </div>

      <div aria-live="polite" className="section">
        {job ? (
          <div className="progress-line" role="status" data-testid="render-progress">
            <span>{documentLabels[job.kind]} ({formatLabel[job.format]}): {job.stage}…</span>
            <progress value={job.fraction} max={1} aria-label={`Rendering ${documentLabels[job.kind]}`} />
          </div>
        ) : outcome ? (
          <p className={outcome.ok ? 'notice notice--ok' : 'notice notice--danger'} role={outcome.ok ? 'status' : 'alert'} data-testid="render-outcome">{outcome.message}</p>
        ) : null}
      </div>

      <div className="doc-list">
        {documentKinds.map((kind) => {
          const letter = kind === 'adjudication-letter';
          // Names in its texts stop the anonymised version: the letter's copy, or any other document when anonymised is chosen.
          const withNames = letter || named === 'anonymised' ? [...namesProblem(kind, names, letter), ...problems[kind]] : problems[kind];
          const blocking = withNames.filter((p) => p.severity === 'blocking').length;
          const buttons = (asNamed: boolean | undefined, what: string) => (['pdf', 'docx'] as const).map((format) => (
            <button key={format} type="button" className="button" disabled={job !== undefined}
              onClick={() => void render(kind, format, asNamed)} aria-label={`Render ${what} as ${formatLabel[format]}`}>
              {formatLabel[format]}
            </button>
          ));
          const last = attempts[kind];
          const refused = last !== undefined && !last.ok;
          return (
            <section key={kind} className="doc-card" aria-labelledby={`doc-${kind}`} data-testid={`document-${kind}`}>
              <div>
                <h2 id={`doc-${kind}`}>{documentLabels[kind]} {blocking > 0
                  ? <span className="badge badge--blocking">Not ready</span>
                  : refused ? <span className="badge badge--blocking">Refused</span> : <span className="badge badge--ok">Ready</span>}</h2>
                <p className="field-hint">{documentPurposes[kind]}</p>
                {words[kind] !== undefined ? <p className="meta" data-testid={`words-${kind}`}>{wordsLabel(words[kind])} as it stands</p> : null}
              </div>
              {last ? <LastAttempt attempt={last} changed={last.caseThen !== c} /> : null}
              {/* A refusal is not "every check passes": its notice above says what stopped it. */}
              {refused && withNames.length === 0 ? null : <ProblemList problems={withNames.slice(0, 5)} navigate={navigate} empty="Every check passes." />}
              {withNames.length > 5 ? <p className="meta">and {withNames.length - 5} more</p> : null}
              {letter ? (
                <>
                  <p className="field-hint">The letter to send is addressed to the complainant by name; its anonymised copy, addressed by label, is for the Independent Person, the review panel and the file.</p>
                  <div className="toolbar" role="group" aria-label={documentVersionName(kind, true)}>
                    <span className="toolbar-label">The letter to send (named)</span>
                    {buttons(true, documentVersionName(kind, true))}
                  </div>
                  <div className="toolbar" role="group" aria-label={documentVersionName(kind, false)}>
                    <span className="toolbar-label">Anonymised copy</span>
                    {buttons(false, documentVersionName(kind, false))}
                  </div>
                  <div className="toolbar"><button type="button" className="button" disabled={job !== undefined} onClick={() => setIssuing(kind)} aria-label={`Issue the ${documentLabels[kind]}…`}>Issue…</button></div>
                </>
              ) : <div className="toolbar">{buttons(undefined, documentLabels[kind])}<button type="button" className="button" disabled={job !== undefined} onClick={() => setIssuing(kind)} aria-label={`Issue the ${documentLabels[kind]}…`}>Issue…</button></div>}
            </section>
          );
        })}
      </div>

      <NamesInCase c={c} names={names} navigate={navigate} />
      <IssuedVersions status={issued ? { ok: issued.ok, message: issued.ok ? issuedMessage(issued.result) : issued.message } : undefined} />
      <IssueDialog kind={issuing} onClose={() => setIssuing(undefined)} onIssued={setIssued} />
    </>
  );
}

/** The words of each document as the case stands, counted on the host from the document models (no rendering). */
function useDocumentWords(c: unknown): Partial<Record<DocumentKind, number>> {
  const [words, setWords] = useState<Partial<Record<DocumentKind, number>>>({});
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void platform.countDocumentWords({ sessionId: sessionIdOrThrow() }).then((r) => {
        if (current && r.ok) setWords(r.value);
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [c]);
  return words;
}

/** A blocking line for the names found in the texts a document prints (the anonymised version of it). */
function namesProblem(kind: DocumentKind, names: CaseNames | undefined, letter: boolean): ScreenProblem[] {
  const n = (names ?? []).filter((f) => !f.mark && f.text.documents.includes(kind)).length;
  if (!n) return [];
  const what = letter ? 'The anonymised copy' : 'Its texts';
  return [{
    documents: [kind], severity: 'blocking',
    message: `${what} would name people: ${n} name${n === 1 ? '' : 's'} found, listed under “Names in the case’s texts”.`,
    place: { screen: 'documents', focusId: 'names-h' },
  }];
}

const describe = (a: Attempt) => `${formatLabel[a.format]}, ${a.named ? 'named' : 'anonymised'}${a.draft ? ', draft' : ''}`;

/** The outcome of the last attempt at a document, on its card. */
function LastAttempt({ attempt, changed }: { attempt: Attempt; changed: boolean }) {
  if (attempt.ok) return <p className="meta" data-testid="last-attempt">Last made ({describe(attempt)}): {attempt.message}</p>;
  return (
    <p className="notice notice--danger" data-testid="last-attempt">
      Last attempt ({describe(attempt)}) refused: {attempt.message}
      {changed ? ' The case has changed since: make it again to check.' : ''}
    </p>
  );
}
