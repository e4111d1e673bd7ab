// A casefile of the first release (schema 1, no search index) opens migrated and searchable:
// its case text is indexed on opening, its attached files are pending and then read.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { extractText } from '../../../electron/core/search/extract/index.ts';
import { indexPendingFiles } from '../../../electron/core/search/index-files.ts';
import { removeTempDirs, root, tempDir } from '../casefile/helpers/files.ts';

afterAll(removeTempDirs);

describe('the v1 fixture', () => {
  it('migrates and is searchable: its case text at once, its files once read', async () => {
    const path = join(tempDir(), 'v1.casefile');
    copyFileSync(join(root, 'tests/fixtures/v1.casefile'), path);
    const casefile = openCasefile(path, 'v1 fixture: correct horse battery staple');
    try {
      expect(casefile.info().schemaVersion).toBeGreaterThanOrEqual(2);
      expect(casefile.search('"second review within six months"').hits.map((h) => h.place)).toEqual(['point 1, analysis']);
      expect(casefile.fileTextStates().map((s) => [s.ref, s.status])).toEqual([['D1', 'pending'], ['D2', 'pending']]);
      const notes = casefile.readAttachment('e-1').toString('utf8');
      const word = notes.match(/[A-Za-z]{8,}/)![0];
      const summary = await indexPendingFiles(casefile, (file) => extractText(file));
      // The fixture's "PDF" is a stand-in of 70 bytes with no pages: it is marked failed, with the reason.
      expect(summary.indexed).toBe(1);
      expect(casefile.fileTextStates().map((s) => [s.ref, s.status, s.reason])).toEqual([
        ['D1', 'indexed', undefined], ['D2', 'failed', 'the PDF could not be read (Invalid PDF structure.)'],
      ]);
      expect(casefile.search(word).hits.map((h) => h.place)).toContain('D1, case-notes-extract.txt');
      expect(casefile.verify()).toEqual({ ok: true, problems: [] });
    } finally {
      casefile.close();
    }
  });
});
