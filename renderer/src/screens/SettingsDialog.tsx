// Settings: how long the app may sit idle before it locks the casefile, the name the history
// records for changes made on this computer, and where backups go.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { defaultSettings, type Settings } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [minutes, setMinutes] = useState(String(defaultSettings.idleLockMinutes));
  const [userName, setUserName] = useState('');
  const [current, setCurrent] = useState<Settings | undefined>();
  const [nativeDialogs, setNativeDialogs] = useState(false);
  const [folderInput, setFolderInput] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [folderError, setFolderError] = useState<string | undefined>();
  // The stored settings arrive after the dialog opens: what the user has already typed by
  // then is kept, not overwritten by the value loaded (a fast typist lost "Your name" so).
  const edited = useRef({ minutes: false, userName: false });

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setError(undefined);
      setFolderError(undefined);
      edited.current = { minutes: false, userName: false };
      void platform.getAppInfo({}).then((r) => { if (r.ok) setNativeDialogs(r.value.nativeDialogs); });
      void platform.getSettings({}).then((r) => {
        if (!r.ok) return;
        setCurrent(r.value);
        if (!edited.current.minutes) setMinutes(String(r.value.idleLockMinutes));
        if (!edited.current.userName) setUserName(r.value.userName);
      });
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(minutes);
    if (!Number.isFinite(value) || value < 1 || value > 240) { setError('Enter a number of minutes from 1 to 240.'); return; }
    const r = await platform.setSettings({ idleLockMinutes: value, userName: userName.trim() });
    if (r.ok) onClose();
    else setError(r.error.message);
  };

  const chooseFolder = async (input: { folder?: string; reset?: boolean }) => {
    setFolderError(undefined);
    const r = await platform.chooseBackupFolder(input);
    if (r.ok) { setCurrent(r.value); setFolderInput(''); }
    else if (r.error.code !== 'cancelled') setFolderError(r.error.message);
  };

  const folder = current?.backupFolder;
  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${id}-h`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-h`}>Settings</h2>
        <div className="field">
          <label htmlFor={`${id}-idle`}>Lock the casefile after this many idle minutes</label>
          <span className="field-hint" id={`${id}-idle-hint`}>Locking closes the casefile; you unlock it again with the passphrase. The default is {defaultSettings.idleLockMinutes} minutes.</span>
          <input id={`${id}-idle`} className="input input--date" type="number" min={1} max={240} step={1} value={minutes}
            onChange={(e) => { edited.current.minutes = true; setMinutes(e.target.value); }} aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-idle-hint${error ? ` ${id}-idle-error` : ''}`} />
          {error ? <span id={`${id}-idle-error`} className="field-error" role="alert">{error}</span> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <span className="field-hint" id={`${id}-name-hint`}>The history records it, with the case&apos;s role, for every change made on this computer, for example “Jane Smith (Investigating Officer)”. Left empty, it records the role alone.</span>
          <input lang="en-GB" id={`${id}-name`} className="input" type="text" autoComplete="name" maxLength={100} value={userName}
            onChange={(e) => { edited.current.userName = true; setUserName(e.target.value); }} aria-describedby={`${id}-name-hint`} />
        </div>
        <fieldset className="field">
          <legend>Where backups go</legend>
          <p className="field-hint" id={`${id}-folder-now`} data-testid="backup-folder">
            {folder ? (folder.chosen ? `In the folder “${folder.name}”, which you chose.` : `In “${folder.name}” in ${nativeDialogs ? 'the app’s own data folder' : 'the workspace folder'}, the default.`) : ''}
            {' '}Each casefile has a folder of its own there, named by a number, not its title.
          </p>
          {nativeDialogs ? (
            <div className="card-actions">
              <button type="button" className="button" onClick={() => void chooseFolder({})}>Choose a folder…</button>
              {folder?.chosen ? <button type="button" className="button button--quiet" onClick={() => void chooseFolder({ reset: true })}>Use the default</button> : null}
            </div>
          ) : (
            <>
              <label htmlFor={`${id}-folder`}>A folder inside the workspace folder</label>
              <div className="card-actions">
                <input lang="en-GB" id={`${id}-folder`} className="input" type="text" placeholder="backups" value={folderInput}
                  onChange={(e) => setFolderInput(e.target.value)} aria-describedby={`${id}-folder-now${folderError ? ` ${id}-folder-error` : ''}`} aria-invalid={folderError ? true : undefined} />
                <button type="button" className="button" onClick={() => void chooseFolder({ folder: folderInput.trim() || 'backups' })}>Use this folder</button>
                {folder?.chosen ? <button type="button" className="button button--quiet" onClick={() => void chooseFolder({ reset: true })}>Use the default</button> : null}
              </div>
            </>
          )}
          {folderError ? <span id={`${id}-folder-error`} className="field-error" role="alert">{folderError}</span> : null}
        </fieldset>
        <div className="card-actions">
          <button type="submit" className="button button--primary">Save settings</button>
          <button type="button" className="button button--quiet" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
