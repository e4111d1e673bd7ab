// Opening with the key derived on Node's thread pool (openCasefileAsync, what the command line
// uses): the main thread goes on meanwhile, and everything else is as openCasefile: the same
// case read, the same errors; keys derived ahead are used only with the passphrase and the
// salt they were derived from.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CasefileNotFoundError, DamagedOrWrongPassphraseError, EmptyPassphraseError, NotACasefileError, openCasefile, openCasefileAsync,
} from '../../../electron/core/casefile/index.ts';
import { deriveKeysAhead, openDatabase } from '../../../electron/core/casefile/open.ts';
import { newCasefile, removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

/** How many turns of the event loop pass while `work` is pending. */
async function turnsWhile(work: Promise<unknown>): Promise<number> {
  let done = false;
  let turns = 0;
  const settled = work.finally(() => { done = true; });
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    turns += 1;
  }
  await settled;
  return turns;
}

describe('opening a casefile with the key derived off the main thread', () => {
  it('reads the same case as opening it in one go, and the event loop turns while the key is derived', async () => {
    const path = newCasefile();
    const pending = openCasefileAsync(path, 'right passphrase');
    // 256,000 rounds of PBKDF2 take far longer than a turn of the loop: run on the main thread, not one turn would pass.
    expect(await turnsWhile(pending)).toBeGreaterThan(3);
    const casefile = await pending;
    const data = casefile.readCase();
    casefile.close();
    const again = openCasefile(path, 'right passphrase');
    expect(data).toEqual(again.readCase());
    again.close();
  });

  it('refuses what openCasefile refuses, with the same errors', async () => {
    const path = newCasefile();
    await expect(openCasefileAsync(path, 'wrong passphrase')).rejects.toThrow(DamagedOrWrongPassphraseError);
    await expect(openCasefileAsync(path, '')).rejects.toThrow(EmptyPassphraseError);
    await expect(openCasefileAsync(join(tempDir(), 'nowhere.casefile'), 'pw')).rejects.toThrow(CasefileNotFoundError);
    const json = join(tempDir(), 'case.casefile');
    writeFileSync(json, JSON.stringify(sampleCase()));
    await expect(openCasefileAsync(json, 'pw')).rejects.toThrow('it is a JSON file');
    await expect(openCasefileAsync(tempDir(), 'pw')).rejects.toThrow(NotACasefileError);
  });

  it('uses keys derived ahead only with the passphrase they were derived from', async () => {
    const path = newCasefile();
    const ahead = await deriveKeysAhead(path, 'right passphrase');
    expect(ahead).toBeDefined();
    expect(() => openDatabase(path, 'wrong passphrase', { keysAhead: ahead! })).toThrow(DamagedOrWrongPassphraseError);
    openDatabase(path, 'right passphrase', { keysAhead: ahead! }).close();
  });

  it('derives the key again for a file whose salt is not the one the keys were derived from', async () => {
    const first = newCasefile('first.casefile');
    const second = newCasefile('second.casefile');
    const aheadOfFirst = await deriveKeysAhead(first, 'right passphrase');
    // Same passphrase, another salt: the first file's keys would not open it, so they are not used.
    const db = openDatabase(second, 'right passphrase', { keysAhead: aheadOfFirst! });
    expect(db.prepare("SELECT value FROM meta WHERE key = 'application'").pluck().get()).toBe('impartial');
    db.close();
  });
});
