// kill -9 at random moments while a process makes backups of a large casefile without pause:
// every backup it acknowledged is there, whole, checked and holding the history it said; no
// file is ever left under a backup's own name that is not a whole backup (what a kill leaves
// is a hidden .partial file, which the next listing of the folder removes once abandoned);
// the casefile itself is never harmed; and the last backup, restored, exports exactly what
// the casefile held when it was made.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile, restoreBackup, type Casefile } from '../../../electron/core/casefile/index.ts';
import { ABANDONED_AFTER_MS, removeLeftovers } from '../../../electron/core/files/leftovers.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { rawKeyOf, removeTempDirs, seeded, tempDir } from './helpers/files.ts';

const KILLS = 12;
const PASSPHRASE = 'backup kill trials';
let dir: string;
let path: string;
let key: string;
let folder: string;
const random = seeded(7);
const tally = { kills: 0, acknowledged: 0, underWayWhole: 0, leftovers: 0 };

beforeAll(() => {
  dir = tempDir();
  folder = join(dir, 'backups');
  path = join(dir, 'large.casefile');
  createCasefile(path, PASSPHRASE, generateLargeCase()).close();
  key = rawKeyOf(path, PASSPHRASE);
  mkdirSync(folder);
});
afterAll(() => {
  console.log(`kill -9 during backups: ${tally.kills} kills, ${tally.acknowledged} acknowledged backups all whole and checked; the backup under way was found whole ${tally.underWayWhole} times and left as a hidden .partial file ${tally.leftovers} times; never a partial backup under its own name`);
  removeTempDirs();
});

/** Runs the backing-up child from backup `first`, kills it `delay` ms after it is ready; answers the backups it acknowledged. */
async function backUpUntilKilled(first: number, delay: number): Promise<Array<{ n: number; seq: number }>> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/backup-loop-child.ts'), path, key, folder, String(first)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString('utf8'); });
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => { if (out.includes('ready\n')) { clearInterval(poll); resolve(); } }, 5);
    void exited.then((code) => { clearInterval(poll); reject(new Error(`the backing-up process exited (${code}) before it was ready: ${out}`)); });
  });
  await new Promise((r) => setTimeout(r, delay));
  child.kill('SIGKILL');
  await exited;
  return out.split('\n').filter((l) => l.startsWith('backed up ')).map((l) => {
    const [n, seq] = l.slice('backed up '.length).split(' ').map(Number);
    return { n: n!, seq: seq! };
  });
}

/** Opens a backup and checks it in full; answers its last change's number. */
function checkBackup(file: string): number {
  const backup: Casefile = openCasefile(file, key);
  try {
    expect(backup.verify()).toEqual({ ok: true, problems: [] });
    return backup.historyHead().seq;
  } finally {
    backup.close();
  }
}

describe('a process killed at random moments while it makes backups', () => {
  it('leaves every acknowledged backup whole, and nothing partial under a backup\'s name', async () => {
    let next = 0;
    for (let k = 0; k < KILLS; k++) {
      const acknowledged = await backUpUntilKilled(next, 50 + Math.floor(random() * 700));
      acknowledged.forEach((b, i) => expect(b.n).toBe(next + i));
      const underWay = next + acknowledged.length;
      for (const b of acknowledged) expect(checkBackup(join(folder, `b-${b.n}.casefile`))).toBe(b.seq);
      // The one under way: whole under its name (the kill fell after it took it), or not there at all.
      const names = readdirSync(folder);
      if (names.includes(`b-${underWay}.casefile`)) {
        checkBackup(join(folder, `b-${underWay}.casefile`));
        tally.underWayWhole++;
      }
      const visible = names.filter((f) => !f.startsWith('.'));
      expect(visible.every((f) => /^b-\d+\.casefile$/.test(f) && Number(f.slice(2, -9)) <= underWay)).toBe(true);
      const hidden = names.filter((f) => f.startsWith('.'));
      for (const f of hidden) expect(f).toMatch(/^\.b-\d+\.casefile\.[0-9a-f]{12}\.partial(-journal|-wal|-shm)?$/);
      if (hidden.length > 0) tally.leftovers++;
      // Left alone long enough, they are removed (as listing the backups does).
      expect(removeLeftovers(folder, Date.now() + ABANDONED_AFTER_MS + 60_000).sort()).toEqual(hidden.sort());
      tally.kills++;
      tally.acknowledged += acknowledged.length;
      next = underWay + 1;
    }
    expect(tally.acknowledged).toBeGreaterThan(0);
  }, 300_000);

  it('never harms the casefile, and its last backup restores to exactly what it held', () => {
    const casefile = openCasefile(path, key);
    let data: CaseData;
    try {
      expect(casefile.verify()).toEqual({ ok: true, problems: [] });
      data = casefile.readCase({ withAttachments: true });
    } finally {
      casefile.close();
    }
    const last = readdirSync(folder).filter((f) => /^b-\d+\.casefile$/.test(f)).sort((a, b) => Number(b.slice(2, -9)) - Number(a.slice(2, -9)))[0]!;
    const restored = join(dir, 'restored.casefile');
    restoreBackup(join(folder, last), restored, key);
    const copy = openCasefile(restored, key);
    try {
      // The casefile may hold the edit made just before a backup that was under way when killed.
      const held = copy.readCase({ withAttachments: true });
      const lastId = `b-${last.slice(2, -9)}`;
      const upTo = (c: CaseData) => ({ ...c, chronology: c.chronology?.filter((e) => !e.id.startsWith('b-') || Number(e.id.slice(2)) <= Number(lastId.slice(2))) });
      expect(held).toStrictEqual(upTo(data));
    } finally {
      copy.close();
    }
  }, 120_000);
});
