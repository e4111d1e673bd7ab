// Nothing of the case is ever readable in the casefile, its -wal or -shm files, or a backup:
// search their bytes for known strings while the casefile is open and after it is closed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

const secrets = ['Riverside Primary School', 'Sarah Jones', 'Liam Jones', 'Exampleton', 'family time', 'impartial/casefile@1', 'p-mother'];
const attachmentText = 'ATTACHMENT-CONTENT-MARKER the school report of Child B';

function leaks(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const bytes = readFileSync(join(dir, name));
    for (const s of [...secrets, attachmentText, 'SQLite format 3']) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        if (bytes.includes(Buffer.from(s, encoding))) found.push(`${name}: "${s}" (${encoding})`);
      }
    }
  }
  return found;
}

describe('no plaintext on disk', () => {
  it('in the casefile, its -wal and -shm files while open and after closing, or in a backup', () => {
    const dir = tempDir();
    const path = join(dir, 'secret.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    // Writes while open leave pages in the WAL: those must be encrypted too.
    casefile.upsert('people', { ...sampleCase().people[0]!, jobTitle: 'Sarah Jones works at Riverside Primary School' });
    casefile.putAttachment('e-1', Buffer.from(attachmentText.repeat(50)), 'report.txt', 'text/plain');
    casefile.setSection('investigation', { introduction: 'Exampleton family time' });
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(leaks(dir)).toEqual([]);

    casefile.backupTo(join(dir, 'backup.casefile'));
    expect(leaks(dir)).toEqual([]);
    casefile.close();
    expect(readdirSync(dir).sort()).toEqual(['backup.casefile', 'secret.casefile']);
    expect(leaks(dir)).toEqual([]);

    // The search itself works: the strings are there once decrypted.
    const backup = openCasefile(join(dir, 'backup.casefile'), 'pw');
    expect(JSON.stringify(backup.readCase())).toContain('Riverside Primary School');
    expect(backup.readAttachment('e-1').toString()).toContain(attachmentText);
    backup.close();
  });
});
