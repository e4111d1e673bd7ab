// The journal (-wal) of a casefile whose program stopped, checked before SQLite reads it
// (journal-check.ts). A byte flipped anywhere in the journal or the main file is reported:
// the open is refused, leaving both files exactly as they were, or (in the journal's last
// frame only) the last change is reported as cut short and discarded. Never a crash, and never
// silently wrong data: whatever opens reads back exactly the case that was saved.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCasefile, DamagedCasefileError, DamagedOrWrongPassphraseError, JournalDamagedError, openCasefile, OpenElsewhereError, verifyCasefileAt,
  WrongPassphraseError, type Casefile,
} from '../../../electron/core/casefile/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { rawKeyOf, removeTempDirs, sampleCase, seeded, tempDir, WAL_FRAME, WAL_HEADER, walFrames } from './helpers/files.ts';

const PASSPHRASE = 'journal trials';
const PAGE = 4096;
let dir: string;
/** A casefile as a kill -9 leaves it: every acknowledged change still in its journal. */
let crashed: string;
let key: string;
let main: Buffer;
let wal: Buffer;
let frames: ReturnType<typeof walFrames>;
/** The case after each transaction in the journal, and when each was saved (from the audit trail). */
const states: CaseData[] = [];
const savedAt: string[] = [];

function bytes(n: number, seed: number): Buffer {
  const next = seeded(seed);
  return Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
}

beforeAll(() => {
  dir = tempDir();
  const source = join(dir, 'source.casefile');
  createCasefile(source, PASSPHRASE, sampleCase()).close();
  key = rawKeyOf(source, PASSPHRASE);
  const casefile = openCasefile(source, key);
  const base = casefile.readCase();
  const save = (change: () => void) => {
    change();
    states.push(casefile.readCase({ withAttachments: true }));
    savedAt.push(casefile.auditTrail(1)[0]!.at);
  };
  const entry = (id: string, event: string) => ({ id, date: '2024-05-01', event, sourceIds: [], pointIds: [] });
  save(() => casefile.upsert('chronology', entry('c-j1', 'The first change saved after the last checkpoint.')));
  save(() => casefile.upsert('points', { ...base.statement.points[0]!, summary: 'The second saved change.' }));
  // Grows the file, so the journal holds page 1 (with its copy of the salt) too.
  save(() => casefile.putAttachment(base.evidence![0]!.id, bytes(40_000, 1), 'case notes.pdf', 'application/pdf'));
  save(() => casefile.upsert('chronology', entry('c-j2', 'The fourth saved change.')));
  save(() => casefile.upsert('chronology', entry('c-j3', 'The fifth saved change.')));
  save(() => casefile.upsert('points', { ...base.statement.points[1]!, summary: 'The last saved change.' }));
  crashed = join(dir, 'crashed.casefile');
  copyFileSync(source, crashed);
  copyFileSync(`${source}-wal`, `${crashed}-wal`);
  casefile.close();
  main = readFileSync(crashed);
  wal = readFileSync(`${crashed}-wal`);
  frames = walFrames(wal);
});
afterAll(removeTempDirs);

const last = () => states[states.length - 1]!;
const beforeLast = () => states[states.length - 2]!;
const lastFrame = () => frames[frames.length - 1]!;

/** A copy of the crashed casefile, with `change` applied to its two files. */
function copyWith(name: string, change: (files: { main: Buffer; wal: Buffer }) => void): { path: string; main: Buffer; wal: Buffer } {
  const files = { main: Buffer.from(main), wal: Buffer.from(wal) };
  change(files);
  const path = join(dir, name);
  writeFileSync(path, files.main);
  writeFileSync(`${path}-wal`, files.wal);
  return { path, ...files };
}

