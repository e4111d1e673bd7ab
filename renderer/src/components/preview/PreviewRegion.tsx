// The Preview region beside a screen that edits a document: the document as it will be issued
// (the real PDF from the same renderer, marked DRAFT, anonymised unless "Named" is ticked),
// drawn by PdfView. It follows the casefile and the text being typed: once typing pauses
// (TYPING_PAUSE_MS, sooner than the field saves) it asks for the case with the text as typed
// (pending-edits.ts), and after every change saved it asks again; the host renders only the
// newest request, answers a request for what it last rendered without rendering it again (the
// save of text already shown as typed), and an answer older than the one shown is dropped,
// as is one that is the same document as the one shown. It scrolls to
// the field being edited: fields name the document text they become (`data-source`, the
// model's run sources), and the preview answers where each source starts (page and y); within a
// long text the caret's share of the text moves the view on towards the next source. The
// region folds away (at 1024 wide it starts folded) and its width can be dragged or keyed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentKind, DocumentPreview } from '../../../../shared/api.ts';
import { wordsLabel } from '../../../../shared/documents/word-count.ts';
import { caseStore, currentSessionId, savesSettled } from '../../app/session.ts';
import { onTyping, typedTexts } from '../../app/pending-edits.ts';
import { platform } from '../../platform/api.ts';
import { PdfView, type PdfViewHandle } from '../pdf/PdfView.tsx';
import { placeOf } from './place.ts';

/** After the casefile changes, how long to wait for more changes before asking: edits that
 *  arrive together (a choice and the text saved with it) make one preview. */
export const PREVIEW_DELAY_MS = 50;
/** How long typing must pause before the preview shows the text as typed, unsaved: short enough
 *  that the page follows the writing (a steady typist's keys are 150-250 ms apart, so the page
 *  follows each word), long enough that a burst typed at speed is one render. Renders run in
 *  the preview worker and only the newest is made: the bench measures what updates cost the
 *  typing (npm run bench -- preview). */
export const TYPING_PAUSE_MS = 70;
const MIN_WIDTH = 300;
const MAX_WIDTH = 900;
const FOLD_BELOW = 1100; // window width at which the region starts folded

const openKey = 'impartial.preview.open';
const widthKey = 'impartial.preview.width';

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function store(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // a browser that keeps nothing: the choice lasts for this page only
  }
}

function initialOpen(): boolean {
  const saved = stored(openKey);
  if (saved !== null) return saved === 'true';
  return window.innerWidth >= FOLD_BELOW;
}

function initialWidth(): number {
  const saved = Number(stored(widthKey));
  if (saved >= MIN_WIDTH && saved <= MAX_WIDTH) return saved;
  return Math.round(Math.min(560, Math.max(MIN_WIDTH, window.innerWidth * 0.32)));
}

