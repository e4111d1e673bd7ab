// Overview: the statutory clocks first (missed deadlines are the Ombudsman's most frequent
// finding), then progress to a finding on every point, the follow-up of the action plan and
// of the panel's recommendations, then what stops the documents.
import { useDeferredValue, useMemo } from 'react';
import { computeDeadlines, rulesFor } from '../../../shared/deadlines/index.ts';
import type { Deadline } from '../../../shared/deadlines/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { caseStore, readinessContextStore } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import type { Navigate } from '../app/navigation.ts';
import { ProblemList } from '../components/ProblemList.tsx';
import { allProblems, placeOfField } from '../app/readiness.ts';
import { Stage2Extension } from './Stage2Extension.tsx';
import { IntegrityCheck } from './IntegrityCheck.tsx';
import { OverviewFollowUp } from './OverviewFollowUp.tsx';
import { CaseHistory } from './CaseHistory.tsx';
import { IssuedSummary } from './IssuedSummary.tsx';
import { deadlineStatusLabels } from '../format/labels.ts';
import { longDate, todayIso } from '../format/dates.ts';

export function OverviewScreen({ navigate }: { navigate: Navigate }) {
  // The clocks and readiness of a large case take a moment: the workspace paints first and
  // they follow in a background render that any click (say, on Findings) interrupts.
  const ready = useDeferredValue(true, false);
  const c = useStore(caseStore, (x) => (ready ? x : null));
  const today = todayIso();
  const deadlines = useMemo(() => {
    if (!c) return [];
    try { return computeDeadlines(c, today); } catch { return []; }
  }, [c, today]);
  const readiness = useStore(readinessContextStore, (x) => x);
  const problems = useMemo(() => (c ? allProblems(c, readiness) : []), [c, readiness]);
  if (!c) return (<div className="page-head"><div><h1>Overview</h1><p className="meta" role="status">Working out the clocks…</p></div></div>);

  const inScope = c.statement.points.filter((p) => p.scope !== 'out');
  const withFinding = new Set((c.findings ?? []).map((f) => f.pointId));
  const done = inScope.filter((p) => withFinding.has(p.id)).length;
  const stage2 = deadlines.find((d) => d.key === 'stage2.response');

  return (
    <>
      <div className="page-head">
        <div>
          <span className="eyebrow">{c.authority.name}</span>
          <h1>Overview</h1>
          <p>{c.case.title}</p>
        </div>
        <p className="meta">Today is {longDate(today)}</p>
      </div>

      <div className="summary-grid">
        <div className="stat">
          <div className="stat-value" data-testid="progress-count">{done} of {inScope.length}</div>
          <div className="stat-label" id="progress-label">in-scope points with a finding</div>
          <progress value={done} max={Math.max(inScope.length, 1)} aria-labelledby="progress-label" />
        </div>
        <div className="stat">
          <Stage2Stat d={stage2} />
        </div>
        <div className="stat">
          <div className="stat-value">{problems.filter((p) => p.severity === 'blocking').length}</div>
          <div className="stat-label">problems that stop a final document</div>
        </div>
      </div>

      <section className="section" aria-labelledby="clocks-h">
        <div className="section-head"><h2 id="clocks-h">Statutory clocks</h2></div>
        {deadlines.length === 0 ? <p className="empty">No clocks for this procedure.</p> : (
          <ul className="clock-list">
            {deadlines.map((d) => <Clock key={d.key} d={d} c={c} navigate={navigate} />)}
          </ul>
        )}
        <div className="card extension-card"><Stage2Extension /></div>
      </section>

      <OverviewFollowUp c={c} navigate={navigate} />
      <IssuedSummary c={c} navigate={navigate} />

      <div className="section"><IntegrityCheck /></div>

      <div className="section"><CaseHistory /></div>

      <section className="section" aria-labelledby="problems-h">
        <div className="section-head"><h2 id="problems-h">Readiness</h2></div>
        <ProblemList problems={problems} navigate={navigate} showDocuments />
      </section>
    </>
  );
}

