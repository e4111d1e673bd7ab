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
  /** Called with the page most in view as it changes (the evidence viewer cites it). */
  onPageChange?: (page: number) => void;
  ref?: Ref<PdfViewHandle>;
}

interface Slot {
  container: HTMLDivElement;
  viewer: Viewer;
  eventBus: EventBus;
  linkService: LinkService;
  doc?: PdfDocument | undefined;
}

/** Where in the view the place scrolled to goes: a third of the way down, so that the text
 *  before it (what was just typed, when the place is the caret's) shows too. */
const PLACE_AT = 1 / 3;
/** Shown even if its first page has not finished drawing by then. */
const SWAP_AFTER_MS = 1500;

// Two viewers, one behind the other: new bytes are laid out and drawn behind the one shown, at
// its zoom and position, and the two change places once the new one's first page is drawn, so
// an update never blanks the pages (pdf.js clears a viewer when it is given a new document).
export function PdfView({ data, title, onShown, onPageChange, ref }: PdfViewProps) {
  const containers = [useRef<HTMLDivElement>(null), useRef<HTMLDivElement>(null)] as const;
  const viewerDivs = [useRef<HTMLDivElement>(null), useRef<HTMLDivElement>(null)] as const;
  const slots = useRef<Slot[]>([]);
  const front = useRef(0);
  const [shown, setShown] = useState(0);
  /** True while a document is being laid out behind the one shown. */
  const loading = useRef(false);
  /** A scroll asked for while the newest document is being laid out. */
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
  const onPageRef = useRef(onPageChange);
  onPageRef.current = onPageChange;
  useEffect(() => { if (page.number) onPageRef.current?.(page.number); }, [page.number]);

  const scrollNow = useCallback((slot: Slot | undefined, place: PdfPlace) => {
    const view = slot?.viewer.getPageView(place.page - 1) as { viewport?: { viewBox: number[] } } | undefined;
    if (!slot || !view?.viewport) return false;
    const top = view.viewport.viewBox[3] ?? 842;
    slot.viewer.scrollPageIntoView({
      pageNumber: place.page,
      destArray: [null, { name: 'XYZ' }, 0, top - (place.y ?? 0), null],
      allowNegativeOffset: true,
    });
    const scroller = slot.container;
    if (place.y !== undefined) scroller.scrollTop = Math.max(0, scroller.scrollTop - scroller.clientHeight * PLACE_AT);
    return true;
  }, []);

  useImperativeHandle(ref, () => ({
    scrollTo(place) {
      if (loading.current || !scrollNow(slots.current[front.current], place)) pendingScroll.current = place;
    },
  }), [scrollNow]);

  // The two viewers, once: pdf.js is loaded on first use.
  useEffect(() => {
    let cancelled = false;
    void loadPdfJs().then(({ viewer: v }) => {
      if (cancelled) return;
      const made: Slot[] = [];
      for (const i of [0, 1]) {
        const container = containers[i]!.current;
        const viewerDiv = viewerDivs[i]!.current;
        if (!container || !viewerDiv) return;
        const eventBus = new v.EventBus();
        const linkService = new v.PDFLinkService({ eventBus });
        const findController = new v.PDFFindController({ eventBus, linkService });
        const viewer = new v.PDFViewer({
          container, viewer: viewerDiv, eventBus, linkService, findController,
          textLayerMode: 1,
          annotationMode: 0, // our documents have no forms or annotations to draw
          removePageBorders: false,
        });
        linkService.setViewer(viewer);
        // Only the viewer shown speaks to the toolbar.
        const mine = () => front.current === i;
        eventBus.on('pagechanging', (e: { pageNumber: number }) => { if (mine()) setPage((p) => ({ ...p, number: e.pageNumber })); });
        eventBus.on('scalechanging', (e: { scale: number }) => { if (mine()) setScale(e.scale); });
        eventBus.on('updatefindmatchescount', (e: { matchesCount: { current: number; total: number } }) => { if (mine()) setFound(matchesText(e.matchesCount)); });
        eventBus.on('updatefindcontrolstate', (e: { state: number; matchesCount: { current: number; total: number } }) => {
          if (mine()) setFound(e.state === v.FindState.NOT_FOUND ? 'Not found' : matchesText(e.matchesCount));
        });
        made.push({ container, viewer, eventBus, linkService });
      }
      slots.current = made;
      setReady(true);
    }, (error: unknown) => setFailed(`The viewer could not start: ${error instanceof Error ? error.message : String(error)}`));
    return () => {
      cancelled = true;
      for (const slot of slots.current) {
        slot.viewer.cleanup();
        void slot.doc?.destroy();
      }
      slots.current = [];
    };
    // The refs are stable: this runs once.
  }, []);

  // Each new document is laid out behind the one shown; one overtaken while loading is dropped.
  useEffect(() => {
    if (!ready || !data) return;
    let stale = false;
    let loaded: PdfDocument | undefined;
    loading.current = true;
    void loadPdfJs().then(async ({ lib, worker }) => {
      // pdf.js takes ownership of the buffer it is given (it moves to the worker): give it a copy.
      const task = lib.getDocument({ data: data.slice(), worker, ...documentOptions });
      try {
        loaded = await task.promise;
      } catch (error) {
        if (!stale) {
          loading.current = false;
          setFailed(`This PDF could not be shown: ${error instanceof Error ? error.message : String(error)}`);
        }
        return;
      }
      const frontIndex = front.current;
      const shownSlot = slots.current[frontIndex];
      const back = slots.current[1 - frontIndex];
      if (stale || !shownSlot || !back) {
        void loaded.destroy();
        return;
      }
      const doc = loaded;
      const keep = shownSlot.doc
        ? { top: shownSlot.container.scrollTop, left: shownSlot.container.scrollLeft, scale: shownSlot.viewer.currentScaleValue }
        : { top: 0, left: 0, scale: 'page-width' };
      const previousBack = back.doc;
      back.doc = doc;
      let swapped = false;
      const swap = () => {
        if (swapped || stale || back.doc !== doc) return;
        swapped = true;
        back.eventBus.off('textlayerrendered', swap);
        clearTimeout(timer);
        const hadFocus = shownSlot.container.contains(document.activeElement);
        front.current = 1 - frontIndex;
        // Changed on the page at once (React's render, which says the same, comes a frame later):
        // the old one is emptied below and must not be on show meanwhile.
        back.container.classList.remove('pdf-scroll--behind');
        shownSlot.container.classList.add('pdf-scroll--behind');
        setShown(front.current);
        loading.current = false;
        setScale(back.viewer.currentScale);
        setPage({ number: back.viewer.currentPageNumber, count: doc.numPages });
        if (hadFocus) back.container.focus({ preventScroll: true });
        // The old one is emptied, ready to take the next document behind this one.
        const old = shownSlot.doc;
        shownSlot.doc = undefined;
        shownSlot.viewer.setDocument(null as unknown as PdfDocument);
        void old?.destroy();
        onShownRef.current?.(doc.numPages);
      };
      const timer = setTimeout(swap, SWAP_AFTER_MS);
      back.eventBus.on('pagesinit', function laidOut() {
        back.eventBus.off('pagesinit', laidOut);
        if (back.doc !== doc) return;
        back.viewer.currentScaleValue = keep.scale;
        const wanted = pendingScroll.current;
        pendingScroll.current = undefined;
        if (!wanted || !scrollNow(back, wanted)) {
          back.container.scrollTop = keep.top;
          back.container.scrollLeft = keep.left;
        }
        // Shown once a page in view has its text (drawn after its picture).
        back.eventBus.on('textlayerrendered', swap);
      });
      back.viewer.setDocument(doc);
      back.linkService.setDocument(doc);
      setFailed(undefined);
      void previousBack?.destroy();
    });
    return () => {
      stale = true;
    };
  }, [ready, data, scrollNow]);

  const find = (again: boolean, previous = false) => {
    slots.current[front.current]?.eventBus.dispatch('find', {
      source: null, type: again ? 'again' : '', query, caseSensitive: false, entireWord: false,
      highlightAll: true, findPrevious: previous, matchDiacritics: false,
    });
  };

  const zoom = (how: 'in' | 'out' | 'width') => {
    const viewer = slots.current[front.current]?.viewer;
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
        {/* pdf.js's viewer needs its scrolling container absolutely positioned. The one behind
            is hidden from sight, focus and the accessibility tree until it changes places. */}
        {([0, 1] as const).map((i) => (
          <div key={i} className={i === shown ? 'pdf-scroll' : 'pdf-scroll pdf-scroll--behind'} ref={containers[i]}
            tabIndex={i === shown ? 0 : -1} aria-label={`${title}, pages`} role="document">
            <div className="pdfViewer" ref={viewerDivs[i]} />
          </div>
        ))}
      </div>
    </div>
  );
}

function matchesText(count: { current: number; total: number } | undefined): string {
  if (!count || count.total === 0) return '';
  return `${count.current} of ${count.total} ${count.total === 1 ? 'match' : 'matches'}`;
}
