// An acknowledged edit survives the process being killed: it is in the (encrypted) WAL, and
// the next open recovers it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

describe('a process killed after an edit', () => {
  it('loses nothing it acknowledged, and leaves nothing readable behind', async () => {
    const path = join(tempDir(), 'crash.casefile');
    createCasefile(path, 'pw', sampleCase()).close();
    const summary = 'Acknowledged-edit-marker: the review was four months late';
    const child = spawn(process.execPath, [join(import.meta.dirname, 'helpers/edit-child.ts'), path, 'pw', summary], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.once('data', () => resolve());
      child.once('exit', (code) => reject(new Error(`child exited with ${code} before saving`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    expect(existsSync(`${path}-wal`)).toBe(true);
    for (const file of [path, `${path}-wal`]) expect(readFileSync(file).includes(Buffer.from('Acknowledged-edit-marker'))).toBe(false);

    const casefile = openCasefile(path, 'pw');
    expect(casefile.readCase().statement.points[0]!.summary).toBe(summary);
    expect(casefile.verify()).toEqual({ ok: true, problems: [] });
    casefile.close();
  });
});