/** The document's own name, as the region's heading says it. */
const documentTitles: Record<DocumentKind, string> = {
  statement: 'Statement of Complaint',
  'io-report': 'IO report',
  'ip-report': 'IP report',
  'adjudication-letter': 'adjudication letter',
  'panel-report': 'panel report',
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

export function PreviewRegion({ kind }: { kind: DocumentKind }) {
  const [open, setOpen] = useState(initialOpen);
  const [width, setWidth] = useState(initialWidth);
  const [named, setNamed] = useState(false);
  const [preview, setPreview] = useState<DocumentPreview | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const region = useRef<HTMLElement>(null);
  const view = useRef<PdfViewHandle>(null);
  // A window made narrower than FOLD_BELOW folds the region (not remembered as the user's choice):
  // open, it would leave the screen too little room and the page would scroll sideways.
  useEffect(() => {
    const narrow = window.matchMedia(`(max-width: ${FOLD_BELOW - 1}px)`);
    const fold = () => { if (narrow.matches) setOpen(false); };
    narrow.addEventListener('change', fold);
    return () => narrow.removeEventListener('change', fold);
  }, []);
  const asked = useRef(0);
  const shown = useRef(0);
  const title = documentTitles[kind];

  useEffect(() => {
    region.current?.style.setProperty('--preview-width', `${width}px`);
  }, [width, open]);

  const ask = useCallback(async () => {
    const sessionId = currentSessionId();
    if (!sessionId) return;
    const mine = ++asked.current;
    setBusy(true);
    await savesSettled();
    if (mine !== asked.current) return; // a newer change is already on its way
    const typed = typedTexts();
    const result = await platform.previewDocument({ sessionId, kind, named, ...(typed.length ? { typed } : {}) });
    if (mine === asked.current) setBusy(false);
    if (mine < shown.current) return; // overtaken by a newer answer
    if (!result.ok) {
      if (result.error.code !== 'superseded' && result.error.code !== 'locked') setError(result.error.message);
      return;
    }
    shown.current = mine;
    setError(undefined);
    // The same document again (the save of what was shown as typed) is not drawn again.
    setPreview((current) => (current && sameBytes(current.pdf, result.value.pdf) ? current : result.value));
  }, [kind, named]);

  // A new preview after every change to the case while the region is open.
  useEffect(() => {
    if (!open) return;
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(() => void ask(), 0);
    const unsubscribe = caseStore.subscribe(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void ask();
      }, PREVIEW_DELAY_MS);
    });
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    const stopTyping = onTyping(() => {
      if (typingTimer !== undefined) clearTimeout(typingTimer);
      typingTimer = setTimeout(() => {
        typingTimer = undefined;
        void ask();
      }, TYPING_PAUSE_MS);
    });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      if (typingTimer !== undefined) clearTimeout(typingTimer);
      unsubscribe();
      stopTyping();
    };
  }, [open, ask]);

  // The field being edited, and where in it the caret is.
  const [editing, setEditing] = useState<{ sources: string[]; share: number } | undefined>(undefined);
  useEffect(() => {
    const read = () => {
      const field = document.activeElement;
      if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
      const sources = field.dataset.source?.split('|').filter(Boolean);
      if (!sources?.length) return;
      const share = field.value.length ? (field.selectionStart ?? field.value.length) / field.value.length : 0;
      setEditing((e) => (e && e.sources.join('|') === sources.join('|') && Math.abs(e.share - share) < 0.02 ? e : { sources, share }));
    };
    document.addEventListener('focusin', read);
    document.addEventListener('keyup', read);
    document.addEventListener('pointerup', read);
    return () => {
      document.removeEventListener('focusin', read);
      document.removeEventListener('keyup', read);
      document.removeEventListener('pointerup', read);
    };
  }, []);

  useEffect(() => {
    if (!open || !preview || !editing) return;
    const place = placeOf(preview.places, editing.sources, editing.share);
    if (place) view.current?.scrollTo(place);
  }, [open, preview, editing]);

  const toggle = () => {
    setOpen((o) => {
      store(openKey, String(!o));
      return !o;
    });
  };

  const resizeTo = (next: number) => {
    const w = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, next)));
    setWidth(w);
    store(widthKey, String(w));
  };

  const drag = (start: React.PointerEvent<HTMLDivElement>) => {
    start.preventDefault();
    const handle = start.currentTarget;
    handle.setPointerCapture(start.pointerId);
    const right = region.current?.getBoundingClientRect().right ?? window.innerWidth;
    const move = (e: PointerEvent) => resizeTo(right - e.clientX);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  if (!open) {
    return (
      <aside ref={region} className="preview preview--folded" aria-label="Preview">
        <button type="button" className="button button--small preview-unfold" aria-expanded="false" onClick={toggle}>
          <span aria-hidden="true">◂</span> Preview
        </button>
      </aside>
    );
  }

  return (
    <aside ref={region} className="preview" aria-labelledby="preview-h" data-testid="preview">
      <div
        className="preview-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label="Preview width"
        aria-valuemin={MIN_WIDTH}
        aria-valuemax={MAX_WIDTH}
        aria-valuenow={width}
        tabIndex={0}
        onPointerDown={drag}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') resizeTo(width + 40);
          else if (e.key === 'ArrowRight') resizeTo(width - 40);
          else return;
          e.preventDefault();
        }}
      />
      <div className="preview-head">
        <h2 id="preview-h">Preview: {title}</h2>
        <button type="button" className="button button--small" aria-expanded="true" onClick={toggle}>Hide</button>
      </div>
      <div className="preview-facts">
        <span className="badge badge--draft">DRAFT</span>
        {preview ? <span className="meta" data-testid="preview-words">{wordsLabel(preview.words)}</span> : null}
        <label className="preview-named">
          <input type="checkbox" checked={named} onChange={(e) => setNamed(e.target.checked)} /> Named
        </label>
        <span className="meta" role="status">{busy ? 'Updating…' : preview ? 'Up to date' : 'Preparing the preview…'}</span>
      </div>
      {preview && preview.blocking > 0 ? (
        <p className="field-hint">Not ready to issue: {preview.blocking === 1 ? 'one problem' : `${preview.blocking} problems`} on the Documents screen.</p>
      ) : null}
      {preview && preview.names.length > 0 ? (
        <div className="notice notice--warning preview-names" data-testid="preview-names">
          <p><strong>Names in the anonymised text</strong>: replace them with labels before issuing.</p>
          <ul>
            {preview.names.slice(0, 8).map((n, i) => <li key={i}>{n.place}: ‘{n.found}’</li>)}
          </ul>
          {preview.names.length > 8 ? <p>and {preview.names.length - 8} more.</p> : null}
        </div>
      ) : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <PdfView ref={view} data={preview?.pdf} title={`the ${title} preview`} />
    </aside>
  );
}
