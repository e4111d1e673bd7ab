// A PDF on screen, drawn by pdf.js's own viewer (pdfjs-dist/web: PDFViewer with its find
// controller), for the Preview region and for evidence files. Pages are drawn as they come into
// view, off the window's thread (pdf.js's worker); each has a text layer, so the text can be
// selected and copied, and is read by a screen reader with the PDF's own structure (headings,
// lists, tables from the tags). A toolbar zooms and finds in the file; `ref.scrollTo` goes to a
// page and a point on it. Given new bytes, it keeps the reading position and the zoom.
import { useCallback, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { documentOptions, loadPdfJs } from './pdfjs.ts';
import './pdf-view.css';

import type { PDFDocumentProxy as PdfDocument } from 'pdfjs-dist';
import type { EventBus, PDFLinkService as LinkService, PDFViewer as Viewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

/** A point in a PDF: the page (from 1) and, optionally, the distance from its top in PDF points. */
export interface PdfPlace {
  page: number;
  y?: number;
}

export interface PdfViewHandle {
  /** Scrolls so that the place is a third of the way down the view (once the pages are laid out). */
  scrollTo(place: PdfPlace): void;
}

export interface PdfViewProps {
  /** The PDF's bytes; new bytes replace the document shown, keeping the position and zoom. */
  data: Uint8Array | undefined;
  /** What the document is, for screen readers and the toolbar: "the IO report". */
  title: string;
  /** Called when the newest bytes are laid out (pages known, first pages being drawn). */
  onShown?: (pages: number) => void;
  ref?: Ref<PdfViewHandle>;
}

interface Parts {
  viewer: Viewer;
  eventBus: EventBus;
  linkService: LinkService;
}

/** Where in the view the place scrolled to goes: a third of the way down, so that the text
 *  before it (what was just typed, when the place is the caret's) shows too. */
const PLACE_AT = 1 / 3;

export function PdfView({ data, title, onShown, ref }: PdfViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const viewerDiv = useRef<HTMLDivElement>(null);
  const parts = useRef<Parts | undefined>(undefined);
  const shownDocument = useRef<PdfDocument | undefined>(undefined);
  /** A scroll asked for before the newest document's pages were laid out. */
  const pendingScroll = useRef<PdfPlace | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const [page, setPage] = useState({ number: 0, count: 0 });
  const [scale, setScale] = useState(1);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState('');
  const findId = useId();
  const onShownRef = useRef(onShown);
  onShownRef.current = onShown;

  const scrollNow = useCallback((place: PdfPlace) => {
    const viewer = parts.current?.viewer;
    const view = viewer?.getPageView(place.page - 1) as { viewport?: { viewBox: number[] } } | undefined;
    if (!viewer || !view?.viewport) return false;
    const top = view.viewport.viewBox[3] ?? 842;
    viewer.scrollPageIntoView({
      pageNumber: place.page,
      destArray: [null, { name: 'XYZ' }, 0, top - (place.y ?? 0), null],
      allowNegativeOffset: true,
    });
    const scroller = container.current;
    if (scroller && place.y !== undefined) scroller.scrollTop = Math.max(0, scroller.scrollTop - scroller.clientHeight * PLACE_AT);
    return true;
  }, []);

  useImperativeHandle(ref, () => ({
    scrollTo(place) {
      if (!scrollNow(place)) pendingScroll.current = place;
    },
  }), [scrollNow]);

  // The viewer, once: pdf.js is loaded on first use.
  useEffect(() => {
    let cancelled = false;
    void loadPdfJs().then(({ viewer: v }) => {
      if (cancelled || !container.current || !viewerDiv.current) return;
      const eventBus = new v.EventBus();
      const linkService = new v.PDFLinkService({ eventBus });
      const findController = new v.PDFFindController({ eventBus, linkService });
      const viewer = new v.PDFViewer({
        container: container.current,
        viewer: viewerDiv.current,
        eventBus,
        linkService,
        findController,
        textLayerMode: 1,
        annotationMode: 0, // our documents have no forms or annotations to draw
        removePageBorders: false,
      });
      linkService.setViewer(viewer);
      eventBus.on('pagechanging', (e: { pageNumber: number }) => setPage((p) => ({ ...p, number: e.pageNumber })));
      eventBus.on('scalechanging', (e: { scale: number }) => setScale(e.scale));
      eventBus.on('updatefindmatchescount', (e: { matchesCount: { current: number; total: number } }) => setFound(matchesText(e.matchesCount)));
      eventBus.on('updatefindcontrolstate', (e: { state: number; matchesCount: { current: number; total: number } }) => {
        setFound(e.state === v.FindState.NOT_FOUND ? 'Not found' : matchesText(e.matchesCount));
      });
      parts.current = { viewer, eventBus, linkService };
      setReady(true);
    }, (error: unknown) => setFailed(`The viewer could not start: ${error instanceof Error ? error.message : String(error)}`));
    return () => {
      cancelled = true;
      parts.current?.viewer.cleanup();
      void shownDocument.current?.destroy();
      shownDocument.current = undefined;
      parts.current = undefined;
    };
  }, []);

  // Each new document replaces the last once it has loaded; one overtaken while loading is dropped.
  useEffect(() => {
    if (!ready || !data) return;
    let stale = false;
    let loaded: PdfDocument | undefined;
    void loadPdfJs().then(async ({ lib, worker }) => {
      // pdf.js takes ownership of the buffer it is given (it moves to the worker): give it a copy.
      const task = lib.getDocument({ data: data.slice(), worker, ...documentOptions });
      try {
        loaded = await task.promise;
      } catch (error) {
        if (!stale) setFailed(`This PDF could not be shown: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      const p = parts.current;
      if (stale || !p || !container.current) {
        void loaded.destroy();
        return;
      }
      const keep = { top: container.current.scrollTop, left: container.current.scrollLeft, scale: shownDocument.current ? p.viewer.currentScaleValue : 'page-width' };
      const previous = shownDocument.current;
      shownDocument.current = loaded;
      const doc = loaded;
      p.eventBus.on('pagesinit', function laidOut() {
        p.eventBus.off('pagesinit', laidOut);
        if (shownDocument.current !== doc || !container.current) return;
        p.viewer.currentScaleValue = keep.scale;
        const wanted = pendingScroll.current;
        pendingScroll.current = undefined;
        if (!wanted || !scrollNow(wanted)) {
          container.current.scrollTop = keep.top;
          container.current.scrollLeft = keep.left;
        }
        setPage({ number: p.viewer.currentPageNumber, count: doc.numPages });
        onShownRef.current?.(doc.numPages);
      });
      p.viewer.setDocument(doc);
      p.linkService.setDocument(doc);
      setFailed(undefined);
      void previous?.destroy();
    });
    return () => {
      stale = true;
    };
  }, [ready, data, scrollNow]);

  const find = (again: boolean, previous = false) => {
    parts.current?.eventBus.dispatch('find', {
      source: null, type: again ? 'again' : '', query, caseSensitive: false, entireWord: false,
      highlightAll: true, findPrevious: previous, matchDiacritics: false,
    });
  };

  const zoom = (how: 'in' | 'out' | 'width') => {
    const viewer = parts.current?.viewer;
    if (!viewer) return;
    if (how === 'in') viewer.increaseScale();
    else if (how === 'out') viewer.decreaseScale();
    else viewer.currentScaleValue = 'page-width';
  };

  return (
    <div className="pdf-view">
      <div className="pdf-toolbar" role="toolbar" aria-label={`${title}: zoom and find`}>
        <button type="button" className="button button--small" onClick={() => zoom('out')} aria-label="Zoom out">−</button>
        <span className="meta pdf-scale" aria-live="off">{Math.round(scale * 100)}%</span>
        <button type="button" className="button button--small" onClick={() => zoom('in')} aria-label="Zoom in">+</button>
        <button type="button" className="button button--small" onClick={() => zoom('width')}>Fit width</button>
        <form
          role="search"
          className="pdf-find"
          aria-label={`Find in ${title}`}
          onSubmit={(e) => {
            e.preventDefault();
            find(true);
          }}
        >
          <label htmlFor={findId} className="visually-hidden">Find in {title}</label>
          <input
            id={findId}
            className="input input--small"
            type="search"
            lang="en-GB"
            placeholder="Find"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && e.shiftKey) {
                e.preventDefault();
                find(true, true);
              }
            }}
          />
          <button type="button" className="button button--small" onClick={() => find(true, true)} aria-label="Previous match">↑</button>
          <button type="submit" className="button button--small" aria-label="Next match">↓</button>
          <span className="meta" role="status">{query ? found : ''}</span>
        </form>
        {page.count ? <span className="meta pdf-page">Page {page.number} of {page.count}</span> : null}
      </div>
      {failed ? <p className="field-error" role="alert">{failed}</p> : null}
      {/* Focusable so that keyboard users can scroll it (arrow keys, Page Down). */}
      <div className="pdf-scroll-frame">
        {/* pdf.js's viewer needs its scrolling container absolutely positioned. */}
        <div className="pdf-scroll" ref={container} tabIndex={0} aria-label={`${title}, pages`} role="document">
          <div className="pdfViewer" ref={viewerDiv} />
        </div>
      </div>
    </div>
  );
}

function matchesText(count: { current: number; total: number } | undefined): string {
  if (!count || count.total === 0) return '';
  return `${count.current} of ${count.total} ${count.total === 1 ? 'match' : 'matches'}`;
}
