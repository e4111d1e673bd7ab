// pdf.js (pdfjs-dist), loaded the first time a PDF is shown, so that the app's start-up never
// pays for it. Under the app's CSP (electron/core/service/security-headers.ts) as it is:
// - its worker is a file of our own build, served from our origin (script-src 'self' covers a
//   module worker); the parsing and drawing run there, off the window's thread;
// - no eval (isEvalSupported: false), so no 'unsafe-eval';
// - no WebAssembly (useWasm: false), so no 'wasm-unsafe-eval': our documents have no JPEG 2000
//   or JBIG2 images, the only things pdf.js needs it for;
// - embedded fonts are loaded with the FontFace API from bytes, which no CSP directive stops;
// - the viewer's styles (pdf-view.css, the parts of pdf.js's own we use) are in the app's
//   stylesheet, and pdf.js sets styles only through the CSSOM, which style-src does not restrict.
// The viewer component (PDFViewer, from pdfjs-dist/web) reads the library from globalThis.pdfjsLib.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type * as PdfLibModule from 'pdfjs-dist';
import type * as PdfViewerModule from 'pdfjs-dist/web/pdf_viewer.mjs';

type PdfLib = typeof PdfLibModule;
type PdfViewerLib = typeof PdfViewerModule;

interface PdfJs {
  lib: PdfLib;
  viewer: PdfViewerLib;
  /** One worker for every document: starting one (1.2 MB of script) per preview would cost more than the preview. */
  worker: InstanceType<PdfLib['PDFWorker']>;
}

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const lib = await import('pdfjs-dist');
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    (globalThis as { pdfjsLib?: PdfLib }).pdfjsLib = lib;
    const viewer = await import('pdfjs-dist/web/pdf_viewer.mjs');
    return { lib, viewer, worker: new lib.PDFWorker() };
  })();
  return loading;
}

/** The options every document is opened with (see the CSP notes above). */
export const documentOptions = {
  isEvalSupported: false,
  useWasm: false,
  enableXfa: false,
  // Nothing is fetched: the bytes are given, and our PDFs embed their fonts.
  disableAutoFetch: true,
  disableStream: true,
} as const;
