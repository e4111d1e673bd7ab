// The file attached to an evidence item (the letter, the record, the recording itself), kept
// encrypted in the casefile: attach one, save a copy out, or remove it. In Electron the host
// shows its own open and save dialogs; in a browser the page reads the chosen file and the
// copy comes back as a download. The renderer never handles a path.
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { maxEvidenceFileBytes } from '../../../../shared/api.ts';
import type { EvidenceData } from '../../../../shared/interchange/schema.ts';
import { attachEvidenceFile, caseStore, saveRecord, sessionIdOrThrow } from '../../app/session.ts';
import { platform } from '../../platform/api.ts';
import { openEvidenceFile } from '../../app/evidence-viewer.ts';

/** "532 bytes", "14 KB", "1.2 MB": the size as a person reads it (1 KB = 1,024 bytes). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// Whether the host shows native dialogs never changes while the app runs: asked once.
let nativeDialogs: Promise<boolean> | undefined;
const hasNativeDialogs = () => (nativeDialogs ??= platform.getAppInfo({}).then((r) => r.ok && r.value.nativeDialogs));

/** The bytes of a chosen file as base64, for the JSON body of the web host's API. */
async function base64Of(file: File): Promise<string> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

export function EvidenceFile({ item: e }: { item: EvidenceData }) {
  const [native, setNative] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => { void hasNativeDialogs().then(setNative); }, []);
  const domId = `evidence-${e.id}-file`;
  const file = e.attachment;

  const attach = async (upload?: File) => {
    setProblem(undefined);
    if (upload && upload.size > maxEvidenceFileBytes) {
      setProblem(`${upload.name} is ${fileSize(upload.size)}: files attached to evidence can be at most ${fileSize(maxEvidenceFileBytes)}.`);
      return;
    }
    setBusy(true);
    try {
      const body = upload ? { fileName: upload.name, mediaType: upload.type, data: await base64Of(upload) } : undefined;
      const result = await attachEvidenceFile(e.id, body);
      if (!result.ok && result.error.code !== 'cancelled') setProblem(result.error.message);
    } catch {
      setProblem(`${upload?.name ?? 'The file'} could not be read.`);
    } finally {
      setBusy(false);
    }
  };

  const onChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again still attaches it
    if (chosen) void attach(chosen);
  };

  const saveCopy = async () => {
    setProblem(undefined);
    const result = await platform.saveEvidenceFile({ sessionId: sessionIdOrThrow(), evidenceId: e.id });
    if (!result.ok && result.error.code !== 'cancelled') setProblem(result.error.message);
  };

  const remove = () => {
    if (!file || !window.confirm(`Remove ${file.fileName} from ${e.ref}? The casefile will no longer hold it.`)) return;
    setProblem(undefined);
    const current = caseStore.get()?.evidence?.find((x) => x.id === e.id);
    if (!current) return;
    // `attachment: undefined` says "remove the file"; a record without the key keeps it.
    void saveRecord('evidence', { ...current, attachment: undefined });
  };

  return (
    <fieldset className="fieldset" aria-describedby={`${domId}-status`}>
      <legend>File</legend>
      <p className="field-hint" id={`${domId}-status`} data-testid="evidence-file">
        {file ? (
          <><strong>{file.fileName}</strong> · {fileSize(file.size)} · {file.mediaType}</>
        ) : `No file attached. Files are kept encrypted in the casefile (at most ${fileSize(maxEvidenceFileBytes)}).`}
      </p>
      <div className="card-actions">
        {native ? null : (
          <input ref={input} id={`${domId}-input`} type="file" className="visually-hidden" tabIndex={-1} aria-label={`File to attach to ${e.ref}`} onChange={onChosen} />
        )}
        <button type="button" className="button button--small" disabled={busy}
          onClick={() => (native ? void attach() : input.current?.click())}>
          {busy ? 'Attaching…' : file ? 'Replace file…' : 'Attach file…'}<span className="visually-hidden"> to {e.ref}</span>
        </button>
        {file ? (
          <>
            <button type="button" className="button button--small" onClick={() => openEvidenceFile(e.id)} data-testid="view-file">View<span className="visually-hidden"> {file.fileName}</span></button>
            <button type="button" className="button button--small" onClick={() => void saveCopy()}>Save a copy…<span className="visually-hidden"> of {file.fileName}</span></button>
            <button type="button" className="button button--small button--danger" onClick={remove}>Remove file<span className="visually-hidden"> {file.fileName}</span></button>
          </>
        ) : null}
      </div>
      {problem ? <p className="field-error" role="alert">{problem}</p> : null}
    </fieldset>
  );
}