/** The complainant's own clock: once it has run out without a request, nobody is late (the
 *  council has nothing to do), so it says the time has passed instead of counting "overdue".
 *  Only the words change; the computed status stays 'overdue' (the contract of the clocks). */
function complainantTimePassed(d: Deadline): boolean {
  return d.key === 'stage3.request' && d.status === 'overdue';
}

/** The dates of the procedure in the user's words, as the clocks link to where each is entered. */
const dateNames: Record<string, string> = {
  'complaint.receivedDate': 'Complaint received',
  'complaint.stage1ResponseDate': 'Stage 1 response sent',
  'complaint.stage2RequestDate': 'Stage 2 requested',
  'statement.agreedDate': 'Statement of Complaint agreed',
  'adjudication.date': 'Adjudication letter sent',
  'panel.requestDate': 'Review panel requested',
  'panel.meetingDate': 'Panel met',
  'panel.reportDate': 'Panel report sent',
  'panel.directorResponseDate': 'Council responded to the panel',
};

/** The date a clock counts from and the one that stops it, each a link to where it is entered. */
function ClockDates({ d, c, navigate }: { d: Deadline; c: CaseData; navigate: Navigate }) {
  const rule = rulesFor(c).find((r) => r.key === d.key);
  if (!rule) return null;
  const link = (field: string, role: string) => {
    const place = placeOfField(field);
    const name = dateNames[field] ?? field;
    return place
      ? <button type="button" className="button button--quiet button--inline" onClick={() => navigate(place)}>{name}<span className="visually-hidden">: the {role} of “{d.label}”</span></button>
      : <span>{name}</span>;
  };
  return (
    <p className="clock-dates">
      <span className="meta">From </span>{link(rule.start(c).field, 'start')}<span className="meta"> to </span>{link(rule.end(c).field, 'end')}
    </p>
  );
}

function Clock({ d, c, navigate }: { d: Deadline; c: CaseData; navigate: Navigate }) {
  const passed = complainantTimePassed(d);
  const remaining = d.remaining === null || passed ? null
    : d.status === 'met' || d.status === 'late' ? null
      : d.remaining < 0 ? `${-d.remaining} working day${d.remaining === -1 ? '' : 's'} overdue`
        : `${d.remaining} working day${d.remaining === 1 ? '' : 's'} left`;
  const status = passed ? 'passed' : d.status;
  return (
    <li className={`clock clock--${status}`} data-testid={`clock-${d.key}`}>
      <div>
        <h3>{d.label} <span className={`badge badge--${status}`}>{passed ? 'Passed' : deadlineStatusLabels[d.status]}</span>{d.provisional ? <span className="badge">Provisional</span> : null}</h3>
        {d.due ? <p className="clock-due">Due {longDate(d.due)}{d.ended ? ` · ended ${longDate(d.ended)}` : ''}</p> : null}
        {passed ? <p className="clock-passed">Time to request a review panel has passed</p> : null}
      </div>
      <div className="clock-remaining">
        {remaining ? <><strong>{Math.abs(d.remaining ?? 0)}</strong><span>{remaining.replace(/^-?\d+ /, '')}</span></> : null}
      </div>
      <p className="clock-explain">{d.explanation}</p>
      <ClockDates d={d} c={c} navigate={navigate} />
    </li>
  );
}

/** The one clock the IO lives by, in a sentence. */
function Stage2Stat({ d }: { d: Deadline | undefined }) {
  if (!d || !d.due) {
    return (<><div className="stat-value">Not started</div><div className="stat-label">The Stage 2 clock starts when the Statement of Complaint is agreed.</div></>);
  }
  if (d.status === 'met' || d.status === 'late') {
    return (<><div className="stat-value">{deadlineStatusLabels[d.status]}</div><div className="stat-label">Stage 2 response, due {longDate(d.due)}</div></>);
  }
  const r = d.remaining ?? 0;
  return (
    <>
      <div className="stat-value" data-testid="stage2-remaining">{Math.abs(r)}</div>
      <div className="stat-label">{r < 0 ? 'working days overdue' : 'working days left'}: Stage 2 response due {longDate(d.due)}</div>
    </>
  );
}
