// "History" on a record's editor: the changes to that record (a point, a finding, an evidence
// item...), newest first, read from the casefile when opened and again after each save.
import { useCallback, useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { HistoryEntry } from '../../../shared/history/index.ts';
import { platform } from '../platform/api.ts';
import { currentSessionId, saveStore } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { HistoryList } from './HistoryList.tsx';

const PAGE = 20;

interface Props {
  /** The collection or section, in the case model's names ('points', 'findings', 'evidence'...). */
  collection: string;
  /** The record's id (the point id for a finding). */
  recordId: string;
  /** The record as the user names it: "point 2". */
  name: string;
}

export function RecordHistory({ collection, recordId, name }: Props) {
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<HistoryEntry[] | undefined>();
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const savedAt = useStore(saveStore, (s) => s.savedAt);

  const load = useCallback(async (beforeSeq?: number) => {
    const sessionId = currentSessionId();
    if (!sessionId) return; // locked meanwhile: the screen is on its way out
    const r = await platform.getHistory({ sessionId, collection, recordId, limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}) });
    if (!r.ok) { setError(r.error.message); return; }
    setError(undefined);
    setEntries((was) => (beforeSeq && was ? [...was, ...r.value.entries] : r.value.entries));
    setMore(r.value.more);
  }, [collection, recordId]);

  useEffect(() => {
    if (open) void load();
  }, [open, load, savedAt]);

  return (
    <details className="history" onToggle={(e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open)} data-testid="record-history">
      <summary>History<span className="visually-hidden"> of {name}</span></summary>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {!open ? null : entries === undefined ? <p className="meta" role="status">Reading the history…</p>
        : entries.length === 0 ? <p className="empty">No changes recorded yet.</p> : (
          <>
            <HistoryList entries={entries} label={`Changes to ${name}, newest first`} />
            {more ? <button type="button" className="button button--small" onClick={() => void load(entries.at(-1)!.seq)}>Show older changes<span className="visually-hidden"> to {name}</span></button> : null}
          </>
        )}
    </details>
  );
}
