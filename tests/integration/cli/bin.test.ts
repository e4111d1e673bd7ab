// bin/impartial.js chooses what to run: the build (out/cli/impartial.js) only while it is up to
// date with every source file it was made from (out/cli/sources.json), the TypeScript sources
// otherwise. Tried on a copy of the bin in a small project folder whose "build" and "sources"
// each say which one ran.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { removeTempDirs, root, tempDir } from '../casefile/helpers/files.ts';

afterAll(removeTempDirs);

let project: string;

function write(path: string, text: string): void {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
}

/** The build's list of its sources, as if the build began at `startedAt`. */
function built(startedAt: number, sources = ['electron/cli/main.ts', 'shared/rule.ts']): void {
  write('out/cli/impartial.js', "process.stdout.write(`build ${process.argv.slice(2).join(' ')}\\n`);\n");
  write('out/cli/sources.json', JSON.stringify({ startedAt, sources }));
}

function setModified(path: string, time: number): void {
  utimesSync(join(project, path), time / 1000, time / 1000);
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(project, 'bin/impartial.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const hourAgo = Date.now() - 3_600_000;

beforeEach(() => {
  project = tempDir();
  mkdirSync(join(project, 'bin'));
  copyFileSync(join(root, 'bin/impartial.js'), join(project, 'bin/impartial.js'));
  write('package.json', JSON.stringify({ type: 'module' }));
  write('electron/cli/main.ts', "const args: string[] = process.argv.slice(2);\nprocess.stdout.write(`sources ${args.join(' ')}\\n`);\n");
  write('shared/rule.ts', 'export const rule = 1;\n');
  setModified('electron/cli/main.ts', hourAgo);
  setModified('shared/rule.ts', hourAgo);
});

describe('bin/impartial.js', () => {
  it('runs the sources when there is no build (a fresh clone)', () => {
    expect(run('workdays', 'add')).toEqual({ code: 0, stdout: 'sources workdays add\n', stderr: '' });
  });

  it('runs the build when no source it was made from changed since the build began', () => {
    built(hourAgo + 1000);
    expect(run('help')).toEqual({ code: 0, stdout: 'build help\n', stderr: '' });
  });

  it('runs the sources once a file the build was made from has changed, or is gone', () => {
    built(hourAgo + 1000);
    setModified('shared/rule.ts', hourAgo + 2000);
    expect(run('help').stdout).toBe('sources help\n');

    setModified('shared/rule.ts', hourAgo);
    expect(run('help').stdout).toBe('build help\n');
    rmSync(join(project, 'shared/rule.ts'));
    expect(run('help').stdout).toBe('sources help\n');
  });

  it('runs the sources when the list of sources is unreadable', () => {
    built(hourAgo + 1000);
    write('out/cli/sources.json', '{"startedAt": ');
    expect(run('help').stdout).toBe('sources help\n');
  });
});
