// Search over a real encrypted casefile and real files made here: a two-page PDF, a scanned
// PDF and a PNG (read by OCR), a Word document, a text file and an email. What the issue asks:
// a phrase on page 2 is found with its page, a phrase in the DOCX and in a finding are found, an
// absent word gives no hits, and none of the files' words are in the clear in the casefile or
// its journal; edits update the index; hostile queries are neither errors nor operators.
import fc from 'fast-check';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile, type Casefile } from '../../../electron/core/casefile/index.ts';
import { openDatabase } from '../../../electron/core/casefile/open.ts';
import { extractText } from '../../../electron/core/search/extract/index.ts';
import { indexPendingFiles } from '../../../electron/core/search/index-files.ts';
import type { FindingData } from '../../../shared/interchange/schema.ts';
import { removeTempDirs, sampleCase, tempDir } from '../casefile/helpers/files.ts';
import { docx, eml, pictureOfText, scannedPdf, textPdf } from './helpers/make-files.ts';

const PASSPHRASE = 'search test passphrase';
let path: string;
let casefile: Casefile;

const places = (query: string) => casefile.search(query).hits.map((h) => h.place);

beforeAll(async () => {
  path = join(tempDir(), 'search.casefile');
  casefile = createCasefile(path, PASSPHRASE, sampleCase());
  casefile.putAttachment('e-1', await textPdf([
    'Minutes of the core group meeting. The care plan was reviewed and agreed by everyone present.',
    'Actions: the social worker reported that the respite placement ended abruptly on 3 March 2024.',
  ]), 'core group minutes.pdf', 'application/pdf');
  casefile.putAttachment('e-2', await docx(['Record of contact.', 'An unannounced home visit took place; nobody answered the door.']),
    'contact record.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  casefile.putAttachment('e-3', Buffer.from('Telephone log\r\n12/03/2024 Caller asked about the quarterly pathway review.\r\n'), 'phone log.txt', 'text/plain');
  casefile.putAttachment('e-4', eml({
    from: 'Team Manager <manager@exampleton.example>', to: 'ms.a@example.com', subject: 'Strategy discussion',
    date: 'Tue, 5 Mar 2024 10:15:00 +0000', body: 'Dear Ms A, the safeguarding strategy discussion has been rearranged for Friday. Kind regards',
  }), 'strategy discussion.eml', 'message/rfc822');
  casefile.putAttachment('e-5', await scannedPdf(['Scanned letter one', 'The contact centre was closed on the weekend']), 'scanned letter.pdf', 'application/pdf');
  casefile.putAttachment('e-6', pictureOfText('Handwritten note about the kinship assessment'), 'note photo.png', 'image/png');
  const summary = await indexPendingFiles(casefile, (file) => extractText(file));
  expect(summary.failed).toEqual([]);
  expect(summary.indexed).toBe(6);
}, 120_000);

afterAll(() => {
  casefile?.close();
  removeTempDirs();
});

describe('search over the case and its files', () => {
  it('finds a phrase on page 2 of a PDF, with its page', () => {
    const { hits } = casefile.search('"respite placement ended"');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ place: 'D1, page 2', evidenceId: 'e-1', page: 2, path: 'evidence[0].attachment', target: { kind: 'file', evidenceId: 'e-1', page: 2 } });
    expect(hits[0]!.snippet).toContain('[respite placement ended]');
    expect(hits[0]!.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['respite placement ended']);
    expect(places('"care plan was reviewed"')).toEqual(['D1, page 1']);
  });

  it('finds a phrase in a Word document, a text file and an email', () => {
    expect(places('"unannounced home visit"')).toEqual(['D2, contact record.docx']);
    expect(places('quarterly pathway review')).toEqual(['D3, phone log.txt']);
    expect(places('"safeguarding strategy discussion"')).toEqual(['D4, strategy discussion.eml']);
    // The email's headers are searchable too, and the names of the files attached to it.
    expect(places('manager@exampleton.example minutes.pdf')).toEqual(['D4, strategy discussion.eml']);
  });

  it('reads scanned pages and pictures of text by OCR, offline', () => {
    expect(places('"contact centre was closed"')).toEqual(['D5, page 2']);
    expect(places('kinship assessment')).toEqual(['D6, note photo.png']);
  });

  it('finds a phrase in a finding, named by its point', () => {
    const hits = casefile.search('"second review"').hits;
    expect(hits.map((h) => h.place)).toContain('point 1, analysis');
    const hit = hits.find((h) => h.place === 'point 1, analysis')!;
    expect(hit).toMatchObject({ group: 'point:pt-1', groupLabel: 'Point 1', path: 'findings[0].analysis', target: { kind: 'record', collection: 'findings', key: 'pt-1', field: 'analysis' } });
  });

  it('gives no hits for an absent word, and says nothing is wrong', () => {
    expect(casefile.search('xylophone')).toMatchObject({ hits: [], total: 0, notSearched: [] });
    expect(casefile.search('respite xylophone').hits).toEqual([]);
  });

  it('names places in the words of the screens', () => {
    expect(places('"family court"')).toContain('point 5, why it is out of scope');
    const chronology = casefile.readCase().chronology![0]!;
    const word = chronology.event.match(/[A-Za-z]{6,}/)![0];
    expect(places(word)).toContain(`chronology, ${new Date(`${chronology.date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`);
    const interview = casefile.readCase().interviews![0]!;
    expect(places(interview.summary.match(/[A-Za-z]{7,}/)![0])).toContain(`interview ${interview.ref}, summary`);
  });

  it('leaves none of the files\' words in the clear in the casefile or its journal', () => {
    // The journal holds the latest writes (the index among them) until a checkpoint: both are scanned.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(100_000);
    const words = ['respite', 'abruptly', 'abruptli', 'unannounced', 'quarterly', 'safeguarding', 'kinship', 'centre', 'Telephone log'];
    for (const file of [path, `${path}-wal`]) {
      const bytes = readFileSync(file);
      for (const word of words) {
        expect(bytes.includes(Buffer.from(word)), `${word} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(word, 'utf16le')), `${word} (UTF-16) in ${file}`).toBe(false);
      }
    }
  });

  it('keeps the index in step with every edit', () => {
    const finding = casefile.readCase().findings!.find((f) => f.pointId === 'pt-2')!;
    casefile.upsert('findings', { ...finding, analysis: 'The panel noted a persistent pattern of cancelled appointments.' } satisfies FindingData);
    expect(places('"cancelled appointments"')).toEqual(['point 2, analysis']);
    casefile.upsert('findings', { ...finding, analysis: 'Rewritten: the appointments were rearranged in good time.' });
    expect(places('"cancelled appointments"')).toEqual([]);
    expect(places('rearranged in good time')).toEqual(['point 2, analysis']);
    // Renumbering a point renames its places at once: numbers are looked up at search time.
    const point = casefile.readCase().statement.points.find((p) => p.id === 'pt-2')!;
    casefile.upsert('points', { ...point, number: '2b' });
    expect(places('rearranged in good time')).toEqual(['point 2b, analysis']);
    casefile.upsert('points', point);
    // A section, and a section removed with its records.
    casefile.setSection('investigation', { ...casefile.readCase().investigation, methodology: 'I read every supervision record twice.' });
    expect(places('supervision record twice')).toEqual(['investigation, methodology']);
    const ip = casefile.readCase().ipReview!;
    casefile.upsert('ipReviewPoints', { pointId: 'pt-3', view: 'disagree', comment: 'The chronology omits the October escalation.' });
    expect(places('October escalation')).toEqual(['IP review, point 3, comment']);
    casefile.setSection('ipReview', undefined);
    expect(places('October escalation')).toEqual([]);
    casefile.setSection('ipReview', { overall: ip.overall, process: ip.process, recommendationsComment: ip.recommendationsComment });
    for (const p of ip.points) casefile.upsert('ipReviewPoints', p);
    // A removed record, and a replaced or removed file.
    casefile.upsert('evidence', { id: 'e-9', ref: 'D9', kind: 'other', title: 'Parking receipt for the Wolverhampton meeting', pointIds: [] });
    expect(places('Wolverhampton')).toEqual(['D9, title']);
    casefile.remove('evidence', 'e-9');
    expect(places('Wolverhampton')).toEqual([]);
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
  });

  it('treats quotes, stars, colons, NEAR, boolean words and brackets as text, never as errors or operators', () => {
    const hostile = ['"', '""', '*', '**', 'NEAR(respite placement)', 'respite NEAR placement', 'respite OR xylophone', 'NOT respite',
      'respite AND', '(', ')', 'text:respite', '{text}: respite', '-respite', '^respite', 'respite +', "O'Brien", '\\', '\u0002respite\u0003', '😀', 'a"b"c', 'respite*placement'];
    for (const q of hostile) expect(() => casefile.search(q), q).not.toThrow();
    // OR is a word to be found, not "either": nothing has both "respite" and "or xylophone".
    expect(casefile.search('respite OR xylophone').hits).toEqual([]);
    expect(casefile.search('NOT respite').hits.map((h) => h.place)).toEqual([]);
    expect(places('NEAR(respite placement)')).toEqual([]);
    expect(places('text:respite')).toEqual([]);
    // Documented: a trailing star is a prefix; a word with punctuation inside is a phrase.
    expect(places('respi*')).toEqual(['D1, page 2']);
    expect(places('03/2024')).toEqual(['D3, phone log.txt']);
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (q) => {
      const r = casefile.search(q);
      return Array.isArray(r.hits) && r.total >= r.hits.length;
    }), { numRuns: 300 });
  });
});

