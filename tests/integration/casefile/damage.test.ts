// A byte flipped anywhere in a casefile is reported, never silently read back as different
// data and never a crash: SQLCipher's page HMAC catches it when the page is read, and verify
// checks every page.
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, DamagedCasefileError, DamagedOrWrongPassphraseError, openCasefile } from '../../../electron/core/casefile/index.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { flipByte, removeTempDirs, tempDir } from './helpers/files.ts';

const PAGE = 4096;
let dir: string;
let original: string;
let expected: CaseData;
let size: number;

beforeAll(() => {
  dir = tempDir();
  original = join(dir, 'original.casefile');
  const casefile = createCasefile(original, 'pw', generateLargeCase({ attachments: true }));
  expected = casefile.readCase({ withAttachments: true });
  casefile.close();
  size = statSync(original).size;
});
afterAll(removeTempDirs);

type Outcome = 'refused-on-open' | 'refused-on-read' | 'found-by-verify';

/** What happens to a copy with one byte flipped; fails the test on silent wrong data or any other error. */
function damageAt(offset: number): Outcome {
  const path = flipByte(original, offset, join(dir, `flip-${offset}.casefile`));
  let casefile;
  try {
    casefile = openCasefile(path, 'pw');
  } catch (error) {
    expect([DamagedCasefileError, DamagedOrWrongPassphraseError].some((c) => error instanceof c), String(error)).toBe(true);
    return 'refused-on-open';
  }
  try {
    let read: CaseData | undefined;
    try {
      read = casefile.readCase({ withAttachments: true });
    } catch (error) {
      expect(error, String(error)).toBeInstanceOf(DamagedCasefileError);
    }
    // Whatever was read must be exactly what was written; and verify must find the damage.
    if (read) expect(read).toStrictEqual(expected);
    const result = casefile.verify();
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/integrity check|damaged/);
    return read ? 'found-by-verify' : 'refused-on-read';
  } finally {
    casefile.close();
  }
}

describe('a flipped byte', () => {
  it('in the first page is reported as damage, not as a wrong passphrase', () => {
    expect(() => openCasefile(flipByte(original, 2000, join(dir, 'page1.casefile')), 'pw')).toThrow(DamagedCasefileError);
    expect(() => openCasefile(flipByte(original, PAGE - 10, join(dir, 'page1-hmac.casefile')), 'pw')).toThrow(DamagedCasefileError);
  });

  it('in the salt (the first 16 bytes) cannot be told from a wrong passphrase, and is refused saying both', () => {
    for (const offset of [0, 5, 15]) {
      expect(() => openCasefile(flipByte(original, offset, join(dir, `salt-${offset}.casefile`)), 'pw')).toThrow(DamagedOrWrongPassphraseError);
    }
    expect(() => openCasefile(flipByte(original, 5, join(dir, 'salt.casefile')), 'pw')).toThrow('the passphrase does not open salt.casefile, or the file is damaged');
  });

  it('in the middle of a data page is refused when read, and found by verify', () => {
    const middle = Math.floor(size / PAGE / 2) * PAGE + 1500;
    expect(['refused-on-read', 'found-by-verify']).toContain(damageAt(middle));
  });

  it('anywhere (a spread of places, including IVs, HMACs and the last page) is never silent', () => {
    const pages = size / PAGE;
    const offsets = [PAGE + 100, 2 * PAGE + PAGE - 80 + 3, 3 * PAGE + PAGE - 30, size - 100, size - PAGE];
    let seed = 7;
    for (let i = 0; i < 10; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      offsets.push(PAGE + (seed % ((pages - 1) * PAGE)));
    }
    const outcomes = offsets.map((offset) => [offset, damageAt(offset)] as const);
    // The case data and its search index (migration 2: the text again, and its FTS5 index) fill
    // most pages. A flip in the case data stops the read itself; one in the search index, which
    // reading the case does not touch, is found by verify (damageAt fails on anything silent).
    expect(outcomes.filter(([, o]) => o !== 'found-by-verify').length).toBeGreaterThan(offsets.length / 4);
  });

  it('is absent from an undamaged copy: verify passes', () => {
    const copy = join(dir, 'copy.casefile');
    copyFileSync(original, copy);
    const casefile = openCasefile(copy, 'pw');
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
    casefile.close();
  });
});
