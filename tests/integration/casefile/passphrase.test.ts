// Changing the passphrase keeps the data, the old passphrase stops working, and a change that
// fails (or a process killed at any point of one) leaves a casefile that opens with the old
// or the new passphrase, whole.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, EmptyPassphraseError, openCasefile, DamagedOrWrongPassphraseError } from '../../../electron/core/casefile/index.ts';
import { ABANDONED_AFTER_MS, removeLeftovers } from '../../../electron/core/files/leftovers.ts';
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

  it('survives the process being killed at any point: the casefile opens with the old or the new passphrase, with its data intact, and what is left over is removed later', async () => {
    const dir = tempDir();
    const data = sampleCase();
    const source = join(dir, 'source.casefile');
    const casefile = createCasefile(source, 'old', data);
    // Large attachments make the change long enough to be interrupted at many points.
    for (const e of data.evidence!) casefile.putAttachment(e.id, randomBytes(1_000_000), `${e.ref}.bin`, 'application/octet-stream');
    const expected = casefile.readCase({ withAttachments: true });
    casefile.close();
    const original = openCasefile(source, 'old');
    /** Runs the change in a child process on a fresh copy of the source, killing it `delay` ms after it starts (never, when undefined). */
    const run = async (name: string, delay?: number) => {
      const path = join(dir, name);
      original.backupTo(path);
      const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/rekey-child.ts'), path, 'old', 'new'], { stdio: ['ignore', 'pipe', 'inherit'] });
      // Listen for the exit at once: a quick change may finish before the kill below.
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      const started = performance.now();
      if (delay !== undefined) {
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
      }
      await exited;
      return { path, took: performance.now() - started };
    };

    try {
      // How long a whole change takes here, so that the kills fall all through it.
      const whole = await run('whole.casefile');
      expect(readdirSync(dir).filter((f) => !f.startsWith('source.casefile'))).toEqual(['whole.casefile']);
      const delays = [5, 250, ...[0.5, 0.75, 0.9, 1, 1.1].map((f) => Math.round(f * whole.took)), Math.round(2 * whole.took)];

      const outcomes: string[] = [];
      for (const delay of delays) {
        const { path } = await run(`killed-${delay}.casefile`, delay);
        const leftovers = readdirSync(dir).filter((f) => f.startsWith('.'));
        for (const f of leftovers) expect(f).toMatch(new RegExp(`^\\.killed-${delay}\\.casefile\\.[0-9a-f]{12}\\.partial(-journal)?$`));
        // Fresh leftovers may be a change still running in another process: they stay. Once
        // left alone for a while, the next open in the folder removes them, and nothing else.
        expect(removeLeftovers(dir)).toEqual([]);
        const longAgo = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
        for (const f of leftovers) utimesSync(join(dir, f), longAgo, longAgo);

        let opened;
        try {
          opened = openCasefile(path, 'old');
          outcomes.push('old');
        } catch (error) {
          expect(error).toBeInstanceOf(DamagedOrWrongPassphraseError);
          opened = openCasefile(path, 'new');
          outcomes.push('new');
        }
        expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
        expect(opened.readCase({ withAttachments: true })).toStrictEqual(expected);
        expect(opened.verify()).toEqual({ ok: true, problems: [] });
        opened.close();
        rmSync(path);
      }
      expect(outcomes[0]).toBe('old');
      expect(outcomes.at(-1)).toBe('new');
      console.log(`passphrase change (${Math.round(whole.took)} ms) killed after ${delays.join(', ')} ms: opened with ${outcomes.join(', ')}`);
    } finally {
      original.close();
    }
  }, 240_000);
});
