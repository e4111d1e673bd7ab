// Settings: for now, how long the app may sit idle before it locks the casefile.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { defaultSettings } from '../../../shared/api.ts';
import { platform } from '../platform/api.ts';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [minutes, setMinutes] = useState(String(defaultSettings.idleLockMinutes));
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setError(undefined);
      void platform.getSettings({}).then((r) => { if (r.ok) setMinutes(String(r.value.idleLockMinutes)); });
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(minutes);
    if (!Number.isFinite(value) || value < 1 || value > 240) { setError('Enter a number of minutes from 1 to 240.'); return; }
    const r = await platform.setSettings({ idleLockMinutes: value });
    if (r.ok) onClose();
    else setError(r.error.message);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-h`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-h`}>Settings</h2>
        <div className="field">
          <label htmlFor={`${id}-idle`}>Lock the casefile after this many idle minutes</label>
          <span className="field-hint" id={`${id}-idle-hint`}>Locking closes the casefile; you unlock it again with the passphrase. The default is {defaultSettings.idleLockMinutes} minutes.</span>
          <input id={`${id}-idle`} className="input input--date" type="number" min={1} max={240} step={1} value={minutes}
            onChange={(e) => setMinutes(e.target.value)} aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-idle-hint${error ? ` ${id}-idle-error` : ''}`} />
          {error ? <span id={`${id}-idle-error`} className="field-error" role="alert">{error}</span> : null}
        </div>
        <div className="card-actions">
          <button type="submit" className="button button--primary">Save settings</button>
          <button type="button" className="button button--quiet" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </dialog>
  );
}
