// `impartial new --from` killed part-way (kill -9), as a real process: the casefile is there
// whole or not at all, the only things left behind are our own hidden .partial files, and the
// next command in that folder removes them once they have been left alone for a while.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { ABANDONED_AFTER_MS } from '../../../electron/core/files/leftovers.ts';
import type { CaseData } from '../../../shared/interchange/schema.ts';
import { generateLargeCase } from '../../fixtures/large-case.ts';
import { removeTempDirs, tempDir } from '../casefile/helpers/files.ts';
import { impartialBin } from './bin.ts';

afterAll(removeTempDirs);

const cli = impartialBin;
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('IMPARTIAL_'))), IMPARTIAL_PASSPHRASE: 'correct horse battery' };

/**
 * `impartial new <path> --from <json>`, left to finish, or killed `delay` ms after its
 * temporary file appears in the folder (so that the kill falls while it writes, however
 * loaded the machine is).
 */
async function runNew(path: string, json: string, delay?: number): Promise<number | null> {
  const child = spawn(process.execPath, [cli, 'new', path, '--from', json], { env, stdio: 'ignore' });
  let done = false;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => { done = true; r(code); }));
  if (delay !== undefined) {
    const folder = dirname(path);
    while (!done && !readdirSync(folder).some((f) => f.endsWith('.partial'))) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, delay));
    child.kill('SIGKILL');
  }
  return exited;
}

describe('an interrupted impartial new --from', () => {
  it('leaves the casefile whole or absent, and only leftovers the next command removes', async () => {
    const dir = tempDir();
    const data = generateLargeCase({ attachments: true });
    const json = join(tempDir(), 'large.json');
    writeFileSync(json, JSON.stringify(data));

    // What a casefile made from it holds, made (only when needed) by a run left to finish.
    let expectedCase: CaseData | undefined;
    const expected = async () => {
      if (!expectedCase) {
        const whole = join(tempDir(), 'whole.casefile');
        expect(await runNew(whole, json)).toBe(0);
        const made = openCasefile(whole, env.IMPARTIAL_PASSPHRASE);
        expectedCase = made.readCase({ withAttachments: true });
        made.close();
      }
      return expectedCase;
    };

    const outcomes: string[] = [];
    const delays = [0, 100, 400];
    for (const delay of delays) {
      const name = `killed-${delay}.casefile`;
      const path = join(dir, name);
      await runNew(path, json, delay);
      const leftovers = readdirSync(dir).filter((f) => f.startsWith('.'));
      for (const f of leftovers) expect(f).toMatch(new RegExp(`^\\.${name.replace('.', '\\.')}\\.[0-9a-f]{12}\\.partial(-journal|-wal|-shm)?$`));
      if (existsSync(path)) {
        const made = openCasefile(path, env.IMPARTIAL_PASSPHRASE);
        expect(made.readCase({ withAttachments: true })).toStrictEqual(await expected());
        expect(made.checkHistory()).toEqual([]);
        expect(made.allHistory().map((e) => e.action)).toEqual(['create']);
        made.close();
        outcomes.push(leftovers.length ? 'whole, with leftovers' : 'whole');
      } else {
        outcomes.push(leftovers.length ? 'absent, with leftovers' : 'absent');
      }

      // Fresh, they may be another `new` still running: the next command leaves them. Left
      // alone for a while, they go at the next command that touches the folder.
      const next = (n: string) => spawnSync(process.execPath, [cli, 'new', join(dir, n)], { env, encoding: 'utf8' });
      expect(next(`fresh-${delay}.casefile`).status).toBe(0);
      expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual(leftovers);
      const longAgo = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
      for (const f of leftovers) utimesSync(join(dir, f), longAgo, longAgo);
      expect(next(`later-${delay}.casefile`).status).toBe(0);
      expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
    }
    expect(outcomes[0]).toBe('absent, with leftovers');
    console.log(`new --from killed ${delays.join(', ')} ms after its temporary file appeared: ${outcomes.join('; ')}`);
  }, 240_000);
});
