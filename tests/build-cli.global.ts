// Vitest's global setup: builds the command line (out/cli, as `npm run build` does) once, before
// any test file starts, for the tests that run it as a process through the bin
// (tests/integration/cli/bin.ts). Building here rather than inside a test file means no test
// ever sees the bundle half-written by another's build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Builds out/cli (scripts/build-cli.ts); also what the command line's bench runs first. */
export function buildCommandLine(): void {
  const root = join(import.meta.dirname, '..');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-cli.ts')], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the command line failed:\n${r.stdout}\n${r.stderr}`);
}

export { buildCommandLine as setup };
