// The journal (the -wal file) checked in Node before SQLite reads it. SQLite's own recovery
// keeps the frames up to the first one whose checksum fails and silently drops the rest, and
// a checkpoint then makes the loss permanent; SQLCipher's page HMAC is only tested when a page
// is read. So a casefile whose program was killed, and whose journal was then damaged, would
// open with saved changes missing and nothing said. Here every frame is read first:
//
// - the WAL header (32 bytes: magic 0x377f0682/3, whose last bit says the byte order of the
//   checksums; version; page size; checkpoint sequence; salt-1 and salt-2; a checksum of the
//   first 24 bytes),
// - each frame (a 24-byte header: page number; the database size after commit, non-zero only
//   on the last frame of a transaction; the salts; a checksum chained from the previous frame
//   over the first 8 header bytes and the page), which belongs to the current generation of
//   the journal only while its salts match the header (older generations are left behind when
//   SQLite starts the journal again from the top),
// - and the SQLCipher page HMAC of each frame's page (page-check.ts).
//
// A transaction cut short by a crash (frames after the last commit frame, or a last frame that
// fails) is the normal case: the change was never acknowledged, SQLite discards it, and we say
// so. Anything else that fails is damage: saved changes that SQLite would drop or misread.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { PAGE_SIZE, pageIsAuthentic, SALT_SIZE, type CipherKeys } from './page-check.ts';

const HEADER = 32;
const FRAME_HEADER = 24;
const FRAME = FRAME_HEADER + PAGE_SIZE;
const MAGIC = 0x377f0682;
const VERSION = 3007000;
/** Frames read at a time: a journal can hold a large import, so it is never read whole. */
const BATCH = 64;

export const journalPathOf = (path: string) => `${path}-wal`;

export type JournalState =
  /** No journal, or nothing in it. */
  | { kind: 'none' }
  /** Every saved transaction in it can be read. */
  | { kind: 'intact' }
  /** The last transaction was cut short (a crash while saving); SQLite discards it. */
  | { kind: 'torn' }
  /**
   * Saved transactions that cannot be read: `lost` of them. `readableUpToDamage` is true when
   * SQLite, reading the journal, stops before the damage (so what it reads is the last intact
   * state); false when the damage lies inside what SQLite would read (a page failing its HMAC).
   */
  | { kind: 'damaged'; lost: number; readableUpToDamage: boolean };

interface Generation {
  bigEndian: boolean;
  salts: Buffer;
  /** The checksum the first frame chains from (the header's). */
  seed: [number, number];
}

const littleEndianMachine = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** SQLite's WAL checksum (wal.c walChecksumBytes): two running sums over pairs of 32-bit words. */
function checksum(bytes: Buffer, start: number, end: number, bigEndian: boolean, seed: [number, number]): [number, number] {
  let [s1, s2] = seed;
  // The words in this machine's order (as SQLite writes them here): read in place, several times faster.
  if (bigEndian !== littleEndianMachine && (bytes.byteOffset + start) % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + start, (end - start) / 4);
    for (let i = 0; i < words.length; i += 2) {
      s1 = (s1 + words[i]! + s2) >>> 0;
      s2 = (s2 + words[i + 1]! + s1) >>> 0;
    }
    return [s1, s2];
  }
  for (let i = start; i < end; i += 8) {
    const a = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const b = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s1 = (s1 + a + s2) >>> 0;
    s2 = (s2 + b + s1) >>> 0;
  }
  return [s1, s2];
}

const storedChecksum = (bytes: Buffer, at: number): [number, number] => [bytes.readUInt32BE(at), bytes.readUInt32BE(at + 4)];
const same = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];

/** The checksum a frame should carry, chained from `seed`. */
function frameChecksum(frame: Buffer, bigEndian: boolean, seed: [number, number]): [number, number] {
  return checksum(frame, FRAME_HEADER, FRAME, bigEndian, checksum(frame, 0, 8, bigEndian, seed));
}

/** Reads the journal's frames in batches; `frame(i)` is valid until the next call. */
class FrameReader {
  readonly frames: number;
  /** Bytes after the last whole frame: a frame whose writing was cut short. */
  readonly partial: boolean;
  readonly header = Buffer.alloc(HEADER);
  #fd: number;
  #batch = Buffer.alloc(BATCH * FRAME);
  #first = -1;

