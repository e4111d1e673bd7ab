// Findings: one in-scope point at a time, its outcome and the evidence / analysis /
// conclusion texts, with everything linked to the point (evidence, interviews, chronology)
// beside it. Built for the large case: every part subscribes to its own slice of the store
// and is memoised, and the text fields keep their own state while typing (fields.tsx), so a
// keystroke re-renders one textarea, not 40 points and 1,400 linked records.
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { FindingData, OutcomeValue, PointData, RecommendationData } from '../../../shared/interchange/schema.ts';
import { outcomes } from '../../../shared/interchange/schema.ts';
import { linkedToRecord, UNLINKED_FINDING } from '../../../shared/readiness/index.ts';
import { nextNumber } from '../app/numbering.ts';
import { caseStore, deleteRecord, newId, saveRecord, together } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { DateField, RadioGroup, TextField } from '../components/fields.tsx';
import { outcomeLabels } from '../format/labels.ts';
import { mediumDate } from '../format/dates.ts';
import { RecordHistory } from '../components/RecordHistory.tsx';

const EMPTY: never[] = [];
const outcomeOptions = outcomes.map((o) => ({ value: o, label: outcomeLabels[o] }));

function currentFinding(pointId: string): FindingData | undefined {
  return caseStore.get()?.findings?.find((f) => f.pointId === pointId);
}

function saveFinding(pointId: string, patch: Partial<FindingData>): void {
  const existing = currentFinding(pointId);
  const outcome = patch.outcome ?? existing?.outcome;
  if (!outcome) return; // a finding needs its outcome; the text fields wait for it
  const next: FindingData = { ...existing, ...patch, pointId, outcome };
  for (const k of ['evidence', 'analysis', 'conclusion'] as const) if (next[k] === '') delete next[k];
  if (!next.noRecommendationReason?.trim()) delete next.noRecommendationReason;
  void saveRecord('findings', next);
}

/** `onPointShown`: told the point on screen, so that unlocking after a lock returns to it. */
export function FindingsScreen({ initialPointId, onPointShown }: { initialPointId?: string | undefined; onPointShown?: (pointId: string) => void }) {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  const inScope = useMemo(() => points.filter((p) => p.scope !== 'out'), [points]);
  const [selected, setSelected] = useState<string | undefined>(initialPointId);
  const current = inScope.find((p) => p.id === selected) ?? inScope[0];
  const currentId = current?.id;
  useEffect(() => { if (currentId) onPointShown?.(currentId); }, [currentId, onPointShown]);
  const at = current ? inScope.indexOf(current) : -1;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Findings</h1>
          <p>A finding on every in-scope point, on the balance of probabilities and tied to the evidence.</p>
        </div>
      </div>
      {inScope.length === 0 ? <p className="empty">There are no in-scope points yet. Add them to the Statement of Complaint first.</p> : (
        <div className="findings">
          <FindingsNav points={inScope} currentId={current?.id} onSelect={setSelected} />
          {current ? <FindingEditor key={current.id} point={current} previous={inScope[at - 1]} next={inScope[at + 1]} onSelect={setSelected} /> : null}
        </div>
      )}
    </>
  );
}

const FindingsNav = memo(function FindingsNav({ points, currentId, onSelect }: { points: PointData[]; currentId: string | undefined; onSelect: (id: string) => void }) {
  const findings = useStore(caseStore, (c) => c?.findings ?? EMPTY);
  const outcomeByPoint = useMemo(() => new Map(findings.map((f) => [f.pointId, f.outcome])), [findings]);
  return (
    <nav className="findings-nav" aria-labelledby="findings-nav-h">
      <h2 id="findings-nav-h">Points ({outcomeByPoint.size > 0 ? points.filter((p) => outcomeByPoint.has(p.id)).length : 0} of {points.length} decided)</h2>
      <ol>
        {points.map((p) => (
          <FindingLink key={p.id} point={p} outcome={outcomeByPoint.get(p.id)} current={p.id === currentId} onSelect={onSelect} />
        ))}
      </ol>
    </nav>
  );
});

const FindingLink = memo(function FindingLink({ point: p, outcome, current, onSelect }: { point: PointData; outcome: OutcomeValue | undefined; current: boolean; onSelect: (id: string) => void }) {
  return (
    <li>
      <button type="button" className="finding-link" aria-current={current ? 'true' : undefined} onClick={() => onSelect(p.id)}>
        <span className="num">{p.number}</span>
        <span className="summary">{p.summary || 'Untitled point'}</span>
        <span className={`badge badge--${outcome ?? 'none'}`}>{outcome ? outcomeLabels[outcome] : 'No finding yet'}</span>
      </button>
    </li>
  );
});

