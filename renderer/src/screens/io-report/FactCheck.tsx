// The fact-check round, on the IO report screen below the chapters: send the report to the
// council as a marked draft with numbered paragraphs (recorded with when, to whom, the date
// comments are due and the SHA-256 of the file sent), then record each comment received
// against a point or part of the report and a paragraph number, with the response to it. The
// final report is not ready while a round is open (shared/fact-check, shared/readiness).
import { memo, useState } from 'react';
import { withRecords } from '../../../../shared/case-model/index.ts';
import { factCheckDueDate, FACT_CHECK_WD } from '../../../../shared/deadlines/index.ts';
import {
  CHAPTER_LABELS, commentWhere, factCheckChapters, mayCloseWithoutComments, RESPONSE_LABELS, ROUND_STATE_LABELS, roundState, unanswered,
  type FactCheckResponse, type RoundState,
} from '../../../../shared/fact-check/index.ts';
import type { CaseData, FactCheckCommentData, FactCheckRoundData } from '../../../../shared/interchange/schema.ts';
import { factCheckResponses } from '../../../../shared/interchange/schema.ts';
import { allSaved, caseStore, deleteRecord, newId, saveRecord, sessionIdOrThrow } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { DateField, RadioGroup, TextField } from '../../components/fields.tsx';
import { useFocusSoon } from '../../components/focus.ts';
import { longDate, todayIso } from '../../format/dates.ts';
import { platform } from '../../platform/api.ts';

const EMPTY: never[] = [];
const stateBadge: Record<RoundState, string> = { awaiting: 'running', open: 'blocking', closed: 'met' };
const responseOptions = factCheckResponses.map((r) => ({ value: r, label: RESPONSE_LABELS[r] }));

export function FactCheck() {
  const rounds = useStore(caseStore, (c) => c?.factCheck?.rounds ?? EMPTY);
  return (
    <section className="section card" aria-labelledby="fact-check-h" data-testid="fact-check">
      <h2 id="fact-check-h" tabIndex={-1}>Fact-check</h2>
      <p className="field-hint">
        Send a draft of the report to the council to check matters of fact. The draft is marked DRAFT and dated, and its paragraphs are numbered in the margin so that each comment can cite one.
        Record each comment received and your response: the final report is not ready while a comment is unanswered, or while a round waits for comments.
      </p>
      {rounds.map((r, i) => <Round key={r.id} round={r} number={i + 1} />)}
      <SendForm first={rounds.length === 0} />
    </section>
  );
}

/** Who the draft may go to: the council's complaints manager (from Case details), a person of the case, or someone else. */
function recipients(c: CaseData): Array<{ value: string; label: string; sentTo: string; personId?: string }> {
  const cm = c.authority.complaintsManager?.name?.trim();
  const council = `Complaints Manager, ${c.authority.name}`;
  const out: Array<{ value: string; label: string; sentTo: string; personId?: string }> = [
    { value: 'council', label: cm ? `${cm}, the council's complaints manager` : "The council's complaints manager", sentTo: cm ? `${cm}, ${council}` : `The ${council}` },
  ];
  // A person of the case is written by label: the appendix of an anonymised report prints it.
  for (const p of c.people) {
    const what = p.jobTitle?.trim() || p.role.replace(/-/g, ' ');
    out.push({ value: `person:${p.id}`, label: `${p.name} (${p.label}), ${what}`, sentTo: `${p.label}, ${what}`, personId: p.id });
  }
  out.push({ value: 'other', label: 'Someone else', sentTo: '' });
  return out;
}

