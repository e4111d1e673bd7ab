// The first part of `npm test`: build, then lint, typecheck and test:security (package.json)
// at the same time rather than one after another. Each of the three is one process on one core
// and none reads what another writes, so on a two-core machine they finish in the time of the
// longest. The build goes first, alone: it is quick, and while it runs Vite keeps a bundled copy
// of its config beside it for a moment, which ESLint would find and then fail to read. Each
// one's output is printed whole when it ends, under its name and how long it took; the exit code
// is 1 if any failed, once all have ended.
import { spawn } from 'node:child_process';

const first = 'build';
const together = ['lint', 'typecheck', 'test:security'];

// Under `npm test`, npm says where its own CLI is: run it with this Node, as npm would.
const npm = process.env.npm_execpath;

function run(script: string): Promise<boolean> {
  const started = performance.now();
  const child = npm
    ? spawn(process.execPath, [npm, 'run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    const finish = (ok: boolean, why: string) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> npm run ${script}: ${why} in ${seconds} s\n${Buffer.concat(output).toString()}`);
      resolve(ok);
    };
    child.on('error', (error) => finish(false, `could not start (${error.message})`));
    child.on('close', (code, signal) => finish(code === 0, code === 0 ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`));
  });
}

const built = await run(first);
const results = await Promise.all(together.map(run));
const failed = [...(built ? [] : [first]), ...together.filter((_, i) => !results[i])];
if (failed.length > 0) {
  process.stdout.write(`\nFailed: ${failed.map((s) => `npm run ${s}`).join(', ')}\n`);
  process.exit(1);
}
