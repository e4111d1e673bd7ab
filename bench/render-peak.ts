// Child process of render.bench.ts: renders the large IO report once to DOCX and once to PDF in
// a fresh process and prints the process's peak resident memory (the high-water mark, which a
// parent cannot see from outside).
import { renderDocx } from '../electron/core/render/docx.ts';
import { renderPdf } from '../electron/core/render/pdf.ts';
import { largeIoReport } from './render-model.ts';

const model = largeIoReport();
const docx = await renderDocx(model);
const pdf = await renderPdf(model);
// maxRSS is in kilobytes.
console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, docxBytes: docx.length, pdfBytes: pdf.length }));
