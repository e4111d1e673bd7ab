// Changes from the casefile's history, in words (shared/history): when, who, what, and on
// request the values before and after. The Overview's history and each record's History
// disclosure show them alike.
import { memo, useMemo } from 'react';
import type { HistoryEntry } from '../../../shared/history/index.ts';
import { changedValues, entryWho, timeWords } from '../../../shared/history/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { caseStore } from '../app/session.ts';
import { useStore } from '../app/store.ts';

/** What an id in a changed value stands for now: "point 2", "D1", a person's name. */
function idNames(c: CaseData | null): Map<string, string> {
  const names = new Map<string, string>();
  if (!c) return names;
  for (const p of c.statement.points) names.set(p.id, `point ${p.number}`);
  for (const p of c.people) names.set(p.id, p.name || p.label);
  for (const e of c.evidence ?? []) names.set(e.id, e.ref);
  for (const i of c.interviews ?? []) names.set(i.id, i.ref);
  for (const r of c.recommendations ?? []) names.set(r.id, `recommendation ${r.number}`);
  return names;
}

/** Changes whose values are worth showing: a record's or a section's fields (not an order of ids, an import, a passphrase). */
const withValues = new Set(['add', 'update', 'remove', 'set-section', 'clear-section', 'attach']);

export const HistoryList = memo(function HistoryList({ entries, label }: { entries: HistoryEntry[]; label: string }) {
  const c = useStore(caseStore, (x) => x);
  const names = useMemo(() => idNames(c), [c]);
  return (
    <ol className="history-list" aria-label={label}>
      {entries.map((e) => {
        const values = withValues.has(e.action) ? changedValues(e, (id) => names.get(id)) : [];
        return (
          <li key={e.seq} className="history-entry" data-testid="history-entry">
            <p className="history-what">{e.summary}</p>
            <p className="history-meta">
              <time dateTime={e.at}>{timeWords(e.at)}</time> · {entryWho(e)} · change {e.seq}
            </p>
            {values.length > 0 ? (
              <details className="history-values">
                <summary>What changed<span className="visually-hidden">: change {e.seq}</span></summary>
                <dl>
                  {values.map((v) => (
                    <div key={v.field} className="history-value">
                      <dt>{v.field}</dt>
                      {v.before !== undefined ? <dd><span className="history-label">Before</span><span className="history-text">{v.before}</span></dd> : null}
                      {v.after !== undefined ? <dd><span className="history-label">After</span><span className="history-text">{v.after}</span></dd> : null}
                    </div>
                  ))}
                </dl>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
});