interface EditorProps {
  point: PointData;
  previous: PointData | undefined;
  next: PointData | undefined;
  onSelect: (id: string) => void;
}

// Whether the sources beside the finding (its evidence, interviews and chronology) are shown:
// a preference of the screen, not of the case, so it is kept in the browser's storage and holds
// across points, screens and locks. Folded, the writing area takes the whole width.
const sourcesKey = 'impartial.findings.sources';
function readSourcesShown(): boolean {
  try { return globalThis.localStorage?.getItem(sourcesKey) !== 'hidden'; } catch { return true; }
}
function useSourcesShown(): [boolean, () => void] {
  const [shown, setShown] = useState(readSourcesShown);
  const toggle = useCallback(() => setShown((was) => {
    try { globalThis.localStorage?.setItem(sourcesKey, was ? 'hidden' : 'shown'); } catch { /* storage unavailable: the choice lasts until the screen closes */ }
    return !was;
  }), []);
  return [shown, toggle];
}

function FindingEditor({ point: p, previous, next, onSelect }: EditorProps) {
  // The pager's button disappears with the point it belonged to: keyboard users continue
  // at the new point's heading rather than at the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus({ preventScroll: false });
  }, []);
  const finding = useStore(caseStore, (c) => c?.findings?.find((f) => f.pointId === p.id));
  const decided = finding !== undefined;
  const [sourcesShown, toggleSources] = useSourcesShown();
  const linkedCount = useStore(caseStore, (c) => {
    const linked = (list: Array<{ pointIds: string[] }> | undefined) => (list ?? []).filter((x) => x.pointIds.includes(p.id)).length;
    return linked(c?.evidence) + linked(c?.interviews) + linked(c?.chronology);
  });
  // The readiness check's warning, here where it is put right (it shows on Documents too).
  const unlinked = useStore(caseStore, (c) => Boolean(c && finding && !linkedToRecord(c, p.id, finding)));
  return (
    <div className={sourcesShown ? 'finding-body' : 'finding-body finding-body--folded'}>
      <section className="finding-editor" aria-labelledby="finding-h">
        <div className="finding-editor-head">
          <span className="eyebrow">Point {p.number}</span>
          <button
            type="button"
            className="button button--small sources-toggle"
            aria-expanded={sourcesShown}
            aria-controls={sourcesShown ? 'finding-sources' : undefined}
            onClick={toggleSources}
          >
            {sourcesShown ? 'Hide sources' : `Show sources (${linkedCount})`}
          </button>
        </div>
        <h2 id="finding-h" ref={heading} tabIndex={-1}>{p.summary || 'Untitled point'}</h2>
        {p.detail ? <p className="point-detail">{p.detail}</p> : null}
        {unlinked ? (
          <p className="notice notice--warning" data-testid="finding-unlinked">
            <span className="badge badge--warning">Warning</span> {UNLINKED_FINDING.charAt(0).toUpperCase() + UNLINKED_FINDING.slice(1)}. Link what it rests on to point {p.number} on the Evidence screen.
          </p>
        ) : null}
        <RadioGroup
          legend="Finding"
          name={`outcome-${p.id}`}
          value={finding?.outcome}
          options={outcomeOptions}
          onChange={(v) => saveFinding(p.id, { outcome: v })}
          {...(decided ? {} : { hint: 'Choose the finding first; you can change it at any time. The texts below are saved with it.' })}
        />
        <TextField names={{ field: 'findings.evidence', recordId: p.id }} label="Evidence" hint="What the records and interviews show." multiline tall disabled={!decided} value={finding?.evidence ?? ''} onSave={(v) => saveFinding(p.id, { evidence: v })} testId="finding-evidence" source={`point ${p.number}, evidence`} />
        <TextField names={{ field: 'findings.analysis', recordId: p.id }} label="Analysis" hint="Weighing the evidence; contemporaneous records weigh more where accounts conflict." multiline tall disabled={!decided} value={finding?.analysis ?? ''} onSave={(v) => saveFinding(p.id, { analysis: v })} testId="finding-analysis" source={`point ${p.number}, analysis`} />
        <TextField names={{ field: 'findings.conclusion', recordId: p.id }} label="Conclusion" multiline disabled={!decided} value={finding?.conclusion ?? ''} onSave={(v) => saveFinding(p.id, { conclusion: v })} testId="finding-conclusion" source={`point ${p.number}, finding`} />
        <PointRecommendations pointId={p.id} pointNumber={p.number} />
        {finding && (finding.outcome === 'upheld' || finding.outcome === 'partially-upheld' || finding.noRecommendationReason) ? (
          // Shown for fault, and kept visible while it holds text so that a reason left over
          // from an earlier outcome can still be read and cleared.
          <TextField
            id={`finding-${p.id}-no-recommendation`}
            names={{ field: 'findings.noRecommendationReason', recordId: p.id }}
            label="Why no recommendation"
            hint="Only if this point needs no recommendation: say why, for example that the service has already put it right."
            multiline
            short
            value={finding.noRecommendationReason ?? ''}
            onSave={(v) => saveFinding(p.id, { noRecommendationReason: v })}
            testId="finding-no-recommendation"
            source={`point ${p.number}, reason for no recommendation`}
          />
        ) : null}
        <RecordHistory collection="findings" recordId={p.id} name={`the finding on point ${p.number}`} />
        <div className="toolbar pager">
          {previous ? <button type="button" className="button" onClick={() => onSelect(previous.id)}>← Point {previous.number}</button> : null}
          <span className="statusbar-spacer" />
          {next ? <button type="button" className="button" onClick={() => onSelect(next.id)}>Point {next.number} →</button> : null}
        </div>
      </section>
      {sourcesShown ? <LinkedRecords pointId={p.id} /> : null}
    </div>
  );
}

