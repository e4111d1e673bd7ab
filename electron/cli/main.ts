#!/usr/bin/env node
// Entry point of `impartial` (npm run cli, and bin/impartial.js).
import { runCli, terminalPrompt } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  stdoutIsTerminal: process.stdout.isTTY === true,
  ...(process.stdin.isTTY ? { prompt: terminalPrompt } : {}),
});
