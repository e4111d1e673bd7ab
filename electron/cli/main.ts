#!/usr/bin/env node
// Entry point of `impartial`. bin/impartial.js (and so `npm run cli`) runs it as built into
// out/cli/impartial.js by `npm run build` (vite.cli.config.ts), or from the sources.
import { runCli, terminalPrompt } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stdoutIsTerminal: process.stdout.isTTY === true,
  ...(process.stdin.isTTY ? { prompt: terminalPrompt } : {}),
});
