#!/usr/bin/env node
// Entry point of `impartial`. bin/impartial.js (and so `npm run cli`) runs it as built into
// out/cli/impartial.js by `npm run build` (vite.cli.config.ts), or from the sources.
import { runCli, terminalPrompt } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  ...(process.stdin.isTTY ? { prompt: terminalPrompt } : {}),
  // Beside this file: electron/cli/read-case-worker.ts, or out/cli/read-case-worker.js in the build.
  caseReader: new URL(import.meta.url.endsWith('.ts') ? './read-case-worker.ts' : './read-case-worker.js', import.meta.url),
});
