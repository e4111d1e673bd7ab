// Child process of render.bench.ts: renders the large IO report once to DOCX and once to PDF in
// a fresh process and prints the process's peak resident memory (the high-water mark, which a
// parent cannot see from outside), and how long those first renders took (fonts not yet parsed).
import { renderDocx } from '../electron/core/render/docx.ts';
import { renderPdf } from '../electron/core/render/pdf.ts';
import { largeIoReport } from './render-model.ts';

const model = largeIoReport();
let t0 = performance.now();
const docx = await renderDocx(model);
const docxColdMs = performance.now() - t0;
t0 = performance.now();
const pdf = await renderPdf(model);
const pdfColdMs = performance.now() - t0;
// maxRSS is in kilobytes.
console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, docxColdMs, pdfColdMs, docxBytes: docx.length, pdfBytes: pdf.length }));