  constructor(fd: number, size: number) {
    this.#fd = fd;
    this.frames = Math.floor((size - HEADER) / FRAME);
    this.partial = (size - HEADER) % FRAME !== 0;
    readSync(fd, this.header, 0, HEADER, 0);
  }

  frame(i: number): Buffer {
    if (this.#first < 0 || i < this.#first || i >= this.#first + BATCH) {
      this.#first = i;
      const count = Math.min(BATCH, this.frames - i);
      readSync(this.#fd, this.#batch, 0, count * FRAME, HEADER + i * FRAME);
    }
    const at = (i - this.#first) * FRAME;
    return this.#batch.subarray(at, at + FRAME);
  }
}

/** The header's generation, or undefined when the header is not valid (SQLite then ignores every frame). */
function headerGeneration(header: Buffer): Generation | undefined {
  const magic = header.readUInt32BE(0);
  if ((magic & 0xfffffffe) !== MAGIC) return undefined;
  if (header.readUInt32BE(4) !== VERSION || header.readUInt32BE(8) !== PAGE_SIZE) return undefined;
  const bigEndian = (magic & 1) === 1;
  const seed = checksum(header, 0, 24, bigEndian, [0, 0]);
  if (!same(seed, storedChecksum(header, 24))) return undefined;
  return { bigEndian, salts: Buffer.from(header.subarray(16, 24)), seed };
}

interface Scan {
  /** Index of the first frame SQLite would not read (frames before it chain correctly), or -1. */
  firstBad: number;
  /** Index of the last commit frame SQLite would read, or -1. */
  lastCommit: number;
  /** Commit frames SQLite would read. */
  commits: number;
  /** The start of the first transaction SQLite would read with a page that fails its HMAC, or -1; and the commit frames from it on. */
  firstForged: number;
  commitsFromForged: number;
  /** The first bad frame belongs to this generation (its salts match, or it chains correctly), and whether it ends a transaction. */
  badIsOurs: boolean;
  badCommits: boolean;
  /** Frames and commit frames of this generation after the first bad frame. */
  oursAfterBad: number;
  commitsAfterBad: number;
}

function scan(reader: FrameReader, generation: Generation, keys: CipherKeys): Scan {
  const { bigEndian, salts } = generation;
  let seed = generation.seed;
  const s: Scan = {
    firstBad: -1, lastCommit: -1, commits: 0, firstForged: -1, commitsFromForged: 0, badIsOurs: false, badCommits: false, oursAfterBad: 0, commitsAfterBad: 0,
  };
  let transactionStart = 0;
  for (let i = 0; i < reader.frames; i++) {
    const frame = reader.frame(i);
    const page = frame.readUInt32BE(0);
    const commit = frame.readUInt32BE(4) !== 0;
    const saltsMatch = frame.subarray(8, 16).equals(salts);
    if (s.firstBad >= 0) {
      if (saltsMatch) s.oursAfterBad++;
      if (saltsMatch && commit) s.commitsAfterBad++;
      continue;
    }
    const expected = frameChecksum(frame, bigEndian, seed);
    const chained = same(expected, storedChecksum(frame, 16));
    if (chained && saltsMatch && page !== 0) {
      seed = expected;
      if (s.firstForged < 0 && !pageIsAuthentic(frame.subarray(FRAME_HEADER), page, keys)) s.firstForged = transactionStart;
      if (commit) {
        s.lastCommit = i;
        s.commits++;
        if (s.firstForged >= 0) s.commitsFromForged++;
        transactionStart = i + 1;
      }
      continue;
    }
    s.firstBad = i;
    // A frame whose salts were damaged still chains; one left from an older generation does not.
    s.badIsOurs = saltsMatch || chained;
    s.badCommits = s.badIsOurs && commit;
  }
  return s;
}

/** The header failed: find the generation its frames were written under, from the first frame. */
function reconstructGeneration(reader: FrameReader): Generation | undefined {
  const header = reader.header;
  const first = reader.frame(0);
  const salts = Buffer.from(first.subarray(8, 16));
  const stored = first.subarray(16, 24);
  for (const bigEndian of [false, true]) {
    for (const seed of [storedChecksum(header, 24), checksum(header, 0, 24, bigEndian, [0, 0])]) {
      const expected = frameChecksum(first, bigEndian, seed);
      if (same(expected, storedChecksum(stored, 0))) return { bigEndian, salts, seed };
    }
  }
  return undefined;
}

/** Commit frames whose pages are authentic, whatever their salts: what a journal with a ruined header still held. */
function authenticCommits(reader: FrameReader, keys: CipherKeys): number {
  let n = 0;
  for (let i = 0; i < reader.frames; i++) {
    const frame = reader.frame(i);
    if (frame.readUInt32BE(4) !== 0 && pageIsAuthentic(frame.subarray(FRAME_HEADER), frame.readUInt32BE(0), keys)) n++;
  }
  return n;
}

function judge(reader: FrameReader, generation: Generation, keys: CipherKeys, headerDamaged: boolean): JournalState {
  const s = scan(reader, generation, keys);
  const badCommit = s.badCommits ? 1 : 0;
  if (headerDamaged) {
    // SQLite ignores a journal whose header fails: every saved transaction in it is lost.
    const lost = s.commits + badCommit + s.commitsAfterBad;
    return lost > 0 ? { kind: 'damaged', lost, readableUpToDamage: true } : { kind: 'torn' };
  }
  if (s.firstForged >= 0 && s.firstForged <= s.lastCommit) {
    return { kind: 'damaged', lost: s.commitsFromForged + badCommit + s.commitsAfterBad, readableUpToDamage: false };
  }
  // A bad frame that saved transactions follow. A bad last frame, with nothing saved after it,
  // cannot be told from a write cut short, and is the one normal case.
  if (s.commitsAfterBad > 0) return { kind: 'damaged', lost: badCommit + s.commitsAfterBad, readableUpToDamage: true };
  const validEnd = s.firstBad < 0 ? reader.frames : s.firstBad;
  const torn = s.badIsOurs || s.oursAfterBad > 0 || s.lastCommit < validEnd - 1 || (s.firstBad < 0 && reader.partial);
  return { kind: torn ? 'torn' : 'intact' };
}

/** Checks the journal of the casefile at `path` against `keys` (which must be right: see open.ts). */
export function checkJournal(path: string, keys: CipherKeys): JournalState {
  let fd: number;
  try {
    fd = openSync(journalPathOf(path), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return { kind: 'none' };
    // SQLite writes and syncs the header before any frame: a short one means nothing was saved after it.
    if (size < HEADER) return { kind: 'torn' };
    const reader = new FrameReader(fd, size);
    const generation = headerGeneration(reader.header);
    if (generation) return judge(reader, generation, keys, false);
    if (reader.frames === 0) return { kind: 'torn' };
    const rebuilt = reconstructGeneration(reader);
    if (rebuilt) return judge(reader, rebuilt, keys, true);
    const lost = authenticCommits(reader, keys);
    return lost > 0 ? { kind: 'damaged', lost, readableUpToDamage: true } : { kind: 'torn' };
  } finally {
    closeSync(fd);
  }
}

/** The salt as recorded in a page-1 frame of the journal, if there is one: a second copy of the file's first 16 bytes. */
export function saltInJournal(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(journalPathOf(path), 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < HEADER + FRAME) return undefined;
    const reader = new FrameReader(fd, size);
    let salt: Buffer | undefined;
    for (let i = 0; i < reader.frames; i++) {
      const frame = reader.frame(i);
      if (frame.readUInt32BE(0) === 1) salt = Buffer.from(frame.subarray(FRAME_HEADER, FRAME_HEADER + SALT_SIZE));
    }
    return salt;
  } finally {
    closeSync(fd);
  }
}

/** Something opening found and put right, for the user to read: the CLI prints it on stderr, the app shows it. */
export interface CasefileNotice {
  code: 'journal-torn';
  message: string;
}

/** The one line said when a torn last transaction was discarded. */
export function tornJournalNotice(path: string): CasefileNotice {
  return {
    code: 'journal-torn',
    message: `${basename(path)}: the last change was still being saved when Impartial stopped, and was discarded; every change saved before it is kept`,
  };
}
