// The full integrity check behind `impartial verify`: every page's HMAC (page-check.ts, which
// also covers pages SQLite never reads), the journal's frames (journal-check.ts), SQLite's own
// integrity check, foreign keys, the interchange rules on the whole case, the history's hash
// chain (history-chain.ts), and every attachment and issued version against its SHA-256.
import { closeSync, openSync, readSync } from 'node:fs';
import { formatIssue, parseCase } from '../../../shared/interchange/parse.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { sha256Hex } from './attachments.ts';
import { JournalDamagedError } from './errors.ts';
import { checkJournal } from './journal-check.ts';
import { checkIssued } from './issued.ts';
import { SCHEMA_VERSION, schemaVersionOf } from './migrations/index.ts';
import { keyBytes, sqliteCode, type Db } from './open.ts';
import { checkPages, deriveKeys, SALT_SIZE, type CipherKeys } from './page-check.ts';

export interface VerifyResult {
  ok: boolean;
  problems: string[];
  /** What opening the casefile found and put right (a torn last transaction discarded): not problems. */
  notices?: string[];
}

function keysOf(path: string, passphrase: Buffer): CipherKeys {
  const salt = Buffer.alloc(SALT_SIZE);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, salt, 0, SALT_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  return deriveKeys(passphrase, salt);
}

/** The HMAC of every page of the main file, as problems (none when all pass). */
export function checkMainFilePages(path: string, keys: Buffer | CipherKeys): string[] {
  const { pages, badPages } = checkPages(path, keys);
  if (badPages.length === 0) return [];
  const shown = badPages.slice(0, 10).join(', ');
  return [`${badPages.length} of ${pages} pages failed their integrity check (HMAC): page${badPages.length > 1 ? 's' : ''} ${shown}${badPages.length > 10 ? ', ...' : ''}`];
}

export function verifyCasefile(db: Db, path: string, passphrase: string, readCase: () => CaseData, checkHistory: () => string[]): VerifyResult {
  const problems: string[] = [];
  const attempt = (what: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      const code = sqliteCode(error);
      problems.push(`${what} failed: ${code?.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' ? 'a page is damaged' : (error as Error).message}`);
    }
  };

  // The main file's pages and the journal's frames are checked as found, before the journal is
  // written into the file: a checkpoint would overwrite damaged pages, or make lost frames permanent.
  const keys = keysOf(path, keyBytes(passphrase));
  attempt('the page check', () => { problems.push(...checkMainFilePages(path, keys)); });
  let journalIntact = true;
  attempt('the journal check', () => {
    const journal = checkJournal(path, keys);
    if (journal.kind === 'damaged') {
      journalIntact = false;
      problems.push(new JournalDamagedError(path, journal.lost).message);
    }
  });
  if (journalIntact) attempt('writing the journal into the file', () => { db.pragma('wal_checkpoint(TRUNCATE)'); });
  attempt('the database integrity check', () => {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    for (const r of rows) if (r.integrity_check !== 'ok') problems.push(`database structure: ${r.integrity_check}`);
  });
  attempt('the foreign key check', () => {
    const rows = db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    for (const r of rows) problems.push(`table ${r.table} row ${r.rowid} refers to a missing ${r.parent} record`);
  });
  const version = schemaVersionOf(db);
  if (version !== SCHEMA_VERSION) problems.push(`schema version is ${version}, expected ${SCHEMA_VERSION}`);
  attempt('reading the case', () => {
    const data = readCase();
    const parsed = parseCase(data);
    if (!parsed.ok) for (const issue of parsed.issues) problems.push(`case data: ${formatIssue(issue)}`);
  });
  attempt('the history check', () => { problems.push(...checkHistory()); });
  attempt('the attachment check', () => {
    const rows = db.prepare('SELECT a.evidence_id, a.size, a.sha256, b.data FROM attachments a LEFT JOIN attachment_blobs b ON b.sha256 = a.sha256')
      .all() as Array<{ evidence_id: string; size: number; sha256: string; data: Buffer | null }>;
    for (const r of rows) {
      if (r.data && (r.data.length !== r.size || sha256Hex(r.data) !== r.sha256)) problems.push(`the attachment of evidence "${r.evidence_id}" does not match its SHA-256`);
    }
  });
  attempt('the issued versions check', () => { problems.push(...checkIssued(db)); });
  return { ok: problems.length === 0, problems };
}