const PointRecommendations = memo(function PointRecommendations({ pointId, pointNumber }: { pointId: string; pointNumber: string }) {
  const all = useStore(caseStore, (c) => c?.recommendations ?? EMPTY);
  const mine = useMemo(() => all.filter((r) => r.pointIds.includes(pointId)), [all, pointId]);
  const add = () => {
    void saveRecord('recommendations', { id: newId('rec'), number: nextNumber(all.map((r) => r.number)), text: '', pointIds: [pointId] });
  };
  const save = (id: string, patch: Partial<RecommendationData>) => {
    const r = caseStore.get()?.recommendations?.find((x) => x.id === id);
    if (!r) return;
    const next = { ...r, ...patch };
    if (!next.owner) delete next.owner;
    if (!next.dueDate) delete next.dueDate;
    void saveRecord('recommendations', next);
  };
  // A recommendation goes with the adjudication's answer to it (an action answering it alone
  // goes too, one answering others as well lets go of it), all one step that Undo brings back.
  const addButton = useRef<HTMLButtonElement>(null);
  const remove = (r: RecommendationData) => {
    const actions = (caseStore.get()?.adjudication?.actions ?? []).filter((a) => a.recommendationIds.includes(r.id));
    void together(`Deleted recommendation ${r.number}`, () => {
      for (const a of actions) {
        const rest = a.recommendationIds.filter((x) => x !== r.id);
        if (rest.length) void saveRecord('adjudicationActions', { ...a, recommendationIds: rest });
        else void deleteRecord('adjudicationActions', a.id);
      }
      void deleteRecord('recommendations', r.id);
    }, { deleted: true });
    addButton.current?.focus();
  };
  return (
    <section aria-labelledby={`recs-${pointId}`}>
      <div className="section-head">
        <h3 id={`recs-${pointId}`}>Recommendations</h3>
        <button ref={addButton} type="button" className="button button--small" onClick={add}>Add recommendation</button>
      </div>
      {mine.length === 0 ? <p className="field-hint">None for this point. Upheld points usually need one: specific, owned and dated.</p> : mine.map((r) => (
        <div key={r.id} className="recommendation">
          <TextField names={{ field: 'recommendations.text', recordId: r.id }} label={`Recommendation ${r.number}`} multiline value={r.text} onSave={(v) => save(r.id, { text: v })} source={`recommendation ${r.number}|point ${pointNumber}, recommendation ${r.number}`} />
          <div className="field-row">
            <TextField names={{ field: 'recommendations.owner', recordId: r.id }} label="Owner" value={r.owner ?? ''} onSave={(v) => save(r.id, { owner: v })} />
            <DateField label="Due by" value={r.dueDate} onSave={(v) => save(r.id, { dueDate: v })} />
          </div>
          <button type="button" className="button button--small button--danger" onClick={() => remove(r)}>Delete recommendation {r.number}</button>
          <RecordHistory collection="recommendations" recordId={r.id} name={`recommendation ${r.number}`} />
        </div>
      ))}
    </section>
  );
});

