// The Documents screen's "Issued versions": every version issued from this casefile, newest
// first, with the date printed on it, its format and the start of its SHA-256, and a copy of
// any of them, byte for byte as issued (a save dialog in the app, a download in the web host).
import { useState } from 'react';
import type { IssuedVersion } from '../../../../shared/api.ts';
import { describeIssued, FORMAT_NAMES } from '../../../../shared/documents/issue.ts';
import { platform } from '../../platform/api.ts';
import { caseStore, sessionIdOrThrow } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import { documentLabels } from '../../format/labels.ts';
import { mediumDate } from '../../format/dates.ts';

/** As much of a SHA-256 as a person compares by eye; the whole is in `impartial issued`. */
export const shaPrefix = (sha256: string) => sha256.slice(0, 12);

export function IssuedVersions({ status }: { status?: { ok: boolean; message: string } | undefined }) {
  const issued = useStore(caseStore, (c) => c?.issued);
  const [saving, setSaving] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | undefined>();
  const list = [...(issued ?? [])].reverse();

  const save = async (d: IssuedVersion) => {
    const key = `${d.kind}/${d.version}`;
    setSaving(key);
    setOutcome(undefined);
    const r = await platform.saveIssuedDocument({ sessionId: sessionIdOrThrow(), kind: d.kind, version: d.version });
    setSaving(undefined);
    if (r.ok) setOutcome({ ok: true, message: `A copy of ${describeIssued(d)} ${r.value.downloadUrl ? 'is downloading' : 'was saved'} as ${r.value.fileName}.` });
    else if (r.error.code !== 'cancelled') setOutcome({ ok: false, message: r.error.message });
  };

  const shown = outcome ?? status;
  return (
    <section className="section issued-versions" aria-labelledby="issued-h" data-testid="issued-versions">
      <div className="section-head"><h2 id="issued-h" tabIndex={-1}>Issued versions</h2></div>
      <div aria-live="polite">
        {shown ? <p className={shown.ok ? 'notice notice--ok' : 'notice notice--danger'} role={shown.ok ? 'status' : 'alert'} data-testid="issue-outcome">{shown.message}</p> : null}
      </div>
      {list.length === 0 ? (
        <p className="empty">Nothing has been issued yet. When a document is ready, “Issue…” on its card makes the version you send: its file is kept here, byte for byte, with its SHA-256, so that you can show later exactly what was sent.</p>
      ) : (
        <div className="table-scroll">
        <table className="table issued-table">
          <caption className="visually-hidden">Every version issued from this casefile, newest first</caption>
          <thead>
            <tr><th scope="col">Version</th><th scope="col">Issued</th><th scope="col">Format</th><th scope="col">SHA-256</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={`${d.kind}/${d.version}`} data-testid={`issued-${d.kind}-${d.version}`}>
                <th scope="row">{documentLabels[d.kind]}, version {d.version}</th>
                <td>{mediumDate(d.date)}</td>
                <td>{FORMAT_NAMES[d.format]}, {d.named ? 'named' : 'anonymised'}</td>
                <td><code className="sha">{shaPrefix(d.sha256)}…</code></td>
                <td className="actions">
                  <button type="button" className="button" disabled={saving !== undefined} onClick={() => void save(d)}
                    aria-label={`Save a copy of ${describeIssued(d)}`}>
                    {saving === `${d.kind}/${d.version}` ? 'Saving…' : 'Save a copy…'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </section>
  );
}
