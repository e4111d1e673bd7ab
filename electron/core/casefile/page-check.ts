// Checks the HMAC of every page of a SQLCipher 4 file in Node, independently of SQLite.
// SQLite3 Multiple Ciphers has no `PRAGMA cipher_integrity_check`, and reports a failed page
// 1 as "file is not a database", exactly as it reports a wrong passphrase. Reading the pages
// ourselves tells the two apart (a wrong passphrase fails every page, damage fails some) and
// lets verify find damage in pages SQLite never reads (free pages, unused space).
//
// SQLCipher 4 defaults (legacy=4): 4096-byte pages; the first 16 bytes of the file are the
// KDF salt; key = PBKDF2-HMAC-SHA512(passphrase, salt, 256000, 32 bytes); HMAC key =
// PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2, 32 bytes); every page ends with a 16-byte IV and
// a 64-byte HMAC-SHA512 over the page's ciphertext and IV followed by its page number (4
// bytes, little endian). Page 1's ciphertext starts after the salt.
import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const PAGE_SIZE = 4096;
const SALT = 16;
const HMAC = 64;
const KDF_ITERATIONS = 256_000;

export interface PageCheck {
  pages: number;
  badPages: number[];
}

export function deriveHmacKey(passphrase: Buffer, salt: Buffer): Buffer {
  const key = pbkdf2Sync(passphrase, salt, KDF_ITERATIONS, 32, 'sha512');
  const hmacSalt = Buffer.from(salt.map((b) => b ^ 0x3a));
  return pbkdf2Sync(key, hmacSalt, 2, 32, 'sha512');
}

function pageIsAuthentic(page: Buffer, pageNumber: number, hmacKey: Buffer): boolean {
  const start = pageNumber === 1 ? SALT : 0;
  const pgno = Buffer.alloc(4);
  pgno.writeUInt32LE(pageNumber);
  const mac = createHmac('sha512', hmacKey).update(page.subarray(start, PAGE_SIZE - HMAC)).update(pgno).digest();
  return mac.equals(page.subarray(PAGE_SIZE - HMAC));
}

/**
 * Checks pages of the file at `path` with `passphrase`. `limit` stops after that many pages
 * (a diagnosis needs only a few); without it every page is checked.
 */
export function checkPages(path: string, passphrase: Buffer, limit = Infinity): PageCheck {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const pages = Math.floor(size / PAGE_SIZE);
    const page = Buffer.alloc(PAGE_SIZE);
    readSync(fd, page, 0, PAGE_SIZE, 0);
    const hmacKey = deriveHmacKey(passphrase, Buffer.from(page.subarray(0, SALT)));
    const badPages: number[] = [];
    const last = Math.min(pages, limit);
    for (let n = 1; n <= last; n++) {
      if (n > 1) readSync(fd, page, 0, PAGE_SIZE, (n - 1) * PAGE_SIZE);
      if (!pageIsAuthentic(page, n, hmacKey)) badPages.push(n);
    }
    return { pages: last, badPages };
  } finally {
    closeSync(fd);
  }
}
