// The Statement of Complaint: its dates (the Stage 2 clock starts when it is agreed), then
// the numbered points, each editable in place, movable with buttons (keyboard friendly) and
// renumbered 1..n on request.
import { memo, useCallback } from 'react';
import type { CaseData, PointData, StatementData } from '../../../shared/interchange/schema.ts';
import { nextNumber } from '../app/numbering.ts';
import { caseStore, deleteRecord, newId, renumberPoints, reorderRecords, saveRecord, saveSection, together } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { DateField, RadioGroup, TextField } from '../components/fields.tsx';
import { useFocusSoon } from '../components/focus.ts';
import { RecordHistory } from '../components/RecordHistory.tsx';

type StatementDates = Omit<StatementData, 'points'>;

function currentPoint(id: string): PointData | undefined {
  return caseStore.get()?.statement.points.find((p) => p.id === id);
}

function savePoint(id: string, patch: Partial<PointData>): void {
  const p = currentPoint(id);
  if (!p) return;
  const next: PointData = { ...p, ...patch };
  if (next.scope !== 'out') delete next.outOfScopeReason;
  void saveRecord('points', next);
}

function saveStatementField(patch: Partial<StatementDates>): void {
  const c = caseStore.get();
  if (!c) return;
  const { points: _points, ...rest } = c.statement;
  const next: StatementDates = { ...rest, ...patch };
  for (const k of Object.keys(next) as (keyof StatementDates)[]) if (next[k] === undefined || next[k] === '') delete next[k];
  void saveSection('statement', next);
}

/** What, other than its own finding, refers to a point (the casefile refuses to orphan them). */
function linksTo(c: CaseData, pointId: string): string[] {
  const count = (list: { pointIds: string[] }[] | undefined) => (list ?? []).filter((x) => x.pointIds.includes(pointId)).length;
  const counts: [number, string][] = [
    [count(c.evidence), 'evidence items'],
    [count(c.interviews), 'interviews'],
    [count(c.chronology), 'chronology entries'],
    [count(c.recommendations), 'recommendations'],
    [(c.ipReview?.points ?? []).filter((x) => x.pointId === pointId).length + (c.adjudication?.points ?? []).filter((x) => x.pointId === pointId).length
      + (c.panel?.points ?? []).filter((x) => x.pointId === pointId).length, 'review and adjudication entries'],
  ];
  return counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
}

export function StatementScreen() {
  const points = useStore(caseStore, (c) => c?.statement.points ?? []);
  const sentDate = useStore(caseStore, (c) => c?.statement.sentDate);
  const agreedDate = useStore(caseStore, (c) => c?.statement.agreedDate);
  const agreedHow = useStore(caseStore, (c) => c?.statement.agreedHow ?? '');
  const focusSoon = useFocusSoon();

  const add = () => {
    const id = newId('point');
    void saveRecord('points', { id, number: nextNumber(points.map((p) => p.number)), summary: '', detail: '', scope: 'in' });
    focusSoon(`point-${id}-summary`);
  };

  const move = useCallback((id: string, by: -1 | 1) => {
    const ids = (caseStore.get()?.statement.points ?? []).map((p) => p.id);
    const at = ids.indexOf(id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    void reorderRecords('points', ids);
    // Keep the keyboard where it was: on the same button of the moved point, or on the
    // other one when the point reached the top or bottom.
    const atEdge = (by === -1 && to === 0) || (by === 1 && to === ids.length - 1);
    focusSoon(`point-${id}-${atEdge ? (by === -1 ? 'down' : 'up') : (by === -1 ? 'up' : 'down')}`);
  }, [focusSoon]);

  const remove = useCallback((p: PointData) => {
    const c = caseStore.get();
    if (!c) return;
    const links = linksTo(c, p.id);
    if (links.length > 0) {
      window.alert(`Point ${p.number} cannot be deleted while ${links.join(', ')} refer to it. Remove those links first, or mark the point out of scope.`);
      return;
    }
    const hasFinding = (c.findings ?? []).some((f) => f.pointId === p.id);
    // No confirmation: the Undo offer (and Ctrl+Z) brings the point and its finding back.
    void together(`Deleted point ${p.number}${hasFinding ? ' and its finding' : ''}`, () => {
      if (hasFinding) void deleteRecord('findings', p.id);
      void deleteRecord('points', p.id, (error) => error.code === 'still-referenced'
        ? `Point ${p.number} was not deleted: evidence, interviews, chronology or recommendations still refer to it. Remove those links first.`
        : error.message);
    }, { deleted: true });
  }, []);

  const sequential = points.every((p, i) => p.number === String(i + 1));

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Statement of Complaint</h1>
          <p>The points agreed with the complainant. The Stage 2 clock starts on the date it is agreed.</p>
        </div>
      </div>

      <section className="section card" aria-labelledby="agreement-h">
        <h2 id="agreement-h">Agreement</h2>
        <div className="field-row">
          <DateField label="Date sent to the complainant" value={sentDate} onSave={(v) => saveStatementField({ sentDate: v })} testId="statement-sent" />
          <DateField label="Date agreed" value={agreedDate} onSave={(v) => saveStatementField({ agreedDate: v })} testId="statement-agreed" />
        </div>
        <TextField names={{ field: 'statement.agreedHow' }} label="How it was agreed" multiline short hint="Printed as you write it, after the date: for example “Agreed by email from Ms A.” or “Agreed at a meeting with Ms A and the Independent Person.”" value={agreedHow} onSave={(v) => saveStatementField({ agreedHow: v })} source="how the statement was agreed" />
      </section>

      <section className="section" aria-labelledby="points-h">
        <div className="section-head">
          <h2 id="points-h">Points of complaint</h2>
          <div className="toolbar">
            <button type="button" className="button" onClick={() => void renumberPoints()} disabled={sequential || points.length === 0}>Renumber 1 to {Math.max(points.length, 1)}</button>
            <button type="button" className="button button--primary" onClick={add}>Add point</button>
          </div>
        </div>
        {points.length === 0 ? <p className="empty">No points yet. Add the first point of complaint.</p> : (
          <ol className="point-list" aria-label="Points of complaint">
            {points.map((p, i) => (
              <PointCard key={p.id} point={p} first={i === 0} last={i === points.length - 1} move={move} remove={remove} />
            ))}
          </ol>
        )}
        {points.length > 0 ? (
          <div className="toolbar section">
            <button type="button" className="button" onClick={add}>Add another point</button>
          </div>
        ) : null}
      </section>
    </>
  );
}

