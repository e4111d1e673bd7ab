// The one atomic file writer (electron/core/files/write-atomically.ts) and the removal of
// what an interrupted write leaves (leftovers.ts), on the real disk.
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { AlreadyExistsError, FolderNotFoundError } from '../../../electron/core/files/errors.ts';
import { ABANDONED_AFTER_MS, removeLeftovers } from '../../../electron/core/files/leftovers.ts';
import { writeAtomically, writeFileAtomically } from '../../../electron/core/files/write-atomically.ts';
import { removeTempDirs, sampleCase, tempDir } from '../casefile/helpers/files.ts';

afterAll(removeTempDirs);

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('writing a file atomically', () => {
  it('replaces a file in one step, readable by the user only, and leaves no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'report.pdf');
    writeFileSync(path, 'old', { mode: 0o644 });
    writeFileAtomically(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(modeOf(path)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('leaves the old file as it was when writing the new one fails', () => {
    const dir = tempDir();
    const path = join(dir, 'export.json');
    writeFileSync(path, 'old');
    expect(() => writeAtomically(path, (temp) => { writeFileSync(temp, 'half'); throw new Error('disk full'); }, { existing: 'replace' })).toThrow('disk full');
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['export.json']);
  });

  it('refuses to overwrite where that is the rule, even a file that appears while it writes', () => {
    const dir = tempDir();
    const path = join(dir, 'new.casefile');
    writeFileSync(path, 'precious');
    expect(() => writeFileAtomically(path, 'x', { existing: 'refuse' })).toThrow(AlreadyExistsError);
    expect(readFileSync(path, 'utf8')).toBe('precious');

    const racing = join(dir, 'racing.casefile');
    expect(() => writeAtomically(racing, (temp) => {
      writeFileSync(temp, 'mine');
      writeFileSync(racing, 'someone else'); // another program takes the name meanwhile
    }, { existing: 'refuse' })).toThrow(AlreadyExistsError);
    expect(readFileSync(racing, 'utf8')).toBe('someone else');
    expect(readdirSync(dir).sort()).toEqual(['new.casefile', 'racing.casefile']);
  });

  it('removes the temporary file and its SQLite journals when producing it fails', () => {
    const dir = tempDir();
    expect(() => writeAtomically(join(dir, 'x.casefile'), (temp) => {
      for (const suffix of ['', '-journal', '-wal']) writeFileSync(`${temp}${suffix}`, 'half');
      throw new Error('killed');
    }, { existing: 'refuse' })).toThrow('killed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names a missing folder by the file it was for: the command line sees the folder, the app does not', () => {
    const dir = tempDir();
    const path = join(dir, 'missing', 'x.casefile');
    const error = (() => { try { writeFileAtomically(path, 'x'); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(FolderNotFoundError);
    const refused = error as FolderNotFoundError;
    expect(refused.messageFor('app')).toBe('the folder for x.casefile does not exist');
    expect(refused.messageFor('cli')).toBe(`the folder for x.casefile does not exist (${join(dir, 'missing')})`);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('leftovers of an interrupted write', () => {
  const old = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
  const make = (dir: string, name: string, fresh = false) => {
    writeFileSync(join(dir, name), 'x');
    if (!fresh) utimesSync(join(dir, name), old, old);
  };

  it('removes only our own abandoned .partial casefiles and their journals, at the next open or create in the folder', () => {
    const dir = tempDir();
    createCasefile(join(dir, 'case.casefile'), 'pw', sampleCase()).close();
    const ours = ['.case.casefile.0123456789ab.partial', '.case.casefile.0123456789ab.partial-journal', '.Other Case.casefile.abcdef012345.partial'];
    for (const name of ours) make(dir, name);
    const kept = [
      '.case.casefile.fedcba987654.partial', // fresh: perhaps another process is writing it now
      '.report.pdf.0123456789ab.partial', // not a casefile's
      '.case.casefile.partial', // not our pattern
      'case.casefile.0123456789ab.partial', // not hidden
      '.case.casefile.0123456789ab.partial.bak', // someone's copy
      'notes.txt',
    ];
    for (const name of kept) make(dir, name, name === kept[0]);
    // A fresh journal keeps its group: the file it belongs to may still be being written.
    make(dir, '.busy.casefile.aaaaaaaaaaaa.partial');
    make(dir, '.busy.casefile.aaaaaaaaaaaa.partial-wal', true);
    // A link or a folder with our name is never followed or removed.
    mkdirSync(join(dir, '.dir.casefile.bbbbbbbbbbbb.partial'));
    symlinkSync(join(dir, 'notes.txt'), join(dir, '.link.casefile.cccccccccccc.partial'));
    utimesSync(join(dir, '.dir.casefile.bbbbbbbbbbbb.partial'), old, old);

    openCasefile(join(dir, 'case.casefile'), 'pw').close();
    const left = readdirSync(dir);
    for (const name of ours) expect(left).not.toContain(name);
    for (const name of [...kept, '.busy.casefile.aaaaaaaaaaaa.partial', '.busy.casefile.aaaaaaaaaaaa.partial-wal', '.dir.casefile.bbbbbbbbbbbb.partial', '.link.casefile.cccccccccccc.partial']) {
      expect(left).toContain(name);
    }
    expect(lstatSync(join(dir, '.link.casefile.cccccccccccc.partial')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);

    // Creating a casefile in the folder cleans it too.
    make(dir, '.again.casefile.dddddddddddd.partial');
    createCasefile(join(dir, 'second.casefile'), 'pw', sampleCase()).close();
    expect(readdirSync(dir)).not.toContain('.again.casefile.dddddddddddd.partial');
  });

  it('never throws, whatever the folder', () => {
    expect(removeLeftovers(join(tempDir(), 'no such folder'))).toEqual([]);
  });
});
