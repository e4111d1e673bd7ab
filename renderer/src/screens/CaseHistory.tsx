// The Overview's "History and backups": the latest changes to the whole case, in words, older
// ones on request; and the backups (made when the casefile is locked or closed and every 15
// minutes of editing), with "Back up now".
import { useCallback, useEffect, useId, useState } from 'react';
import type { HistoryEntry } from '../../../shared/history/index.ts';
import { timeWords } from '../../../shared/history/index.ts';
import { platform } from '../platform/api.ts';
import { currentSessionId, saveStore, sessionIdOrThrow } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { HistoryList } from '../components/HistoryList.tsx';

const FIRST = 10;
const MORE = 50;

export function CaseHistory() {
  const id = useId();
  const [entries, setEntries] = useState<HistoryEntry[] | undefined>();
  const [more, setMore] = useState(false);
  const [shown, setShown] = useState(FIRST);
  const [error, setError] = useState<string | undefined>();
  const [backup, setBackup] = useState<{ busy?: boolean; message?: string; failed?: boolean }>({});
  const savedAt = useStore(saveStore, (s) => s.savedAt);

  const load = useCallback(async (limit: number) => {
    const sessionId = currentSessionId();
    if (!sessionId) return; // locked meanwhile: the screen is on its way out
    const r = await platform.getHistory({ sessionId, limit });
    if (!r.ok) { setError(r.error.message); return; }
    setError(undefined);
    setEntries(r.value.entries);
    setMore(r.value.more);
  }, []);

  useEffect(() => { void load(shown); }, [load, shown, savedAt]);

  const backUpNow = async () => {
    setBackup({ busy: true });
    const r = await platform.backUpNow({ sessionId: sessionIdOrThrow() });
    setBackup(r.ok
      ? { message: `Backed up at ${timeWords(r.value.madeAt)}: ${r.value.changes === 1 ? '1 change' : `${r.value.changes} changes`}, checked.` }
      : { message: r.error.message, failed: true });
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>History and backups</h2>
      <p className="field-hint">Every change is recorded with who made it and when, and chained to the one before it, so that a change made outside Impartial shows when the casefile is checked.</p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {entries === undefined ? <p className="meta" role="status">Reading the history…</p> : (
        <>
          <HistoryList entries={entries} label="Changes to the case, newest first" />
          {more ? <button type="button" className="button button--small" onClick={() => setShown((n) => n + MORE)}>Show older changes</button> : null}
        </>
      )}
      <h3 className="history-backups-h">Backups</h3>
      <p className="field-hint" id={`${id}-backup-hint`}>An encrypted, checked copy is made when you lock or close the casefile and every 15 minutes while you work, if anything changed. The last 10 are kept, and one a day for 30 days. It opens with the passphrase the casefile has when it is made. Choose where they go in Settings.</p>
      {backup.message ? <div className={`notice ${backup.failed ? 'notice--danger' : 'notice--ok'}`} role="status" data-testid="backup-result">{backup.message}</div> : null}
      <div className="card-actions">
        <button type="button" className="button" disabled={backup.busy} aria-describedby={`${id}-backup-hint`} onClick={() => void backUpNow()}>{backup.busy ? 'Backing up…' : 'Back up now'}</button>
      </div>
    </section>
  );
}
