// Rendering the large case's IO report (about 150 pages): DOCX <= 1 s, PDF <= 2 s, peak memory
// <= 300 MB, and, in the same run, LibreOffice headless converting our DOCX to PDF, which our own
// PDF must beat at least 10 times over.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { renderDocx } from '../electron/core/render/docx.ts';
import { renderPdf } from '../electron/core/render/pdf.ts';
import { timeMedian, type BenchRow } from './measure.ts';
import { libreOfficeMs, NO_SOFFICE_NOTE } from './libreoffice.ts';
import { largeIoReport } from './render-model.ts';

const area = 'render';

function pageCount(pdf: Uint8Array): number {
  // Our PDFs are uncompressed at the object level: one "/Type /Pages" tree with a /Count.
  const match = Buffer.from(pdf).toString('latin1').match(/\/Type \/Pages\s*\/Count (\d+)/);
  return match ? Number(match[1]) : NaN;
}

export async function run(): Promise<BenchRow[]> {
  const model = largeIoReport();
  const docx = await renderDocx(model);
  const pdf = await renderPdf(model);
  const pages = pageCount(pdf);
  const docxMs = await timeMedian(3, () => renderDocx(model));
  const pdfMs = await timeMedian(3, () => renderPdf(model));

  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'render-peak.ts')], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`render-peak.ts failed: ${child.stderr}`);
  const peak = JSON.parse(child.stdout.trim().split('\n').pop()!) as { maxRssMB: number; docxColdMs: number; pdfColdMs: number; docxBytes: number; pdfBytes: number };

  const rows: BenchRow[] = [
    { area, measure: 'large IO report: pages', value: pages, unit: 'pages' },
    { area, measure: 'large IO report to DOCX', value: docxMs, unit: 'ms', target: 1000 },
    { area, measure: 'large IO report to PDF', value: pdfMs, unit: 'ms', target: 2000 },
    { area, measure: 'first DOCX in a fresh process', value: peak.docxColdMs, unit: 'ms', note: `${Math.round(peak.docxBytes / 1024)} KB` },
    { area, measure: 'first PDF in a fresh process', value: peak.pdfColdMs, unit: 'ms', note: `${Math.round(peak.pdfBytes / 1024)} KB` },
    { area, measure: 'peak RSS, fresh process, DOCX + PDF', value: peak.maxRssMB, unit: 'MB', target: 300 },
  ];
  const loMs = libreOfficeMs(docx, await renderDocx({ ...model, blocks: model.blocks.slice(0, 10) }));
  if (Number.isNaN(loMs)) {
    rows.push({ area, measure: 'LibreOffice headless DOCX to PDF', value: NaN, unit: 'ms', note: NO_SOFFICE_NOTE });
  } else {
    const ratio = loMs / pdfMs;
    rows.push({ area, measure: 'LibreOffice headless DOCX to PDF', value: loMs, unit: 'ms' });
    rows.push({ area, measure: 'our PDF vs LibreOffice: times faster', value: ratio, unit: 'x', note: `target >= 10x: ${ratio >= 10 ? 'ok' : 'MISSED'}` });
  }
  return rows;
}