describe('files that cannot be read', () => {
  it('are marked failed with the reason, and the rest of the case stays searchable', async () => {
    const dir = tempDir();
    const other = createCasefile(join(dir, 'failed.casefile'), PASSPHRASE, sampleCase());
    try {
      other.putAttachment('e-1', Buffer.from('ID3\u0004\u0000 not really a song'), 'voicemail.mp3', 'audio/mpeg');
      other.putAttachment('e-2', pictureOfText(''), 'blank.png', 'image/png');
      other.putAttachment('e-3', Buffer.from('%PDF-1.7\n% broken'), 'broken.pdf', 'application/pdf');
      other.putAttachment('e-4', await textPdf(['A text page', '']), 'half blank.pdf', 'application/pdf');
      await indexPendingFiles(other, (file) => extractText(file));
      const states = Object.fromEntries(other.fileTextStates().map((s) => [s.ref, s]));
      expect(states.D1).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^not searchable: only the text of PDF, Word/) });
      expect(states.D2).toMatchObject({ status: 'failed', reason: 'not searchable: no text found in the image' });
      expect(states.D3).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^the PDF could not be read/) });
      expect(states.D4).toMatchObject({ status: 'indexed', pages: 2, unreadablePages: [2], reason: 'not searchable: no text layer on page 2' });
      expect(other.search('"second review"').hits.length).toBeGreaterThan(0);
      expect(other.search('review').notSearched.map((s) => s.ref)).toEqual(['D1', 'D2', 'D3', 'D4']);
    } finally {
      other.close();
    }
  }, 60_000);
});

