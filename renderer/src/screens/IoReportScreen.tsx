// The IO report's own chapters: the parts the Investigating Officer writes in their own words
// (introduction and commissioning, methodology, law, guidance and policy, background,
// conclusions). Each says what goes in it and offers a standard paragraph to start from,
// filled in from the case and put where the cursor is, for the IO to edit. Below them, the
// fact-check round (io-report/FactCheck.tsx).
import { memo, useEffect, useRef, useState } from 'react';
import { FIELD_PLACES } from '../../../shared/documents/vocabulary.ts';
import { ioReportChapters, type IoReportChapter, type StandardParagraphOffer } from '../../../shared/documents/io-report-chapters.ts';
import type { Navigate } from '../app/navigation.ts';
import { allSaved, caseStore, sessionIdOrThrow } from '../app/session.ts';
import { useStore } from '../app/store.ts';
import { TextField } from '../components/fields.tsx';
import type { TextFieldName } from '../../../shared/case-model/texts.ts';
import { insertParagraphs } from '../components/insert-text.ts';
import { platform } from '../platform/api.ts';
import { saveInvestigation } from './case/edits.ts';
import { FactCheck } from './io-report/FactCheck.tsx';

export function IoReportScreen({ navigate }: { navigate: Navigate }) {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>IO report</h1>
          <p>The chapters of the report you write in your own words. The summary of findings, the points with their evidence and findings, the chronology, the recommendations and the appendices are built from the rest of the casefile.</p>
        </div>
      </div>
      {ioReportChapters.map((chapter) => <Chapter key={chapter.field} chapter={chapter} navigate={navigate} />)}
      <FactCheck />
    </>
  );
}

const Chapter = memo(function Chapter({ chapter, navigate }: { chapter: IoReportChapter; navigate: Navigate }) {
  const value = useStore(caseStore, (c) => c?.investigation?.[chapter.field] ?? '');
  const fieldId = `investigation-${chapter.field}`;
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // Where to insert: at the cursor once the user has been in the text, else at the end.
  const visited = useRef(false);
  useEffect(() => {
    const box = document.getElementById(fieldId);
    const mark = () => { visited.current = true; };
    box?.addEventListener('focus', mark);
    return () => box?.removeEventListener('focus', mark);
  }, [fieldId]);

  const insert = async (offer: StandardParagraphOffer) => {
    setBusy(true);
    setStatus('');
    // The paragraph is filled from the casefile: let it see what was typed a moment ago.
    await allSaved();
    const result = await platform.standardParagraph({ sessionId: sessionIdOrThrow(), name: offer.name });
    setBusy(false);
    const box = document.getElementById(fieldId);
    if (!result.ok) { setStatus(`Not inserted: ${result.error.message}.`); return; }
    if (!(box instanceof HTMLTextAreaElement)) return;
    insertParagraphs(box, result.value.text, !visited.current);
    setStatus(`Inserted “${offer.title}”. Edit it to say what happened in this case.`);
  };

  return (
    <section className="section card chapter" aria-labelledby={`${fieldId}-h`} data-testid={`chapter-${chapter.field}`}>
      <h2 id={`${fieldId}-h`}>{chapter.heading}</h2>
      {chapter.field === 'background' ? <ComplaintBackground navigate={navigate} /> : null}
      <TextField names={{ field: `investigation.${chapter.field}` as TextFieldName }} id={fieldId} label={chapter.heading} visuallyHiddenLabel hint={chapter.guidance} multiline tall value={value}
        onSave={(v) => saveInvestigation({ [chapter.field]: v })} testId={fieldId} source={FIELD_PLACES[`investigation.${chapter.field}`]} />
      <div className="toolbar chapter-tools">
        {chapter.paragraphs.map((offer) => (
          <button key={offer.name} type="button" className="button button--small button--wrap" disabled={busy} onClick={() => void insert(offer)}>
            Insert standard paragraph: {offer.title}
          </button>
        ))}
        <span className="field-hint" role="status">{status}</span>
      </div>
    </section>
  );
});

/** The Background chapter prints the complaint's background first: say so, and where it is edited. */
function ComplaintBackground({ navigate }: { navigate: Navigate }) {
  const background = useStore(caseStore, (c) => c?.complaint.background ?? '');
  const start = background.trim().replace(/\s+/g, ' ');
  return (
    <p className="field-hint">
      {start
        ? <>Printed first: the background to the complaint, “{start.length > 140 ? `${start.slice(0, start.lastIndexOf(' ', 140))}…` : start}”. </>
        : <>No background to the complaint is recorded yet; it would be printed first. </>}
      <button type="button" className="button button--quiet button--inline" onClick={() => navigate({ screen: 'complaint', focusId: 'complaint-background' })}>
        Edit it on the Complaint screen
      </button>
    </p>
  );
}
