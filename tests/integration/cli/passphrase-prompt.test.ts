// On a terminal the CLI asks for passphrases instead of reading the environment: once for an
// existing casefile, twice for a new one (a typing slip would otherwise lock the user out).
// Runs the real commands in-process with scripted answers in place of the terminal.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run.ts';
import { openCasefile } from '../../../electron/core/casefile/index.ts';
import { removeTempDirs, tempDir } from '../casefile/helpers/files.ts';

afterAll(removeTempDirs);

async function withAnswers(argv: string[], answers: string[]) {
  const asked: string[] = [];
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    env: {},
    prompt: async (question) => { asked.push(question); return answers.shift() ?? ''; },
  });
  return { code, stdout, stderr, asked };
}

describe('passphrases typed on a terminal', () => {
  it('new asks twice and creates the casefile with that passphrase', async () => {
    const path = join(tempDir(), 'typed.casefile');
    const r = await withAnswers(['new', path], ['typed passphrase', 'typed passphrase']);
    expect(r).toMatchObject({ code: 0, asked: ['Passphrase for the new casefile: ', 'Repeat the passphrase for the new casefile: '] });
    openCasefile(path, 'typed passphrase').close();
  });

  it('new refuses two different answers and creates nothing', async () => {
    const dir = tempDir();
    const r = await withAnswers(['new', join(dir, 'slip.casefile')], ['typed passphrase', 'typed passphrasf']);
    expect(r).toMatchObject({ code: 1, stderr: 'impartial new: the two passphrases typed differ: nothing was changed\n' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passphrase asks for the current one once and the new one twice', async () => {
    const path = join(tempDir(), 'change.casefile');
    await withAnswers(['new', path], ['first', 'first']);
    const r = await withAnswers(['passphrase', path], ['first', 'second', 'second']);
    expect(r).toMatchObject({ code: 0, asked: ['Passphrase for change.casefile: ', 'New passphrase: ', 'Repeat the new passphrase: '] });
    openCasefile(path, 'second').close();
    const slip = await withAnswers(['passphrase', path], ['second', 'third', 'thirds']);
    expect(slip.code).toBe(1);
    openCasefile(path, 'second').close();
  });
});