describe('the index and the casefile', () => {
  it('is rebuilt by repairIndex, and verify reports an index out of step', async () => {
    const file = join(tempDir(), 'repair.casefile');
    const c = createCasefile(file, PASSPHRASE, sampleCase());
    c.putAttachment('e-1', Buffer.from('Note of the Tuesday handover.'), 'note.txt', 'text/plain');
    await indexPendingFiles(c, (f) => extractText(f));
    c.close();
    const db = openDatabase(file, PASSPHRASE);
    db.prepare("DELETE FROM search_entries WHERE kind = 'record' AND scope = 'findings'").run();
    db.close();
    const reopened = openCasefile(file, PASSPHRASE);
    try {
      expect(reopened.search('"second review"').hits.filter((h) => h.target.kind === 'record' && h.target.collection === 'findings')).toEqual([]);
      expect(reopened.verify().problems).toEqual([expect.stringMatching(/^the search index is out of step with the case \(\d+ places differ\): rebuild it with "impartial verify --repair-index"$/)]);
      reopened.repairIndex();
      expect(reopened.fileTextStates().map((s) => s.status)).toEqual(['pending']);
      await indexPendingFiles(reopened, (f) => extractText(f));
      expect(reopened.verify()).toEqual({ ok: true, problems: [] });
      expect(reopened.search('"second review"').hits.map((h) => h.place)).toContain('point 1, analysis');
      expect(reopened.search('Tuesday handover').hits.map((h) => h.place)).toEqual(['D1, note.txt']);
    } finally {
      reopened.close();
    }
  });
});