function remove(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

type Outcome = 'refused' | 'torn' | 'refused-on-read' | 'found-by-verify';
const tally: Record<'journal' | 'main', Record<Outcome, number>> = {
  journal: { refused: 0, torn: 0, 'refused-on-read': 0, 'found-by-verify': 0 },
  main: { refused: 0, torn: 0, 'refused-on-read': 0, 'found-by-verify': 0 },
};

/**
 * Flips one bit at `offset` of the journal or the main file of a copy, opens it and reads it.
 * Fails the test on a crash, on wrong data, on a refused open that changed either file, and
 * on a flip that nothing reports.
 */
function flip(file: 'journal' | 'main', offset: number, passphrase = key): { outcome: Outcome; error?: Error } {
  const where = `${file} byte ${offset}`;
  const { path, main: m, wal: w } = copyWith(`${file}-${offset}.casefile`, (f) => {
    const target = file === 'main' ? f.main : f.wal;
    target[offset] = target[offset]! ^ (1 << (offset % 8));
  });
  let casefile: Casefile;
  try {
    casefile = openCasefile(path, passphrase);
  } catch (error) {
    expect([JournalDamagedError, DamagedCasefileError, DamagedOrWrongPassphraseError].some((c) => error instanceof c), `${where}: ${String(error)}`).toBe(true);
    // Refused before SQLite read anything: both files as they were. A main-file page that SQLite
    // itself refuses is found after SQLite has read the journal (checked intact), which closing
    // then writes into the main file: nothing saved is lost that way.
    if (!(file === 'main' && error instanceof DamagedCasefileError && !/salt/.test(String(error)))) {
      expect(readFileSync(path).equals(m), `${where}: the main file was changed`).toBe(true);
      expect(readFileSync(`${path}-wal`).equals(w), `${where}: the journal was changed`).toBe(true);
    }
    expect(existsSync(`${path}-shm`), `${where}: a -shm file was left`).toBe(false);
    remove(path);
    tally[file].refused++;
    return { outcome: 'refused', error: error as Error };
  }
  try {
    const torn = casefile.notices.some((n) => n.code === 'journal-torn');
    let read: CaseData | undefined;
    try {
      read = casefile.readCase({ withAttachments: true });
    } catch (error) {
      expect(error, `${where}: ${String(error)}`).toBeInstanceOf(DamagedCasefileError);
    }
    if (read) expect(read, `${where}: read back different data`).toStrictEqual(torn ? beforeLast() : last());
    const result = casefile.verify();
    if (torn) expect(result, where).toEqual({ ok: true, problems: [], notices: [casefile.notices[0]!.message] });
    else expect(result.ok, `${where}: nothing reported it`).toBe(false);
    const outcome: Outcome = torn ? 'torn' : read ? 'found-by-verify' : 'refused-on-read';
    tally[file][outcome]++;
    return { outcome };
  } finally {
    casefile.close();
    remove(path);
  }
}

/** Every flip in the journal is refused as damage, except in its last frame, where it is the torn last change. */
function expectJournalFlip(offset: number): void {
  const { outcome, error } = flip('journal', offset);
  if (offset >= lastFrame().offset) {
    expect(outcome, `journal byte ${offset} (last frame)`).toBe('torn');
  } else {
    expect(outcome, `journal byte ${offset}`).toBe('refused');
    expect(error, `journal byte ${offset}`).toBeInstanceOf(JournalDamagedError);
    expect(error!.message).toMatch(/^the journal of journal-\d+\.casefile is damaged: .+ cannot be read; restore it from a backup \(the journal was left as it is\)$/);
  }
}

describe('the journal of a casefile whose program stopped', () => {
  it('holds several transactions, page 1 among them, and opens with every saved change and nothing to say', () => {
    expect(frames.filter((f) => f.commit)).toHaveLength(states.length);
    expect(frames.some((f) => f.page === 1)).toBe(true);
    expect(WAL_HEADER + frames.length * WAL_FRAME).toBe(wal.length);
    const { path } = copyWith('intact.casefile', () => {});
    const casefile = openCasefile(path, key);
    expect(casefile.notices).toEqual([]);
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(last());
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
    casefile.close();
  });

  it('with a flipped byte in any of the 32 bytes of its header is refused: SQLite would ignore every frame', () => {
    for (let offset = 0; offset < WAL_HEADER; offset++) expectJournalFlip(offset);
  });

  it('with a flipped byte in a frame header (page number, commit size, salts, checksum) is refused, or torn in the last frame', () => {
    for (const { offset } of frames) for (const field of [3, 7, 9, 14, 17, 23]) expectJournalFlip(offset + field);
  });

  it('with a flipped byte in a page (its data, its IV, its HMAC) is refused, or torn in the last frame', () => {
    const next = seeded(11);
    for (const { offset } of frames) {
      const page = offset + 24;
      for (const at of [Math.floor(next() * (PAGE - 80)), PAGE - 80 + Math.floor(next() * 16), PAGE - 64 + Math.floor(next() * 64)]) expectJournalFlip(page + at);
    }
  });

  it('with a flipped byte anywhere in its last frame reports the last change as discarded, and keeps every one before it', () => {
    const { offset } = lastFrame();
    const next = seeded(12);
    const offsets = [...Array.from({ length: 24 }, (_, i) => offset + i), ...Array.from({ length: 16 }, () => offset + 24 + Math.floor(next() * PAGE))];
    for (const at of offsets) expectJournalFlip(at);
  });

  it('with a flipped byte at 64 random places is never silent', () => {
    const next = seeded(13);
    for (let i = 0; i < 64; i++) expectJournalFlip(Math.floor(next() * wal.length));
  });

  it('says when the last readable change was saved and how many saved changes are lost, naming the file only', () => {
    // Transaction 4 damaged: transactions 4, 5 and 6 are lost, and transaction 3 is the last intact one.
    const fourth = frames.filter((f) => f.commit)[2]!.offset + WAL_FRAME;
    const { error } = flip('journal', fourth + 24 + 1000);
    const at = new Date(savedAt[2]!);
    const when = `${at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })} on ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
    expect(error?.message).toBe(`the journal of journal-${fourth + 24 + 1000}.casefile is damaged: 3 changes saved after ${when} cannot be read; restore it from a backup (the journal was left as it is)`);
    expect(error?.message).not.toContain(dir);
  });

  it('with a page altered and every checksum recomputed (which SQLite accepts) is refused by the page HMAC', () => {
    // SQLite's frame checksums are not secret: only the HMAC tells a forged page.
    const forged = frames.filter((f) => f.commit)[1]!.offset + WAL_FRAME;
    const { path, wal: w } = copyWith('forged.casefile', (f) => {
      f.wal[forged + 24 + 500] = f.wal[forged + 24 + 500]! ^ 0xff;
      rechain(f.wal);
    });
    expect(() => openCasefile(path, key)).toThrow(JournalDamagedError);
    expect(() => openCasefile(path, key)).toThrow(/: the last 4 saved changes cannot be read; restore it from a backup/);
    expect(readFileSync(`${path}-wal`).equals(w)).toBe(true);
  });

  it('cut short in its last frame (a crash while writing) opens without the last change, says so once, and empties the journal', () => {
    const { path } = copyWith('cut.casefile', (f) => { f.wal = f.wal.subarray(0, lastFrame().offset + 1000); });
    const casefile = openCasefile(path, key);
    expect(casefile.notices).toEqual([{ code: 'journal-torn', message: 'cut.casefile: the last change was still being saved when Impartial stopped, and was discarded; every change saved before it is kept' }]);
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(beforeLast());
    expect(statSync(`${path}-wal`).size).toBe(0);
    casefile.upsert('chronology', { id: 'c-after', date: '2024-06-01', event: 'Saved after the crash.', sourceIds: [], pointIds: [] });
    casefile.close();
    const again = openCasefile(path, key);
    expect(again.notices).toEqual([]);
    expect(again.readCase().chronology!.at(-1)!.id).toBe('c-after');
    again.close();
  });

  it('with frames after the last commit (a transaction not finished) opens without them and says so', () => {
    const lastTransaction = frames.slice(frames.findLastIndex((f, i) => f.commit && i < frames.length - 1) + 1);
    expect(lastTransaction.length).toBeGreaterThan(1);
    const { path } = copyWith('unfinished.casefile', (f) => { f.wal = f.wal.subarray(0, lastFrame().offset); });
    const casefile = openCasefile(path, key);
    expect(casefile.notices.map((n) => n.code)).toEqual(['journal-torn']);
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(beforeLast());
    casefile.close();
  });

  it('damaged is reported by verify without opening it, and neither file is touched', () => {
    const { path, main: m, wal: w } = copyWith('verify.casefile', (f) => { f.wal[frames[2]!.offset + 2000] = f.wal[frames[2]!.offset + 2000]! ^ 0x10; });
    const result = verifyCasefileAt(path, key);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^the journal of verify\.casefile is damaged: /);
    expect(readFileSync(path).equals(m)).toBe(true);
    expect(readFileSync(`${path}-wal`).equals(w)).toBe(true);
  });

  it('torn is reported by verify as a notice, not a problem', () => {
    const { path } = copyWith('verify-torn.casefile', (f) => { f.wal = f.wal.subarray(0, f.wal.length - 100); });
    expect(verifyCasefileAt(path, key)).toEqual({
      ok: true, problems: [], notices: ['verify-torn.casefile: the last change was still being saved when Impartial stopped, and was discarded; every change saved before it is kept'],
    });
  });

  it('read while another program holds the casefile is reported as open elsewhere, not as damage', async () => {
    const path = join(dir, 'held.casefile');
    createCasefile(path, PASSPHRASE, sampleCase()).close();
    const held = rawKeyOf(path, PASSPHRASE);
    const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/edit-child.ts'), path, held, 'Held elsewhere'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`child exited with ${code} before saving`)));
      });
      // As a reader could find it part-way through the other program's write.
      const w = readFileSync(`${path}-wal`);
      w[WAL_HEADER + 100] = w[WAL_HEADER + 100]! ^ 1;
      writeFileSync(`${path}-wal`, w);
      expect(() => openCasefile(path, held)).toThrow(OpenElsewhereError);
      expect(readFileSync(`${path}-wal`).equals(w)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('with frames left from an earlier generation after the current one reads back exactly, with nothing to say', () => {
    const path = join(dir, 'generations.casefile');
    createCasefile(path, PASSPHRASE, sampleCase()).close();
    const casefile = openCasefile(path, rawKeyOf(path, PASSPHRASE));
    const evidenceId = casefile.readCase().evidence![0]!.id;
    // Over 1,000 pages in one transaction: SQLite checkpoints after it and starts the journal again from the top.
    casefile.putAttachment(evidenceId, bytes(4_300_000, 2), 'scan.pdf', 'application/pdf');
    casefile.upsert('chronology', { id: 'c-g1', date: '2024-05-01', event: 'After the restart.', sourceIds: [], pointIds: [] });
    const expected = casefile.readCase({ withAttachments: true });
    const copy = join(dir, 'generations-crashed.casefile');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    casefile.close();
    const journal = walFrames(readFileSync(`${copy}-wal`));
    const salts = (i: number) => readFileSync(`${copy}-wal`).subarray(journal[i]!.offset + 8, journal[i]!.offset + 16).toString('hex');
    expect(journal.length).toBeGreaterThan(1000);
    expect(salts(journal.length - 1)).not.toBe(salts(0));
    const reopened = openCasefile(copy, rawKeyOf(copy, PASSPHRASE));
    expect(reopened.notices).toEqual([]);
    expect(reopened.readCase({ withAttachments: true })).toStrictEqual(expected);
    expect(reopened.verify()).toEqual({ ok: true, problems: [] });
    reopened.close();
  });
});

describe('the main file of a casefile whose program stopped', () => {
  it('with a flipped byte in its salt is refused as damage: the copy of the salt in the journal shows the passphrase is right', () => {
    for (const offset of [0, 6, 15]) {
      const { error } = flip('main', offset);
      expect(error, `main byte ${offset}`).toBeInstanceOf(DamagedCasefileError);
      expect(error!.message).toBe(`main-${offset}.casefile is damaged: its first 16 bytes, the salt of its key, are damaged. Restore it from a backup; "impartial verify" lists the damage`);
    }
  });

  it('with a flipped byte in every page (data, IV, HMAC) is refused or found by verify, and never reads back different data', () => {
    const next = seeded(21);
    const pages = main.length / PAGE;
    for (let n = 0; n < pages; n++) {
      const start = n * PAGE + (n === 0 ? 16 : 0);
      const region = [[start, n * PAGE + PAGE - 80], [n * PAGE + PAGE - 80, n * PAGE + PAGE - 64], [n * PAGE + PAGE - 64, n * PAGE + PAGE]] as const;
      const [from, to] = region[n % 3]!;
      flip('main', from + Math.floor(next() * (to - from)));
    }
  });

  it('with a flipped byte at 32 random places is never silent', () => {
    const next = seeded(22);
    for (let i = 0; i < 32; i++) flip('main', 16 + Math.floor(next() * (main.length - 16)));
  });
});

describe('with the passphrase itself (the key derived as on every open)', () => {
  it('a flipped byte in the journal is refused, and in its last frame reported as torn', () => {
    expect(flip('journal', frames[1]!.offset + 3000, PASSPHRASE).error).toBeInstanceOf(JournalDamagedError);
    expect(flip('journal', 20, PASSPHRASE).error).toBeInstanceOf(JournalDamagedError);
    expect(flip('journal', lastFrame().offset + 3000, PASSPHRASE).outcome).toBe('torn');
  });

  it('a damaged salt is told from a wrong passphrase by the copy of the salt in the journal', () => {
    expect(flip('main', 9, PASSPHRASE).error?.message).toMatch(/^main-9\.casefile is damaged: its first 16 bytes, the salt of its key, are damaged/);
    const { path } = copyWith('wrong.casefile', () => {});
    expect(() => openCasefile(path, 'not the passphrase')).toThrow(WrongPassphraseError);
  });

  it('without a journal, a damaged salt and a wrong passphrase are both "damaged, or the wrong passphrase"; a blank salt is damage', () => {
    const path = join(dir, 'closed.casefile');
    createCasefile(path, PASSPHRASE, sampleCase()).close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(() => openCasefile(path, 'not the passphrase')).toThrow(DamagedOrWrongPassphraseError);
    const bytesOf = readFileSync(path);
    bytesOf[3] = bytesOf[3]! ^ 0x20;
    writeFileSync(path, bytesOf);
    expect(() => openCasefile(path, PASSPHRASE)).toThrow('the passphrase does not open closed.casefile, or the file is damaged (the two cannot be told apart): check the passphrase and try again; if it is right, restore the casefile from a backup');
    bytesOf.fill(0, 0, 16);
    writeFileSync(path, bytesOf);
    expect(() => openCasefile(path, PASSPHRASE)).toThrow('closed.casefile is damaged: its first 16 bytes, the salt of its key, are blank');
  });
});

describe('the key, derived once in Node and handed to SQLite raw', () => {
  it('writes backups that open with the passphrase', () => {
    const path = join(dir, 'keyed.casefile');
    createCasefile(path, PASSPHRASE, sampleCase()).close();
    const casefile = openCasefile(path, PASSPHRASE);
    casefile.backupTo(join(dir, 'keyed-backup.casefile'));
    const expected = casefile.readCase();
    casefile.close();
    const backup = openCasefile(join(dir, 'keyed-backup.casefile'), PASSPHRASE);
    expect(backup.readCase()).toStrictEqual(expected);
    backup.close();
  });
});

afterAll(() => {
  const line = (file: 'journal' | 'main') => Object.entries(tally[file]).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`byte flips: journal (${line('journal')}); main file (${line('main')})`);
});

/** Recomputes every frame checksum of a journal in place (SQLite's algorithm, little-endian magic), as a forger would. */
function rechain(w: Buffer): void {
  const bigEndian = (w.readUInt32BE(0) & 1) === 1;
  const word = (at: number) => (bigEndian ? w.readUInt32BE(at) : w.readUInt32LE(at));
  const sum = (from: number, to: number, s: [number, number]): [number, number] => {
    let [s1, s2] = s;
    for (let i = from; i < to; i += 8) {
      s1 = (s1 + word(i) + s2) >>> 0;
      s2 = (s2 + word(i + 4) + s1) >>> 0;
    }
    return [s1, s2];
  };
  let s: [number, number] = [w.readUInt32BE(24), w.readUInt32BE(28)];
  for (let at = WAL_HEADER; at + WAL_FRAME <= w.length; at += WAL_FRAME) {
    s = sum(at + 24, at + WAL_FRAME, sum(at, at + 8, s));
    w.writeUInt32BE(s[0], at + 16);
    w.writeUInt32BE(s[1], at + 20);
  }
}
