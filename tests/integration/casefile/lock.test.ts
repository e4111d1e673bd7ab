// A second process opening a casefile that is already open is refused with a clear error,
// rather than allowed to write alongside; once the first closes it, the second can open it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCasefile, OpenElsewhereError, openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, sampleCase, tempDir } from './helpers/files.ts';

afterAll(removeTempDirs);

function openInAnotherProcess(path: string, passphrase: string): { ok: boolean; code?: string; message?: string; title?: string } {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'helpers/open-child.ts'), path, passphrase], { encoding: 'utf8', timeout: 30_000 });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').pop()!);
}

describe('a casefile open in one process', () => {
  it('is refused to a second process with "open elsewhere", and opens there once closed', () => {
    const path = join(tempDir(), 'shared.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    casefile.upsert('points', { ...sampleCase().statement.points[0]!, summary: 'edited while open' });

    const refused = openInAnotherProcess(path, 'pw');
    expect(refused).toMatchObject({ ok: false, code: 'open-elsewhere' });
    expect(refused.message).toBe('shared.casefile is open in another program or window; close it there first');

    // The first process is unaffected and keeps working.
    expect(casefile.readCase().statement.points[0]!.summary).toBe('edited while open');
    casefile.close();

    expect(openInAnotherProcess(path, 'pw')).toEqual({ ok: true, title: sampleCase().case.title });
  });

  it('is refused to a second open in the same process too', () => {
    const path = join(tempDir(), 'twice.casefile');
    const casefile = createCasefile(path, 'pw', sampleCase());
    expect(() => openCasefile(path, 'pw')).toThrow(OpenElsewhereError);
    casefile.close();
    openCasefile(path, 'pw').close();
  });
});