function SendForm({ first }: { first: boolean }) {
  const c = useStore(caseStore, (x) => x);
  const [sentDate, setSentDate] = useState(todayIso());
  const [dueDate, setDueDate] = useState<string | undefined>(undefined);
  const [to, setTo] = useState('council');
  const [other, setOther] = useState('');
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  if (!c) return null;
  const options = recipients(c);
  const chosen = options.find((o) => o.value === to) ?? options[0]!;
  const due = dueDate ?? factCheckDueDate(c, sentDate);
  const sentTo = to === 'other' ? other.trim() : chosen.sentTo;
  const problem = !sentTo ? 'Say who the draft goes to.' : due < sentDate ? 'Comments cannot be due before the draft is sent.' : undefined;

  const send = async () => {
    if (problem) { setStatus({ ok: false, text: problem }); return; }
    setBusy(true);
    setStatus(undefined);
    await allSaved();
    const round: Omit<FactCheckRoundData, 'draftSha256' | 'closedDate'> = {
      id: newId('fact-check'), sentDate, sentTo, ...(chosen.personId && to !== 'other' ? { sentToId: chosen.personId } : {}), dueDate: due,
    };
    const r = await platform.sendForFactCheck({ sessionId: sessionIdOrThrow(), round, format, named: false, jobId: newId('render') });
    setBusy(false);
    if (!r.ok) {
      if (r.error.code !== 'cancelled') setStatus({ ok: false, text: `Not sent: ${r.error.message}` });
      return;
    }
    caseStore.update((x) => (x ? withRecords(x, 'factCheckRounds', [...(x.factCheck?.rounds ?? []), { ...round, draftSha256: r.value.draftSha256 }]) : x));
    setStatus({ ok: true, text: `${r.value.fileName} is ready${r.value.downloadUrl ? ' and downloading' : ' and saved'}. The round is recorded: send the file to ${sentTo} and record the comments here as they come.` });
    setDueDate(undefined);
  };

  return (
    <div className="subsection" role="group" aria-labelledby="fact-check-send-h">
      <h3 id="fact-check-send-h">{first ? 'Send for fact-check' : 'Send another draft for fact-check'}</h3>
      <div className="field-row">
        <DateField id="fact-check-sent" label="Sent on" value={sentDate} onSave={(v) => v && setSentDate(v)} />
        <DateField id="fact-check-due" label="Comments due by" value={due} onSave={(v) => setDueDate(v)}
          hint={dueDate ? 'The date you entered.' : `${FACT_CHECK_WD} working days after sending; change it if the council asked for another date.`} />
      </div>
      <div className="field">
        <label htmlFor="fact-check-to">Sent to</label>
        <select id="fact-check-to" className="select" value={to} onChange={(e) => setTo(e.target.value)}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
        {to === 'other' ? null : <span className="field-hint">Recorded as “{chosen.sentTo}”.</span>}
      </div>
      {to === 'other' ? (
        // Not yet a text of the case: once sent, the round's "sent to" is checked for names where it is kept.
        <TextField names={null} id="fact-check-to-other" label="Who it goes to" value={other} onSave={setOther} hint="As the report's appendix should say it, e.g. “Head of Service, Children’s Social Care”." />
      ) : null}
      <RadioGroup legend="Format" name="fact-check-format" value={format} onChange={setFormat}
        options={[{ value: 'pdf', label: 'PDF' }, { value: 'docx', label: 'Word' }]} />
      <div className="toolbar">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void send()} data-testid="fact-check-send">
          {busy ? 'Rendering the draft…' : 'Send for fact-check'}
        </button>
        <span className={status?.ok === false ? 'field-error' : 'field-hint'} role="status" data-testid="fact-check-sent">{status?.text ?? ''}</span>
      </div>
    </div>
  );
}

function saveRound(round: FactCheckRoundData): void {
  void saveRecord('factCheckRounds', round);
}

