// Shared by the casefile tests: temporary folders on the real disk, the sample case, and
// helpers to damage a file on purpose.
import { pbkdf2Sync } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCasefile } from '../../../../electron/core/casefile/index.ts';
import type { CaseData } from '../../../../shared/interchange/schema.ts';

export const root = join(import.meta.dirname, '../../../..');

export function sampleCase(): CaseData {
  return JSON.parse(readFileSync(join(root, 'tests/fixtures/sample-case.json'), 'utf8')) as CaseData;
}

const made: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'impartial-casefile-'));
  made.push(dir);
  return dir;
}
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A casefile of the sample case in a new temporary folder, closed again. */
export function newCasefile(name = 'case.casefile', passphrase = 'right passphrase'): string {
  const path = join(tempDir(), name);
  createCasefile(path, passphrase, sampleCase()).close();
  return path;
}

/**
 * A copy of the closed casefile at `path`, under the same name in a new temporary folder. A test
 * that needs a casefile of its own to change takes a copy of one made once for its file: the
 * same bytes as making it again, without writing the whole case and deriving its key for
 * every test.
 */
export function copyOfCasefile(path: string): string {
  const copy = join(tempDir(), basename(path));
  copyFileSync(path, copy);
  return copy;
}

export function flipByte(path: string, offset: number, to?: string): string {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ 0x01;
  const out = to ?? path;
  writeFileSync(out, bytes);
  return out;
}

/**
 * The casefile's key in SQLCipher's raw form x'<64 hex digits>', computed here independently
 * (PBKDF2-HMAC-SHA512, 256,000 rounds, over the file's 16-byte salt). Opening with it runs the
 * same code as opening with the passphrase, without the key derivation: trials that open a
 * casefile hundreds of times use it to stay within seconds.
 */
export function rawKeyOf(path: string, passphrase: string): string {
  const salt = readFileSync(path).subarray(0, 16);
  return `x'${pbkdf2Sync(passphrase, salt, 256_000, 32, 'sha512').toString('hex')}'`;
}

export const WAL_HEADER = 32;
export const WAL_FRAME = 24 + 4096;

/** The frames of a -wal file as its headers say: where each starts, its page, and whether it ends a transaction. */
export function walFrames(wal: Buffer): Array<{ offset: number; page: number; commit: boolean }> {
  const frames = [];
  for (let offset = WAL_HEADER; offset + WAL_FRAME <= wal.length; offset += WAL_FRAME) {
    frames.push({ offset, page: wal.readUInt32BE(offset), commit: wal.readUInt32BE(offset + 4) !== 0 });
  }
  return frames;
}

/** A seeded generator (mulberry32), so that "random" trial positions are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
