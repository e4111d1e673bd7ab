// The evidence viewer: an attached file read inside the app, straight from the casefile
// (readEvidenceFile: the bytes in memory, never a file on disk), beside the screen the user is
// writing in. A PDF in pdf.js's viewer (PdfView: pages, zoom, find); a Word document as
// sanitised HTML, and a text file or email as text, each with find; a picture with zoom.
// Nothing in a file runs or loads anything (sanitise.ts, pdfjs.ts, and the app's CSP).
// "Cite this page" puts "D3, p. 4" (or "D3" for a file without pages) at the last text cursor.
import { useEffect, useId, useRef, useState } from 'react';
import type { EvidenceFileView } from '../../../../shared/api.ts';
import { platform } from '../../platform/api.ts';
import { caseStore, sessionIdOrThrow } from '../../app/session.ts';
import { useStore } from '../../app/store.ts';
import type { Navigate } from '../../app/navigation.ts';
import { citationText } from '../../../../shared/citations/references.ts';
import { citeAtLastCursor, closeEvidenceViewer, lastTextCursor, type ViewerRequest } from '../../app/evidence-viewer.ts';
import { PdfView, type PdfViewHandle } from '../pdf/PdfView.tsx';
import { sanitisedDocument } from './sanitise.ts';
import { useFindInElement } from './find-in-element.ts';

interface Props {
  request: ViewerRequest;
  navigate: Navigate;
}

export function EvidenceViewer({ request, navigate }: Props) {
  const [file, setFile] = useState<EvidenceFileView | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [page, setPage] = useState<number | undefined>(request.page);
  const [told, setTold] = useState<string | undefined>();
  const pdf = useRef<PdfViewHandle>(null);
  const headingId = useId();
  const item = useStore(caseStore, (c) => c?.evidence?.find((e) => e.id === request.evidenceId));

  useEffect(() => {
    let stale = false;
    setProblem(undefined);
    setTold(undefined);
    void platform.readEvidenceFile({ sessionId: sessionIdOrThrow(), evidenceId: request.evidenceId }).then((result) => {
      if (stale) return;
      if (result.ok) setFile(result.value);
      else setProblem(result.error.message);
    });
    return () => { stale = true; };
  }, [request.evidenceId, item?.attachment?.sha256]);

  // Each request puts the keyboard in the viewer, at its heading (Close and the file follow it).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus({ preventScroll: true }); }, [request.serial]);

  // Each request goes to its page, even the same page again (it may have been scrolled away from).
  useEffect(() => {
    if (request.page !== undefined) {
      setPage(request.page);
      pdf.current?.scrollTo({ page: request.page });
    }
  }, [request.serial, request.page, file]);

  const content = file?.evidenceId === request.evidenceId ? file.content : undefined;
  const ref = item?.ref ?? file?.ref ?? '';
  const paged = content?.kind === 'pdf';
  const citation = citationText({ ref, page: paged ? page : undefined });
  const title = item ? `${item.ref} ${item.title}` : ref;

  const cite = async () => {
    const c = caseStore.get();
    if (!c) return;
    const where = await citeAtLastCursor(citation, c, navigate);
    setTold(where ? `“${citation}” put in ${where}.` : `Click in a long text (a finding's analysis, say) first: “${citation}” goes where you were last writing.`);
  };

  const cursor = lastTextCursor();
  return (
    <aside className="preview viewer" aria-labelledby={headingId} data-testid="evidence-viewer">
      <div className="preview-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>{title || 'Evidence file'}</h2>
        <button type="button" className="button button--small" onClick={closeEvidenceViewer}>Close<span className="visually-hidden"> the file viewer</span></button>
      </div>
      <div className="preview-facts">
        {file ? <span className="meta">{file.fileName}{paged && page ? ` · page ${page}` : ''}</span> : null}
        <button type="button" className="button button--small button--primary" disabled={!content || !ref} onClick={() => void cite()}
          aria-describedby={`${headingId}-cite`} data-testid="cite-page">
          {paged ? 'Cite this page' : 'Cite this file'}
        </button>
        <span id={`${headingId}-cite`} className="visually-hidden">
          {cursor ? `Puts “${citation}” where you were last writing.` : `Puts “${citation}” where you were last writing: click in a long text first.`}
        </span>
      </div>
      <p role="status" className="meta" data-testid="cite-status">{told ?? ''}</p>
      {problem ? <p className="field-error" role="alert">{problem}</p> : null}
      {!content && !problem ? <p className="meta">Opening the file…</p> : null}
      {content?.kind === 'pdf' ? <PdfView ref={pdf} data={content.bytes} title={title} onPageChange={setPage} /> : null}
      {content?.kind === 'docx' ? <HtmlView html={content.html} title={title} find={request.find} /> : null}
      {content?.kind === 'text' ? <TextView text={content.text} title={title} find={request.find} /> : null}
      {content?.kind === 'image' ? <ImageView bytes={content.bytes} type={content.imageType} title={title} /> : null}
      {content?.kind === 'unsupported' ? <p className="notice" data-testid="viewer-unsupported">{file?.fileName}: {content.reason}.</p> : null}
    </aside>
  );
}

