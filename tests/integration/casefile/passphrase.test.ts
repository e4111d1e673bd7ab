// Changing the passphrase keeps the data, the old passphrase stops working, and a change that
// fails (or a process killed part-way through one) leaves a casefile that still opens.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, DamagedOrWrongPassphraseError, EmptyPassphraseError, openCasefile } from '../../../electron/core/casefile/index.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

describe('changing the passphrase', () => {
  it('keeps the data; the new passphrase opens the casefile and the old one no longer does', () => {
    const path = join(tempDir(), 'rekey.casefile');
    const casefile = createCasefile(path, 'old passphrase', generateLargeCase({ attachments: true }));
    const before = casefile.readCase({ withAttachments: true });
    casefile.changePassphrase('new passphrase');
    expect(casefile.readCase({ withAttachments: true })).toStrictEqual(before);
    expect(casefile.auditTrail(1)[0]).toMatchObject({ action: 'change-passphrase' });
    casefile.close();

    expect(() => openCasefile(path, 'old passphrase')).toThrow(DamagedOrWrongPassphraseError);
    const reopened = openCasefile(path, 'new passphrase');
    expect(reopened.readCase({ withAttachments: true })).toStrictEqual(before);
    expect(reopened.verify()).toEqual({ ok: true, problems: [] });
    reopened.close();
  });

  it('refuses an empty new passphrase and leaves the old one working', () => {
    const path = join(tempDir(), 'empty.casefile');
    const casefile = createCasefile(path, 'old', sampleCase());
    expect(() => casefile.changePassphrase('')).toThrow(EmptyPassphraseError);
    casefile.close();
    openCasefile(path, 'old').close();
  });

  it('survives the process being killed part-way through: the casefile opens with the old or the new passphrase, with its data intact', async () => {
    const dir = tempDir();
    const data = sampleCase();
    const source = join(dir, 'source.casefile');
    const casefile = createCasefile(source, 'old', data);
    // Large attachments make the rekey long enough to be interrupted.
    for (const e of data.evidence!) casefile.putAttachment(e.id, randomBytes(1_000_000), `${e.ref}.bin`, 'application/octet-stream');
    const expected = casefile.readCase({ withAttachments: true });
    casefile.close();

    const outcomes: string[] = [];
    for (const delay of [5, 100, 250]) {
      const path = join(dir, `killed-${delay}.casefile`);
      const copy = openCasefile(source, 'old');
      copy.backupTo(path);
      copy.close();
      const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/rekey-child.ts'), path, 'old', 'new'], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Listen for the exit at once: a quick rekey may finish before the kill below.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;

      let opened;
      try {
        opened = openCasefile(path, 'old');
        outcomes.push('old');
      } catch (error) {
        expect(error).toBeInstanceOf(DamagedOrWrongPassphraseError);
        opened = openCasefile(path, 'new');
        outcomes.push('new');
      }
      expect(opened.readCase({ withAttachments: true })).toStrictEqual(expected);
      expect(opened.verify()).toEqual({ ok: true, problems: [] });
      opened.close();
    }
    expect(outcomes).toHaveLength(3);
    console.log(`passphrase change killed after 5, 100, 250 ms: opened with ${outcomes.join(', ')}`);
  }, 60_000);
});
