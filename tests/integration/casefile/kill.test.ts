// kill -9 at random moments while a process edits a casefile without pause (small edits,
// attachments of many pages, whole-case imports): every edit it acknowledged is there when the
// casefile is opened again, and nothing else is but the one edit under way, whole or not at
// all. The journal check must never mistake what a kill leaves for damage; a kill part-way
// through a write is reported as a torn last change.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile, verifyCasefileAt } from '../../../electron/core/casefile/index.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { afterEdit, editNumber, observe, type Observed } from './helpers/edits.ts';
import { rawKeyOf, removeTempDirs, seeded, tempDir } from './helpers/files.ts';

const BATCHES = 4;
const KILLS_PER_BATCH = 5;
let path: string;
let key: string;
let model: Observed;
let next = 0;
const random = seeded(41);
const tally = { kills: 0, acknowledged: 0, underWayKept: 0, underWayDropped: 0, tornReported: 0 };
/** The history's last change: one per edit kept (each adds a record, attaches a file or imports). */
let historySeq = 1;

beforeAll(() => {
  path = join(tempDir(), 'killed.casefile');
  const casefile = createCasefile(path, 'kill trials', generateLargeCase());
  model = observe(casefile.readCase());
  casefile.close();
  key = rawKeyOf(path, 'kill trials');
});
afterAll(() => {
  console.log(`kill -9 trials: ${tally.kills} kills, ${tally.acknowledged} acknowledged edits all kept, each with its change in a history whose chain was whole after every kill; the edit under way kept ${tally.underWayKept} times, dropped ${tally.underWayDropped}; a torn last change reported ${tally.tornReported} times`);
  removeTempDirs();
});

/** Runs the editing child from edit `first`, kills it `delay` ms after it is ready; answers the edits it acknowledged and what its open reported. */
async function editUntilKilled(first: number, delay: number): Promise<{ saved: number[]; opening: string }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/edit-loop-child.ts'), path, key, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (out.includes('\n')) { clearInterval(poll); resolve(); }
    }, 5);
    void exited.then((code) => { clearInterval(poll); reject(new Error(`the editing process exited (${code}) before it was ready: ${out}`)); });
  });
  await new Promise((r) => setTimeout(r, delay));
  child.kill('SIGKILL');
  await exited;
  const lines = out.split('\n').filter(Boolean);
  expect(lines[0]).toMatch(/^ready /);
  const saved = lines.slice(1).filter((l) => l.startsWith('saved ')).map((l) => Number(l.slice(6)));
  return { saved, opening: lines[0]!.slice(6) };
}

describe('a process killed at random moments while editing', () => {
  it.each(Array.from({ length: BATCHES }, (_, i) => i + 1))('batch %i: loses no acknowledged edit, and keeps or drops the one under way whole', async () => {
    for (let k = 0; k < KILLS_PER_BATCH; k++) {
      const { saved, opening } = await editUntilKilled(next, Math.floor(random() * 500));
      // The child opened what the previous kill left: never damage, at most a torn last change.
      expect(['', 'journal-torn']).toContain(opening);
      saved.forEach((n, i) => expect(n).toBe(next + i));
      for (const n of saved) model = afterEdit(model, editNumber(n));
      const underWay = next + saved.length;

      // Checked on a copy, so that the next child opens the casefile exactly as the kill left it.
      const copy = `${path}.check.casefile`;
      copyFileSync(path, copy);
      if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
      const casefile = openCasefile(copy, key);
      try {
        if (casefile.notices.length > 0) {
          expect(casefile.notices.map((n) => n.code)).toEqual(['journal-torn']);
          tally.tornReported++;
        }
        const seen = observe(casefile.readCase({ withAttachments: true }));
        historySeq += saved.length;
        if (JSON.stringify(seen) === JSON.stringify(model)) {
          tally.underWayDropped++;
        } else {
          model = afterEdit(model, editNumber(underWay));
          expect(seen).toEqual(model);
          tally.underWayKept++;
          historySeq++;
        }
        // Every edit kept is one change in the history, and the chain is whole: the change and its row are one transaction.
        expect(casefile.historyHead().seq).toBe(historySeq);
        expect(casefile.checkHistory()).toEqual([]);
        if (k === KILLS_PER_BATCH - 1) expect(casefile.verify().problems).toEqual([]);
      } finally {
        casefile.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
      }
      tally.kills++;
      tally.acknowledged += saved.length;
      next = underWay + 1;
    }
  }, 120_000);

  it('leaves a casefile that verifies', () => {
    const result = verifyCasefileAt(path, key);
    expect(result.problems).toEqual([]);
  });
});
