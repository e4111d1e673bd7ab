// Documents: readiness of each of the five documents, and rendering any of them as Word or
// PDF, anonymised or named, final or DRAFT. Rendering runs off the main thread on the host;
// its progress events drive the bar here. The file is then saved through the platform
// (a save dialog in the app, a download in the web host).
import { useEffect, useMemo, useState } from 'react';
import type { DocumentFormat, DocumentKind } from '../../../shared/api.ts';
import { documentKinds } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';
import { caseStore, newId, sessionIdOrThrow } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import type { Navigate } from '../app/navigation.ts';
import { problemsFor } from '../app/readiness.ts';
import { wordsLabel } from '../../../shared/documents/word-count.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { RadioGroup } from '../components/fields.tsx';
import { documentLabels, documentPurposes } from '../format/labels.ts';

interface Job {
  jobId: string;
  kind: DocumentKind;
  format: DocumentFormat;
  stage: string;
  fraction: number;
}

type Outcome = { kind: DocumentKind; ok: true; message: string } | { kind: DocumentKind; ok: false; message: string };

const formatLabel: Record<DocumentFormat, string> = { docx: 'Word (DOCX)', pdf: 'PDF' };

export function DocumentsScreen({ navigate }: { navigate: Navigate }) {
  const c = useStore(caseStore, (x) => x);
  const [named, setNamed] = useState<'anonymised' | 'named'>('anonymised');
  const [version, setVersion] = useState<'final' | 'draft'>('final');
  const [job, setJob] = useState<Job | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const words = useDocumentWords(c);
  const problems = useMemo(() => (c ? Object.fromEntries(documentKinds.map((k) => [k, problemsFor(c, k)])) as Record<DocumentKind, ReturnType<typeof problemsFor>> : undefined), [c]);

  useEffect(() => platform.onEvent((event) => {
    if (event.type !== 'progress') return;
    setJob((j) => (j && j.jobId === event.jobId ? { ...j, stage: event.stage, fraction: event.fraction } : j));
  }), []);

  if (!c || !problems) return null;

  const render = async (kind: DocumentKind, format: DocumentFormat) => {
    const jobId = newId('render');
    setOutcome(undefined);
    setJob({ jobId, kind, format, stage: 'Starting', fraction: 0 });
    const r = await platform.renderDocument({ sessionId: sessionIdOrThrow(), kind, format, named: named === 'named', draft: version === 'draft', jobId });
    setJob(undefined);
    if (r.ok) {
      setOutcome({ kind, ok: true, message: r.value.saved === false ? 'Not saved.' : `${r.value.fileName} is ready${r.value.downloadUrl ? ' and downloading' : ' and saved'}.` });
    } else if (r.error.code !== 'cancelled') {
      // The message says what to do in this screen's words (shared/errors.ts): nothing to add here.
      setOutcome({ kind, ok: false, message: r.error.message });
    }
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
          const ps = problems[kind];
          const blocking = ps.filter((p) => p.severity === 'blocking').length;
          return (
            <section key={kind} className="doc-card" aria-labelledby={`doc-${kind}`} data-testid={`document-${kind}`}>
              <div>
                <h2 id={`doc-${kind}`}>{documentLabels[kind]} {blocking > 0 ? <span className="badge badge--blocking">Not ready</span> : <span className="badge badge--ok">Ready</span>}</h2>
                <p className="field-hint">{documentPurposes[kind]}</p>
                {words[kind] !== undefined ? <p className="meta" data-testid={`words-${kind}`}>{wordsLabel(words[kind])} as it stands</p> : null}
              </div>
              <ProblemList problems={ps.slice(0, 5)} navigate={navigate} empty="Every check passes." />
              {ps.length > 5 ? <p className="meta">and {ps.length - 5} more</p> : null}
              <div className="toolbar">
                {(['pdf', 'docx'] as const).map((format) => (
                  <button key={format} type="button" className="button" disabled={job !== undefined}
                    onClick={() => void render(kind, format)} aria-label={`Render ${documentLabels[kind]} as ${formatLabel[format]}`}>
                    {formatLabel[format]}
                  </button>
                ))}
              </div>
            </section>
          );
        })}
      </div>
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