interface PointCardProps {
  point: PointData;
  first: boolean;
  last: boolean;
  move: (id: string, by: -1 | 1) => void;
  remove: (p: PointData) => void;
}

const scopeOptions = [{ value: 'in', label: 'In scope' }, { value: 'out', label: 'Out of scope' }] as const;

const PointCard = memo(function PointCard({ point: p, first, last, move, remove }: PointCardProps) {
  const out = p.scope === 'out';
  const name = `Point ${p.number}`;
  return (
    <li className={out ? 'point-card point-card--out' : 'point-card'} data-testid="point" aria-label={name}>
      <div className="point-card-head">
        <span className="point-number" aria-hidden="true">{p.number}</span>
        <h3>{p.summary || <span className="empty">New point</span>} {out ? <span className="badge badge--out">Out of scope</span> : null}</h3>
        <div className="point-tools">
          <button type="button" id={`point-${p.id}-up`} className="button button--small button--icon" disabled={first} onClick={() => move(p.id, -1)} aria-label={`Move ${name.toLowerCase()} up`}>↑</button>
          <button type="button" id={`point-${p.id}-down`} className="button button--small button--icon" disabled={last} onClick={() => move(p.id, 1)} aria-label={`Move ${name.toLowerCase()} down`}>↓</button>
          <button type="button" className="button button--small button--danger" onClick={() => remove(p)} aria-label={`Delete ${name.toLowerCase()}`}>Delete</button>
        </div>
      </div>
      <div className="point-card-body">
        <div className="field-row field-row--number">
          <NumberField point={p} />
          <SummaryField point={p} />
        </div>
        <TextField names={{ field: 'statement.points.period', recordId: p.id }} label="Period covered" hint="For example “April to May 2024”." value={p.period ?? ''} onSave={(v) => savePoint(p.id, { period: v.trim() ? v : undefined })} testId="point-period" source={`point ${p.number}, period|point ${p.number}, summary`} />
        <TextField names={{ field: 'statement.points.detail', recordId: p.id }} label="The complaint as agreed" multiline value={p.detail} onSave={(v) => savePoint(p.id, { detail: v })} testId="point-detail" source={`point ${p.number}, complaint|point ${p.number}, summary`} />
        <TextField names={{ field: 'statement.points.desiredOutcome', recordId: p.id }} label="Outcome the complainant wants" multiline value={p.desiredOutcome ?? ''} onSave={(v) => savePoint(p.id, { desiredOutcome: v || undefined })} source={`point ${p.number}, outcome sought|point ${p.number}, summary`} />
        <RadioGroup legend="Scope" name={`scope-${p.id}`} value={p.scope ?? 'in'} options={scopeOptions} onChange={(v) => savePoint(p.id, { scope: v })} />
        {out ? (
          <TextField names={{ field: 'statement.points.outOfScopeReason', recordId: p.id }} label="Why it is out of scope" hint="For example: before a court, out of time, not a statutory matter." multiline value={p.outOfScopeReason ?? ''} onSave={(v) => savePoint(p.id, { outOfScopeReason: v || undefined })} source={`point ${p.number}, reason for exclusion`} />
        ) : null}
        <RecordHistory collection="points" recordId={p.id} name={`point ${p.number}`} />
      </div>
    </li>
  );
});

function NumberField({ point: p }: { point: PointData }) {
  return <TextField names={null} label="Number" value={p.number} onSave={(v) => { if (v.trim()) savePoint(p.id, { number: v.trim() }); }} testId="point-number" />;
}

function SummaryField({ point: p }: { point: PointData }) {
  return <TextField names={{ field: 'statement.points.summary', recordId: p.id }} id={`point-${p.id}-summary`} label="Summary (one line)" value={p.summary} onSave={(v) => savePoint(p.id, { summary: v })} testId="point-summary" source={`point ${p.number}, summary`} />;
}
