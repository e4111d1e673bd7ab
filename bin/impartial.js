#!/usr/bin/env node
// The package's `impartial` bin, and `npm run cli`. It runs the command line built by
// `npm run build` (out/cli/impartial.js, see vite.cli.config.ts) when that build is up to date
// with every source file it was made from, and the TypeScript sources themselves otherwise
// (Node >= 22.18 strips the types): the same commands, only slower to start. So a fresh clone
// works before any build, and an edit takes effect at once, even before the next build.
// Node's compile cache (in the system's temporary folder; it holds compiled code, never case
// data) spares recompiling the bundle and its dependencies on every start.
import { readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const built = join(root, 'out', 'cli', 'impartial.js');

function builtIsCurrent() {
  try {
    const { startedAt, sources } = JSON.parse(readFileSync(join(root, 'out', 'cli', 'sources.json'), 'utf8'));
    // A file changed (or deleted) since the build began was perhaps not bundled as it is now.
    return sources.every((file) => statSync(join(root, file)).mtimeMs < startedAt);
  } catch {
    return false; // not built, or the list is unreadable
  }
}

module.enableCompileCache?.();
await import(pathToFileURL(builtIsCurrent() ? built : join(root, 'electron', 'cli', 'main.ts')).href);