const Round = memo(function Round({ round, number }: { round: FactCheckRoundData; number: number }) {
  const c = useStore(caseStore, (x) => x)!;
  const comments = (c.factCheck?.comments ?? EMPTY).filter((m) => m.roundId === round.id);
  const state = roundState(c, round);
  const today = todayIso();
  const name = `round ${number}`;
  const headId = `fc-round-${round.id}-h`;
  const reopen = () => {
    const { closedDate: _closed, ...rest } = round;
    saveRound(rest);
  };
  const remove = () => {
    if (comments.length) return;
    if (window.confirm(`Remove fact-check ${name}? The draft sent stays wherever it was sent.`)) void deleteRecord('factCheckRounds', round.id);
  };
  return (
    <article className="review-point" aria-labelledby={headId} data-testid="fact-check-round">
      <h3 id={headId} tabIndex={-1}>
        Round {number}: sent {longDate(round.sentDate)} <span className={`badge badge--${stateBadge[state]}`} data-testid="fact-check-state">{ROUND_STATE_LABELS[state]}</span>
      </h3>
      <p className="meta">
        Comments due by {longDate(round.dueDate)}.{round.draftSha256 ? <> Draft sent: SHA-256 <code title={round.draftSha256}>{round.draftSha256.slice(0, 12)}…</code>.</> : null}
      </p>
      <TextField names={{ field: 'factCheck.rounds.sentTo', recordId: round.id }} id={`fc-round-${round.id}-to`} label={`Sent to (${name})`} value={round.sentTo}
        onSave={(v) => v.trim() && saveRound({ ...round, sentTo: v.trim() })} />
      <label className="check-line">
        <input type="checkbox" className="checkbox" checked={round.appendix !== false}
          onChange={(e) => { const { appendix: _a, ...rest } = round; saveRound(e.target.checked ? rest : { ...rest, appendix: false }); }} />
        List this round in the report’s appendix
      </label>
      {comments.length === 0 ? (
        round.closedDate
          ? <p>Closed on {longDate(round.closedDate)} with no comments received. <button type="button" className="button button--small" onClick={reopen}>Reopen {name}</button></p>
          : (
            <p className="field-hint">
              No comments recorded yet.{' '}
              {mayCloseWithoutComments(c, round, today)
                ? <button type="button" className="button button--small" onClick={() => saveRound({ ...round, closedDate: today })}>Close {name}: no comments received</button>
                : <>If none come, you can close the round once they are due.</>}
            </p>
          )
      ) : comments.map((m) => <Comment key={m.id} comment={m} />)}
      <CommentForm round={round} name={name} />
      {comments.length === 0 ? <button type="button" className="button button--small button--danger" onClick={remove}>Remove {name}</button> : null}
    </article>
  );
});

/** The select's value for where a comment is: a point, a part of the report, or nowhere in particular. */
const whereValue = (m: Pick<FactCheckCommentData, 'pointId' | 'chapter'>) => (m.pointId ? `point:${m.pointId}` : m.chapter ? `chapter:${m.chapter}` : '');
function whereFields(value: string): Pick<FactCheckCommentData, 'pointId' | 'chapter'> {
  if (value.startsWith('point:')) return { pointId: value.slice(6) };
  if (value.startsWith('chapter:')) return { chapter: value.slice(8) as FactCheckCommentData['chapter'] & string };
  return {};
}

function WhereSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const points = useStore(caseStore, (c) => c?.statement.points ?? EMPTY);
  return (
    <div className="field">
      <label htmlFor={id}>Point or part of the report</label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Not said</option>
        <optgroup label="Points of complaint">
          {points.map((p) => <option key={p.id} value={`point:${p.id}`}>Point {p.number}: {p.summary}</option>)}
        </optgroup>
        <optgroup label="Parts of the report">
          {factCheckChapters.map((k) => <option key={k} value={`chapter:${k}`}>{CHAPTER_LABELS[k]}</option>)}
        </optgroup>
      </select>
    </div>
  );
}

function CommentForm({ round, name }: { round: FactCheckRoundData; name: string }) {
  const [paragraph, setParagraph] = useState('');
  const [where, setWhere] = useState('');
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [error, setError] = useState('');
  const [key, setKey] = useState(0);
  const focusSoon = useFocusSoon();
  const idBase = `fc-new-${round.id}`;
  const record = () => {
    const n = Number(paragraph);
    if (!Number.isInteger(n) || n < 1) { setError('Give the paragraph number the comment cites, as printed in the margin of the draft: 1 or more.'); focusSoon(`${idBase}-paragraph`); return; }
    if (!text.trim()) { setError('Write the comment, as received.'); focusSoon(`${idBase}-text`); return; }
    const id = newId('fc-comment');
    void saveRecord('factCheckComments', { id, roundId: round.id, ...whereFields(where), paragraph: n, text: text.trim(), ...(from.trim() ? { from: from.trim() } : {}) });
    setParagraph(''); setWhere(''); setText(''); setFrom(''); setError(''); setKey((k) => k + 1);
    // On to the response, which is what the comment needs next.
    focusSoon(`fc-comment-${id}-h`);
  };
  return (
    <div className="subsection" role="group" aria-labelledby={`${idBase}-h`} key={key}>
      <h4 id={`${idBase}-h`}>Record a comment received on {name}</h4>
      <div className="field-row field-row--number">
        <div className="field">
          <label htmlFor={`${idBase}-paragraph`}>Paragraph</label>
          <input id={`${idBase}-paragraph`} className="input" type="number" min={1} step={1} inputMode="numeric" value={paragraph} onChange={(e) => setParagraph(e.target.value)}
            aria-describedby={error ? `${idBase}-error` : undefined} />
        </div>
        <WhereSelect id={`${idBase}-where`} value={where} onChange={setWhere} />
      </div>
      <TextField names={null} id={`${idBase}-text`} label="The comment" multiline short value={text} onSave={setText} />
      <TextField names={null} id={`${idBase}-from`} label="From (optional)" value={from} onSave={setFrom} hint="Who made it, by role, e.g. “Team Manager”." />
      {error ? <p id={`${idBase}-error`} className="field-error" role="alert">{error}</p> : null}
      <button type="button" className="button button--small" onClick={record}>Record the comment</button>
    </div>
  );
}

