// The search index on the large generated case with 40 attached PDFs of 20 pages each (made
// here with pdfkit, every page a few hundred words): indexing the case's text, reading the 800
// pages into the index (pdf.js, in this process: the app does the same in its job worker), and
// one query, a phrase and a common word, against the 20 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { createCasefile, openCasefile } from '../electron/core/casefile/index.ts';
import { openDatabase } from '../electron/core/casefile/open.ts';
import { createStore } from '../electron/core/casefile/store.ts';
import { CaseTextIndex } from '../electron/core/search/case-text.ts';
import { extractText } from '../electron/core/search/extract/index.ts';
import { indexPendingFiles } from '../electron/core/search/index-files.ts';
import { generateLargeCase } from '../tests/fixtures/large-case.ts';
import { timeMedian, type BenchRow } from './measure.ts';

const FILES = 40;
const PAGES = 20;
const WORDS = ['the', 'social', 'worker', 'visited', 'family', 'review', 'meeting', 'plan', 'child', 'school', 'contact', 'agreed', 'record',
  'manager', 'placement', 'report', 'assessment', 'health', 'parent', 'carer', 'noted', 'concern', 'support', 'action', 'service', 'letter'];

function page(seed: number): string {
  let a = seed;
  const next = () => ((a = (a * 1103515245 + 12345) % 2 ** 31), a);
  return Array.from({ length: 320 }, (_, i) => `${WORDS[next() % WORDS.length]}${i % 17 === 16 ? '.' : ''}`).join(' ');
}

function pdf(file: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let p = 0; p < PAGES; p++) {
    if (p > 0) doc.addPage();
    doc.fontSize(11).text(page(file * 1000 + p), 60, 60, { width: 475 });
    if (file === 17 && p === 12) doc.text('The Ravensworth contact arrangements were agreed at the meeting.');
  }
  doc.end();
  return done;
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'impartial-bench-search-'));
  try {
    const large = generateLargeCase();
    const path = join(dir, 'large.casefile');
    createCasefile(path, 'a bench passphrase', large).close();
    // From nothing, as on the first opening after a casefile is created, imported or migrated.
    const db = openDatabase(path, 'a bench passphrase');
    const store = createStore(db);
    const text = new CaseTextIndex(db);
    const fromNothingMs = await timeMedian(3, () => db.transaction(() => {
      db.prepare("DELETE FROM search_entries WHERE kind IN ('record', 'section')").run();
      const t0 = performance.now();
      text.rebuild(store);
      return performance.now() - t0;
    })());
    db.close();
    const casefile = openCasefile(path, 'a bench passphrase');
    // Repair: the case's text brought in step and the whole FTS5 index rebuilt from its text.
    const repairMs = await timeMedian(3, () => casefile.repairIndex());
    // Again over an index already in step, as replaceCase does on a re-import: only changed text is rewritten.
    const reimportMs = await timeMedian(3, () => casefile.replaceCase(large));
    const evidence = large.evidence!.slice(0, FILES);
    for (const [i, e] of evidence.entries()) casefile.putAttachment(e.id, await pdf(i), `file ${i + 1}.pdf`, 'application/pdf');
    const t0 = performance.now();
    const { indexed, failed } = await indexPendingFiles(casefile, (file) => extractText(file));
    const filesMs = performance.now() - t0;
    if (indexed !== FILES || failed.length) throw new Error(`read ${indexed} files, ${failed.length} failed`);
    const phrase = casefile.search('"Ravensworth contact arrangements"');
    if (phrase.hits[0]?.place !== `${evidence[17]!.ref}, page 13`) throw new Error(`the phrase was not found where it is: ${JSON.stringify(phrase.hits[0])}`);
    const phraseMs = await timeMedian(21, () => casefile.search('"Ravensworth contact arrangements"'));
    const common = casefile.search('review');
    const commonMs = await timeMedian(21, () => casefile.search('review'));
    const finding = large.findings![0]!;
    let n = 0;
    const updateMs = await timeMedian(51, () => casefile.upsert('findings', { ...finding, analysis: `${finding.analysis} Revised ${++n}.` }));
    casefile.close();
    return [
      { area: 'search', measure: 'index the large case\'s text from nothing', value: fromNothingMs, unit: 'ms', note: '2,600 places, 390 kB of text; includes clearing it' },
      { area: 'search', measure: 'repair the index (case text, FTS5 rebuild)', value: repairMs, unit: 'ms', note: 'before the files are attached' },
      { area: 'search', measure: 're-import the large case (index in step)', value: reimportMs, unit: 'ms' },
      { area: 'search', measure: `read ${FILES} PDFs of ${PAGES} pages into the index`, value: filesMs, unit: 'ms', note: `${(filesMs / (FILES * PAGES)).toFixed(1)} ms a page, pdf.js in one thread` },
      { area: 'search', measure: 'one query: a phrase on one page', value: phraseMs, unit: 'ms', target: 20 },
      { area: 'search', measure: 'one query: a common word (first 50 of all)', value: commonMs, unit: 'ms', target: 20, note: `${common.total} places match` },
      { area: 'search', measure: 'single-record update with its index (finding)', value: updateMs, unit: 'ms', target: 5 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
