// The casefile stays consistent when the process is killed while a file is being read: the file
// read before is in the index, the one being read stays pending (and is read next time), and
// the casefile verifies.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { extractText } from '../../../electron/core/search/extract/index.ts';
import { indexPendingFiles } from '../../../electron/core/search/index-files.ts';
import { removeTempDirs, sampleCase, tempDir } from '../casefile/helpers/files.ts';
import { textPdf } from './helpers/make-files.ts';

afterAll(removeTempDirs);

describe('a process killed while reading attached files', () => {
  it('leaves the files read indexed, the one being read pending, and the casefile sound', async () => {
    const path = join(tempDir(), 'killed.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    casefile.putAttachment('e-1', await textPdf(['First file: the Betelgeuse strategy meeting minutes']), 'first.pdf', 'application/pdf');
    casefile.putAttachment('e-2', await textPdf(['Second file: the Aldebaran placement plan review']), 'second.pdf', 'application/pdf');
    casefile.close();

    const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/kill-while-reading.ts'), path, 'pw'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const said: string[] = [];
    child.stdout.on('data', (d: Buffer) => said.push(d.toString()));
    const signal = await new Promise((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGKILL');
    expect(said.join('')).toContain('reading the second file');

    const reopened = openCasefile(path, 'pw');
    try {
      expect(reopened.verify()).toEqual({ ok: true, problems: [] });
      expect(reopened.fileTextStates().map((s) => [s.ref, s.status])).toEqual([['D1', 'indexed'], ['D2', 'pending']]);
      expect(reopened.search('Betelgeuse').hits.map((h) => h.place)).toEqual(['D1, page 1']);
      expect(reopened.search('Aldebaran').hits).toEqual([]);
      await indexPendingFiles(reopened, (file) => extractText(file));
      expect(reopened.search('Aldebaran').hits.map((h) => h.place)).toEqual(['D2, page 1']);
    } finally {
      reopened.close();
    }
  }, 60_000);
});