function saveComment(comment: FactCheckCommentData): void {
  const next: FactCheckCommentData = { ...comment };
  for (const k of ['from', 'change', 'reason'] as const) if (!next[k]?.trim()) delete next[k];
  void saveRecord('factCheckComments', next);
}

const Comment = memo(function Comment({ comment: m }: { comment: FactCheckCommentData }) {
  const c = useStore(caseStore, (x) => x)!;
  const where = commentWhere(c, m);
  const why = unanswered(m);
  const headId = `fc-comment-${m.id}-h`;
  const update = (patch: Partial<FactCheckCommentData>) => saveComment({ ...m, ...patch });
  const remove = () => { if (window.confirm(`Remove the comment on ${where}?`)) void deleteRecord('factCheckComments', m.id); };
  return (
    <div className="action-editor" data-testid="fact-check-comment">
      <h4 id={headId} tabIndex={-1}>
        Comment on {where} {why ? <span className="badge badge--blocking">Not answered</span> : <span className="badge badge--met">Answered</span>}
      </h4>
      <div className="field-row field-row--number">
        <div className="field">
          <label htmlFor={`fc-comment-${m.id}-paragraph`}>Paragraph</label>
          <input id={`fc-comment-${m.id}-paragraph`} className="input" type="number" min={1} step={1} defaultValue={m.paragraph}
            onBlur={(e) => { const n = Number(e.target.value); if (Number.isInteger(n) && n >= 1 && n !== m.paragraph) update({ paragraph: n }); else e.target.value = String(m.paragraph); }} />
        </div>
        <WhereSelect id={`fc-comment-${m.id}-where`} value={whereValue(m)} onChange={(v) => { const { pointId: _p, chapter: _c, ...rest } = m; saveComment({ ...rest, ...whereFields(v) }); }} />
      </div>
      <TextField names={{ field: 'factCheck.comments.text', recordId: m.id }} id={`fc-comment-${m.id}-text`} label={`The comment on ${where}`} multiline short value={m.text}
        onSave={(v) => v.trim() && update({ text: v })} />
      <TextField names={{ field: 'factCheck.comments.from', recordId: m.id }} id={`fc-comment-${m.id}-from`} label="From" value={m.from ?? ''} onSave={(v) => update({ from: v })} />
      <RadioGroup legend={`Your response to the comment on ${where}`} name={`fc-comment-${m.id}-response`} value={m.response}
        options={responseOptions} onChange={(v: FactCheckResponse) => update({ response: v })} />
      {m.response === 'accepted' ? (
        <TextField names={{ field: 'factCheck.comments.change', recordId: m.id }} id={`fc-comment-${m.id}-change`} label="What was changed" multiline short value={m.change ?? ''}
          onSave={(v) => update({ change: v })} hint="Required: the appendix says what changed."
          {...(why ? { error: 'Not answered: say what was changed in the report.' } : {})} />
      ) : null}
      {m.response === 'not-accepted' ? (
        <TextField names={{ field: 'factCheck.comments.reason', recordId: m.id }} id={`fc-comment-${m.id}-reason`} label="Why it is not accepted" multiline short value={m.reason ?? ''}
          onSave={(v) => update({ reason: v })} hint="Required: the appendix gives your reason."
          {...(why ? { error: 'Not answered: give your reason for not accepting the comment.' } : {})} />
      ) : null}
      <button type="button" className="button button--small button--danger" onClick={remove}>Remove the comment on {where}</button>
    </div>
  );
});