const LinkedRecords = memo(function LinkedRecords({ pointId }: { pointId: string }) {
  // The editor comes first; the linked records (hundreds on a large case) follow in a
  // background render.
  const ready = useDeferredValue(true, false);
  const evidence = useStore(caseStore, (c) => (ready ? c?.evidence : undefined) ?? EMPTY);
  const interviews = useStore(caseStore, (c) => (ready ? c?.interviews : undefined) ?? EMPTY);
  const chronology = useStore(caseStore, (c) => (ready ? c?.chronology : undefined) ?? EMPTY);
  const people = useStore(caseStore, (c) => (ready ? c?.people : undefined) ?? EMPTY);
  const cited = useStore(caseStore, (c) => c?.findings?.find((f) => f.pointId === pointId)?.sourceIds ?? EMPTY);
  // A source the finding cites is listed with those linked to its point, ticked (a citation links it: shared/citations).
  const linkedEvidence = useMemo(() => evidence.filter((e) => e.pointIds.includes(pointId) || cited.includes(e.id)), [evidence, pointId, cited]);
  const linkedInterviews = useMemo(() => interviews.filter((i) => i.pointIds.includes(pointId) || cited.includes(i.id)), [interviews, pointId, cited]);
  const linkedChronology = useMemo(() => chronology.filter((e) => e.pointIds.includes(pointId)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), [chronology, pointId]);
  const labelOf = useMemo(() => new Map(people.map((x) => [x.id, x.label])), [people]);
  const decided = useStore(caseStore, (c) => (c?.findings ?? []).some((f) => f.pointId === pointId));
  const citedSet = useMemo(() => new Set(cited), [cited]);
  const toggle = (id: string, on: boolean) => {
    const current = currentFinding(pointId)?.sourceIds ?? [];
    const next = on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
    saveFinding(pointId, { sourceIds: next.length ? next : undefined });
  };
  const cite = (id: string, ref: string) => (
    <label className="cite">
      <input type="checkbox" className="checkbox" checked={citedSet.has(id)} disabled={!decided} onChange={(e) => toggle(id, e.target.checked)} />
      <span className="visually-hidden">Cite {ref} in this finding</span>
    </label>
  );
  if (!ready) return <aside id="finding-sources" className="linked" aria-label="Linked to this point" aria-busy="true"><p className="meta" role="status">Finding the linked records…</p></aside>;
  return (
    <aside id="finding-sources" className="linked" aria-label="Linked to this point">
      <p className="field-hint">Tick the sources this finding rests on; with none ticked, the report lists every linked source.</p>
      <div className="linked-group">
        <h3 id="linked-evidence">Evidence <span className="meta">{linkedEvidence.length}</span></h3>
        {linkedEvidence.length === 0 ? <p className="field-hint">No evidence is linked to this point.</p> : (
          <ul aria-labelledby="linked-evidence">
            {linkedEvidence.map((e) => (
              <li key={e.id} className="linked-item">{cite(e.id, e.ref)}<div><span className="ref">{e.ref}</span>{e.title}{e.date ? <div className="meta">{mediumDate(e.date)}</div> : null}</div></li>
            ))}
          </ul>
        )}
      </div>
      <div className="linked-group">
        <h3 id="linked-interviews">Interviews <span className="meta">{linkedInterviews.length}</span></h3>
        {linkedInterviews.length === 0 ? <p className="field-hint">No interviews are linked to this point.</p> : (
          <ul aria-labelledby="linked-interviews">
            {linkedInterviews.map((i) => (
              <li key={i.id} className="linked-item">{cite(i.id, i.ref)}<div><span className="ref">{i.ref}</span>{labelOf.get(i.personId) ?? 'Unknown person'} <span className="meta">{mediumDate(i.date)}</span></div></li>
            ))}
          </ul>
        )}
      </div>
      <div className="linked-group">
        <h3 id="linked-chronology">Chronology <span className="meta">{linkedChronology.length}</span></h3>
        {linkedChronology.length === 0 ? <p className="field-hint">No chronology entries are linked to this point.</p> : (
          <ul aria-labelledby="linked-chronology">
            {linkedChronology.map((e) => (
              <li key={e.id}><div className="meta">{mediumDate(e.date)}</div>{e.event}</li>
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
});
