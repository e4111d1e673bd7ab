// Every way opening a casefile can fail has its own error and a one-line message naming the
// file: wrong passphrase, not a casefile, missing, newer schema, already exists; and a failed
// create leaves nothing behind.
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AlreadyExistsError, CasefileNotFoundError, createCasefile, DamagedOrWrongPassphraseError, EmptyPassphraseError, InvalidCaseError, NewerVersionError,
  NotACasefileError, openCasefile, SCHEMA_VERSION,
} from '../../../electron/core/casefile/index.ts';
import { newCasefile, removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

describe('opening a casefile', () => {
  it('refuses a wrong passphrase, saying it may instead be damage (SQLCipher cannot tell), and the right one still works', () => {
    const path = newCasefile();
    expect(() => openCasefile(path, 'wrong passphrase')).toThrow(DamagedOrWrongPassphraseError);
    expect(() => openCasefile(path, 'wrong passphrase')).toThrow('the passphrase does not open case.casefile, or the file is damaged');
    const casefile = openCasefile(path, 'right passphrase');
    expect(casefile.readCase().case.title).toBe(sampleCase().case.title);
    casefile.close();
  });

  it('treats the same words typed in another Unicode form as the same passphrase', () => {
    const path = join(tempDir(), 'unicode.casefile');
    createCasefile(path, 'caf\u00e9 cr\u00e8me', sampleCase()).close();
    openCasefile(path, 'cafe\u0301 cre\u0300me').close();
  });

  it('refuses an empty passphrase rather than create an unencrypted file', () => {
    const dir = tempDir();
    expect(() => createCasefile(join(dir, 'x.casefile'), '', sampleCase())).toThrow(EmptyPassphraseError);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names a missing file', () => {
    expect(() => openCasefile(join(tempDir(), 'nowhere.casefile'), 'pw')).toThrow(CasefileNotFoundError);
  });

  it.each([
    ['an empty file', (p: string) => writeFileSync(p, ''), 'the file is empty'],
    ['a JSON file', (p: string) => writeFileSync(p, JSON.stringify(sampleCase())), 'it is a JSON file'],
    ['a text file', (p: string) => writeFileSync(p, 'Notes from the meeting\n'.repeat(400)), 'it is a text file'],
    ['a PDF', (p: string) => writeFileSync(p, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5000, 1)])), 'it is a PDF file'],
    ['a file whose size is not whole pages', (p: string) => writeFileSync(p, Buffer.alloc(5000, 0xa7)), 'not a whole number of 4096-byte pages'],
    ['a folder', (p: string) => mkdirSync(p), 'it is a folder'],
    ['an unencrypted SQLite database', (p: string) => { const db = new Database(p); db.exec('CREATE TABLE t (x)'); db.close(); }, 'it is an unencrypted SQLite database'],
  ])('refuses %s as not a casefile, without changing it', (_what, make, why) => {
    const path = join(tempDir(), 'other.casefile');
    make(path);
    const before = (() => { try { return readFileSync(path); } catch { return undefined; } })();
    expect(() => openCasefile(path, 'pw')).toThrow(NotACasefileError);
    expect(() => openCasefile(path, 'pw')).toThrow(why);
    if (before) expect(readFileSync(path)).toEqual(before);
  });

  it('refuses an encrypted database that Impartial did not write', () => {
    const path = join(tempDir(), 'foreign.casefile');
    const db = new Database(path);
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(Buffer.from('pw'));
    db.exec('CREATE TABLE notes (x TEXT)');
    db.close();
    expect(() => openCasefile(path, 'pw')).toThrow(NotACasefileError);
    expect(() => openCasefile(path, 'pw')).toThrow('not one written by Impartial');
  });

  it('refuses a casefile written by a newer version, and leaves it unchanged', () => {
    const path = newCasefile();
    const db = new Database(path);
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.key(Buffer.from('right passphrase'));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    expect(() => openCasefile(path, 'right passphrase')).toThrow(NewerVersionError);
    expect(() => openCasefile(path, 'right passphrase')).toThrow(`casefile schema ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}`);
    expect(readFileSync(path)).toEqual(before);
  });
});

describe('creating a casefile', () => {
  it('refuses to overwrite an existing file of any kind', () => {
    const dir = tempDir();
    const path = join(dir, 'taken.casefile');
    writeFileSync(path, 'precious');
    expect(() => createCasefile(path, 'pw', sampleCase())).toThrow(AlreadyExistsError);
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['taken.casefile']);
  });

  it('validates the data first and, when it is refused, leaves no file behind', () => {
    const dir = tempDir();
    const bad = sampleCase();
    bad.statement.points[2]!.number = '2';
    expect(() => createCasefile(join(dir, 'bad.casefile'), 'pw', bad)).toThrow(InvalidCaseError);
    expect(() => createCasefile(join(dir, 'bad.casefile'), 'pw', bad)).toThrow('statement.points[2].number: duplicate "2"');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so when the folder does not exist', () => {
    const dir = tempDir();
    expect(() => createCasefile(join(dir, 'missing', 'x.casefile'), 'pw', sampleCase())).toThrow(`the folder for x.casefile does not exist (${join(dir, 'missing')})`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves only the casefile itself once closed: no journal, no temporary file', () => {
    const dir = tempDir();
    createCasefile(join(dir, 'only.casefile'), 'pw', sampleCase()).close();
    expect(readdirSync(dir)).toEqual(['only.casefile']);
  });
});

describe('import errors name the path of the bad field', () => {
  const cases: Array<[string, (c: ReturnType<typeof sampleCase>) => unknown, string]> = [
    ['duplicate point number', (c) => { c.statement.points[2]!.number = '2'; return c; }, 'statement.points[2].number: duplicate "2"'],
    ['dangling id reference', (c) => { c.evidence![1]!.pointIds.push('pt-99'); return c; }, 'evidence[1].pointIds[1]: unknown point "pt-99"'],
    ['unknown field', (c) => { (c.people[0] as Record<string, unknown>).nickname = 'S'; return c; }, 'people[0].nickname: unknown field "nickname"'],
    ['impossible date', (c) => { c.complaint.receivedDate = '2024-02-30'; return c; }, 'complaint.receivedDate: impossible date'],
    ['bad enum value', (c) => { (c.findings![0] as Record<string, unknown>).outcome = 'upheld-ish'; return c; }, 'findings[0].outcome: must be one of'],
    ['unsupported format version', (c) => ({ ...c, format: 'impartial/casefile@2' }), 'format: unsupported format "impartial/casefile@2"'],
  ];
  it.each(cases)('%s', (_what, breakIt, message) => {
    const path = join(tempDir(), 'x.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    const before = casefile.readCase();
    const error = (() => { try { casefile.replaceCase(breakIt(sampleCase()) as never); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(InvalidCaseError);
    expect((error as Error).message).toContain(message);
    expect(casefile.readCase()).toStrictEqual(before);
    casefile.close();
  });
});
