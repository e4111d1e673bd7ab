// "Restore a backup…": the backups in the backup folder (of the casefile on the unlock screen,
// or of every casefile), each by the time it was made. The one chosen is checked in full and
// opened as a NEW casefile, never over the original: the desktop asks where to save it, the
// web host puts it in its workspace folder.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { CasefileBackups } from '../../../shared/api.ts';
import { timeWords } from '../../../shared/history/index.ts';
import { platform } from '../platform/api.ts';
import { enterCasefile, newId } from '../app/session.ts';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

interface Props {
  open: boolean;
  onClose: () => void;
  /** The casefile whose backups to list (the unlock screen); all casefiles' when absent. */
  fileId?: string | undefined;
  /** Its file name, for the heading. */
  name?: string | undefined;
}

export function RestoreBackupDialog({ open, onClose, fileId, name }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const passphrase = useRef<HTMLInputElement>(null);
  const [lists, setLists] = useState<CasefileBackups[] | undefined>();
  const [chosen, setChosen] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [folder, setFolder] = useState<string | undefined>();
  const [progress, setProgress] = useState<{ jobId: string; stage: string; fraction: number } | undefined>();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setLists(undefined);
      setChosen(undefined);
      setError(undefined);
      void platform.getSettings({}).then((r) => setFolder(r.ok ? r.value.backupFolder?.name : undefined));
      void platform.listBackups(fileId ? { fileId } : {}).then((r) => {
        if (!r.ok) { setError(r.error.message); setLists([]); return; }
        setLists(r.value);
        setChosen(r.value[0]?.backups[0]?.backupId);
      });
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open, fileId]);

  useEffect(() => platform.onEvent((event) => {
    if (event.type === 'progress') setProgress((p) => (p && p.jobId === event.jobId ? { ...p, stage: event.stage, fraction: event.fraction } : p));
  }), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pass = passphrase.current?.value ?? '';
    if (!chosen) { setError('Choose a backup to restore.'); return; }
    if (!pass) { setError('Enter the passphrase the casefile had when the backup was made.'); passphrase.current?.focus(); return; }
    setError(undefined);
    const jobId = newId('restore');
    setProgress({ jobId, stage: 'Checking the backup', fraction: 0 });
    const r = await platform.restoreBackup({ backupId: chosen, passphrase: pass, jobId });
    setProgress(undefined);
    if (r.ok) {
      if (passphrase.current) passphrase.current.value = '';
      onClose();
      await enterCasefile(r.value);
    } else if (r.error.code !== 'cancelled') {
      setError(r.error.message);
      passphrase.current?.select();
    }
  };

  const count = lists?.reduce((n, l) => n + l.backups.length, 0) ?? 0;
  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${id}-h`} onClose={onClose} data-testid="restore-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-h`}>Restore a backup{name ? ` of ${name}` : ''}</h2>
        <p className="field-hint">The backup is checked in full, then opened as a new casefile beside the others: the original is left as it is.</p>
        {lists === undefined ? <p className="meta" role="status">Looking for backups…</p>
          : count === 0 ? <p className="empty" role="status">{fileId ? 'No backups of this casefile are' : 'No backups are'} in the backup folder{folder ? ` (${folder})` : ''}. Backups are made when a casefile is locked or closed; Settings says where they go.</p>
            : lists.map((list, i) => (
              <fieldset key={`${list.name}-${i}`} className="backup-choices">
                <legend>{list.name}</legend>
                {list.backups.map((b) => (
                  <label key={b.backupId} className="backup-choice">
                    <input type="radio" name="backup" value={b.backupId} checked={chosen === b.backupId} onChange={() => setChosen(b.backupId)} />
                    <span>{timeWords(b.madeAt)}</span>
                    <span className="meta">{megabytes(b.size)}</span>
                  </label>
                ))}
              </fieldset>
            ))}
        {count > 0 ? (
          <div className="field">
            <label htmlFor={`${id}-pass`}>Passphrase</label>
            <span className="field-hint" id={`${id}-pass-hint`}>The passphrase the casefile had when the backup was made.</span>
            <input ref={passphrase} id={`${id}-pass`} className="input" type="password" autoComplete="current-password"
              aria-describedby={`${id}-pass-hint${error ? ` ${id}-error` : ''}`} aria-invalid={error ? true : undefined} />
          </div>
        ) : null}
        {progress ? (
          <div className="progress-line" role="status">
            <span>{progress.stage}…</span>
            <progress value={progress.fraction} max={1} aria-label="Restoring" />
          </div>
        ) : null}
        {error ? <p id={`${id}-error`} className="field-error" role="alert">{error}</p> : null}
        <div className="card-actions">
          {count > 0 ? <button type="submit" className="button button--primary" disabled={progress !== undefined}>Check and restore</button> : null}
          <button type="button" className="button button--quiet" onClick={onClose}>{count > 0 ? 'Cancel' : 'Close'}</button>
        </div>
      </form>
    </dialog>
  );
}