/** The find box of a file shown as HTML or text. */
function FindBar({ title, root, version, initial }: { title: string; root: HTMLElement | null; version: unknown; initial?: string | undefined }) {
  const id = useId();
  const [query, setQuery] = useState(initial ?? '');
  const [current, setCurrent] = useState(0);
  const found = useFindInElement(root, query, current, version);
  return (
    <form role="search" className="pdf-toolbar pdf-find" aria-label={`Find in ${title}`} onSubmit={(e) => { e.preventDefault(); setCurrent((n) => n + 1); }}>
      <label htmlFor={id} className="visually-hidden">Find in {title}</label>
      <input id={id} className="input input--small" type="search" lang="en-GB" placeholder="Find" value={query}
        onChange={(e) => { setQuery(e.target.value); setCurrent(0); }}
        onKeyDown={(e) => { if (e.key === 'Enter' && e.shiftKey) { e.preventDefault(); setCurrent((n) => n - 1); } }} />
      <button type="button" className="button button--small" onClick={() => setCurrent((n) => n - 1)} aria-label="Previous match">↑</button>
      <button type="submit" className="button button--small" aria-label="Next match">↓</button>
      <span className="meta" role="status">{query ? found.label : ''}</span>
    </form>
  );
}

function HtmlView({ html, title, find }: { html: string; title: string; find?: string | undefined }) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!root) return;
    root.replaceChildren(sanitisedDocument(html));
    setVersion((v) => v + 1);
  }, [root, html]);
  return (
    <>
      <FindBar title={title} root={root} version={version} initial={find} />
      <div ref={setRoot} className="viewer-page viewer-docx" tabIndex={0} role="document" aria-label={`${title}, the document`} data-testid="viewer-docx" />
    </>
  );
}

function TextView({ text, title, find }: { text: string; title: string; find?: string | undefined }) {
  const [root, setRoot] = useState<HTMLPreElement | null>(null);
  return (
    <>
      <FindBar title={title} root={root} version={text} initial={find} />
      <pre ref={setRoot} className="viewer-page viewer-text" tabIndex={0} aria-label={`${title}, the text`} data-testid="viewer-text">{text}</pre>
    </>
  );
}

const zoomSteps = [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4];

function ImageView({ bytes, type, title }: { bytes: Uint8Array; type: string; title: string }) {
  const [url, setUrl] = useState<string | undefined>();
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  useEffect(() => {
    let stale = false;
    // A data: URL (the CSP's img-src allows data:, not blob:), made off the bytes without a string copy per byte.
    const reader = new FileReader();
    reader.onload = () => { if (!stale) setUrl(String(reader.result)); };
    reader.readAsDataURL(new Blob([bytes.slice()], { type }));
    return () => { stale = true; };
  }, [bytes, type]);
  const step = (d: 1 | -1) => setZoom((z) => {
    const at = z === 'fit' ? 3 : zoomSteps.indexOf(z);
    return zoomSteps[Math.min(zoomSteps.length - 1, Math.max(0, at + d))]!;
  });
  return (
    <>
      <div className="pdf-toolbar" role="toolbar" aria-label={`${title}: zoom`}>
        <button type="button" className="button button--small" onClick={() => step(-1)} aria-label="Zoom out">−</button>
        <span className="meta">{zoom === 'fit' ? 'Fit' : `${Math.round(zoom * 100)}%`}</span>
        <button type="button" className="button button--small" onClick={() => step(1)} aria-label="Zoom in">+</button>
        <button type="button" className="button button--small" onClick={() => setZoom('fit')}>Fit width</button>
      </div>
      <div className="viewer-page viewer-image" tabIndex={0} role="group" aria-label={`${title}, the picture`}>
        {url ? <img src={url} alt={`${title} (the attached picture)`} className={zoom === 'fit' ? 'viewer-image--fit' : undefined}
          style={zoom === 'fit' ? undefined : { width: `${zoom * 100}%`, maxWidth: 'none' }} data-testid="viewer-image" /> : null}
      </div>
    </>
  );
}
