// Changing a casefile's passphrase with SQLCipher's rekey. The WAL is checkpointed first and
// the rekey runs under a rollback journal: the journal keeps the pages as they were (under the
// old key), so a rekey that fails or is cut short rolls back and the old passphrase still works.
import { keyBytes, type Db } from './open.ts';

export function changePassphrase(db: Db, newPassphrase: string): void {
  const key = keyBytes(newPassphrase);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode=DELETE');
  try {
    db.rekey(key);
  } finally {
    db.pragma('journal_mode=WAL');
  }
}
